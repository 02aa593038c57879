"""Writing an import's batches: many rows for one table converted for the database's driver before the write
transaction begins (`BulkInsert`), the batch's own transaction (`batch_transaction`), and the write-ahead log copied
into a SQLite file between two batches (`Checkpointer`).

An import writes a few hundred rows per transaction (services/importing/batches.py). Through SQLAlchemy's
`execute(insert(table), rows)` every value is converted inside the transaction (UUIDs to text on SQLite, times to
naive UTC), which on SQLite is most of the time the write lock is held. `BulkInsert.of` does that conversion ahead,
with the same bind processors SQLAlchemy would use, and `run` hands the prepared parameters straight to the driver's
`executemany`: the lock is held for the database's own work.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from nightout_desk.db.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BulkInsert:
    sql: str
    params: list  # tuples (positional drivers: sqlite3) or dicts (named: psycopg)

    @classmethod
    def of(cls, db: Database, table: Table, rows: Sequence[dict]) -> BulkInsert:
        """`rows`: dicts with the same keys; a column left out gets its model default (`default=`), as SQLAlchemy's
        own insert would give it."""
        if not rows:
            return cls("", [])
        defaults = _defaults(table, rows[0])
        if defaults:  # a column the rows leave out is filled as SQLAlchemy would (e.g. updated_at's time)
            rows = [{**{k: f() for k, f in defaults.items()}, **row} for row in rows]
        sql, names, processors = _statement(db.engine.dialect, table, tuple(rows[0]))
        columns = []  # converted a column at a time (map in C), then zipped into rows
        for name in names:
            values = [row[name] for row in rows]
            convert = processors.get(name)
            if convert is not None:
                first = values[0]  # the event, the batch's time: one value for every row, converted once
                values = [convert(first)] * len(values) if all(v is first for v in values) else list(
                    map(convert, values))
            columns.append(values)
        if db.engine.dialect.positional:
            return cls(sql, list(zip(*columns, strict=True)))
        return cls(sql, [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)])

    def run(self, s: Session | Connection) -> int:
        """Insert the rows inside the caller's transaction; returns how many."""
        if self.params:
            (s.connection() if isinstance(s, Session) else s).exec_driver_sql(self.sql, self.params)
        return len(self.params)


def _defaults(table: Table, row: dict) -> dict[str, Callable[[], Any]]:
    """For each column `row` leaves out that has a Python-side default (a constant or a function, called per row),
    how to make its value."""
    out: dict[str, Callable[[], Any]] = {}
    for c in table.columns:
        if c.key not in row and c.default is not None and (c.default.is_scalar or c.default.is_callable):
            arg = c.default.arg
            out[c.key] = functools.partial(arg, None) if c.default.is_callable else functools.partial(lambda v: v, arg)
    return out


@functools.lru_cache(maxsize=64)
def _statement(dialect: Dialect, table: Table, keys: tuple[str, ...]
               ) -> tuple[str, tuple[str, ...], dict[str, Callable[[Any], Any]]]:
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    names = tuple(compiled.positiontup) if dialect.positional else tuple(compiled.params)
    processors = {c.key: p for c in table.columns if c.key in keys
                  and (p := c.type.dialect_impl(dialect).bind_processor(dialect)) is not None}
    return str(compiled), names, processors



@contextmanager
def batch_transaction(db: Database) -> Iterator[Session]:
    """One batch's write transaction: as `db.write()` (BEGIN IMMEDIATE on SQLite), except that on SQLite its commit
    does not wait for the disk (`synchronous=NORMAL` on this connection for this transaction; FULL again before the
    connection goes back to the pool, or the connection is thrown away). In WAL mode that risks no damage to the file:
    a power cut may take back the last batches written since the log was last copied (`Checkpointer`, after every
    batch, waits for the disk), and importing the file again writes them again. A check-in keeps waiting for the disk
    on its own commit, which also makes every batch before it safe."""
    if not db.is_sqlite:
        with db.write() as s:
            yield s
        return
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA synchronous=NORMAL")  # before BEGIN: SQLite refuses to change it inside a transaction
        try:
            with Session(bind=conn.execution_options(writer=True), expire_on_commit=False) as s, s.begin():
                yield s
        finally:
            try:
                raw.execute("PRAGMA synchronous=FULL")
            except Exception:  # the connection is not given back as it is: the pool makes a new one, with FULL
                conn.invalidate()
                raise


class Checkpointer:
    """SQLite: copies the write-ahead log into the database file on a thread of its own, each time it is asked (after
    each batch of an import), while the import prepares its next batch.

    PASSIVE: it waits for nobody and nobody waits for it. Left to SQLite, the copy falls to whichever commit passes
    1,000 pages of log — often a check-in at the desk, which then waits for the import's pages to be copied; and in
    the import's own commits it is time counted as holding the lock, which it is not. A context manager; a no-op on
    PostgreSQL."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._wanted = threading.Event()
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True) if db.is_sqlite else None

    def __enter__(self) -> Checkpointer:
        if self._thread is not None:
            self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._thread is not None:
            self._closing = True
            self._wanted.set()
            self._thread.join()

    def request(self) -> None:
        self._wanted.set()

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            if self._closing:
                return
            try:
                with self.db.engine.connect() as conn:  # the driver's own call: SQLite refuses it in a transaction
                    conn.connection.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            except Exception:  # a missed copy is made by the next one, or by SQLite itself
                log.info("write-ahead log checkpoint skipped", exc_info=True)
