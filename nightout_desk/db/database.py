"""The engine and the short-lived sessions services use; SQLite tuned for a check-in that survives a power cut."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from nightout_desk.config import normalise_database_url

log = logging.getLogger(__name__)
SQLITE_BUSY_TIMEOUT_MS = 5000


class DatabaseUnavailable(Exception):
    """The database cannot be opened or reached; the message is for a volunteer."""


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API types
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy's Connection, untyped in the event API
        # Writers take the lock up front so two laptops' processes never read-then-collide (SQLITE_BUSY_SNAPSHOT).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writer") else "BEGIN")


class Database:
    """One database: a SQLite file (default) or a PostgreSQL server shared by several laptops."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = normalise_database_url(url)
        parsed = make_url(self.url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.path: Path | None = Path(parsed.database) if self.is_sqlite and parsed.database else None
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(
                    f"Cannot create the folder for the database {self.path}: {exc.strerror}") from exc
        kwargs: dict = {"echo": echo}
        if not self.is_sqlite:
            kwargs.update(pool_pre_ping=True, connect_args={"connect_timeout": 5})
        self.engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            _tune_sqlite(self.engine)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(writer=True), expire_on_commit=False)

    @property
    def label(self) -> str:
        """How the status bar names this database."""
        if self.path is not None:
            return f"{self.path.name} (this laptop)"
        parsed = make_url(self.url)
        return f"{parsed.database} on {parsed.host or 'local socket'} (shared)"

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader.begin() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on leaving the block and rolls back on an exception."""
        with self._writer.begin() as session:  # on PostgreSQL, services lock rows with SELECT ... FOR UPDATE
            yield session

    def check(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except OperationalError as exc:
            raise DatabaseUnavailable(f"Cannot open the database ({self.label}): {exc.orig}") from exc

    def dispose(self) -> None:
        self.engine.dispose()
