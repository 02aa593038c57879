"""Imports written a batch at a time (services/importing/batches.py), on SQLite and PostgreSQL: stopped between two
batches, what was written stays and is said; running the import again finishes it, nothing twice; a batch that
fails after others keeps them and says so; a desk checking families in on the same file is never refused; the
command line interrupted (Ctrl+C) or killed mid-import, then run again, finishes the job."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from nightout_desk.db.bulk import BulkInsert
from nightout_desk.models import AuditEntry, Donation, Household, HouseholdCode, Receipt, ShiftAssignment, Volunteer
from nightout_desk.services.checkin import attendee_import, checkins, households
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import donation_import
from nightout_desk.services.importing import batches
from nightout_desk.services.importing.batches import ImportInterrupted
from nightout_desk.services.volunteers import volunteer_import
from tests.donation_helpers import set_up
from tests.test_cli import _with_event

BATCH = 10


def attendees_file(tmp_path, n: int):
    lines = ["Family name,First names,Adults,Kids,Phone,Email,Ticket code"]
    lines += [f"Family{i:04d},Ann,2,1,555-201-{i:04d},family{i}@example.org,TK{i:06d}" for i in range(n)]
    path = tmp_path / "attendees.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def volunteers_file(tmp_path, n: int):
    lines = ["Sign Up,Start Date/Time (mm/dd/yyyy),End Date/Time (mm/dd/yyyy),Location,Qty,Item,First Name,Last Name,"
             "Email,Sign Up Comment,Mobile Phone"]
    for i in range(n):  # every volunteer on two slots: 2n bookings
        for start, end, item in (("05:00 PM", "07:00 PM", "Dunk tank"), ("07:00 PM", "09:00 PM", "Face painting")):
            lines.append(f"NNO,08/04/2026 {start},08/04/2026 {end},Park,1,{item},Vol{i:04d},Smith,v{i}@example.org,,")
    path = tmp_path / "volunteers.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def donations_file(tmp_path, n: int):
    lines = ["Date,Donor Name,Email,Payment Method,Amount,Transaction ID"]
    lines += [f"2026-08-01,Donor {i % 7},d{i % 7}@example.org,Online,{10 + i}.00,T-{i:05d}" for i in range(n)]
    path = tmp_path / "donations.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _count(desk: Desk, model: type) -> int:
    with desk.db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.event_id == desk.event_id))


def _actions(desk: Desk) -> list[str]:
    with desk.db.read() as s:
        return list(s.scalars(select(AuditEntry.action).where(AuditEntry.event_id == desk.event_id)))


def _batches_of(monkeypatch, n: int) -> None:
    """Every batch exactly `n` items (they are sized by time otherwise)."""
    for name in ("BATCH_ITEMS", "MIN_BATCH", "MAX_BATCH"):
        monkeypatch.setattr(batches, name, n)


def _stop_after(batches_wanted: int):
    """should_stop() for a run: True once `batches_wanted` batches were written (progress says so)."""
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    return progress, lambda: len(seen) > batches_wanted


KINDS = {  # file maker, run, rows made, the item counted, what else a run writes per item
    "attendees": (attendees_file, attendee_import.run, 45, Household),
    "volunteers": (volunteers_file, volunteer_import.run, 45, Volunteer),
    "donations": (donations_file, donation_import.run, 45, Donation),
}


@pytest.mark.parametrize("kind", KINDS)
def test_an_import_stopped_after_two_batches_keeps_them_says_so_and_is_finished_by_running_it_again(
        desk, tmp_path, monkeypatch, kind):
    _batches_of(monkeypatch, BATCH)
    make, run, n, model = KINDS[kind]
    if kind == "donations":
        set_up(desk)  # receipts numbered as the gifts are added
    path = make(tmp_path, n)
    progress, should_stop = _stop_after(2)

    stopped = run(desk, path, progress=progress, should_stop=should_stop)

    assert stopped.stopped and (stopped.created, stopped.planned) == (2 * BATCH, n)
    assert stopped.summary().startswith(f"Imported 20 of 45 {stopped.noun} from {path.name}; run the import again "
                                        "to finish.")
    assert _count(desk, model) == 2 * BATCH, "whole batches only"
    actions = _actions(desk)
    assert actions.count(batches.BATCH_ACTION) == 2 and actions.count(f"{stopped.noun} import stopped") == 1

    again = run(desk, path)
    assert not again.stopped and (again.created, again.already_there) == (n - 2 * BATCH, 2 * BATCH)
    assert _count(desk, model) == n
    assert run(desk, path).created == 0
    assert _count(desk, model) == n
    with desk.db.read() as s:
        if kind == "attendees":
            assert s.scalar(select(func.count()).select_from(HouseholdCode)) == n, "each ticket code once"
        if kind == "volunteers":
            assert s.scalar(select(func.count()).select_from(ShiftAssignment)) == 2 * n, "each booking once"
        if kind == "donations":
            numbers = sorted(s.scalars(select(Receipt.sequence)))
            assert numbers == list(range(1, n + 1)), "receipt numbers gap-free across the two runs"


def test_a_batch_that_fails_keeps_the_batches_before_it_and_says_how_far_the_import_got(desk, tmp_path,
                                                                                         monkeypatch):
    _batches_of(monkeypatch, BATCH)
    path = attendees_file(tmp_path, 45)
    real_run, calls = BulkInsert.run, []

    def failing(self, s):
        calls.append(1)
        if len(calls) == 5:  # the third batch's households (each batch: households, then codes)
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        return real_run(self, s)

    monkeypatch.setattr(BulkInsert, "run", failing)
    with pytest.raises(ImportInterrupted) as stopped:
        attendee_import.run(desk, path)
    assert str(stopped.value).startswith("Imported 20 of 45 households from attendees.csv, then the import stopped: "
                                         "The disk holding the database could not be written")
    assert str(stopped.value).endswith("Run the import again to finish: what is already there is not added twice.")
    assert stopped.value.result.created == 20 and _count(desk, Household) == 20

    monkeypatch.setattr(BulkInsert, "run", real_run)
    again = attendee_import.run(desk, path)
    assert (again.created, again.already_there) == (25, 20) and _count(desk, Household) == 45


def test_the_first_batch_failing_writes_nothing_and_raises_the_cause_itself(desk, tmp_path, monkeypatch):
    def failing(self, s):
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(BulkInsert, "run", failing)
    with pytest.raises(OperationalError):
        attendee_import.run(desk, attendees_file(tmp_path, 5))
    assert _count(desk, Household) == 0 and "households imported" not in _actions(desk)


def test_each_batch_has_its_audit_entry_and_the_last_one_the_import_summary(desk, tmp_path, monkeypatch):
    _batches_of(monkeypatch, BATCH)
    attendee_import.run(desk, attendees_file(tmp_path, 25))
    with desk.db.read() as s:
        entries = list(s.execute(select(AuditEntry.action, AuditEntry.summary).where(
            AuditEntry.action.in_((batches.BATCH_ACTION, "households imported"))).order_by(AuditEntry.at)))
    assert [a for a, _ in entries] == [batches.BATCH_ACTION, batches.BATCH_ACTION, "households imported"]
    assert entries[0][1] == "households 1–10 of 25 from attendees.csv (lines 2–11)"
    assert entries[1][1] == "households 11–20 of 25 from attendees.csv (lines 12–21)"
    assert entries[2][1].startswith("25 households from attendees.csv")


def test_a_desk_checking_families_in_on_the_same_file_is_never_refused_during_an_import(sqlite_desk, tmp_path):
    desk = sqlite_desk
    with desk.db.write() as s:
        BulkInsert.of(desk.db, Household.__table__, households.rows_for_import(s, desk, source="walk-up", entries=[
            (None, {"family_name": f"Walk-up {n}"}) for n in range(400)])).run(s)
    with desk.db.read() as s:
        waiting = list(s.scalars(select(Household.id).where(Household.source == "walk-up")))
    importing, waits, errors = threading.Event(), [], []

    def desk_two() -> None:
        other = Desk(type(desk.db)(desk.db.url), desk.event_id, "Maria Lopez", "volunteer", "Desk 2")
        for household_id in waiting:
            began = time.perf_counter()
            try:
                checkins.check_in(other, household_id)
            except Exception as exc:  # noqa: BLE001 - every refusal is the finding
                errors.append(exc)
            waits.append(time.perf_counter() - began)
            if not importing.is_set():
                break
            time.sleep(0.01)
        other.db.dispose()

    path = attendees_file(tmp_path, 4000)
    importing.set()
    thread = threading.Thread(target=desk_two)
    thread.start()
    result = attendee_import.run(desk, path)
    importing.clear()
    thread.join(timeout=60)
    assert result.created == 4000
    assert not errors, errors[:1]
    assert len(waits) >= 5 and max(waits) < 2.0, "a check-in waits a batch at most (a generous bound: shared CI)"


def _batches_written(path) -> tuple[int, int]:
    """(households, households the "import batch" audit entries say they wrote), by a bare connection."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        homes = conn.execute("SELECT count(*) FROM households").fetchone()[0]
        entries = conn.execute("SELECT after FROM audit_entries WHERE action = ?", (batches.BATCH_ACTION,))
        in_entries = sum(json.loads(after).get("created", 0) for (after,) in entries)
    finally:
        conn.close()
    return homes, in_entries


def test_an_import_killed_or_interrupted_on_the_command_line_is_finished_by_running_it_again(tmp_path):
    db_path = _with_event(tmp_path)
    csv_path = attendees_file(tmp_path, 5000)
    command = [sys.executable, "-m", "nightout_desk", "--db", str(db_path), "--operator", "Pat Organizer", "import",
               "attendees", str(csv_path)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cwd = Path(__file__).resolve().parent.parent
    written = 0
    for stop in (signal.SIGINT, signal.SIGKILL):  # Ctrl+C, then a laptop that dies mid-import
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                   cwd=cwd)
        deadline = time.monotonic() + 120  # a watchdog: a hang fails instead of hanging
        while _batches_written(db_path)[0] < written + 500 and process.poll() is None:
            assert time.monotonic() < deadline, "the import never got going"
            time.sleep(0.02)
        process.send_signal(stop)
        _out, err = process.communicate(timeout=60)
        homes, in_entries = _batches_written(db_path)
        assert written < homes < 5000 and homes == in_entries, "whole batches, each audited"
        if stop == signal.SIGINT:  # Ctrl+C: stopped between two batches, and said
            assert process.returncode == 1 and "Stopping after the rows being written" in err
            assert (f"Imported {homes:,} of 5,000 households from attendees.csv; run the import again to finish."
                    in _out)
        written = homes
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=180)
    assert done.returncode == 0, done.stderr
    assert f"Imported {5000 - written:,} households from attendees.csv. {written:,} were already there" in done.stdout
    assert _batches_written(db_path)[0] == 5000


def test_after_an_import_every_connection_of_the_desk_still_waits_for_the_disk(sqlite_desk, tmp_path, monkeypatch):
    """A batch commits without waiting for the disk (synchronous=NORMAL on its connection, db/bulk.py); the
    connection must go back to the pool with FULL, or a check-in made on it later would not survive a power cut."""
    _batches_of(monkeypatch, BATCH)
    desk = sqlite_desk
    attendee_import.run(desk, attendees_file(tmp_path, 45))
    connections = [desk.db.engine.connect() for _ in range(3)]  # the pool's connections, the import's among them
    try:
        assert [c.exec_driver_sql("PRAGMA synchronous").scalar() for c in connections] == [2, 2, 2]  # 2 = FULL
    finally:
        for c in connections:
            c.close()
