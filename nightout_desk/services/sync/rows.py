"""Reading and writing an event's rows in bulk with Core statements (executemany, never row by row through the ORM).

Two forms of a row:
- typed (`fetch`, `insert`, `update_rows`): Python values through SQLAlchemy's types, for the rows the rules look
  into (edited rows that differ, conflicts);
- canonical (`canonical`, `insert_canonical`): every value as the database itself writes it in one form shared by
  SQLite and PostgreSQL — an id as 32 hex digits, a time as "2026-08-04 18:40:00.000000" (naive UTC, SQLAlchemy's
  SQLite text), a date as "2026-08-04", a yes/no as 0/1 — computed by the database in the query and fetched with
  the driver's `fetchall`, so comparing ids and copying rows added only (check-ins, audit entries) never builds a
  UUID or datetime object; a SQLite target stores the values as they come, PostgreSQL casts them in the INSERT.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Collection, Iterable, Iterator
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Integer,
    Select,
    String,
    Table,
    Text,
    TypeDecorator,
    bindparam,
    cast,
    delete,
    func,
    literal,
    select,
    type_coerce,
    union_all,
    update,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

CHUNK = 500  # ids per IN (...) list: well within SQLite's and PostgreSQL's limits on parameters
FEW = 2000  # up to this many rows wanted, read them by id; more, read the event's whole table once


def of_event(table: Table, event_id: uuid.UUID) -> ColumnElement[bool]:
    return table.c.id == event_id if table.name == "events" else table.c.event_id == event_id


def chunks(items: Collection[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def ids(conn: Connection, table: Table, event_id: uuid.UUID) -> set[uuid.UUID]:
    return set(conn.execute(select(table.c.id).where(of_event(table, event_id))).scalars())


def versions(conn: Connection, table: Table, event_id: uuid.UUID, columns: Iterable[str]) -> dict[uuid.UUID, tuple]:
    """id -> the values of `columns`: enough to tell which rows differ without reading them whole."""
    wanted = [table.c[c] for c in columns]
    return {row[0]: tuple(row[1:]) for row in conn.execute(select(table.c.id, *wanted)
                                                           .where(of_event(table, event_id)))}


def fetch(conn: Connection, table: Table, event_id: uuid.UUID, wanted: Collection[uuid.UUID] | None = None
          ) -> dict[uuid.UUID, dict]:
    """Whole rows of the event, by id (all of them when `wanted` is None)."""
    if wanted is not None and not wanted:
        return {}
    if wanted is None or len(wanted) > FEW:
        keep = None if wanted is None else set(wanted)
        rows = conn.execute(select(table).where(of_event(table, event_id))).mappings()
        return {r["id"]: dict(r) for r in rows if keep is None or r["id"] in keep}
    out: dict[uuid.UUID, dict] = {}
    for part in chunks(wanted):
        out.update({r["id"]: dict(r) for r in conn.execute(select(table).where(table.c.id.in_(part))).mappings()})
    return out


def holders(conn: Connection, table: Table, event_id: uuid.UUID, column: Column, values: Collection[Any]
            ) -> dict[Any, uuid.UUID]:
    """value -> the id of the target's row holding it, for a unique column."""
    out: dict[Any, uuid.UUID] = {}
    for part in chunks(values):
        out.update({v: i for i, v in conn.execute(select(table.c.id, column).where(of_event(table, event_id),
                                                                                    column.in_(part)))})
    return out


def insert(conn: Connection, table: Table, rows: list[dict]) -> int:
    """Insert whole rows; a row whose id is there already (another merge got there first) is left alone."""
    if not rows:
        return 0
    make = sqlite_insert if conn.dialect.name == "sqlite" else postgresql_insert
    conn.execute(make(table).on_conflict_do_nothing(index_elements=["id"]), _parents_first(table, rows))
    return len(rows)


def update_rows(conn: Connection, table: Table, rows: list[dict]) -> int:
    """Write whole rows over the ones with their ids (every column, `updated_at` as given)."""
    if not rows:
        return 0
    columns = [c.name for c in table.columns if c.name != "id"]
    statement = (update(table).where(table.c.id == bindparam("_id"))
                 .values({c: bindparam(f"_{c}") for c in columns}))
    conn.execute(statement, [{"_id": r["id"], **{f"_{c}": r[c] for c in columns}} for r in rows])
    return len(rows)


def delete_rows(conn: Connection, table: Table, gone: Collection[uuid.UUID]) -> None:
    for part in chunks(gone):
        conn.execute(delete(table).where(table.c.id.in_(part)))


def _parents_first(table: Table, rows: list[dict]) -> list[dict]:
    """Rows that point at rows of the same table (a duplicate merged into a household, a correction of an entry)
    come after the rows they point at."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not own:
        return rows
    by_id = {r["id"]: r for r in rows}
    done: set[uuid.UUID] = set()
    out: list[dict] = []

    def place(row: dict, depth: int = 0) -> None:
        if row["id"] in done:
            return
        done.add(row["id"])
        for column in own:
            parent = by_id.get(row[column])
            if parent is not None and depth < len(rows):
                place(parent, depth + 1)
        out.append(row)

    for row in rows:
        place(row)
    return out


# --- the canonical form ----------------------------------------------------------------------------------------------

_PG_CASTS = {uuid.UUID: "CAST(%s AS UUID)", dt.datetime: "CAST(%s AS TIMESTAMP WITHOUT TIME ZONE)",
             dt.date: "CAST(%s AS DATE)", bool: "CAST(CAST(%s AS INTEGER) AS BOOLEAN)"}  # 0/1 may come as a smallint


def _python_type(column: Column) -> type:
    kind = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type  # UtcDateTime
    try:
        return kind.python_type
    except NotImplementedError:
        return str


def _canonical(conn: Connection, column: Column) -> ColumnElement:
    return _canonical_for(conn.dialect.name, column)


def _canonical_for(dialect: str, column: Column) -> ColumnElement:
    kind = _python_type(column)
    if dialect == "sqlite":  # stored in the canonical form already: read it as it is
        return type_coerce(column, Integer if kind in (bool, int) else String)
    if kind is uuid.UUID:
        return func.replace(cast(column, Text), "-", "")
    if kind is dt.datetime:
        return func.to_char(column, "YYYY-MM-DD HH24:MI:SS.US")
    if kind is dt.date:
        return func.to_char(column, "YYYY-MM-DD")
    if kind is bool:
        return cast(column, Integer)
    return type_coerce(column, Integer if kind is int else String)


def hex_id(value: uuid.UUID | None) -> str | None:
    return value.hex if value is not None else None


def canonical(conn: Connection, table: Table, event_id: uuid.UUID, columns: Iterable[str] | None = None,
              wanted: Collection[str] | None = None) -> list[tuple]:
    """The event's rows (or those whose canonical id is in `wanted`) in the canonical form: tuples of `columns`
    (default: every column, in the table's order)."""
    names = list(columns) if columns is not None else [c.name for c in table.columns]
    statement = select(*(_canonical(conn, table.c[n]) for n in names))
    if wanted is not None and len(wanted) <= FEW:
        out: list[tuple] = []
        for part in chunks(wanted):
            out += conn.execute(statement.where(table.c.id.in_([uuid.UUID(h) for h in part]))).cursor.fetchall()
        return out
    rows = conn.execute(statement.where(of_event(table, event_id))).cursor.fetchall()
    if wanted is None:
        return rows
    at = names.index("id")
    keep = set(wanted)
    return [r for r in rows if r[at] in keep]


def insert_canonical(conn: Connection, table: Table, rows: list[tuple]) -> int:
    """Insert whole rows given in the canonical form (every column, in the table's order); a row whose id is there
    already is left alone."""
    if not rows:
        return 0
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(c.name) for c in table.columns)
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" for _ in table.columns)
    else:
        marks = ", ".join(_PG_CASTS.get(_python_type(c), "%s") for c in table.columns)
    conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING",
                         [tuple(r) for r in rows])
    return len(rows)


def holders_canonical(conn: Connection, table: Table, event_id: uuid.UUID, column: Column, values: Collection[Any]
                      ) -> dict[Any, str]:
    """The same as `holders`, with values and ids in the canonical form."""
    typed = (lambda v: uuid.UUID(v)) if _python_type(column) is uuid.UUID else (lambda v: v)
    statement = select(_canonical(conn, table.c.id), _canonical(conn, column))
    out: dict[Any, str] = {}
    for part in chunks([v for v in values if v is not None]):
        rows = conn.execute(statement.where(of_event(table, event_id), column.in_([typed(v) for v in part])))
        out.update({v: i for i, v in rows.cursor.fetchall()})
    return out


def fingerprints(conn: Connection, event_id: uuid.UUID, wanted: dict[Table, list[str]]
                 ) -> dict[str, dict[str, str]]:
    """For each table, id -> its `wanted` columns in the canonical form joined as one text: which rows a side holds
    and whether two sides' versions differ, for every table in one query (one round trip to a hub)."""
    out: dict[str, dict[str, str]] = {table.name: {} for table in wanted}
    if wanted:
        statement = _fingerprints(conn.dialect.name, tuple((t, tuple(c)) for t, c in wanted.items()))
        for name, row_id, text in conn.execute(statement, {"event_id": event_id}).cursor.fetchall():
            out[name][row_id] = text
    return out


@functools.lru_cache(maxsize=8)
def _fingerprints(dialect: str, wanted: tuple[tuple[Table, tuple[str, ...]], ...]) -> Select:
    """Built once per dialect (SQLAlchemy then caches its SQL too)."""
    parts = []
    for table, columns in wanted:
        text = literal("", String)
        for name in columns:
            text = text + "|" + func.coalesce(cast(_canonical_for(dialect, table.c[name]), Text), "~")
        key = table.c.id if table.name == "events" else table.c.event_id
        parts.append(select(literal(table.name, String).label("t"), _canonical_for(dialect, table.c.id).label("i"),
                            type_coerce(text, String).label("f"))
                     .where(key == bindparam("event_id", type_=table.c.id.type)))
    return union_all(*parts)
