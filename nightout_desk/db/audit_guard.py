"""The database's own refusal to change the audit log: triggers on SQLite, a trigger function on PostgreSQL.

No row of `audit_entries` may be deleted (nor the table truncated), no entry may take the id of one already there
(SQLite's INSERT OR REPLACE would otherwise delete it without a trigger), and an UPDATE is refused but for two:
- the **seal** (db/audit_chain.py): an entry written without one gets its place in its laptop's chain, once, every
  other column unchanged, as its transaction commits — so only entries of that transaction are ever unsealed;
- the **privacy purge** (services/privacy.py): `summary`, `before` and `after` of a sealed entry are blanked, and
  nothing else changes but `redacted_by`, which must name a purge entry ("personal details removed") of the same
  event that is itself not sealed yet, i.e. written in this same transaction. A purge entry is never blanked.

Anyone who owns the file can drop a trigger; the chain's hashes are what shows such an edit afterwards. The DDL is
copied into migration 0010 as it was then; `ensure()` runs after every upgrade and puts back what a batch migration
(which rebuilds a SQLite table, and drops its triggers) took away.
"""

from __future__ import annotations

from sqlalchemy import Connection

from nightout_desk.db.audit_chain import PURGE_ACTION

REFUSED = "The audit log cannot be changed: its entries are kept as they were written"
_CONTENT = ("id", "event_id", "at", "operator", "role", "device", "action", "entity", "entity_id")
_SEAL = ("device_seq", "prev_hash", "details_hash", "entry_hash")


def _same(columns: tuple[str, ...], is_: str) -> str:
    return " AND ".join(f'NEW."{c}" {is_} OLD."{c}"' for c in columns)


def _update_allowed(is_: str) -> str:
    """The WHEN of the allowed updates, in SQL both databases read (`is_`: SQLite's IS, PostgreSQL's IS NOT DISTINCT
    FROM)."""
    sealing = (f'OLD.entry_hash IS NULL AND NEW.entry_hash IS NOT NULL AND NEW.device_seq IS NOT NULL '
               f'AND NEW.redacted_by IS NULL AND {_same(_CONTENT + ("summary", "before", "after"), is_)}')
    purging = (f"OLD.entry_hash IS NOT NULL AND OLD.redacted_by IS NULL AND NEW.redacted_by IS NOT NULL "
               f"AND OLD.action <> '{PURGE_ACTION}' "
               f"""AND NEW.summary = '' AND NEW."before" = '' AND NEW."after" = '' """
               f"AND {_same(_CONTENT + _SEAL, is_)} "
               f"AND EXISTS (SELECT 1 FROM audit_entries p WHERE p.id = NEW.redacted_by AND p.event_id = OLD.event_id "
               f"AND p.action = '{PURGE_ACTION}' AND p.entry_hash IS NULL)")
    return f"({sealing}) OR ({purging})"


SQLITE_TRIGGERS = {
    "audit_entries_no_delete": f"""CREATE TRIGGER IF NOT EXISTS audit_entries_no_delete BEFORE DELETE ON audit_entries
        BEGIN SELECT RAISE(ABORT, '{REFUSED} (never deleted).'); END""",
    "audit_entries_no_replace": f"""CREATE TRIGGER IF NOT EXISTS audit_entries_no_replace
        BEFORE INSERT ON audit_entries WHEN EXISTS (SELECT 1 FROM audit_entries WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, '{REFUSED} (an entry with this id is there already).'); END""",
    "audit_entries_no_update": f"""CREATE TRIGGER IF NOT EXISTS audit_entries_no_update BEFORE UPDATE ON audit_entries
        WHEN NOT ({_update_allowed("IS")})
        BEGIN SELECT RAISE(ABORT, '{REFUSED} (never edited).'); END""",
}
POSTGRESQL_FUNCTION = f"""CREATE OR REPLACE FUNCTION audit_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF {_update_allowed("IS NOT DISTINCT FROM")} THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION '{REFUSED} (never edited).';
    END IF;
    RAISE EXCEPTION '{REFUSED} (never deleted).';
END $$"""
POSTGRESQL_TRIGGERS = {
    "audit_entries_no_change": """CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
        FOR EACH ROW EXECUTE FUNCTION audit_entries_guard()""",
    "audit_entries_no_truncate": """CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
        FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_guard()""",
}


def _present(conn: Connection) -> set[str]:
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                                    "'audit_entries'")
    else:
        rows = conn.exec_driver_sql("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_entries'::regclass "
                                    "AND NOT tgisinternal")
    return {r[0] for r in rows}


def ensure(conn: Connection) -> None:
    """Create the guard where it is missing (after every upgrade)."""
    present = _present(conn)
    if conn.dialect.name == "sqlite":
        for name, ddl in SQLITE_TRIGGERS.items():
            if name not in present:
                conn.exec_driver_sql(ddl)
        return
    if set(POSTGRESQL_TRIGGERS) - present:
        conn.exec_driver_sql(POSTGRESQL_FUNCTION)
    for name, ddl in POSTGRESQL_TRIGGERS.items():
        if name not in present:
            conn.exec_driver_sql(ddl)


def drop(conn: Connection) -> None:
    """Remove the guard (a test standing in for someone who owns the file; never called by the application)."""
    if conn.dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        return
    for name in POSTGRESQL_TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON audit_entries")
