"""`nightout-desk merge FILE`: another laptop's file (or a backup) brought into this one in one line, the same file
again changes nothing, and a file that is not ours or is damaged is refused in one sentence and left as it was."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from sqlalchemy import select

from nightout_desk import cli, clock
from nightout_desk.db import Database
from nightout_desk.models import CheckIn
from nightout_desk.services import events
from nightout_desk.services.checkin import checkins
from nightout_desk.services.sync.engine import list_conflicts
from tests.sync_helpers import NightClock, laptop, prepare
from tests.test_cli import nightout


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _two_laptops(tmp_path: Path, sqlite_template: Path, monkeypatch) -> tuple:
    night = NightClock()
    monkeypatch.setattr(clock, "datetime", night.datetime)
    night.at(16)
    prepared = tmp_path / "prepared.sqlite3"
    n = prepare(prepared, sqlite_template, laptops=2)
    one, two = laptop(prepared, tmp_path, 1, n), laptop(prepared, tmp_path, 2, n)
    night.at(18, 40)
    checkins.check_in(one, n.garcia)
    night.at(18, 42)
    checkins.check_in(two, n.garcia)
    checkins.walk_up(two, "Okafor", 2, 1, zip_code="12347")
    for d in (one, two):
        d.db.dispose()
    return n, one.db.path, two.db.path


def test_merging_a_laptop_s_file_says_what_came_in_and_twice_changes_nothing(tmp_path, sqlite_template, monkeypatch):
    n, mine, theirs = _two_laptops(tmp_path, sqlite_template, monkeypatch)
    monkeypatch.undo()  # the real process has its own clock
    before = _digest(theirs)
    done = nightout("merge", theirs, db=mine, who="Pat Organizer")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == ("Merged desk2.sqlite3 (Desk 2) into “Riverside National Night Out 2026”: "
                                           "2 check-ins, 1 walk-up received; 1 conflict to look at")
    assert "Sync conflicts" in done.stdout
    assert _digest(theirs) == before  # only read
    again = nightout("merge", theirs, db=mine, who="Pat Organizer")
    assert again.returncode == 0 and again.stdout.strip().endswith(": nothing new; no conflicts")
    db = Database(str(mine))
    try:
        with db.read() as s:
            assert len(s.scalars(select(CheckIn.id).where(CheckIn.event_id == n.event_id)).all()) == 3
        desk = laptop_desk(db, n.event_id)
        assert [c.kind for c in list_conflicts(desk)] == ["checked in twice"]
        merged = [e for e in events.list_events(db)]
        assert len(merged) == 1
    finally:
        db.dispose()


def laptop_desk(db: Database, event_id):
    from nightout_desk.services.context import Desk

    return Desk(db, event_id, "Pat Organizer", "organizer", "Desk 1")


def test_a_fresh_laptop_takes_the_file_s_event(tmp_path, sqlite_template, monkeypatch, capsys):
    n, _, theirs = _two_laptops(tmp_path, sqlite_template, monkeypatch)
    fresh = tmp_path / "fresh.sqlite3"
    assert cli.main(["--db", str(fresh), "--operator", "Pat Organizer", "merge", str(theirs)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Merged desk2.sqlite3 (Desk 2) into “Riverside National Night Out 2026”: ")
    db = Database(str(fresh))
    try:
        assert [e.id for e in events.list_events(db)] == [n.event_id]
    finally:
        db.dispose()


def test_a_file_that_is_not_ours_or_damaged_is_refused_in_one_line(tmp_path, sqlite_template, monkeypatch, capsys):
    _, mine, theirs = _two_laptops(tmp_path, sqlite_template, monkeypatch)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n")
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copy(theirs, damaged)
    with damaged.open("r+b") as fh:  # scribble over the middle of the file, past its first pages
        fh.seek(damaged.stat().st_size // 2)
        fh.write(b"\x13" * 8192)
    for path, said in ((notes, "is not a NightOut Desk database"), (damaged, "is damaged"),
                       (tmp_path / "missing.sqlite3", "There is no file at")):
        before = _digest(path) if path.exists() else None
        assert cli.main(["--db", str(mine), "--operator", "Pat Organizer", "merge", str(path)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("nightout-desk: ") and said in err and err.count("\n") == 1, err
        assert (_digest(path) if path.exists() else None) == before
