"""Alembic migrations shipped in the package, applied at start-up; the SQLite file is copied aside first.

A SQLite file is also marked as ours at every upgrade: `PRAGMA application_id` (APPLICATION_ID) and `PRAGMA
user_version` (the schema generation, the number of migrations this version knows), so db/door.py can tell our files,
an earlier version's (marked here, "adopted", the first time this version upgrades them) and a newer version's.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from nightout_desk import APP_NAME, __version__
from nightout_desk.db import audit_chain, audit_guard, copies, search_index
from nightout_desk.db.database import APPLICATION_ID, Database, NewerDatabase

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The migrations shipped, known without importing Alembic (which costs a fifth of the start): the start checks a
# database against these with one query and loads Alembic only when an upgrade is due. test_migrations checks both
# against Alembic's script directory, so a new migration that is not listed here fails the tests.
HEADS = frozenset({"0013"})
REVISIONS = frozenset({"0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012",
                       "0013", "0100"})


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def script_directory() -> ScriptDirectory:
    """Alembic's reading of the migration scripts (slow: for tests and upgrades, not for the start's check)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def heads() -> set[str]:
    return set(HEADS)


def known_revisions() -> set[str]:
    return set(REVISIONS)


def schema_generation() -> int:
    """What `PRAGMA user_version` says in a file at our newest schema: grows with every migration shipped."""
    return len(REVISIONS)


def stamped(conn: Connection) -> set[str]:
    """The revisions recorded in the database's `alembic_version` table (none in a new database)."""
    if not inspect(conn).has_table("alembic_version"):
        return set()
    return {r for (r,) in conn.execute(text("SELECT version_num FROM alembic_version"))}


def current_revisions(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return stamped(conn)


def newer_version(where: str, revisions: set[str]) -> str:
    """The sentence refusing a database saved by a newer version of the app."""
    schema = f" (schema {', '.join(sorted(revisions))})" if revisions else ""
    return (f"{where} was saved by a newer version of {APP_NAME}{schema} than this one ({__version__}), so it was "
            f"left unchanged: install the newer version on this laptop to open it.")


def backup_before_upgrade(db: Database, current: set[str]) -> Path | None:
    """Copy a SQLite file aside before changing its schema (vorta's habit): a bad migration never costs the night.
    Only the newest few such copies are kept (`copies.KEEP_BEFORE_UPGRADE`)."""
    if db.path is None or not db.path.exists() or not current:
        return None
    target = copies.copy_path(db.path, copies.BEFORE_UPGRADE)
    raw = db.engine.raw_connection()  # outside any transaction: VACUUM INTO gives a consistent copy even with WAL
    try:
        copies.copy_into(raw.driver_connection, target)
    finally:
        raw.close()
    log.info("Copied %s aside to %s before upgrading", db.path, target)
    copies.prune_before_upgrade(db.path)
    return target


def _marks(db: Database) -> tuple[int, int]:
    with db.engine.connect() as conn:
        return (conn.exec_driver_sql("PRAGMA application_id").scalar_one(),
                conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def _mark(conn: Connection, generation: int) -> None:
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.exec_driver_sql(f"PRAGMA user_version = {generation}")


def upgrade(db: Database) -> None:
    """Bring the database to the newest schema and mark it as ours; nothing happens when both are done already.

    A database a newer version has upgraded (a revision we do not know) is refused before anything is copied or
    changed. The file is copied aside only when a migration will run.
    """
    known = set(REVISIONS)
    generation = len(known)
    current = current_revisions(db)
    where = str(db.path) if db.path is not None else "The shared database"
    if current - known:
        raise NewerDatabase(newer_version(where, current - known))
    marks = _marks(db) if db.is_sqlite else (APPLICATION_ID, generation)
    if marks[1] > generation:
        raise NewerDatabase(newer_version(where, set()))
    migrate = current != set(HEADS)
    if not migrate and marks == (APPLICATION_ID, generation):
        return
    if migrate and current and db.path is not None:
        backup_before_upgrade(db, current)
    with db.engine.begin() as conn:
        if migrate:
            from alembic import command  # loaded only when an upgrade is due

            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
            search_index.ensure(conn)  # a batch migration of households drops the index's triggers: put them back
            audit_guard.ensure(conn)  # so does one of audit_entries: the log's guard too
            audit_chain.seal(conn)  # entries written before the log was sealed (0010), or by an older version
        if db.is_sqlite:
            _mark(conn, generation)  # an earlier version's file is adopted here, in the same transaction as its upgrade
