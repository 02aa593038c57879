"""The window and other laptops: the background sync says "Synced … · N laptops" and refreshes the screens when a
pull brought rows; File › Merge a laptop's file… merges off the GUI thread behind a progress dialog that can cancel;
File › Sync conflicts… lists what the laptops did while apart."""

from __future__ import annotations

import sqlite3
import threading
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from sqlalchemy import func, select, text

from nightout_desk.db import Database
from nightout_desk.models import CheckIn, Household
from nightout_desk.services import hub as hubs
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.context import Desk
from nightout_desk.services.sync.engine import merge_event
from nightout_desk.ui.background_job import run_with_progress
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.state import AppState
from nightout_desk.ui.sync.conflicts_dialog import ConflictsDialog
from nightout_desk.ui.sync.status import SyncStatus, synced_words, unreachable_words


def _family(desk: Desk, name: str = "Okafor"):
    with desk.db.write() as s:
        return households.new_household(s, desk, source=households.SOURCE_PREREGISTERED, family_name=name,
                                        adults_expected=2, kids_expected=1).id


def _count(db: Database, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_the_status_words_say_when_and_how_many(sqlite_desk):
    from datetime import timedelta

    from nightout_desk import clock

    now = clock.now()
    assert synced_words(now - timedelta(seconds=3), 4, now) == "Synced 3 s ago · 4 laptops"
    assert synced_words(now - timedelta(minutes=2, seconds=5), 1, now) == "Synced 2 min ago · 1 laptop"
    assert unreachable_words(hubs.Waiting(14, 0)) == \
        "Hub not reachable — 14 check-ins waiting; this laptop keeps working"
    assert unreachable_words(hubs.Waiting(1, 2)) == \
        "Hub not reachable — 1 check-in and 2 other changes waiting; this laptop keeps working"


def test_the_window_syncs_in_the_background_and_refreshes_when_others_checked_in(qtbot, sqlite_desk, pg_db,
                                                                                 monkeypatch):
    ours = _family(sqlite_desk, "Okafor")
    theirs = _family(sqlite_desk, "Nguyen")
    monkeypatch.setenv("NIGHTOUT_HUB", pg_db.url)
    window = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(window)
    window.sync.sync_worker.every_s = 0.3
    status = window.findChild(SyncStatus, "statusSync")
    qtbot.waitUntil(lambda: status.text().startswith("Synced"), timeout=20_000)
    assert status.text().endswith("· 1 laptop")
    other = Desk(Database(str(sqlite_desk.db.path.with_name("desk2.sqlite3"))), sqlite_desk.event_id,
                 "Tom Becker", "volunteer", "Desk 2")
    try:
        from nightout_desk.db.migrate import upgrade

        upgrade(other.db)
        hub = hubs.open_hub(pg_db.url)
        hubs.join(hub, other.db, str(sqlite_desk.event_id), device="Desk 2")
        checkins.check_in(other, theirs)
        hubs.sync_round(other.db, hub, other.event_id, device="Desk 2")
        hub.dispose()
    finally:
        other.db.dispose()
    refreshed: list[str] = []
    window.state.dataChanged.connect(refreshed.append)
    qtbot.waitUntil(lambda: _count(sqlite_desk.db, CheckIn) == 1, timeout=20_000)  # Desk 2's check-in came in
    qtbot.waitUntil(lambda: "sync" in refreshed, timeout=5_000)  # and the screens were told
    qtbot.waitUntil(lambda: status.text().endswith("· 2 laptops"), timeout=20_000)
    checkins.check_in(sqlite_desk, ours)
    qtbot.waitUntil(lambda: _count(pg_db, CheckIn) == 2, timeout=20_000)  # and ours reached the hub


def test_file_merge_runs_off_the_gui_thread_and_lists_the_conflicts(qtbot, sqlite_desk, monkeypatch, tmp_path):
    family = _family(sqlite_desk, "Okafor")
    theirs = tmp_path / "desk2.sqlite3"
    with sqlite3.connect(sqlite_desk.db.path) as ours, sqlite3.connect(theirs) as copy:
        ours.backup(copy)  # the laptop's file as it is, WAL included
    other = Desk(Database(str(theirs)), sqlite_desk.event_id, "Tom Becker", "volunteer", "Desk 2")
    checkins.check_in(other, family)
    checkins.walk_up(other, "Rivera", 2, 2, zip_code="12345")
    other.db.dispose()
    time.sleep(0.01)
    checkins.check_in(sqlite_desk, family)  # the same family, later, on this laptop while apart
    window = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(window)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    gui_thread = threading.get_ident()
    merging_threads: list[int] = []
    real = merge_event

    def watched(*args, **kwargs):
        merging_threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr("nightout_desk.services.sync.files.merge_event", watched)
    merged = window.sync.merge_file(theirs)
    assert merged is not None and merging_threads and gui_thread not in merging_threads
    assert "1 walk-up" in said[0] and "conflict" in said[0]
    assert _count(sqlite_desk.db, Household) == 2
    dialog = ConflictsDialog(window.state, window)
    qtbot.addWidget(dialog)
    texts = [dialog.model.text(r, 0) for r in range(dialog.model.rowCount())]
    assert "Checked in twice" in texts
    row = texts.index("Checked in twice")
    assert "Desk 2" in dialog.model.text(row, 4)
    assert "not looked at yet" in dialog.heading.text()
    dialog.table.selectRow(row)
    dialog.mark_chosen()
    assert dialog.model.text(row, 5).startswith("yes, by Pat Organizer")


def test_a_long_job_can_be_cancelled_and_the_window_keeps_painting(qtbot):
    ticks: list[float] = []
    timer = QTimer(interval=10, timeout=lambda: ticks.append(time.monotonic()))
    timer.start()

    def work(progress, cancelled):
        for n in range(500):
            if cancelled():
                return n
            progress(n, 500)
            time.sleep(0.01)
        return 500

    def press_cancel():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible())
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(600, press_cancel)
    result = run_with_progress(None, "Merging", "Merging…", work, min_duration_ms=100)
    timer.stop()
    assert result.cancelled and result.value < 500
    assert len(ticks) > 20 and max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.1


def test_a_hub_a_newer_version_upgraded_is_refused_in_words_and_the_desk_works_on(qtbot, sqlite_desk, pg_db,
                                                                                 monkeypatch):
    with pg_db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    monkeypatch.setenv("NIGHTOUT_HUB", pg_db.url)
    window = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(window)
    status = window.findChild(SyncStatus, "statusSync")
    qtbot.waitUntil(lambda: status.text().startswith("Not syncing"), timeout=20_000)
    assert "newer version" in status.toolTip()
    checkins.walk_up(window.state.desk, "Okafor", 2, 1)  # the desk goes on, on this laptop's file
    assert _count(sqlite_desk.db, CheckIn) == 1
