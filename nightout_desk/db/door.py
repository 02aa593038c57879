"""A database checked at the door: before the app opens a SQLite file it looks at it read-only and refuses, leaving it
exactly as it was, a file that is another program's, damaged, or from a newer version; a file it may not change is
opened read-only (look, save nothing). Every refusal is one sentence naming the cause (the exception's message).

`open_database(url)` is how the command line and the GUI open a database: the look, then the connection, then the
upgrade (which copies the file aside first and marks it as ours, db/migrate.py).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from nightout_desk import APP_NAME, clock
from nightout_desk.config import normalise_database_url
from nightout_desk.db import copies
from nightout_desk.db.database import (
    APPLICATION_ID,
    Database,
    DatabaseDamaged,
    DatabaseUnavailable,
    NewerDatabase,
    NotOurDatabase,
    read_only_uri,
)
from nightout_desk.db.migrate import heads, known_revisions, newer_version, schema_generation, upgrade

log = logging.getLogger(__name__)
SQLITE_MAGIC = b"SQLite format 3\x00"
# tables every version of this app has had since the first migration: with alembic's, they make an unmarked file ours
OUR_TABLES = frozenset({"alembic_version", "events", "households", "check_ins", "audit_entries"})
_CORRUPT, _NOT_A_DATABASE = 11, 26  # SQLITE_CORRUPT, SQLITE_NOTADB


@dataclass(frozen=True)
class Found:
    """What the look at the door saw in a SQLite file that may be opened."""

    new: bool  # no file yet (or an empty one): it will be made
    read_only: bool  # the user may look but not save
    revisions: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class _Seen:
    application_id: int
    user_version: int
    tables: frozenset[str]
    revisions: frozenset[str]

    @property
    def ours(self) -> bool:
        if self.application_id == APPLICATION_ID:
            return True
        return self.application_id == 0 and (OUR_TABLES <= self.tables or self.empty)

    @property
    def empty(self) -> bool:
        return not self.tables and self.user_version == 0

    @property
    def newer(self) -> set[str]:
        return set(self.revisions - known_revisions())


def can_write(path: Path) -> bool:
    """Whether this process may change the file and make its -wal and -shm beside it."""
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(path.parent, os.W_OK | os.X_OK)


def _read(conn: sqlite3.Connection) -> _Seen:
    tables = frozenset(name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view', 'index', 'trigger') "
        "AND name NOT LIKE 'sqlite_%'"))
    revisions = frozenset(r for (r,) in conn.execute("SELECT version_num FROM alembic_version")) \
        if "alembic_version" in tables else frozenset()
    return _Seen(conn.execute("PRAGMA application_id").fetchone()[0], conn.execute("PRAGMA user_version").fetchone()[0],
                 tables, revisions)


def problems(path: Path, check: str = "integrity_check",
             started: Callable[[sqlite3.Connection], None] | None = None) -> list[str]:
    """What SQLite's `integrity_check` (or the faster `quick_check`) finds wrong in the file; [] when it is whole.
    Read-only; `started` receives the connection, so another thread may `interrupt()` a long check."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
        try:
            if started is not None:
                started(conn)
            found = [row[0] for row in conn.execute(f"PRAGMA {check}")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _damage(exc):
            return [str(exc)]
        raise
    return [] if found == ["ok"] else found


def _damage(exc: sqlite3.Error) -> bool:
    return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (_CORRUPT, _NOT_A_DATABASE) or "malformed" in str(exc)


def starts_as_sqlite(path: Path) -> bool:
    """Whether the file begins with SQLite's header (its first 16 bytes only; OSError when it cannot be read)."""
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def good_copy(copy: Path) -> bool:
    """A copy that could carry on the night: ours, not from a newer version, and whole (integrity_check)."""
    try:
        if not starts_as_sqlite(copy):
            return False
        conn = sqlite3.connect(read_only_uri(copy), uri=True)
        try:
            seen = _read(conn)
        finally:
            conn.close()
        return seen.ours and not seen.empty and not seen.newer and not problems(copy)
    except (OSError, sqlite3.Error) as exc:
        log.info("%s is not a good copy: %s", copy, exc)
        return False


def newest_good_copy(path: Path) -> Path | None:
    """The newest copy of `path` (beside it, or an automatic backup in `backups/`) that passes `good_copy`."""
    for copy in copies.carry_on_candidates(path):
        if good_copy(copy):
            return copy
        log.warning("Skipping %s: not a whole copy of a %s database", copy, APP_NAME)
    return None


def when(copy: Path) -> str:
    made = copies.made_at(copy)
    return f"saved {clock.local(made):%d %b %Y at %H:%M}" if made else "saved earlier"


def damaged(path: Path, found: list[str]) -> DatabaseDamaged:
    """The refusal of a damaged file, with the newest good copy to carry on from (and the command that does it)."""
    log.error("%s fails SQLite's integrity check: %s", path, "; ".join(found[:20]))
    backup = newest_good_copy(path)
    said = f"{path} is damaged (it fails SQLite's integrity check), so it was not opened and was left as it is"
    if backup is None:
        return DatabaseDamaged(f"{said}, and no good backup was found beside it: keep the file as it is and ask for "
                               f"help (the log has the details).", path)
    return DatabaseDamaged(f"{said}; the newest good backup is {backup} ({when(backup)}): run `nightout-desk --db "
                           f"\"{path}\" restore \"{backup}\"` to set the damaged file aside and carry on from that "
                           f"backup.", path, backup)


def look(path: Path) -> Found:
    """Look at a SQLite file without changing it (not even its journal mode) and say whether it may be opened."""
    if path.is_dir():
        raise DatabaseUnavailable(f"{path} is a folder: give the database a file name, e.g. {path / 'night.sqlite3'}.")
    if not path.exists() or (path.stat().st_size == 0 and not Path(f"{path}-wal").exists()):
        folder = next(p for p in (path.parent, *path.parent.parents) if p.exists())
        if not os.access(folder, os.W_OK | os.X_OK):
            raise DatabaseUnavailable(f"The folder {folder} is read-only, so no database can be made there: choose a "
                                      f"folder you can write to.")
        return Found(new=True, read_only=False)
    read_only = not can_write(path)
    try:
        sqlite = starts_as_sqlite(path)
    except OSError as exc:
        raise DatabaseUnavailable(f"Cannot read the database {path} ({exc.strerror}).") from exc
    if not sqlite:
        raise NotOurDatabase(f"{path} is not a NightOut Desk database (not a SQLite database at all, or damaged "
                             f"beyond recognition), so it was left unchanged.")
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            seen = _read(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if not _damage(exc):
            raise DatabaseUnavailable(f"Cannot open the database {path} ({exc}).") from exc
        raise damaged(path, [str(exc)]) from exc
    if not seen.ours:
        log.warning("Refused %s: application_id %#x, tables %s", path, seen.application_id, sorted(seen.tables)[:20])
        raise NotOurDatabase(f"{path} is not a NightOut Desk database (it belongs to another program), so it was left "
                             f"unchanged: choose the night's database, or a new file name to start one.")
    if seen.newer or seen.user_version > schema_generation():
        raise NewerDatabase(newer_version(str(path), seen.newer))
    try:
        found = problems(path, "quick_check")
    except sqlite3.Error as exc:
        raise DatabaseUnavailable(f"Cannot open the database {path} ({exc}).") from exc
    if found:
        raise damaged(path, found)
    if read_only and seen.revisions != heads():
        raise DatabaseUnavailable(f"{path} is read-only and was saved by an earlier version of {APP_NAME}, which must "
                                  f"update it before it can be read: copy it to this laptop's disk and open the copy.")
    return Found(new=seen.empty, read_only=read_only, revisions=seen.revisions)


def sqlite_path(url: str) -> Path | None:
    """The file behind a database address (a path or a URL); None for PostgreSQL."""
    parsed = make_url(normalise_database_url(url))
    return Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None


def open_database(url: str) -> Database:
    """The database the app works on, checked at the door, connected, upgraded and marked; or one sentence why not.

    `db.read_only` is True for a file the user may only look at (say so: `explain.OPENED_READ_ONLY`).
    """
    url = normalise_database_url(url)
    path = sqlite_path(url)
    found = look(path) if path is not None else None
    db = Database(url, read_only=found is not None and found.read_only)
    try:
        db.check()
        if not db.read_only:
            upgrade(db)
    except (OperationalError, sqlite3.OperationalError) as exc:  # SQLAlchemy's, or SQLite's own from VACUUM INTO
        db.dispose()
        reason = str(exc.orig) if isinstance(exc, OperationalError) else str(exc)
        raise DatabaseUnavailable(_cannot_start(db, reason)) from exc
    except BaseException:
        db.dispose()
        raise
    if db.read_only:
        log.warning("Opened %s read-only", path)
    return db


class Opening:
    """open_database(url) run on a thread of its own, so that SQLite's check of a big file (a tenth of a second at
    20,000 households) goes on while the window's code loads (cli.cmd_gui). `result()` waits for it and hands back
    the Database, or raises what open_database raised."""

    SWITCH_S = 0.0005  # while it runs: the door's many short SQLite and file calls each wait this long at most for
    # Python's lock (the GIL) to come back from the thread loading the window's code, not the default 5 ms

    def __init__(self, url: str) -> None:
        self._done = threading.Event()
        self._db: Database | None = None
        self._error: BaseException | None = None
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(self.SWITCH_S)
        threading.Thread(target=self._open, args=(url,), name="door", daemon=True).start()

    def _open(self, url: str) -> None:
        try:
            self._db = open_database(url)
        except BaseException as exc:  # noqa: BLE001 - handed to the thread that waits in result()
            self._error = exc
        finally:
            sys.setswitchinterval(self._switch)
            self._done.set()

    def result(self) -> Database:
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._db is not None
        return self._db


def _cannot_start(db: Database, reason: str) -> str:
    """A failure while connecting or upgrading, in one sentence naming the cause (the log keeps SQLite's words)."""
    log.error("Cannot open %s: %s", db.label, reason)
    said = reason.lower()
    if db.path is None:
        return db.unavailable_because(reason)
    if "full" in said or "no space" in said:
        return (f"The disk holding {db.path.parent} is full, so the database could not be opened for the night: free "
                f"some space and start again.")
    if "readonly" in said or "read-only" in said:
        return (f"{db.path} cannot be changed (read-only), so it could not be brought up to date: copy it and open "
                f"the copy.")
    if "locked" in said or "busy" in said:
        return f"{db.path} is busy in another window or program: close it and start again."
    if "disk i/o" in said:
        return (f"The disk holding {db.path} could not be written (a USB stick pulled out, or a failing disk): check "
                f"it and start again.")
    return f"Cannot open the database {db.path} ({reason})."
