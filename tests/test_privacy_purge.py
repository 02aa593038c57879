"""Families' data kept only as long as needed: after the purge no name, phone or email of the demo's families and
volunteers is anywhere in the database file's bytes (free pages and write-ahead log included), the report says the
same as before, the log is whole and says who removed them and when."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import DBAPIError

from nightout_desk import clock
from nightout_desk.cli import main
from nightout_desk.db import Database, audit_chain, audit_guard, copies
from nightout_desk.db.audit_chain import PURGE_ACTION
from nightout_desk.db.migrate import upgrade
from nightout_desk.models import AuditEntry, Donor, Household, Volunteer, Waiver
from nightout_desk.services import audit_check, events, privacy
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.context import Desk
from nightout_desk.services.demo import create_demo
from nightout_desk.services.errors import PermissionDenied
from nightout_desk.services.report import build_report

# Columns that keep a name on purpose (docs/architecture.md, Trust): who was at the keyboard and on which laptop,
# donations' tax records, the department's incident records, places, stations, organizations, the import codes.
KEPT_TABLES = {"events", "neighbourhoods", "stations", "demonstrations", "incidents", "giveaway_items", "receipts",
               "operators", "event_settings"}
KEPT_ON_PURPOSE = {
    ("donors", "name"), ("donors", "address"), ("donors", "search_text"), ("households", "neighbourhood"),
    ("volunteers", "organization"), ("volunteers", "search_text"), ("donations", "description"),
    ("stock_moves", "station"),
}
WHO_AND_WHERE = {"operator", "device", "recorded_by", "issued_by", "voided_by", "resolved_by"}


def _people(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """What the purge must remove, read before it: emails, phones and names of families and volunteers."""
    found: dict[str, set[str]] = {"emails": set(), "phones": set(), "names": set()}
    for family, firsts, phone, email in conn.execute(
            "SELECT family_name, first_names, phone, email FROM households"):
        found["names"].update({family, firsts})
        found["phones"].add(phone)
        found["emails"].add(email)
    for row in conn.execute("SELECT first_name || ' ' || last_name, phone, email, emergency_name, emergency_phone, "
                            "guardian_name, guardian_phone FROM volunteers"):
        found["names"].update({row[0], row[3], row[5]})
        found["phones"].update({row[1], row[4], row[6]})
        found["emails"].add(row[2])
    for child, guardian in conn.execute("SELECT child_first_name, guardian_name FROM waivers"):
        found["names"].update({child, guardian})
    return {k: {v for v in values if v and v.strip()} for k, values in found.items()}


def _raw_bytes(path: Path) -> bytes:
    """The file and everything beside it SQLite writes: the write-ahead log and its index."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())


def _where(conn: sqlite3.Connection, value: str) -> set[tuple[str, str]]:
    """Every (table, column) holding `value`, FTS shadow tables included."""
    hits = set()
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for column in [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]:
            try:
                if conn.execute(f'SELECT 1 FROM "{table}" WHERE instr(CAST("{column}" AS TEXT), ?) > 0 LIMIT 1',
                                (value,)).fetchone():
                    hits.add((table, column))
            except sqlite3.OperationalError:  # an FTS table's hidden columns
                continue
    return hits


def _log(db: Database) -> list[audit_chain.Entry]:
    with db.engine.connect() as conn:
        return audit_chain.read(conn)


def _figures(desk: Desk):
    return dataclasses.replace(build_report(desk), generated_at=None)


def _stop_the_clock(monkeypatch) -> None:
    """Open clock-ins count up to now: the figures before and after are read at one moment."""
    frozen = clock.now()
    monkeypatch.setattr(clock, "now", lambda: frozen)


def test_after_the_purge_no_familys_name_phone_or_email_is_left_in_the_files_bytes(tmp_path, monkeypatch, capsys):
    _stop_the_clock(monkeypatch)
    path = tmp_path / "night.sqlite3"
    db = Database(str(path))
    upgrade(db)
    create_demo(db, households=80)
    this_year = events.latest_event(db)
    lieutenant = Desk(db, this_year.id, "Demo Lieutenant", "lieutenant", "Desk 1")
    someone = privacy.status(lieutenant)
    with db.read() as s:  # a phone typed in again: the old one now sits in a free page or the write-ahead log
        first = s.scalars(select(Household).where(Household.event_id == this_year.id, Household.phone != "")).first()
    households.update(lieutenant, first.id, phone="(555) 999-0000")
    before = _figures(lieutenant)
    db.dispose()
    with sqlite3.connect(path) as conn:
        people = _people(conn)
    raw = _raw_bytes(path)
    assert sum(e.encode() in raw for e in people["emails"]) > len(people["emails"]) * 0.9  # they were there
    monkeypatch.setenv("NIGHTOUT_PIN", "2026")
    assert main(["--db", str(path), "--operator", "Demo Lieutenant",
                 "report", "--out", str(tmp_path / "before.pdf"), "--csv",
                 str(tmp_path / "before")]) == 0

    for event in events.list_events(Database(str(path))):  # this year's and last year's
        assert main(["--db", str(path), "--operator", "Demo Lieutenant", "privacy", "purge", "--event", event.name,
                     "--now"]) == 0
    said = capsys.readouterr().out
    assert f"Removed the personal details of “{this_year.name}”" in said
    assert "The database was compacted" in said and "tax law keeps" in said

    raw = _raw_bytes(path)
    assert [e for e in people["emails"] if e.encode() in raw] == []
    assert [p for p in people["phones"] if p.encode() in raw] == []
    with sqlite3.connect(path) as conn:
        left = {n: _where(conn, n) for n in people["names"] if n.encode() in raw}
        assert conn.execute("SELECT count(*) FROM volunteers WHERE birth_year IS NOT NULL").fetchone()[0] == 0
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    for name, places in left.items():  # a family called Park, beside Riverside Park: only where kept on purpose
        assert places, f"{name!r} is in the file's bytes but in no row: a free page or an old index segment"
        unexpected = {p for p in places if p[0] not in KEPT_TABLES and p not in KEPT_ON_PURPOSE
                      and p[1] not in WHO_AND_WHERE}
        assert not unexpected, (name, unexpected)
    assert len(left) < len(people["names"]) * 0.1  # a handful of common words, not the families

    db = Database(str(path))
    assert _figures(Desk(db, this_year.id, "Demo Lieutenant", "lieutenant", "Desk 1")) == before
    assert main(["--db", str(path), "--operator", "Demo Lieutenant",
                 "report", "--out", str(tmp_path / "after.pdf"), "--csv",
                 str(tmp_path / "after")]) == 0
    for table in sorted((tmp_path / "before").iterdir()):
        assert (tmp_path / "after" / table.name).read_bytes() == table.read_bytes(), table.name
    assert main(["--db", str(path), "audit", "verify"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("The log is whole")
    assert privacy.status(lieutenant).removed_at is not None and someone.removed_at is None
    db.dispose()


def test_the_purge_keeps_every_figure_and_says_who_removed_what_on_both_databases(db, monkeypatch):
    _stop_the_clock(monkeypatch)
    event = create_demo(db, households=25)
    desk = Desk(db, event.id, "Pat Organizer", "organizer", "Desk 1")
    before = _figures(desk)
    with db.read() as s:
        entries = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.event_id == event.id))
        family, code = s.execute(select(Household.family_name, Household.ticket_code)
                                 .where(Household.event_id == event.id)).first()
    assert households.search(desk, family)
    result = privacy.purge(desk, now=True)
    assert households.search(desk, family) == []  # the search index was made again from the blanked rows
    assert [h.ticket_code for h in households.search(desk, code)] == [code]
    assert result.households == 25 and result.volunteers > 0 and result.waivers > 0 and result.donors > 0
    assert result.log_entries == entries and result.compacted, result.compact_problem
    assert _figures(desk) == before
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Household).where(
            Household.event_id == event.id, (Household.family_name != "") | (Household.phone != "")
            | (Household.email != "") | (Household.first_names != ""))) == 0
        assert s.scalar(select(func.count()).select_from(Volunteer).where(
            Volunteer.event_id == event.id, (Volunteer.emergency_phone != "") | (Volunteer.birth_year.is_not(None))
            | (Volunteer.first_name != ""))) == 0
        assert s.scalar(select(func.count()).select_from(Waiver).where(
            Waiver.event_id == event.id, (Waiver.child_first_name != "") | (Waiver.child_age != 0))) == 0
        kept = s.scalars(select(Donor).where(Donor.event_id == event.id)).all()
        assert all(d.name for d in kept) and any(d.address for d in kept)  # the receipts' tax record
        assert not any(d.email or d.phone for d in kept)
        purge = s.scalars(select(AuditEntry).where(AuditEntry.action == PURGE_ACTION)).one()
        assert (purge.operator, purge.role, purge.device) == ("Pat Organizer", "organizer", "Desk 1")
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.redacted_by == purge.id)) \
            == entries
    check = audit_check.verify(db)
    assert check.whole and check.blanked == entries, check.lines()


def test_the_purge_waits_for_its_days_unless_asked_and_needs_an_organizer(db):
    event = events.create_event(db, name="Riverside National Night Out 2026", on=dt.date(2026, 8, 4))
    organizer = Desk(db, event.id, "Pat Organizer", "organizer", "Desk 1")
    with pytest.raises(privacy.NotDueYet, match="kept until 2026-09-03"):
        privacy.purge(organizer, today=dt.date(2026, 9, 2))
    with pytest.raises(PermissionDenied):
        privacy.purge(Desk(db, event.id, "Tom", "volunteer", "Desk 2"), now=True)
    with pytest.raises(PermissionDenied):
        privacy.set_days(Desk(db, event.id, "Tom", "volunteer", "Desk 2"), 7)
    assert privacy.set_days(organizer, 7).due_on == dt.date(2026, 8, 11)
    assert "7 days after the event" in privacy.status(organizer).words
    assert privacy.purge(organizer, today=dt.date(2026, 8, 11)).event_name == event.name


def test_the_log_may_be_blanked_only_by_a_purge_in_the_same_transaction(db):
    event = create_demo(db, households=10)
    desk = Desk(db, event.id, "Pat Organizer", "organizer", "Desk 1")
    privacy.purge(desk, now=True)
    events.set_setting(desk, "waiver.text", "Signed by Zoë Nguyễn for her son")
    with db.read() as s:
        purge_id = s.scalar(select(AuditEntry.id).where(AuditEntry.action == PURGE_ACTION))
    blank = update(AuditEntry).where(AuditEntry.redacted_by.is_(None)).values(
        summary="", before="", after="", redacted_by=purge_id).execution_options(synchronize_session=False)
    with pytest.raises(DBAPIError, match="audit log cannot be changed"), db.write() as s:
        s.execute(blank)  # the purge is sealed: it cannot cover a later entry
    with db.engine.begin() as conn:  # someone who owns the file blanks it anyway
        audit_guard.drop(conn)
        conn.execute(blank)
        audit_guard.ensure(conn)
    check = audit_check.verify(db)
    assert not check.whole
    assert any("its details were removed, but not by a privacy purge in the log" in line
               or "entries were blanked under this purge" in line for line in check.lines()), check.lines()


def test_privacy_purge_on_the_command_line(tmp_path, monkeypatch, capsys):
    path = tmp_path / "night.sqlite3"
    db = Database(str(path))
    upgrade(db)
    today = dt.date.today()
    old = events.create_event(db, name="Night Out last year", on=today - dt.timedelta(days=400))
    events.create_event(db, name="Night Out tonight", on=today)
    with db.write() as s:
        s.add(Household(event_id=old.id, ticket_code="H7K3QWPX", family_name="García", email="g@example.org"))
    db.dispose()
    backup = copies.copy_path(path, copies.BACKUP)  # a copy made before the purge keeps the details: it is named
    shutil.copy(path, backup)
    monkeypatch.setenv("NIGHTOUT_PIN", "2026")
    base = ["--db", str(path), "--operator", "Demo Lieutenant"]
    assert main([*base, "privacy", "purge", "--now"]) == 1
    assert "--event" in capsys.readouterr().err
    assert main([*base, "privacy", "purge", "--event", "Night Out tonight"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("nightout-desk: The personal details of “Night Out tonight” are kept until") \
        and err.count("\n") == 1
    assert main([*base, "privacy", "purge"]) == 0  # every event whose time has come: last year's
    out = capsys.readouterr().out
    assert "Removed the personal details of “Night Out last year”: 1 household, 0 volunteers" in out
    assert "Kept for now: Personal details of “Night Out tonight”" in out
    assert f"1 copy of the database made before still holds the details: delete it or lock it away — {backup}" in out
    assert main([*base, "privacy", "purge"]) == 0
    assert "Already removed: " in capsys.readouterr().out
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT family_name, email FROM households").fetchall() == [("", "")]


def test_a_purge_stopped_before_it_commits_removes_nothing(db):
    event = events.create_event(db, name="Riverside National Night Out 2026", on=dt.date(2026, 8, 4))
    desk = Desk(db, event.id, "Pat Organizer", "organizer", "Desk 1")
    with db.write() as s:
        s.add(Household(event_id=event.id, ticket_code="H7K3QWPX", family_name="García", email="g@example.org"))
    steps = []
    with pytest.raises(privacy.PurgeStopped, match="nothing was removed"):
        privacy.purge(desk, now=True, progress=lambda done, total: steps.append((done, total)), cancelled=lambda: True)
    with db.read() as s:
        assert s.scalars(select(Household.family_name)).all() == ["García"]
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == PURGE_ACTION)) == 0
    assert steps == [(0, 3)]
    privacy.purge(desk, now=True, progress=lambda done, total: steps.append((done, total)))
    assert steps[1:] == [(0, 3), (1, 3), (3, 3)]


def test_two_laptops_merged_by_the_sync_engine_keep_whole_chains_through_a_conflict_and_a_purge(sqlite_template,
                                                                                                  tmp_path):
    """The real merge (services/sync): two laptops apart edit one family (the loser's values go to the log as an
    entry of the laptop that lost), check families in, merge both ways; every chain stays whole on both. Then one
    laptop purges: the purge and its blanked entries travel as they are; the other copy, whose entries were not
    blanked, is still whole (a merge never blanks what a copy has) until the purge runs there too."""
    from nightout_desk.services.sync.engine import merge_event
    from tests.conftest import make_desk, new_sqlite_db

    a, b = new_sqlite_db(sqlite_template, tmp_path), new_sqlite_db(sqlite_template, tmp_path)
    desk_a = make_desk(a)
    made = [households.add_household(desk_a, family_name=f"Family {i}", phone=f"555-01{i:02d}") for i in range(6)]
    merge_event(a, b, desk_a.event_id, peer="Desk 2", device="Desk 2")
    desk_b = Desk(b, desk_a.event_id, "Tom Becker", "organizer", "Desk 2")
    households.update(desk_a, made[0].id, phone="555-0900")
    households.update(desk_b, made[0].id, phone="555-0901")
    for h in made[1:4]:
        checkins.check_in(desk_a, h.id)
    for h in made[4:]:
        checkins.check_in(desk_b, h.id)
    for _ in range(2):
        merge_event(a, b, desk_a.event_id, peer="Desk 2", device="Desk 2")
        merge_event(b, a, desk_a.event_id, peer="Desk 1", device="Desk 1")
    for db in (a, b):
        check = audit_check.verify(db)
        assert check.whole, check.lines()
        assert {e.device for e in _log(db)} >= {"Desk 1", "Desk 2"}
    assert {e.id for e in _log(a)} == {e.id for e in _log(b)}
    events.set_setting(desk_b, "after the merge", "yes")  # a laptop goes on with its own chain
    privacy.purge(desk_a, now=True)
    merge_event(a, b, desk_a.event_id, peer="Desk 2", device="Desk 2")
    for db in (a, b):
        check = audit_check.verify(db)
        assert check.whole, check.lines()
    assert audit_check.verify(a).blanked > 0 and audit_check.verify(b).blanked == 0
    assert households.get(desk_b, made[0].id).family_name == ""  # the purged version is the later edit: it wins
    a.dispose()
    b.dispose()


def test_a_reader_holding_the_file_is_waited_for_then_named_and_a_second_purge_finishes_the_job(sqlite_db, monkeypatch):
    event = events.create_event(sqlite_db, name="Riverside National Night Out 2026", on=dt.date(2026, 8, 4))
    desk = Desk(sqlite_db, event.id, "Pat Organizer", "organizer", "Desk 1")
    with sqlite_db.write() as s:
        s.add(Household(event_id=event.id, ticket_code="H7K3QWPX", family_name="García", email="garcia@example.org"))
    monkeypatch.setattr(privacy, "_CHECKPOINT_TRIES", 1)
    reader = sqlite3.connect(sqlite_db.path, timeout=5)  # another program, in the middle of reading
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM households").fetchone()
    result = privacy.purge(desk, now=True)
    assert result.households == 1 and not result.compacted
    assert "run the purge again" in result.compact_problem and "could not be compacted" in result.lines[2]
    reader.rollback()
    reader.close()
    again = privacy.purge(desk, now=True)
    assert again.households == 0 and again.compacted
    sqlite_db.dispose()
    assert b"garcia@example.org" not in _raw_bytes(sqlite_db.path)
