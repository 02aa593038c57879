"""Automatic backups: a checked, private copy while something changed, in backups/ and on the USB stick; the last 12
and one per day kept; `nightout-desk backups` lists them; a backup that is damaged or from a newer version is refused
by restore in one sentence, and File › Restore from a backup… carries on from a good one with the old file set aside."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from nightout_desk import cli
from nightout_desk.db import copies
from nightout_desk.models import Household
from nightout_desk.services import automatic_backups
from nightout_desk.services.automatic_backups import KEEP_LAST, AutomaticBackups, list_backups, prune, why_not_restore
from nightout_desk.services.checkin import checkins
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.state import AppState


def walk_up(desk, name: str = "Okafor"):
    return checkins.walk_up(desk, name, 2, 1)


def families(desk) -> set[str]:
    with desk.db.read() as s:
        return set(s.scalars(select(Household.family_name)))


def test_a_copy_is_made_only_when_something_changed_and_is_checked_and_private(sqlite_desk, tmp_path):
    path = sqlite_desk.db.path
    stick = tmp_path / "usb-stick"
    backups = AutomaticBackups(path, stick)
    backups.start()
    assert not backups.changed()
    walk_up(sqlite_desk)
    assert backups.changed()
    done = backups.copy_now()
    assert done.problems == []
    assert [b.path.parent for b in done.made] == [path.parent / "backups", stick]
    for made in done.made:
        assert made.ok
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
        with sqlite3.connect(made.path) as conn:
            assert conn.execute("SELECT family_name FROM households").fetchall() == [("Okafor",)]
    assert not backups.changed()  # nothing new since the copy
    backups.close()


def test_a_stick_pulled_out_is_said_and_the_laptops_own_copy_still_made(sqlite_desk, tmp_path):
    stick = tmp_path / "not-there"
    stick.write_text("a file where the folder should be")
    backups = AutomaticBackups(sqlite_desk.db.path, stick)
    done = backups.copy_now()
    backups.close()
    assert len(done.made) == 1 and done.made[0].ok
    assert len(done.problems) == 1 and str(stick) in done.problems[0]


def _stamped(folder: Path, db_path: Path, when: datetime) -> Path:
    folder.mkdir(exist_ok=True)
    target = folder / f"{db_path.stem}-backup-{when:%Y%m%d-%H%M%S}{db_path.suffix}"
    target.write_bytes(b"")
    return target


def test_the_last_twelve_and_the_newest_of_each_day_are_kept(tmp_path):
    db_path = tmp_path / "night.sqlite3"
    folder = tmp_path / "backups"
    noon = datetime(2026, 8, 4, 12, 0, tzinfo=UTC)
    tonight = [_stamped(folder, db_path, noon + timedelta(minutes=5 * i)) for i in range(20)]
    earlier_days = [_stamped(folder, db_path, noon - timedelta(days=d, hours=h)) for d in (1, 2) for h in (0, 1)]
    other = folder / "someone-elses-notes.txt"
    other.write_text("left alone")
    deleted = set(prune(folder, db_path))
    kept = set(copies.copies_of(folder / db_path.name, copies.BACKUP))
    assert set(tonight[-KEEP_LAST:]) <= kept
    assert {earlier_days[0], earlier_days[2]} <= kept  # the newest of each earlier day
    assert deleted == set(tonight[:-KEEP_LAST]) | {earlier_days[1], earlier_days[3]}
    assert other.exists()


def test_backups_lists_time_size_and_whether_each_is_whole(sqlite_desk, capsys):
    path = sqlite_desk.db.path
    walk_up(sqlite_desk)
    good = AutomaticBackups(path).copy_now().made[0].path
    bad = good.with_name(f"{path.stem}-backup-20200101-000000{path.suffix}")
    bad.write_bytes(good.read_bytes()[:4096] + b"\x00" * 4096)
    listed = list_backups(path)
    assert [(b.path, b.ok) for b in listed] == [(good, True), (bad, False)]
    assert cli.main(["--db", str(path), "backups"]) == 0
    out = capsys.readouterr().out
    assert good.name in out and "ok" in out
    assert bad.name in out and "DAMAGED" in out


def test_restore_refuses_a_damaged_file_and_a_newer_versions_in_one_sentence(sqlite_desk, tmp_path):
    path = sqlite_desk.db.path
    walk_up(sqlite_desk)
    good = AutomaticBackups(path).copy_now().made[0].path
    assert why_not_restore(good) is None
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    data[4096 * 2:4096 * 3] = os.urandom(4096)
    damaged.write_bytes(bytes(data))
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(good, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    said_damaged, said_newer = why_not_restore(damaged), why_not_restore(newer)
    assert said_damaged is not None and "damaged" in said_damaged and said_damaged.count(". ") == 0
    assert said_newer is not None and "newer version" in said_newer and said_newer.count(". ") == 0
    assert "not a NightOut Desk database" in why_not_restore(Path(__file__))


def test_file_restore_sets_the_file_in_use_aside_and_carries_on_from_the_backup(qtbot, sqlite_desk, monkeypatch):
    path = sqlite_desk.db.path
    walk_up(sqlite_desk, "Okafor")
    backup = AutomaticBackups(path).copy_now().made[0].path
    walk_up(sqlite_desk, "Nguyen")  # saved after the backup: not in it
    window = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    restored = window.sync.restore_file(backup)
    assert restored is not None and restored.set_aside is not None and restored.set_aside.exists()
    assert families(window.state.desk) == {"Okafor"}
    with sqlite3.connect(restored.set_aside) as conn:  # the file that was in use is kept whole
        assert {n for (n,) in conn.execute("SELECT family_name FROM households")} == {"Okafor", "Nguyen"}


def test_file_restore_refuses_a_damaged_backup_and_changes_nothing(qtbot, sqlite_desk, monkeypatch, tmp_path):
    walk_up(sqlite_desk, "Okafor")
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    window = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(window)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert window.sync.restore_file(damaged) is None
    assert len(said) == 1 and "nothing was restored" in said[0]
    assert families(window.state.desk) == {"Okafor"}


def test_closing_the_window_makes_one_last_backup_when_something_changed(qtbot, sqlite_desk):
    window = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(window)
    folder = automatic_backups.backup_folders(sqlite_desk.db.path)[0]
    qtbot.waitUntil(lambda: window.sync.backup_worker is not None and window.sync.backup_worker._round is None)
    walk_up(sqlite_desk)
    window.close()
    made = automatic_backups.copies_in(folder, sqlite_desk.db.path)
    assert len(made) == 1
