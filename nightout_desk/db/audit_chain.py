"""The audit log's hash chains: every entry is sealed, in the transaction that wrote it, into the chain of its laptop.

A chain is one laptop's entries (`device`) for one event, numbered 1, 2, 3…: each entry carries the hash of the entry
before it in that chain and the hash of its own content, so editing or deleting an entry in the middle shows as a
break (services/audit_check.py says where). Chains are per laptop because laptops' logs are merged by union
(services/sync): entries written on several laptops meet in one table, and a merge never has to re-chain anything.

`services/audit.record` (every change at the desk) seals its entry as it inserts it (`seal_values`). Any other entry
is sealed in the commit of the transaction that inserted it (`watch`, on the engine, so every path — the imports' bulk
inserts, the sync engine's connections — is covered), as an UPDATE of the new rows that the database allows only once
(db/audit_guard.py). The table is known here by name (db/ sits below the
models), through a light `table()` clause whose column types read and write the same values on SQLite and PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    Connection,
    DateTime,
    Engine,
    Integer,
    Select,
    String,
    Text,
    Uuid,
    bindparam,
    column,
    event,
    select,
    table,
    update,
)

FORMAT = "nightout-audit-1"  # named in every hash, so a later format can be told from this one
PURGE_ACTION = "personal details removed"  # the privacy purge's own entry (services/privacy.py)

AUDIT = table(
    "audit_entries",
    column("id", Uuid), column("event_id", Uuid), column("at", DateTime), column("operator", String),
    column("role", String), column("device", String), column("action", String), column("entity", String),
    column("entity_id", Uuid), column("summary", Text), column("before", Text), column("after", Text),
    column("device_seq", Integer), column("prev_hash", String), column("details_hash", String),
    column("entry_hash", String), column("redacted_by", Uuid),
)
_INSERT = re.compile(r"\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+[\"`]?audit_entries\b", re.IGNORECASE)
_CONTENT = ("id", "event_id", "at", "operator", "role", "device", "action", "entity", "entity_id", "summary", "before",
            "after")
_WROTE = "nightout_audit_written"  # on the connection's info while its transaction has inserted audit entries
_SEALED_KEY = "nightout_audit_sealed"
SEALED = {_SEALED_KEY: True}  # execution options of an INSERT whose rows carry their seal (`seal_values`)


@dataclass(frozen=True)
class Entry:
    """One row of the log as the chain sees it (times naive UTC, as stored)."""

    id: uuid.UUID
    event_id: uuid.UUID
    at: datetime
    operator: str
    role: str
    device: str
    action: str
    entity: str
    entity_id: uuid.UUID | None
    summary: str
    before: str
    after: str
    device_seq: int | None
    prev_hash: str | None
    details_hash: str | None
    entry_hash: str | None
    redacted_by: uuid.UUID | None

    @property
    def sealed(self) -> bool:
        return self.entry_hash is not None

    @property
    def at_utc(self) -> datetime:
        return self.at.replace(tzinfo=UTC) if self.at.tzinfo is None else self.at.astimezone(UTC)


def _digest(parts: list) -> str:
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def details_hash(summary: str, before: str, after: str) -> str:
    """The hash of the parts the privacy purge may blank; the entry's own hash covers this, not the text, so a
    blanked entry still proves what it was."""
    return _digest([FORMAT, summary or "", before or "", after or ""])


def entry_hash(e: Entry, *, seq: int, prev_hash: str, details: str) -> str:
    at = e.at_utc.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    return _digest([FORMAT, prev_hash, seq, e.id.hex, e.event_id.hex, at, e.device or "", e.operator or "",
                    e.role or "", e.action or "", e.entity or "", e.entity_id.hex if e.entity_id else "", details])


_UNSEALED = AUDIT.c.entry_hash.is_(None)
_CHAIN = (AUDIT.c.event_id == bindparam("event_id"), AUDIT.c.device == bindparam("device"))
_WAITING = select(*AUDIT.c).where(_UNSEALED)
_UNSEALED_OF_CHAIN = _WAITING.where(*_CHAIN)
_HEAD = (select(AUDIT.c.device_seq, AUDIT.c.entry_hash).where(*_CHAIN, AUDIT.c.entry_hash.is_not(None))
         .order_by(AUDIT.c.device_seq.desc()).limit(1))
_SEAL = (update(AUDIT).where(AUDIT.c.id == bindparam("entry_id"), _UNSEALED)
         .values(device_seq=bindparam("seq"), prev_hash=bindparam("prev"), details_hash=bindparam("details"),
                 entry_hash=bindparam("sealed")))


def _entries(conn: Connection, statement: Select, params: dict | None = None) -> list[Entry]:
    return [Entry(**row) for row in conn.execute(statement, params or {}).mappings()]


def read(conn: Connection, event_id: uuid.UUID | None = None) -> list[Entry]:
    """Every entry of the event (or of the database), sealed or not."""
    statement = select(*AUDIT.c)
    return _entries(conn, statement.where(AUDIT.c.event_id == event_id) if event_id is not None else statement)


def lock_key(event_id: uuid.UUID, device: str) -> int:
    """The PostgreSQL advisory lock taken while a chain grows, so two writers never give two entries one number."""
    return int.from_bytes(hashlib.sha256(f"{event_id.hex}/{device}".encode()).digest()[:8], "big", signed=True)


def _lock(conn: Connection, event_id: uuid.UUID, device: str) -> None:
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%(key)s)", {"key": lock_key(event_id, device)})


def seal_values(conn: Connection, values: dict) -> dict:
    """The seal of one entry about to be inserted (services/audit.record, the check-in desk's path: no UPDATE after):
    its number after the chain's head, the head's hash, its hashes. `values` holds every column of `Entry` but the
    seal's own, with `at` set."""
    event_id, device = values["event_id"], values.get("device") or ""
    _lock(conn, event_id, device)
    head = conn.execute(_HEAD, {"event_id": event_id, "device": device}).first()
    seq, prev = (head[0] + 1, head[1]) if head else (1, "")
    e = Entry(**{k: values.get(k) for k in _CONTENT}, device_seq=None, prev_hash=None, details_hash=None,
              entry_hash=None, redacted_by=None)
    details = details_hash(e.summary, e.before, e.after)
    return {"device_seq": seq, "prev_hash": prev, "details_hash": details,
            "entry_hash": entry_hash(e, seq=seq, prev_hash=prev, details=details)}


def seal(conn: Connection) -> int:
    """Seal every entry not sealed yet into its laptop's chain, oldest first; returns how many. Inside the caller's
    transaction (on PostgreSQL each chain is locked until it commits; a SQLite writer holds the file's lock)."""
    waiting = _entries(conn, _WAITING)
    chains: dict[tuple[uuid.UUID, str], list[Entry]] = {}
    for e in waiting:
        chains.setdefault((e.event_id, e.device or ""), []).append(e)
    for (event_id, device), todo in sorted(chains.items(), key=lambda kv: (kv[0][0].hex, kv[0][1])):
        mine = {"event_id": event_id, "device": device}
        _lock(conn, event_id, device)
        if conn.dialect.name == "postgresql":  # another writer of this chain may have sealed some while we waited
            todo = _entries(conn, _UNSEALED_OF_CHAIN, mine)
        head = conn.execute(_HEAD, mine).first()
        seq, prev = (head[0], head[1]) if head else (0, "")
        sealed = []
        for e in sorted(todo, key=lambda e: (e.at_utc, e.id.hex)):
            seq += 1
            details = details_hash(e.summary, e.before, e.after)
            sealed.append({"entry_id": e.id, "seq": seq, "prev": prev, "details": details,
                           "sealed": entry_hash(e, seq=seq, prev_hash=prev, details=details)})
            prev = sealed[-1]["sealed"]
        if sealed:
            conn.execute(_SEAL, sealed)
    return len(waiting)


def has_chain(conn: Connection) -> bool:
    """Whether the log has the seal's columns (a file not upgraded yet has not: upgrading seals its entries)."""
    if conn.dialect.name == "sqlite":
        return any(row[1] == "entry_hash" for row in conn.exec_driver_sql("PRAGMA table_info(audit_entries)"))
    return conn.exec_driver_sql("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                                "AND table_name = 'audit_entries' AND column_name = 'entry_hash'").first() is not None


def watch(engine: Engine) -> None:
    """Seal, as each transaction commits, the audit entries it inserted (Database does this for every engine)."""
    chained = False  # the seal's columns were seen (a schema only grows: once seen, never asked again)

    @event.listens_for(engine, "before_cursor_execute")
    def _noticed(conn, _cursor, statement, _parameters, context, _executemany) -> None:  # noqa: ANN001
        if _INSERT.match(statement) and not (context is not None and context.execution_options.get(_SEALED_KEY)):
            conn.info[_WROTE] = True

    @event.listens_for(engine, "commit")
    def _seal(conn) -> None:  # noqa: ANN001 - SQLAlchemy's Connection
        nonlocal chained
        if conn.info.pop(_WROTE, False):
            chained = chained or has_chain(conn)
            if chained:
                seal(conn)

    @event.listens_for(engine, "rollback")
    def _forget(conn) -> None:  # noqa: ANN001
        conn.info.pop(_WROTE, None)
