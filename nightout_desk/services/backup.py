"""Copying the laptop's database file to a safe place."""

from __future__ import annotations

from pathlib import Path

from nightout_desk import clock
from nightout_desk.db import Database
from nightout_desk.services.errors import InvalidInput


def backup(db: Database, target: Path | None = None) -> Path:
    """A consistent copy of the SQLite file (VACUUM INTO works while other laptops' processes write)."""
    if db.path is None:
        raise InvalidInput("A shared PostgreSQL database is backed up on its server (pg_dump), not from a laptop.")
    if target is None:
        target = db.path.with_name(f"{db.path.stem}-backup-{clock.now():%Y%m%d-%H%M%S}{db.path.suffix}")
    if target.exists():
        raise InvalidInput(f"{target} already exists; choose another name.")
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        raw.close()
    return target
