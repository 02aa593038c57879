"""The import dialog with a big file, driven as an organizer would: the file is read and the rows written off the
GUI thread, the progress bar moves, Cancel stops between two batches (whole batches written, and said), importing
again finishes the job; the window keeps painting all the while."""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton
from sqlalchemy import func, select

from nightout_desk.models import AuditEntry, Household
from nightout_desk.services.importing import batches
from nightout_desk.ui import import_dialog
from nightout_desk.ui.checkin.attendee_import import open_attendee_import
from nightout_desk.ui.state import AppState
from tests.test_import_batches import attendees_file

ROWS = 5_000


def _households(desk) -> int:
    with desk.db.read() as s:
        return s.scalar(select(func.count()).select_from(Household).where(Household.event_id == desk.event_id))


def _batches(desk) -> list[int]:
    """The households each "import batch" audit entry says its batch wrote."""
    with desk.db.read() as s:
        return [json.loads(after)["created"] for after in s.scalars(
            select(AuditEntry.after).where(AuditEntry.action == batches.BATCH_ACTION))]


@pytest.fixture
def dialog(qtbot, sqlite_desk):
    d = open_attendee_import(None, AppState(sqlite_desk))
    qtbot.addWidget(d)
    qtbot.waitExposed(d)
    return d


def _idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)


def test_cancel_mid_import_keeps_whole_batches_says_how_many_and_importing_again_finishes(qtbot, dialog,
                                                                                        sqlite_desk, tmp_path):
    desk = sqlite_desk
    dialog.choose_file(attendees_file(tmp_path, ROWS))
    _idle(qtbot, dialog)
    run = dialog.findChild(QPushButton, "importRunButton")
    cancel = dialog.findChild(QPushButton, "importCancelButton")
    close = dialog.findChild(QPushButton, "importCloseButton")
    bar = dialog.findChild(QProgressBar, "importProgress")
    summary = dialog.findChild(QLabel, "importSummary")
    assert run.text().replace("&", "") == "Import 5,000 households" and not cancel.isVisible()

    seen: list[int] = []
    bar.valueChanged.connect(seen.append)
    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    assert cancel.isVisible() and cancel.isEnabled() and not close.isEnabled() and not run.isEnabled()
    assert summary.text().startswith("Importing 5,000 households from attendees.csv")
    qtbot.waitUntil(lambda: bar.value() >= 500, timeout=60_000)
    assert bar.text() == f"{bar.value():,} of 5,000 households written"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert cancel.text() == "Stopping…" and summary.text().startswith("Stopping after the rows being written")
    _idle(qtbot, dialog)

    written, written_by_batch = _households(desk), _batches(desk)
    assert 0 < written < ROWS and written == sum(written_by_batch), "whole batches only, each with its audit entry"
    assert len(written_by_batch) >= 2 and seen[1:] == [sum(written_by_batch[:i + 1]) for i in
                                                       range(len(written_by_batch))], "the bar moved, batch by batch"
    assert summary.text().startswith(f"Imported {written:,} of 5,000 households from attendees.csv; run the import "
                                     "again to finish.")
    assert not bar.isVisible() and not cancel.isVisible() and close.isEnabled() and close.text() == "Close"
    assert run.isEnabled() and run.text().replace("&", "") == f"Import the other {ROWS - written:,} households"

    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    _idle(qtbot, dialog)
    assert _households(desk) == ROWS
    assert summary.text().startswith(f"Imported {ROWS - written:,} households from attendees.csv. {written:,} were "
                                     "already there")
    assert not run.isEnabled() and run.text() == "Imported"


def test_closing_the_window_while_importing_stops_the_import_and_says_what_was_written(qtbot, dialog, sqlite_desk,
                                                                                     tmp_path):
    dialog.choose_file(attendees_file(tmp_path, ROWS))
    _idle(qtbot, dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "importRunButton"), Qt.MouseButton.LeftButton)
    bar = dialog.findChild(QProgressBar, "importProgress")
    qtbot.waitUntil(lambda: bar.value() >= 250, timeout=60_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc: the same as Stop importing, the window stays to say what happened
    _idle(qtbot, dialog)
    assert dialog.isVisible()
    written = _households(sqlite_desk)
    assert dialog.findChild(QLabel, "importSummary").text().startswith(f"Imported {written:,} of 5,000 households")
    assert dialog.findChild(QPushButton, "importCloseButton").isEnabled(), "now the window can be closed"


def test_the_window_keeps_painting_while_a_big_file_is_read_and_imported(qtbot, sqlite_desk, tmp_path, monkeypatch):
    monkeypatch.setattr(import_dialog, "BUSY_AFTER_MS", 50)  # a busy bar for this file, however fast the machine
    dialog = open_attendee_import(None, AppState(sqlite_desk))
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    bar = dialog.findChild(QProgressBar, "importProgress")
    ticks: list[float] = []
    busy_seen: list[bool] = []

    def tick() -> None:
        ticks.append(time.perf_counter())
        busy_seen.append(bar.isVisible() and bar.maximum() == 0)

    timer = QTimer(interval=20)
    timer.timeout.connect(tick)
    timer.start()
    dialog.choose_file(attendees_file(tmp_path, 8_000))
    _idle(qtbot, dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "importRunButton"), Qt.MouseButton.LeftButton)
    _idle(qtbot, dialog)
    timer.stop()
    assert _households(sqlite_desk) == 8_000
    assert any(busy_seen), "reading the big file showed the busy bar"
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 20 and max(gaps) < 0.25, f"the event loop stalled {max(gaps) * 1000:.0f} ms"
