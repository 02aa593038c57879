"""Automatic backups of this laptop's file: a consistent copy every few minutes while something changed, and at close.

Copies go into the `backups/` folder beside the file (for the usual file, the data folder's `backups/`) and into a
second folder when the laptop setting `second_backup_folder` names one (a USB stick). Each copy is made by SQLite
(VACUUM INTO, consistent while the desk keeps writing), readable by the user only, and checked with
`PRAGMA integrity_check` before it counts; a copy that fails the check is deleted and said. In each folder the last
`KEEP_LAST` copies are kept, and the newest of every day before them. Names follow db/copies.py
(`night-backup-20260804-201500.sqlite3`), so `copies.copies_of` finds them and the newest is found by name.

No Qt here: ui/sync/backup_worker.py runs an `AutomaticBackups` on its own thread; `nightout-desk backups` lists them.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from nightout_desk import APP_NAME, __version__, clock
from nightout_desk.db import copies, door
from nightout_desk.db.database import read_only_uri
from nightout_desk.db.migrate import known_revisions
from nightout_desk.private import create_private_file, private_folder

log = logging.getLogger(__name__)
BACKUP_EVERY_S = 300  # five minutes, while something changed
KEEP_LAST = 12
FOLDER = "backups"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime | None  # UTC, from the name
    size: int
    ok: bool  # a whole copy of ours that this version can open (integrity_check passed)

    @property
    def where(self) -> str:
        return str(self.path.parent)


@dataclass(frozen=True)
class BackupRound:
    """What one automatic backup did: the copies made (checked), and problems in one sentence each."""

    made: list[BackupFile] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def backup_folders(db_path: Path, second_folder: str | Path | None = None) -> list[Path]:
    """Where automatic backups of `db_path` go: `backups/` beside it, then the second folder if one is set."""
    folders = [db_path.parent / FOLDER]
    if second_folder:
        second = Path(second_folder).expanduser()
        if second.resolve() != folders[0].resolve():
            folders.append(second)
    return folders


def copies_in(folder: Path, db_path: Path) -> list[Path]:
    """The automatic backups of `db_path` in `folder`, newest first."""
    return copies.copies_of(folder / db_path.name, copies.BACKUP)


def list_backups(db_path: Path, second_folder: str | Path | None = None) -> list[BackupFile]:
    """Every backup of `db_path` this laptop can see, newest first: the automatic ones in both folders, and those
    beside the file (made with `nightout-desk backup`, or by an upgrade). Each is checked (integrity_check)."""
    found: dict[Path, None] = {}
    for folder in backup_folders(db_path, second_folder):
        found.update(dict.fromkeys(copies_in(folder, db_path)))
    found.update(dict.fromkeys(copies.copies_of(db_path)))
    listed = [_described(path) for path in found]
    return sorted(listed, key=lambda b: (b.made_at is not None, b.made_at), reverse=True)


def _described(path: Path) -> BackupFile:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupFile(path, copies.made_at(path), size, door.good_copy(path))


def prune(folder: Path, db_path: Path, keep: int = KEEP_LAST) -> list[Path]:
    """Delete the automatic backups in `folder` past the newest `keep`, except the newest of each day (local
    date); returns what was deleted. Only names this app gives its backups are touched."""
    found = copies_in(folder, db_path)
    kept_days: set[object] = set()
    deleted = []
    for number, path in enumerate(found):
        made = copies.made_at(path)
        day = clock.local(made).date() if made else None
        newest_of_day = day not in kept_days
        kept_days.add(day)
        if number < keep or newest_of_day:
            continue
        try:
            path.unlink()
            deleted.append(path)
        except OSError as exc:
            log.warning("Could not delete the old backup %s: %s", path, exc)
    return deleted


def why_not_restore(path: Path) -> str | None:
    """None when `path` is a backup this version can carry on from; else the one plain sentence why not."""
    if not path.is_file():
        return f"There is no backup at {path}."
    try:
        with path.open("rb") as fh:
            if fh.read(len(door.SQLITE_MAGIC)) != door.SQLITE_MAGIC:
                return f"{path.name} is not a {APP_NAME} database, so nothing was restored."
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revisions = ({r for (r,) in conn.execute("SELECT version_num FROM alembic_version")}
                         if "alembic_version" in tables else set())
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as exc:
        log.info("%s cannot be read as a backup: %s", path, exc)
        revisions, tables = set(), set()
    if not door.OUR_TABLES <= tables:
        if door.problems(path):
            return f"{path.name} is damaged (it fails SQLite's integrity check), so nothing was restored."
        return f"{path.name} is not a {APP_NAME} database, so nothing was restored."
    if revisions - known_revisions():
        return (f"{path.name} was saved by a newer version of {APP_NAME} than this one ({__version__}), so nothing "
                f"was restored: install the newer version first.")
    if door.problems(path):
        return (f"{path.name} is damaged (it fails SQLite's integrity check), so nothing was restored: choose another "
                f"backup.")
    return None


class AutomaticBackups:
    """Copies of one SQLite file, made when something changed. It keeps a connection of its own to notice commits
    (`PRAGMA data_version` changes when any other connection, in this process or another, commits) and to make the
    copies; use it from one thread at a time (ui/sync/backup_worker.py runs each round on a short-lived thread)."""

    def __init__(self, db_path: Path, second_folder: str | Path | None = None) -> None:
        self.db_path = db_path
        self.folders = backup_folders(db_path, second_folder)
        self._conn: sqlite3.Connection | None = None
        self._seen: int | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = sqlite3.connect(str(self.db_path), timeout=5, isolation_level=None,
                                         check_same_thread=False)
            self._seen = self._data_version()
        return self._conn

    def _data_version(self) -> int:
        assert self._conn is not None
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def start(self) -> None:
        """Take note of the file as it is now: the first copy is made once something changes after this."""
        self._connection()

    def changed(self) -> bool:
        """Whether anything was committed to the file since the last copy (or since `start`)."""
        conn_was_open = self._conn is not None
        self._connection()
        return conn_was_open and self._data_version() != self._seen

    def copy_now(self) -> BackupRound:
        """Copy the file into every backup folder now, check each copy, and prune the old ones."""
        conn = self._connection()
        self._seen = self._data_version()  # a change made while copying is caught by the next round
        made: list[BackupFile] = []
        problems: list[str] = []
        first: Path | None = None
        for folder in self.folders:
            try:
                copy = self._copy_into(conn, folder, first)
            except (OSError, sqlite3.Error) as exc:
                log.warning("Automatic backup into %s failed: %s", folder, exc)
                problems.append(f"No automatic backup could be written to {folder} ({_reason(exc)}).")
                continue
            if copy is None:
                problems.append(f"The automatic backup in {folder} failed SQLite's integrity check and was deleted: "
                                f"the database file itself may be damaged.")
                continue
            first = first or copy.path
            made.append(copy)
            prune(folder, self.db_path)
        return BackupRound(made, problems)

    def _copy_into(self, conn: sqlite3.Connection, folder: Path, verified: Path | None) -> BackupFile | None:
        private_folder(folder)
        target = copies.copy_path(folder / self.db_path.name, copies.BACKUP)
        if verified is None:
            copies.copy_into(conn, target)  # VACUUM INTO: consistent, WAL included, 0600 from the first byte
        else:  # the second folder (a USB stick): the copy already checked, byte for byte
            create_private_file(target)
            try:
                shutil.copyfile(verified, target)
            except BaseException:
                target.unlink(missing_ok=True)
                raise
        found = door.problems(target, "integrity_check")
        if found:
            log.error("Automatic backup %s fails integrity_check: %s", target, "; ".join(found[:10]))
            target.unlink(missing_ok=True)
            return None
        return BackupFile(target, copies.made_at(target), target.stat().st_size, True)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
