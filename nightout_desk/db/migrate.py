"""Alembic migrations shipped in the package, applied at start-up; the SQLite file is copied aside first."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from nightout_desk import clock
from nightout_desk.db import search_index
from nightout_desk.db.database import Database

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _heads() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def backup_before_upgrade(db: Database, current: set[str]) -> Path | None:
    """Copy a SQLite file aside before changing its schema (vorta's habit): a bad migration never costs the night."""
    if db.path is None or not db.path.exists() or not current:
        return None
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = db.path.with_name(f"{db.path.stem}.before-upgrade-{stamp}{db.path.suffix}")
    raw = db.engine.raw_connection()  # outside any transaction: VACUUM INTO gives a consistent copy even with WAL
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        raw.close()
    log.info("Copied %s aside to %s before upgrading", db.path, target)
    return target


def upgrade(db: Database) -> None:
    """Bring the database to the newest schema; nothing happens when it is already there."""
    current = current_revisions(db)
    if current == _heads():
        return
    if current and db.path is not None:
        backup_before_upgrade(db, current)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
        search_index.ensure(conn)  # a batch migration of households drops the index's triggers: put them back
