"""Copying the laptop's database file to a safe place, and carrying on from such a copy when the file is damaged."""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from nightout_desk.db import Database, door
from nightout_desk.db.copies import BACKUP, copy_into, copy_path, set_aside
from nightout_desk.db.database import read_only_uri
from nightout_desk.private import private_folder
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.outgoing import note_files_out

log = logging.getLogger(__name__)


def backup(db: Database, target: Path | None = None, *, desk: Desk | None = None) -> Path:
    """A consistent copy of the SQLite file (VACUUM INTO works while other laptops' processes write), readable by the
    user only and noted with who made it and where (`services/outgoing.py`). A copy that fails leaves no file."""
    if desk is not None:  # someone asked for it (the automatic copies in the data folder need no one)
        permissions.require(desk, "event.backup")
    if db.path is None:
        raise InvalidInput("A shared PostgreSQL database is backed up on its server (pg_dump), not from a laptop.")
    if target is None:
        target = copy_path(db.path, BACKUP)
    if target.exists():
        raise InvalidInput(f"{target} already exists; choose another name.")
    try:
        private_folder(target.parent)
        raw = db.engine.raw_connection()
        try:
            copy_into(raw.driver_connection, target)
        finally:
            raw.close()
    except OSError as exc:
        raise InvalidInput(f"Cannot write the backup in {target.parent} ({exc.strerror or exc}): choose a folder you "
                           f"can write to.") from exc
    except sqlite3.DatabaseError as exc:
        said = str(exc).lower()
        if "malformed" in said or "not a database" in said:
            raise door.damaged(db.path, [str(exc)]) from exc
        if "full" in said:
            raise InvalidInput(f"The disk holding {target.parent} is full, so no backup was made: free some space or "
                               f"choose another place.") from exc
        raise
    try:
        note_files_out(db, desk, "database backed up", target, 1)
    except BaseException:
        target.unlink(missing_ok=True)  # nothing leaves the database without its note
        raise
    return target


@dataclass(frozen=True)
class Restored:
    database: Path
    backup: Path
    set_aside: Path | None  # the file that was there before (damaged or not), kept under a name saying why


def restore(path: Path, backup_file: Path) -> Restored:
    """Carry on from a backup: the backup must be a whole copy of ours; it is copied into a new file beside `path`,
    the file at `path` (with its -wal and -shm) is set aside — renamed, never deleted or rewritten — and the copy
    takes its place. No connection may have `path` open."""
    if not backup_file.is_file():
        raise InvalidInput(f"There is no backup at {backup_file}.")
    if path.exists() and backup_file.resolve() == path.resolve():
        raise InvalidInput(f"{backup_file} is the database itself; give the backup to carry on from.")
    if not door.good_copy(backup_file):
        raise InvalidInput(f"{backup_file} is not a whole copy of a NightOut Desk database (damaged, another "
                           f"program's, or from a newer version), so nothing was changed.")
    private_folder(path.parent)
    fresh = copy_path(path, "restoring")
    source = sqlite3.connect(read_only_uri(backup_file), uri=True)
    try:
        copy_into(source, fresh)
    finally:
        source.close()
    aside = None
    if path.exists():
        aside = set_aside(path, "damaged" if _damaged(path) else "replaced")
    try:
        os.replace(fresh, path)
    except OSError:
        if aside is not None:
            aside.rename(path)
        fresh.unlink(missing_ok=True)
        raise
    log.warning("Restored %s from %s; the file that was there is %s", path, backup_file, aside)
    return Restored(path, backup_file, aside)


def _damaged(path: Path) -> bool:
    try:
        return bool(door.problems(path, "quick_check"))
    except sqlite3.Error:
        return False


def note_restored(desk: Desk, restored: Restored) -> None:
    """The restore in the restored database's audit log (who, from which backup, where the old file went)."""
    aside = f"; the file that was there is kept as {restored.set_aside}" if restored.set_aside else ""
    with desk.db.write() as s:
        audit.record(s, desk, "database restored", entity="file", summary=f"from {restored.backup}{aside}",
                     after={"backup": str(restored.backup), "set_aside": str(restored.set_aside or "")})
