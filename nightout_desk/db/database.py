"""The engine and the short-lived sessions services use; SQLite tuned for a check-in that survives a power cut."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from nightout_desk.config import normalise_database_url
from nightout_desk.db import audit_chain

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)
SQLITE_BUSY_TIMEOUT_MS = 5000
# SQLite's header field naming the program a file belongs to (PRAGMA application_id): "NOut". Set at every upgrade;
# a file with another program's id, or none and another program's tables, is refused (db/door.py).
APPLICATION_ID = 0x4E4F7574


class DatabaseUnavailable(Exception):
    """The database cannot be opened or reached; the message is for a volunteer."""


class NotOurDatabase(DatabaseUnavailable):
    """Another program's file, or no database at all: refused and left exactly as it was."""


class NewerDatabase(DatabaseUnavailable):
    """Saved by a newer version of the app (a schema revision this version does not know): refused, no copy made."""


class DatabaseDamaged(DatabaseUnavailable):
    """The file failed SQLite's integrity check; `backup` is the newest automatic copy that passes it, if any."""

    def __init__(self, message: str, path: Path, backup: Path | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.backup = backup


def _tune_sqlite(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API types
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        if not read_only:  # a read-only file keeps the journal it has
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy's Connection, untyped in the event API
        # Writers take the lock up front so two laptops' processes never read-then-collide (SQLITE_BUSY_SNAPSHOT).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writer") else "BEGIN")


def _read_only_query(path: Path) -> dict[str, str]:
    """SQLite's URI options to only read a file: `immutable` as well when no other connection has it open (no -wal or
    -shm beside it), so nothing is created beside it either — a read-only folder has no room for them anyway."""
    query = {"mode": "ro"}
    if not any(Path(f"{path}{side}").exists() for side in ("-wal", "-shm")):
        query["immutable"] = "1"
    return query


def read_only_uri(path: Path) -> str:
    """For `sqlite3.connect(read_only_uri(path), uri=True)`: a connection that reads the file and changes nothing."""
    return f"file:{quote(str(path))}?{urlencode(_read_only_query(path))}"


def read_only_url(path: Path) -> URL:
    """The same for SQLAlchemy."""
    return URL.create("sqlite", database=f"file:{quote(str(path))}", query={**_read_only_query(path), "uri": "true"})


class Database:
    """One database: a SQLite file (default) or a PostgreSQL server shared by several laptops.

    `read_only=True` (a SQLite file the user may look at but not change, see db/door.py) opens it so that every write
    fails with SQLite's "attempt to write a readonly database", which services/explain.py puts in words.
    """

    def __init__(self, url: str, *, echo: bool = False, read_only: bool = False) -> None:
        self.url = normalise_database_url(url)
        parsed = make_url(self.url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.path: Path | None = Path(parsed.database) if self.is_sqlite and parsed.database else None
        self.read_only = read_only and self.path is not None
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(
                    f"Cannot create the folder for the database {self.path}: {exc.strerror}") from exc
        kwargs: dict = {"echo": echo}
        if not self.is_sqlite:
            kwargs.update(pool_pre_ping=True, connect_args={"connect_timeout": 5})
        self.engine = create_engine(read_only_url(self.path) if self.read_only else self.url, **kwargs)
        if self.is_sqlite:
            _tune_sqlite(self.engine, read_only=self.read_only)
        audit_chain.watch(self.engine)  # every audit entry is sealed into its laptop's chain as it commits

    # the ORM is loaded with the first session, not at start: the window's first reads are plain SQL (connect)
    @cached_property
    def _reader(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def _writer(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine.execution_options(writer=True), expire_on_commit=False)

    @property
    def label(self) -> str:
        """How the command line and the log name this database (the status bar words `where` in its language)."""
        name, host = self.where
        if self.path is not None:
            return f"{name} (this laptop{', read-only' if self.read_only else ''})"
        return f"{name} on {host or 'local socket'} (shared)"

    @property
    def where(self) -> tuple[str, str]:
        """(file or database name, host): host "" for a file on this laptop or a shared database's local socket."""
        if self.path is not None:
            return self.path.name, ""
        parsed = make_url(self.url)
        return parsed.database or "", parsed.host or ""

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader.begin() as session:
            yield session

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A plain read-only transaction, without the ORM: for what the window reads before the ORM is loaded."""
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on leaving the block and rolls back on an exception."""
        with self._writer.begin() as session:  # on PostgreSQL, services lock rows with SELECT ... FOR UPDATE
            yield session

    def check(self) -> None:
        """Raise DatabaseUnavailable, in one sentence naming the cause, unless the database answers."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except OperationalError as exc:
            log.warning("Cannot open the database %s: %s", self.label, exc.orig)
            raise DatabaseUnavailable(self.unavailable_because(str(exc.orig))) from exc

    def unavailable_because(self, reason: str) -> str:
        """Why the database did not answer, in one sentence naming the cause (hub down, wrong password, ...)."""
        if self.path is not None:
            return f"Cannot open the database {self.path} ({reason})."
        parsed = make_url(self.url)
        host, said = parsed.host or parsed.query.get("host") or "this laptop", reason.lower()
        if "password" in said or "authentication" in said:
            return (f"The shared database on {host} refused this laptop's user name or password: check the database "
                    f"address (--db or NIGHTOUT_DB).")
        if "does not exist" in said and f'"{parsed.database}"' in reason:
            return (f"There is no database called {parsed.database} on {host}: check the database address "
                    f"(--db or NIGHTOUT_DB).")
        return (f"The shared database on {host} could not be reached (the hub is switched off, or this laptop is not "
                f"on its network): check the cable or Wi-Fi and start again.")

    def dispose(self) -> None:
        self.engine.dispose()
