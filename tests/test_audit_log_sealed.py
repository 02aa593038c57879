"""The audit log cannot be quietly rewritten: the database refuses to change it, and each laptop's hash chain shows
an entry edited or deleted by someone who went round the app (dropping the guard first, as an attacker would)."""

from __future__ import annotations

import sqlite3
import threading
import uuid

import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from nightout_desk import clock
from nightout_desk.cli import main
from nightout_desk.db import Database, audit_chain, audit_guard
from nightout_desk.db.migrate import upgrade
from nightout_desk.models import AuditEntry, Event
from nightout_desk.services import audit, audit_check, events
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.context import Desk
from tests.conftest import make_desk


def _night(desk: Desk, families: int = 4) -> list:
    """A few things done at two desks: households added and checked in, a setting changed, an undo."""
    desk2 = Desk(desk.db, desk.event_id, "Tom Becker", "organizer", "Desk 2")
    made = [households.add_household(desk, family_name=f"Family {i}", phone=f"555-010{i}") for i in range(families)]
    arrivals = [checkins.check_in(desk2 if i % 2 else desk, h.id) for i, h in enumerate(made)]
    events.set_setting(desk, "waiver.text", "Parents sign for their children.")
    checkins.undo(desk2, arrivals[1].arrival.check_in_id, reason="wrong family selected")
    return made


def _entries(db: Database) -> list[audit_chain.Entry]:
    with db.engine.connect() as conn:
        return audit_chain.read(conn)


def test_every_entry_is_sealed_into_the_chain_of_the_laptop_that_wrote_it(desk):
    _night(desk)
    entries = _entries(desk.db)
    by_device: dict[str, list[audit_chain.Entry]] = {}
    for e in entries:
        by_device.setdefault(e.device, []).append(e)
    assert {"Desk 1", "Desk 2"} <= set(by_device)
    for device, chain in by_device.items():
        chain.sort(key=lambda e: e.device_seq)
        assert [e.device_seq for e in chain] == list(range(1, len(chain) + 1)), device
        assert chain[0].prev_hash == ""
        for before, after in zip(chain, chain[1:], strict=False):
            assert after.prev_hash == before.entry_hash
    check = audit_check.verify(desk.db)
    assert check.whole and check.entries == len(entries) and check.lines() == []
    assert check.verdict.startswith("The log is whole")


def test_entries_inserted_in_bulk_or_on_a_bare_connection_are_sealed_too(desk):
    rows = [{"id": uuid.uuid4(), "event_id": desk.event_id, "at": clock.now(), "operator": "Import",
             "role": "organizer", "device": "Desk 3", "action": "households imported", "entity": "household",
             "entity_id": None, "summary": f"row {i}", "before": "", "after": ""} for i in range(5)]
    with desk.db.engine.begin() as conn:  # not a service session: the engine seals what any connection inserts
        conn.execute(insert(AuditEntry.__table__), rows)
    chain = sorted((e for e in _entries(desk.db) if e.device == "Desk 3"), key=lambda e: e.device_seq)
    assert [e.summary for e in chain] == [f"row {i}" for i in range(5)]  # in the order written (time, then id)...
    assert [e.device_seq for e in chain] == [1, 2, 3, 4, 5]
    assert audit_check.verify(desk.db).whole


def test_a_rolled_back_entry_leaves_no_trace_in_the_chain(desk):
    events.set_setting(desk, "a", "1")
    with pytest.raises(RuntimeError), desk.db.write() as s:
        audit.record(s, desk, "setting changed", summary="never happened")
        raise RuntimeError("the laptop changed its mind")
    events.set_setting(desk, "a", "2")
    chain = sorted((e for e in _entries(desk.db) if e.device == "Desk 1"), key=lambda e: e.device_seq)
    assert "never happened" not in [e.summary for e in chain]
    assert [e.device_seq for e in chain] == list(range(1, len(chain) + 1))
    assert audit_check.verify(desk.db).whole


def test_the_apps_own_engine_may_not_change_or_delete_an_entry(desk):
    _night(desk, families=2)
    first = min(_entries(desk.db), key=lambda e: (e.device, e.device_seq))
    attempts = [
        update(AuditEntry).where(AuditEntry.id == first.id).values(summary="nothing to see"),
        update(AuditEntry).where(AuditEntry.id == first.id).values(operator="Someone else"),
        update(AuditEntry).where(AuditEntry.id == first.id).values(entry_hash=None),  # "unsealed", to seal again
        update(AuditEntry).values(summary="", before="", after="", redacted_by=first.id),  # a purge without a purge
        delete(AuditEntry).where(AuditEntry.id == first.id),
        delete(AuditEntry),
    ]
    for statement in attempts:
        with pytest.raises(DBAPIError, match="audit log cannot be changed"), desk.db.write() as s:
            s.execute(statement.execution_options(synchronize_session=False))
    if not desk.db.is_sqlite:
        with pytest.raises(DBAPIError, match="audit log cannot be changed"), desk.db.write() as s:
            s.execute(text("TRUNCATE audit_entries"))
    else:  # INSERT OR REPLACE would delete the old row without a DELETE trigger
        with pytest.raises(DBAPIError, match="audit log cannot be changed"), desk.db.write() as s:
            s.execute(insert(AuditEntry).prefix_with("OR REPLACE").values(
                id=first.id, event_id=desk.event_id, action="check-in", summary="rewritten"))
    assert _entries(desk.db) and audit_check.verify(desk.db).whole


def _go_round_the_app(db: Database, sql: str, params: dict) -> None:
    """What someone who owns the database can do: drop the guard, change a row, put the guard back."""
    with db.engine.begin() as conn:
        audit_guard.drop(conn)
        conn.execute(text(sql), params)
        audit_guard.ensure(conn)


def test_an_entry_changed_or_deleted_behind_the_apps_back_is_named(desk):
    _night(desk, families=10)  # Desk 2: five check-ins and an undo
    desk2 = sorted((e for e in _entries(desk.db) if e.device == "Desk 2"), key=lambda e: e.device_seq)
    edited, deleted = desk2[1], desk2[3]
    ident = (lambda u: u.hex) if desk.db.is_sqlite else (lambda u: u)
    _go_round_the_app(desk.db, "UPDATE audit_entries SET summary = 'Nobody came' WHERE id = :id",
                      {"id": ident(edited.id)})
    _go_round_the_app(desk.db, "DELETE FROM audit_entries WHERE id = :id", {"id": ident(deleted.id)})
    check = audit_check.verify(desk.db)
    assert not check.whole
    assert [(p.device, p.number) for p in check.problems] == [("Desk 2", 2), ("Desk 2", 5)]
    assert check.lines()[0].startswith(f"Desk 2's log breaks at entry 2 ({clock.hhmm(edited.at_utc)}, "
                                       f"'{edited.action}'): its content was changed")
    assert check.lines()[1].endswith("the entry before it (4) was deleted or replaced")
    assert check.verdict.startswith("The log is NOT whole: 2 problems in 1 laptop chain")


def test_audit_verify_passes_on_the_demo_and_names_the_entry_edited_with_plain_sqlite3(tmp_path, capsys):
    from nightout_desk.services.demo import create_demo

    path = tmp_path / "night.sqlite3"
    db = Database(str(path))
    upgrade(db)
    create_demo(db, households=40)
    desk = Desk(db, events.latest_event(db).id, "Maria Lopez", "organizer", "Desk 2")
    _night(desk, families=3)
    db.dispose()
    assert main(["--db", str(path), "audit", "verify"]) == 0
    assert capsys.readouterr().out.startswith("The log is whole:")

    conn = sqlite3.connect(path)  # as an attacker would: drop the trigger, update, create it again
    target = conn.execute("SELECT id, device_seq, action FROM audit_entries WHERE device = 'Desk 2' "
                          "AND device_seq = 3").fetchone()
    conn.execute("DROP TRIGGER audit_entries_no_update")
    conn.execute("UPDATE audit_entries SET summary = 'Family 0 H7K3-QWPX: 1 adults, 0 kids' WHERE id = ?",
                 (target[0],))
    conn.execute(audit_guard.SQLITE_TRIGGERS["audit_entries_no_update"])
    conn.commit()
    conn.close()
    assert main(["--db", str(path), "audit", "verify"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2, out  # one line per problem, then the verdict
    assert out[0].startswith("Desk 2's log of ")
    assert "breaks at entry 3 (" in out[0] and out[0].endswith(f"'{target[2]}'): its content was changed")
    assert out[1].startswith("The log is NOT whole")


def test_a_merge_by_union_keeps_every_laptops_chain_whole(sqlite_template, tmp_path):
    """Two laptops' files, the entries of one copied into the other by id (as services/sync merges the log): both
    chains stay whole, in either database, and a laptop that goes on writing continues its own chain."""
    from tests.conftest import new_sqlite_db

    hub = new_sqlite_db(sqlite_template, tmp_path)
    laptop = new_sqlite_db(sqlite_template, tmp_path)
    desk_a = make_desk(hub)
    event_table = Event.__table__
    with hub.engine.connect() as conn:
        event_row = conn.execute(select(event_table)).mappings().one()
    with laptop.engine.begin() as conn:
        conn.execute(insert(event_table), [dict(event_row)])
    desk_b = Desk(laptop, desk_a.event_id, "Tom Becker", "organizer", "Desk 2")
    events.set_setting(desk_a, "one", "1")
    events.set_setting(desk_b, "two", "2")
    events.set_setting(desk_b, "three", "3")
    table = AuditEntry.__table__
    with laptop.engine.connect() as src, hub.engine.begin() as dst:
        there = set(dst.execute(select(table.c.id)).scalars())
        dst.execute(insert(table), [dict(r) for r in src.execute(select(table)).mappings() if r["id"] not in there])
    events.set_setting(desk_b, "four", "4")
    for db in (hub, laptop):
        check = audit_check.verify(db)
        assert check.whole, check.lines()
    with hub.engine.connect() as conn:
        devices = {d for (d,) in conn.execute(text("SELECT DISTINCT device FROM audit_entries"))}
    assert {"Desk 1", "Desk 2"} <= devices
    hub.dispose()
    laptop.dispose()


def test_two_writers_at_one_laptop_on_postgresql_never_share_a_number(pg_db):
    desk = make_desk(pg_db)
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(15):
                with pg_db.write() as s:
                    audit.record(s, desk, "setting changed", summary=f"writer {n} #{i}")
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    chain = [e.device_seq for e in _entries(pg_db) if e.device == "Desk 1"]
    assert sorted(chain) == list(range(1, len(chain) + 1)) and len(chain) >= 60
    assert audit_check.verify(pg_db).whole


def test_a_file_from_before_the_seal_has_its_entries_sealed_and_guarded_at_the_upgrade(tmp_path):
    from alembic import command

    from nightout_desk.db.migrate import alembic_config

    db = Database(str(tmp_path / "night.sqlite3"))
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009")  # the schema before the log was sealed, and entries as that version wrote them
        event = uuid.uuid4()
        conn.exec_driver_sql("INSERT INTO events (id, name, date, place, town, starts_at, ends_at, created_at, "
                             "updated_at) VALUES (?, 'Night Out', '2026-08-04', '', '', '17:00', '21:00', "
                             "'2026-08-04 20:00:00.000000', '2026-08-04 20:00:00.000000')", (event.hex,))
        for i, device in enumerate(["Desk 1", "Desk 2", "Desk 1"]):
            conn.exec_driver_sql("INSERT INTO audit_entries (id, event_id, at, operator, role, device, action, "
                                 "entity, summary, before, after) VALUES (?, ?, ?, 'Pat', 'organizer', ?, "
                                 "'check-in', 'check_in', ?, '', '')",
                                 (uuid.uuid4().hex, event.hex, f"2026-08-04 22:0{i}:00.000000", device, f"#{i}"))
    upgrade(db)
    entries = _entries(db)
    assert sorted((e.device, e.device_seq, e.summary) for e in entries) == [
        ("Desk 1", 1, "#0"), ("Desk 1", 2, "#2"), ("Desk 2", 1, "#1")]
    assert audit_check.verify(db).whole
    with pytest.raises(DBAPIError, match="audit log cannot be changed"), db.write() as s:
        s.execute(delete(AuditEntry))
    db.dispose()

