"""The migrations shipped in the package build exactly the schema the models describe."""

from __future__ import annotations

import uuid

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from nightout_desk.db import Database, search_index
from nightout_desk.db.migrate import current_revisions, upgrade
from nightout_desk.models import Base


def test_upgrade_on_an_empty_file_matches_the_models(tmp_path):
    db = Database(str(tmp_path / "fresh.sqlite3"))
    upgrade(db)
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True, "include_name": search_index.include_name}),
            Base.metadata)
    assert diff == []


def test_migrations_match_the_models_on_postgresql(pg_db):
    with pg_db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True, "include_name": search_index.include_name}),
            Base.metadata)
    assert diff == []


def test_upgrade_twice_changes_nothing_and_old_files_are_copied_aside(tmp_path):
    db = Database(str(tmp_path / "night.sqlite3"))
    upgrade(db)
    heads = current_revisions(db)
    upgrade(db)
    assert current_revisions(db) == heads
    assert not list(tmp_path.glob("*before-upgrade*"))  # nothing to upgrade, nothing copied


def test_the_file_is_copied_aside_with_its_data_before_an_upgrade(tmp_path):
    import sqlite3

    from nightout_desk.db.migrate import backup_before_upgrade
    from tests.conftest import make_desk

    db = Database(str(tmp_path / "night.sqlite3"))
    upgrade(db)
    make_desk(db)
    copy = backup_before_upgrade(db, current_revisions(db))
    assert copy is not None and copy.name.startswith("night.before-upgrade-")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT name FROM events").fetchone()[0] == "Riverside National Night Out 2026"


def test_a_laptop_still_on_the_first_schema_is_copied_aside_then_upgraded_with_its_data(tmp_path):
    from alembic import command

    from nightout_desk.db.migrate import alembic_config
    from nightout_desk.services.checkin import checkins
    from nightout_desk.services.context import Desk

    db = Database(str(tmp_path / "night.sqlite3"))
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")  # as shipped before volunteers, donations and stations
        # the rows as that version wrote them (today's models have columns the first schema lacks)
        event, family = uuid.uuid4(), uuid.uuid4()
        at = "2026-08-04 22:00:00.000000"
        conn.exec_driver_sql("INSERT INTO events (id, name, date, place, town, starts_at, ends_at, created_at) "
                             "VALUES (?, 'Riverside National Night Out 2026', '2026-08-04', '', '', '17:00', "
                             "'21:00', ?)", (event.hex, at))
        conn.exec_driver_sql(
            "INSERT INTO households (id, event_id, ticket_code, family_name, first_names, phone, email, zip_code, "
            "neighbourhood, adults_expected, kids_expected, source, notes, consent_to_contact, search_text, "
            "created_at, updated_at) VALUES (?, ?, 'H7K3QWPX', 'García', '', '', '', '', '', 2, 1, "
            "'pre-registered', '', 0, 'garcia h7k3qwpx', ?, ?)", (family.hex, event.hex, at, at))
        conn.exec_driver_sql("INSERT INTO check_ins (id, event_id, household_id, adults, kids, at, device, operator) "
                             "VALUES (?, ?, ?, 2, 1, ?, 'Desk 1', 'Pat')", (uuid.uuid4().hex, event.hex,
                                                                          family.hex, at))
    desk = Desk(db, event, "Pat Organizer", "organizer", "Desk 1")
    upgrade(db)
    assert current_revisions(db) == {"0013"}
    copies = list(tmp_path.glob("night.before-upgrade-*.sqlite3"))
    assert len(copies) == 1
    assert checkins.counters(desk).households == 1  # nothing lost in the upgrade
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True, "include_name": search_index.include_name}),
            Base.metadata)
    assert diff == []


def test_the_migrations_have_one_head():
    from alembic.script import ScriptDirectory

    from nightout_desk.db.migrate import alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_heads() == ["0013"]


def test_demo_events_made_before_0013_are_marked_and_no_two_keep_one_name(tmp_path):
    """The demo run twice made two events of one name; 0013 finds them by the demo's own "event created" entries."""
    from alembic import command

    from nightout_desk.db.migrate import alembic_config
    from nightout_desk.services import events

    db = Database(str(tmp_path / "old.sqlite3"))
    cfg = alembic_config()
    first, second, real = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    made = [(first, "Riverside National Night Out 2026", "Demo", "Demo", "2026-07-01 10:00:00.000000"),
            (second, "Riverside National Night Out 2026", "Demo", "Demo", "2026-07-02 10:00:00.000000"),
            (real, "Maple Falls Night Out 2026", "Pat Organizer", "Desk 1", "2026-07-03 10:00:00.000000")]
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0012")
        for event, name, operator, device, at in made:
            conn.exec_driver_sql("INSERT INTO events (id, name, date, place, town, starts_at, ends_at, created_at, "
                                 "updated_at) VALUES (?, ?, '2026-08-04', '', '', '17:00', '21:00', ?, ?)",
                                 (event.hex, name, at, at))
            conn.exec_driver_sql("INSERT INTO audit_entries (id, event_id, at, operator, role, device, action, entity, "
                                 "entity_id, summary, before, after) VALUES (?, ?, ?, ?, 'organizer', ?, "
                                 "'event created', 'event', ?, ?, '', '')",
                                 (uuid.uuid4().hex, event.hex, at, operator, device, event.hex, name))
    upgrade(db)
    found = {e.id: (e.name, e.is_demo) for e in events.list_events(db)}
    assert found == {first: ("Riverside National Night Out 2026 (demo)", True),
                     second: ("Riverside National Night Out 2026 (demo 2)", True),
                     real: ("Maple Falls Night Out 2026", False)}
    assert events.latest_event(db).id == real  # a demo is not the default once a real event exists


def test_the_revisions_the_start_checks_against_are_alembics():
    from nightout_desk.db.migrate import HEADS, REVISIONS, script_directory

    script = script_directory()
    assert set(script.get_heads()) == HEADS, "list a new migration in db/migrate.py's HEADS and REVISIONS"
    assert {r.revision for r in script.walk_revisions()} == REVISIONS


def test_a_database_at_the_newest_schema_opens_without_loading_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "night.sqlite3"
    upgrade(Database(str(path)))
    opened = subprocess.run(
        [sys.executable, "-c", "import sys; from nightout_desk.db import door; door.open_database(sys.argv[1]); "
                               "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))", str(path)],
        capture_output=True, text=True, check=True)
    assert opened.stdout.strip() == "[]"


# The models leave out these indexes' PostgreSQL conditions (a postgresql_* option loads the whole dialect at every
# start) and compare_metadata does not compare conditions, so these two tests are what keeps them in the schema.
PARTIAL_INDEXES = ("ix_households_search", "ix_audit_entries_unsealed")


def test_the_partial_indexes_keep_their_conditions_on_postgresql(pg_db):
    with pg_db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN (%(a)s, %(b)s)",
                                    {"a": PARTIAL_INDEXES[0], "b": PARTIAL_INDEXES[1]}).all()
    conditions = {name: definition.partition(" WHERE ")[2] for name, definition in rows}
    assert conditions == {"ix_households_search": "false", "ix_audit_entries_unsealed": "(entry_hash IS NULL)"}


def test_the_unsealed_entries_index_keeps_its_condition_on_sqlite(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (?, ?)",
                                    PARTIAL_INDEXES).all()
    conditions = {name: sql.partition(" WHERE ")[2] for name, sql in rows}
    # the search index is whole on SQLite: search as you type reads it
    assert conditions == {"ix_households_search": "", "ix_audit_entries_unsealed": "entry_hash IS NULL"}
