"""A check-in confirmed on screen is never lost: not when the laptop's process dies mid-rush, not when two laptops
scan the same ticket at the same moment, and a full or read-only disk saves nothing half-way and says so plainly."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
import uuid

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from nightout_desk.db import Database
from nightout_desk.models import AuditEntry, CheckIn, Household
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.context import Desk
from nightout_desk.ui.messages import explain

# The check-in desk in a separate process: it confirms a check-in (prints its id) only once the service call has
# returned, which is the moment the screen would show "checked in" in green.
DESK_PROCESS = textwrap.dedent("""
    import sys, uuid
    from nightout_desk.db import Database
    from nightout_desk.services.checkin import checkins
    from nightout_desk.services.context import Desk

    db_url, event_id, ids_file = sys.argv[1:4]
    desk = Desk(Database(db_url), uuid.UUID(event_id), "Maria Lopez", "volunteer", "Desk 1")
    print("ready", flush=True)
    for line in open(ids_file):
        result = checkins.check_in(desk, uuid.UUID(line.strip()))
        assert result.is_new, result
        sys.stdout.write(f"{result.arrival.check_in_id}\\n")
        sys.stdout.flush()
    print("done", flush=True)
""")


def _families(desk: Desk, n: int, prefix: str = "Family") -> list[uuid.UUID]:
    names = ["Nguyễn", "García", "Müller", "O'Brien", "Łukasiewicz", "Okafor", "Søndergaard", "Smith"]
    with desk.db.write() as s:
        return [households.new_household(s, desk, source=households.SOURCE_PREREGISTERED,
                                         family_name=f"{names[i % len(names)]} {prefix} {i}", adults_expected=2,
                                         kids_expected=i % 4).id
                for i in range(n)]


def _check_ins(db: Database) -> list[tuple[uuid.UUID, uuid.UUID]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(select(CheckIn.id, CheckIn.household_id))]


def _integrity(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_every_check_in_confirmed_on_screen_survives_the_process_being_killed_mid_rush(sqlite_desk, tmp_path):
    desk = sqlite_desk
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    script = tmp_path / "desk_process.py"
    script.write_text(DESK_PROCESS)
    queue = _families(desk, 3 * 320)
    url = desk.db.url
    desk.db.dispose()  # the parent holds no connection while the desk process runs
    confirmed: list[uuid.UUID] = []
    for burst in range(3):
        ids_file = tmp_path / f"burst-{burst}.txt"
        ids_file.write_text("\n".join(str(h) for h in queue[burst * 320:(burst + 1) * 320]) + "\n")
        kill_after = rng.randint(50, 200)
        child = subprocess.Popen([sys.executable, str(script), url, str(desk.event_id), str(ids_file)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        watchdog = threading.Timer(120, child.kill)  # a hung desk fails the test instead of hanging it
        watchdog.start()
        try:
            assert child.stdout.readline().strip() == "ready", child.stderr.read()
            lines = [child.stdout.readline().strip() for _ in range(kill_after)]
            assert "" not in lines and "done" not in lines, (seed, child.stderr.read())
            time.sleep(rng.uniform(0, 0.01))  # somewhere inside the next check-in (or between two)
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            watchdog.cancel()
        lines += child.stdout.read().split()  # printed before it died: the screen had shown these too
        child.stdout.close()
        child.stderr.close()
        assert child.returncode == -signal.SIGKILL, f"the desk finished its burst before the kill (seed {seed})"
        assert "done" not in lines
        confirmed += [uuid.UUID(x) for x in lines]

        rows = _check_ins(desk.db)
        in_db = {cid for cid, _ in rows}
        assert not set(confirmed) - in_db, f"confirmed check-ins lost after SIGKILL (seed {seed}, burst {burst})"
        assert len(rows) - len(confirmed) in (0, 1), "at most the check-in being saved at the kill is unconfirmed"
        per_household = {}
        for _, hid in rows:
            per_household[hid] = per_household.get(hid, 0) + 1
        assert set(per_household.values()) == {1}, "a household was checked in twice"
        with desk.db.read() as s:
            audited = set(s.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "check-in")))
        assert in_db <= audited, "a check-in was saved without its audit entry"
        assert _integrity(desk.db.path) == "ok"
        desk.db.dispose()
        confirmed = sorted(in_db, key=str)  # the possible unconfirmed one is in the database too from now on

    after = checkins.check_in(desk, queue[-1])  # the night goes on, on the same file
    assert after.is_new
    assert len(_check_ins(desk.db)) == len(confirmed) + 1
    assert _integrity(desk.db.path) == "ok"


def test_two_laptops_scanning_the_same_ticket_at_the_same_moment_check_it_in_once(desk):
    families = _families(desk, 30)
    second_db = Database(desk.db.url)
    desk2 = Desk(second_db, desk.event_id, "Sam Reyes", "volunteer", "Desk 2")
    barrier = threading.Barrier(2, timeout=60)
    results: dict[str, list] = {"Desk 1": [], "Desk 2": []}
    errors: list[BaseException] = []

    def laptop(d: Desk) -> None:
        for hid in families:
            barrier.wait()
            try:
                results[d.device].append(checkins.check_in(d, hid))
            except Exception as exc:  # noqa: BLE001 - the assertion below shows it
                errors.append(exc)
                results[d.device].append(None)

    threads = [threading.Thread(target=laptop, args=(d,)) for d in (desk, desk2)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    finally:
        second_db.dispose()
    assert not errors, [explain(e) for e in errors]
    for one, two in zip(results["Desk 1"], results["Desk 2"], strict=True):
        assert sorted([one.status, two.status]) == [checkins.ALREADY, checkins.CHECKED_IN]
        winner, loser = (one, two) if one.is_new else (two, one)
        assert loser.arrival.check_in_id == winner.arrival.check_in_id
        assert loser.arrival.device == ("Desk 1" if winner is one else "Desk 2")
    rows = _check_ins(desk.db)
    assert sorted(hid for _, hid in rows) == sorted(families)
    assert checkins.counters(desk).households == len(families)


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (Household, CheckIn, AuditEntry))


def test_a_full_disk_saves_nothing_half_way_and_says_so_in_plain_words(sqlite_desk):
    desk = sqlite_desk
    kept = _families(desk, 3)
    with desk.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def disk_full(dbapi_conn, _record) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(desk.db.engine, "connect", disk_full)
    desk.db.engine.dispose()
    before = _counts(desk.db)
    with pytest.raises(OperationalError) as failure:  # a walk-up with a long note needs new pages
        checkins.walk_up(desk, "Dvořák", adults=2, kids=2, zip_code="12345", notes="Allergic to peanuts. " * 4000)
    assert "full" in str(failure.value.orig)
    words = explain(failure.value)
    assert "full" in words and "nothing was saved" in words and "SQL" not in words
    assert _counts(desk.db) == before, "part of the walk-up was saved"
    assert households.search(desk, "dvorak") == []

    event.remove(desk.db.engine, "connect", disk_full)  # space freed: the desk carries on
    desk.db.engine.dispose()
    assert checkins.check_in(desk, kept[0]).is_new
    assert checkins.walk_up(desk, "Dvořák", adults=2, kids=2, zip_code="12345").is_new
    assert _integrity(desk.db.path) == "ok"


def _immutable(path, on: bool) -> bool:
    """chattr +i: even root cannot write the file (a write-protected USB stick, a locked file)."""
    try:
        done = subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True)
    except FileNotFoundError:  # e2fsprogs not installed
        return False
    return done.returncode == 0


def test_a_read_only_database_file_saves_nothing_and_says_why(sqlite_desk):
    desk = sqlite_desk
    hid = _families(desk, 1)[0]
    before = _counts(desk.db)
    desk.db.dispose()
    with desk.db.engine.connect() as conn:  # fold the write-ahead log in, so the file alone holds the night
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    desk.db.dispose()
    if not _immutable(desk.db.path, True):
        pytest.skip("chattr +i is not available on this file system")
    try:
        with pytest.raises(OperationalError) as failure:
            checkins.check_in(desk, hid)
        assert "readonly" in str(failure.value.orig)
        assert _counts(desk.db) == before
        words = explain(failure.value)
        assert "nothing was saved" in words
        assert "read-only" in words and "network" not in words
    finally:
        desk.db.dispose()
        _immutable(desk.db.path, False)
    assert checkins.check_in(desk, hid).is_new
