"""On SQLite, a full-text trigram index (FTS5) of households.search_text, so that search-as-you-type finds any
substring of three or more characters without reading every household (20,000 rows: ~0.5 ms instead of ~10 ms).

The index has its own copy of the text and the household's id (not its rowid, which VACUUM may change), and is
kept in step by triggers. A batch migration that rebuilds `households` drops its triggers, so `ensure()` runs after
every upgrade and puts them back (and rebuilds the index if it drifted). PostgreSQL has no such index: its search
reads the table (see docs/performance.md).
"""

from __future__ import annotations

from sqlalchemy import Connection

FTS = "households_fts"
TRIGGERS = {
    f"{FTS}_after_insert": f"""CREATE TRIGGER IF NOT EXISTS {FTS}_after_insert AFTER INSERT ON households BEGIN
        INSERT INTO {FTS}(search_text, household_id) VALUES (new.search_text, new.id); END""",
    f"{FTS}_after_update": f"""CREATE TRIGGER IF NOT EXISTS {FTS}_after_update
        AFTER UPDATE OF search_text, id ON households BEGIN
        DELETE FROM {FTS} WHERE household_id = old.id;
        INSERT INTO {FTS}(search_text, household_id) VALUES (new.search_text, new.id); END""",
    f"{FTS}_after_delete": f"""CREATE TRIGGER IF NOT EXISTS {FTS}_after_delete AFTER DELETE ON households BEGIN
        DELETE FROM {FTS} WHERE household_id = old.id; END""",
}
MIN_TERM = 3  # trigrams: shorter words cannot use the index


def include_name(name: str | None, type_: str, _parent_names) -> bool:  # noqa: ANN001
    """For Alembic's comparisons: the FTS table and its shadow tables are not models."""
    return not (type_ == "table" and name is not None and name.startswith(FTS))


def _exists(conn: Connection, type_: str, name: str) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?", (type_, name)).first() \
        is not None


def rebuild(conn: Connection) -> None:
    conn.exec_driver_sql(f"DELETE FROM {FTS}")
    conn.exec_driver_sql(f"INSERT INTO {FTS}(search_text, household_id) SELECT search_text, id FROM households")


def ensure(conn: Connection) -> None:
    """Create the index and its triggers if missing, and rebuild it if it does not hold every household."""
    if conn.dialect.name != "sqlite":
        return
    created = not _exists(conn, "table", FTS)
    if created:
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {FTS} USING fts5(search_text, household_id UNINDEXED, tokenize='trigram')")
    missing = [name for name in TRIGGERS if not _exists(conn, "trigger", name)]
    for name in missing:
        conn.exec_driver_sql(TRIGGERS[name])
    if created or missing:
        rebuild(conn)
        return
    indexed = conn.exec_driver_sql(f"SELECT count(*) FROM {FTS}").scalar()
    if indexed != conn.exec_driver_sql("SELECT count(*) FROM households").scalar():
        rebuild(conn)


def drop(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS}")
