"""Printouts made while the window keeps turning (issue 12, "the screen never waits"): hundreds of badges and the
end-of-night report are made on a worker behind a progress dialog with Cancel, Cancel leaves no file and opens no
preview, the PDF reads back as the renderer's own on the GUI thread; the preview draws its pages and prints off the
GUI thread. Real widgets (pytest-qt, offscreen), a real demo night on SQLite, PDFs read back, QR codes decoded."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import tempfile
import time
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from nightout_desk import clock
from nightout_desk.db import Database
from nightout_desk.printing import badges as badge_pdf
from nightout_desk.printing.progress import PrintCancelled
from nightout_desk.printing.report_pdf import render_report
from nightout_desk.services import events
from nightout_desk.services.context import Desk
from nightout_desk.services.demo import create_demo
from nightout_desk.services.report import build_report
from nightout_desk.services.volunteers import badges
from nightout_desk.ui import pdf_job
from nightout_desk.ui.print_preview import PrintPreviewDialog
from nightout_desk.ui.reports.reports_tab import ReportsTab
from nightout_desk.ui.state import AppState
from nightout_desk.ui.volunteers.badge_print_dialog import BadgePrintDialog

LONGEST_GAP_S = 0.25


@pytest.fixture(scope="module")
def demo_file(sqlite_template, tmp_path_factory) -> Path:
    """A demo night (400 households, their volunteers, donations and stock) made once, copied per test."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(str(path))
    create_demo(db, households=400)
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def night(demo_file, tmp_path):
    path = tmp_path / "night.sqlite3"
    shutil.copy(demo_file, path)
    db = Database(str(path))
    event = events.latest_event(db)
    yield Desk(db, event.id, "Pat Organizer", "organizer", "Desk 1")
    db.dispose()


class LoopWatch:
    """A QTimer ticking every 10 ms on the GUI thread: the longest gap between two ticks is how long the window
    could not repaint or answer a click."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self) -> LoopWatch:
        self.ticks.append(time.perf_counter())
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()
        self.ticks.append(time.perf_counter())

    @property
    def longest_gap(self) -> float:
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False))


def cancel_once_drawing(at_least: int | None = 1) -> dict:
    """Press the progress dialog's Cancel as a person would, once it shows `at_least` items done (None: as soon as
    it shows)."""
    seen: dict = {}
    give_up = time.perf_counter() + 10  # never left polling into another test

    def poll() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QProgressDialog) and w.isVisible()), None)
        if dialog is not None and (at_least is None or dialog.value() >= at_least):
            seen.update(value=dialog.value(), maximum=dialog.maximum())
            dialog.findChild(QPushButton).click()
            return
        if time.perf_counter() < give_up:
            QTimer.singleShot(5, poll)

    QTimer.singleShot(0, poll)
    return seen


class PreviewsClosed:
    """A preview that opens anyway is noted and closed (so a broken Cancel fails the test instead of hanging it)."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._poll)

    def _poll(self) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, PrintPreviewDialog) and w.isVisible():
                self.opened.append(w.windowTitle())
                w.reject()

    def __enter__(self) -> list[str]:
        self.timer.start()
        return self.opened

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()


def pdf_text(path: Path) -> list[str]:
    return [unicodedata.normalize("NFC", p.extract_text()) for p in pypdf.PdfReader(str(path)).pages]


def decoded(path: Path, pages: list[int], folder: Path) -> list[set[str]]:
    out = []
    for page in pages:
        stem = folder / f"page-{page}"
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page), "-singlefile", str(path),
                        str(stem)], check=True)
        out.append({r.text for r in zxingcpp.read_barcodes(Image.open(f"{stem}.png"))})
    return out


def made_folders(prefix: str) -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob(f"{prefix}*"))


def test_hundreds_of_badges_are_drawn_while_the_window_keeps_turning_and_read_as_before(qtbot, night, tmp_path):
    dialog = BadgePrintDialog(AppState(night))
    qtbot.addWidget(dialog)
    dialog.who.setCurrentIndex(dialog.who.findData("all"))
    sheet = badges.badge_sheet(night, who="all")
    assert len(sheet.badges) >= 400
    with LoopWatch() as watch:
        pdf = dialog.make_pdf()
    assert pdf is not None and pdf.is_file()
    assert watch.longest_gap < LONGEST_GAP_S, f"the event loop stalled {watch.longest_gap * 1000:.0f} ms"
    assert len(watch.ticks) > 10

    on_gui_thread = tmp_path / "direct.pdf"
    pages = badge_pdf.render(sheet, "avery-5392", on_gui_thread)
    assert len(pypdf.PdfReader(str(pdf)).pages) == pages == -(-len(sheet.badges) // 6)
    assert pdf_text(pdf) == pdf_text(on_gui_thread)
    assert f"{len(sheet.badges)} badges on {pages} pages." == dialog.summary.text()
    first, last = decoded(pdf, [1, pages], tmp_path)
    assert first == {b.code for b in sheet.badges[:6]}
    assert last == {b.code for b in sheet.badges[(pages - 1) * 6:]}


def test_cancel_stops_the_badges_part_way_no_file_no_preview_nothing_counted(qtbot, night, monkeypatch):
    monkeypatch.setattr(pdf_job, "APPEAR_AFTER_MS", 0)  # the dialog at once, however fast the machine
    dialog = BadgePrintDialog(AppState(night))
    qtbot.addWidget(dialog)
    dialog.who.setCurrentIndex(dialog.who.findData("all"))
    before = made_folders("nightout-badges-")
    printed_before = [b.times_printed for b in badges.badge_sheet(night, who="all").badges]
    pressed = cancel_once_drawing(at_least=1)
    started = time.perf_counter()
    with PreviewsClosed() as previews:
        dialog.open_preview()  # Preview… as clicked: makes the PDF, then would open the preview
    assert pressed and 1 <= pressed["value"] < pressed["maximum"], "Cancel was pressed while badges were drawn"
    assert time.perf_counter() - started < 5
    assert previews == [] and dialog.preview is None and dialog.pdf_path is None
    assert dialog.summary.text() == "Stopped: no badges were made."
    assert not any(list(folder.iterdir()) for folder in made_folders("nightout-badges-") - before)
    assert [b.times_printed for b in badges.badge_sheet(night, who="all").badges] == printed_before


def test_a_stopped_render_leaves_the_file_that_was_there_and_no_part_file(night, tmp_path):
    sheet = badges.badge_sheet(night, who="all")
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "badges.pdf"
    out.write_bytes(b"yesterday's badges")
    seen: list[int] = []
    with pytest.raises(PrintCancelled):
        badge_pdf.render(sheet, "avery-5392", out, progress=lambda done, total: seen.append(done),
                         cancelled=lambda: len(seen) >= 50)
    assert seen[-1] == 49 and out.read_bytes() == b"yesterday's badges"
    assert sorted(p.name for p in out.parent.iterdir()) == ["badges.pdf"]


@pytest.fixture
def frozen(monkeypatch):
    """The clock stopped at 20:45 on the night, so two reports made a moment apart say the same time."""
    moment = datetime(2026, 8, 4, 20, 45, tzinfo=UTC)
    monkeypatch.setattr(clock, "now", lambda: moment)
    return moment


def test_the_report_is_made_while_the_window_keeps_turning_and_reads_as_before(qtbot, night, tmp_path, frozen):
    tab = ReportsTab(AppState(night))
    qtbot.addWidget(tab)
    target = tmp_path / "tonight.pdf"
    with LoopWatch() as watch:
        saved = tab.save_pdf(str(target))
    assert saved == target and target.is_file()
    assert watch.longest_gap < LONGEST_GAP_S, f"the event loop stalled {watch.longest_gap * 1000:.0f} ms"
    direct = render_report(build_report(night), tmp_path / "direct.pdf")
    assert pdf_text(target) == pdf_text(direct) and len(pdf_text(target)) >= 3
    assert re.search(r"Page 1 of \d+", pdf_text(target)[0])


def test_cancel_stops_the_report_no_file_is_saved_and_no_preview_opens(qtbot, night, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_job, "APPEAR_AFTER_MS", 0)
    private_tmp = tmp_path / "tmp"  # temporary folders of this test only (other runs may be printing reports)
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    tab = ReportsTab(AppState(night))
    qtbot.addWidget(tab)
    target = tmp_path / "tonight.pdf"
    pressed = cancel_once_drawing(at_least=None)
    assert tab.save_pdf(str(target)) is None
    assert pressed and not target.exists() and not list(tmp_path.glob("*.part"))
    before = made_folders("nightout-report-")
    pressed = cancel_once_drawing(at_least=None)
    with PreviewsClosed() as previews:
        tab.print_report()
    assert pressed and previews == []
    assert made_folders("nightout-report-") - before == set(), "the stopped report's folder was removed"


def sixty_badges(desk: Desk, pdf: Path) -> int:
    sheet = badges.badge_sheet(desk, who="all")
    return badge_pdf.render(replace(sheet, badges=sheet.badges[:60]), "avery-5392", pdf)


def test_the_preview_shows_placeholders_first_renders_in_the_background_and_prints_off_the_gui_thread(
        qtbot, night, tmp_path):
    pdf = tmp_path / "badges.pdf"
    pages = sixty_badges(night, pdf)
    preview = PrintPreviewDialog(pdf, "Badges")
    qtbot.addWidget(preview)
    with LoopWatch() as watch:
        preview.show()
        qtbot.waitExposed(preview)
        view = preview.pages
        assert len(view.pages) == pages and view.rendered_pages() < pages, "placeholders first"
        assert all(label.width() == view.page_pixels(i)[0] + 2 for i, label in enumerate(view.pages))
        qtbot.waitUntil(lambda: view.rendered_pages() >= 3, timeout=10_000)
        view.set_zoom(view.zoom * 1.25)  # a zoom mid-render: the first pass's pages are stale from now on
        wide = view.page_pixels(0)
        assert view.pages[0].width() == wide[0] + 2 and view.rendered_pages() == 0
        qtbot.waitUntil(lambda: view.rendered_pages() >= 2, timeout=10_000)
    assert watch.longest_gap < LONGEST_GAP_S, f"the event loop stalled {watch.longest_gap * 1000:.0f} ms"
    shown = view.pages[0].pixmap()
    assert (shown.width(), shown.height()) == wide, "page 1 drawn at the new zoom"

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with LoopWatch() as watch:
        assert preview.print_to(printer)
    assert watch.longest_gap < LONGEST_GAP_S, f"printing stalled the event loop {watch.longest_gap * 1000:.0f} ms"
    assert len(pypdf.PdfReader(str(tmp_path / "printed.pdf")).pages) == pages
    preview.reject()


def test_cancel_stops_printing_and_says_nothing_went_wrong(qtbot, night, tmp_path, monkeypatch):
    pdf = tmp_path / "badges.pdf"
    pages = sixty_badges(night, pdf)
    preview = PrintPreviewDialog(pdf, "Badges")
    qtbot.addWidget(preview)
    warned: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a, **k: warned.append(a[2]))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pressed = cancel_once_drawing(at_least=2)  # the print dialog appears after 400 ms; Cancel after 2 pages
    assert not preview.print_to(printer)
    assert pressed and pressed["value"] < pages and not preview.printed and warned == []
    qtbot.mouseClick(preview.findChild(QPushButton, "closePreviewButton"), Qt.MouseButton.LeftButton)
