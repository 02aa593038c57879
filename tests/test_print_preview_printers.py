"""The preview's Print… to real printers (tests/print_system.py), clicked as a person would: Qt's own print dialog
answered on screen, the job read back from the queue's PDF."""

from __future__ import annotations

import subprocess

import pypdf
import zxingcpp
from PIL import Image
from PySide6.QtWidgets import QComboBox, QRadioButton, QSpinBox

from nightout_desk.config import LaptopSettings
from nightout_desk.printers import paper as papers
from nightout_desk.printing import badges as badge_pdf
from nightout_desk.printing.report_pdf import render_report
from nightout_desk.services.context import Desk
from nightout_desk.services.demo import create_demo
from nightout_desk.services.report import build_report
from nightout_desk.services.volunteers import badges
from nightout_desk.ui.print_preview import PrintPreviewDialog
from nightout_desk.ui.state import AppState
from nightout_desk.ui.volunteers.badge_print_dialog import BadgePrintDialog
from tests.modal_answers import Answers
from tests.print_system import ANY_PAPER, LETTER_ONLY
from tests.test_badges_printing import _roster

MM = 72 / 25.4


def _choose(printer_name, pages=None):
    """A step for Answers: Qt's print dialog, the printer picked from its list, "Pages from … to …", Print."""
    def step(dialog):
        chooser = dialog.findChild(QComboBox, "printers")
        chooser.setCurrentIndex(chooser.findText(printer_name))
        if pages:
            dialog.findChild(QRadioButton, "printRange").setChecked(True)
            dialog.findChild(QSpinBox, "from").setValue(pages[0])
            dialog.findChild(QSpinBox, "to").setValue(pages[1])
        dialog.accept()
    return step


def _told(into):
    def step(box):
        into.append(box.text())
        box.escapeButton().click() if box.escapeButton() else box.reject()
    return step


def _last_job(print_system, queue):
    found = print_system.jobs(queue)
    return found[-1] if found else None


def _run(qtbot, answers, action):
    action()
    qtbot.waitUntil(lambda: answers.ended, timeout=30000)
    assert not answers.problems, answers.problems


def test_dk_labels_on_the_letter_only_printer_are_refused_in_words_and_not_counted(print_system, qtbot, sqlite_desk,
                                                                                  tmp_path, monkeypatch):
    """Defect 1: 42 DK-11202 badges came out as 42 Letter pages, each label 3.48x wide and 2.80x tall, and were
    counted as printed. Now: the sentence, no job, nothing counted."""
    monkeypatch.setenv("NIGHTOUT_CONFIG_DIR", str(tmp_path))
    _roster(sqlite_desk)
    state = AppState(sqlite_desk, LaptopSettings())
    dialog = BadgePrintDialog(state)
    qtbot.addWidget(dialog)
    dialog.stock.setCurrentIndex(dialog.stock.findData("dk-11202"))
    told = []
    queued = print_system.jobs(LETTER_ONLY)

    answers = Answers(lambda preview: preview.print_button.click(), _choose(LETTER_ONLY), _told(told),
                      lambda preview: preview.reject())
    _run(qtbot, answers, dialog.open_preview)
    assert told == ["Brother DK-11202 labels are 62 × 100 mm and “LetterOnly” takes only US Letter paper: print "
                    "them on a label printer that has 62 × 100 mm labels — “AnyPaper” has it."]
    assert print_system.jobs(LETTER_ONLY) == queued
    assert not dialog.preview.printed and all(b.times_printed == 0 for b in badges.badge_sheet(sqlite_desk).badges)


def test_badges_printed_from_the_preview_come_out_at_size_with_every_qr_and_are_counted(print_system, qtbot,
                                                                                       sqlite_desk, tmp_path,
                                                                                       monkeypatch):
    monkeypatch.setenv("NIGHTOUT_CONFIG_DIR", str(tmp_path))
    _roster(sqlite_desk)
    state = AppState(sqlite_desk, LaptopSettings())
    dialog = BadgePrintDialog(state)
    qtbot.addWidget(dialog)
    dialog.stock.setCurrentIndex(dialog.stock.findData("dk-11202"))
    answers = Answers(lambda preview: preview.print_button.click(), _choose(ANY_PAPER),
                      lambda preview: preview.accept())
    _run(qtbot, answers, dialog.open_preview)
    job = _last_job(print_system, ANY_PAPER)
    assert job.name == "Badges — Brother DK-11202 — 7"
    printed = print_system.output(job.id)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in pypdf.PdfReader(printed).pages]
    assert len(sizes) == 7 and all(abs(w - 62 * MM) <= 1 and abs(h - 100 * MM) <= 1 for w, h in sizes)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(printed), str(tmp_path / "p")], check=True)
    codes = set().union(*({r.text for r in zxingcpp.read_barcodes(Image.open(p))}
                          for p in sorted(tmp_path.glob("p-*.png"))))
    assert codes == {b.code for b in badges.badge_sheet(sqlite_desk).badges}  # 7 of 7
    assert all(b.times_printed == 1 for b in badges.badge_sheet(sqlite_desk).badges)


def test_the_offset_is_the_chosen_printers_and_saving_touches_only_its_entry(print_system, qtbot, sqlite_desk,
                                                                            tmp_path, monkeypatch):
    """Defect 2: with {PDF: 0,0; LetterOnly: 2,1.5} and LetterOnly the printer Qt starts with, printing to PDF moved
    the content 2 mm right and 1.5 mm down and saved PDF: [2, 1.5]."""
    monkeypatch.setenv("NIGHTOUT_CONFIG_DIR", str(tmp_path))
    settings = LaptopSettings()
    settings.printer_offsets = {ANY_PAPER: [0.0, 0.0], LETTER_ONLY: [2.0, 1.5]}
    settings.save()
    _roster(sqlite_desk)
    pdf = tmp_path / "badges.pdf"
    badge_pdf.render(badges.badge_sheet(sqlite_desk), "avery-5392", pdf)
    preview = PrintPreviewDialog(pdf, "Badges", None, settings=LaptopSettings.load())
    qtbot.addWidget(preview)
    assert preview.printer.printerName() == LETTER_ONLY  # the default printer
    assert (preview.offset_x.value(), preview.offset_y.value()) == (2.0, 1.5)
    answers = Answers(_choose(ANY_PAPER))
    _run(qtbot, answers, preview.print_now)
    printed = print_system.output(_last_job(print_system, ANY_PAPER).id)
    own, out = papers.ink_box(pdf, dpi=300), papers.ink_box(printed, dpi=300)
    assert all(abs(a - b) <= 0.05 * MM + 0.25 for a, b in zip(own, out, strict=True))  # not moved
    assert LaptopSettings.load().printer_offsets == {ANY_PAPER: [0.0, 0.0], LETTER_ONLY: [2.0, 1.5]}
    assert preview.printed and (preview.offset_x.value(), preview.offset_y.value()) == (0.0, 0.0)
    assert preview.printer_choice.currentText() == ANY_PAPER  # the preview's list shows whose offset it is
    preview.printer_choice.setCurrentIndex(preview.printer_choice.findText(LETTER_ONLY))
    assert (preview.offset_x.value(), preview.offset_y.value()) == (2.0, 1.5)


def test_pages_from_2_to_3_in_the_print_dialog_print_pages_2_and_3(print_system, qtbot, sqlite_desk, tmp_path,
                                                                   monkeypatch):
    """Defect 3: "Pages from 2 to 3" printed all 7 pages of the report."""
    monkeypatch.setenv("NIGHTOUT_CONFIG_DIR", str(tmp_path))
    event = create_demo(sqlite_desk.db, households=40, seed=7)
    night = build_report(Desk(sqlite_desk.db, event.id, "Pat Organizer", "organizer", "Desk 1"))
    pdf = render_report(night, tmp_path / "report.pdf")
    preview = PrintPreviewDialog(pdf, "End-of-night report", None, settings=LaptopSettings())
    qtbot.addWidget(preview)
    _run(qtbot, Answers(_choose(LETTER_ONLY, pages=(2, 3))), preview.print_now)
    job = _last_job(print_system, LETTER_ONLY)
    printed = print_system.output(job.id)
    own = [p.extract_text().split()[:12] for p in pypdf.PdfReader(pdf).pages]
    assert [p.extract_text().split()[:12] for p in pypdf.PdfReader(printed).pages] == own[1:3]
    assert job.name == f"End-of-night report — {len(own)} pages" and len(own) >= 5

