"""Writing and reading the append-only audit log."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.db import audit_chain
from nightout_desk.models import AuditEntry
from nightout_desk.services import permissions
from nightout_desk.services.context import Desk


def _short_json(values: dict | None) -> str:
    return json.dumps(values, ensure_ascii=False, default=str, sort_keys=True) if values else ""


def record(session: Session, desk: Desk, action: str, *, entity: str = "", entity_id: uuid.UUID | None = None,
           summary: str = "", before: dict | None = None, after: dict | None = None,
           sealed_at_commit: bool = False) -> uuid.UUID:
    """Add an audit entry inside the caller's transaction, so it commits (or not) with the change itself, sealed into
    this laptop's hash chain for the event (db/audit_chain.py). Returns the entry's id. `sealed_at_commit`: left
    unsealed until the transaction commits — the privacy purge's entry, which the database's guard recognises as
    written in the purge's own transaction by exactly that (db/audit_guard.py)."""
    # A Core insert (no unit-of-work bookkeeping): every change writes one, the check-in desk many per minute.
    entry_id = uuid.uuid4()
    values = {"id": entry_id, "event_id": desk.event_id, "at": clock.now(), "operator": desk.operator,
              "role": desk.role, "device": desk.device, "action": action, "entity": entity, "entity_id": entity_id,
              "summary": summary, "before": _short_json(before), "after": _short_json(after)}
    if sealed_at_commit:
        session.execute(insert(AuditEntry), values)
    else:
        session.execute(insert(AuditEntry), {**values, **audit_chain.seal_values(session.connection(), values)},
                        execution_options=audit_chain.SEALED)
    return entry_id


def changes(old: dict, new: dict) -> tuple[dict, dict]:
    """Only the fields that changed, as (before, after)."""
    keys = [k for k in new if old.get(k) != new[k]]
    return {k: old.get(k) for k in keys}, {k: new[k] for k in keys}


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    operator: str
    role: str
    device: str
    action: str
    entity: str
    summary: str
    before: str
    after: str


def recent(desk: Desk, limit: int = 500, action: str | None = None) -> list[AuditLine]:
    permissions.require(desk, "event.audit_log")  # edits' before/after hold phones, emails, addresses
    with desk.db.read() as s:
        q = select(AuditEntry).where(AuditEntry.event_id == desk.event_id)
        if action:
            q = q.where(AuditEntry.action == action)
        rows = s.scalars(q.order_by(AuditEntry.at.desc()).limit(limit))
        return [AuditLine(r.at, r.operator, r.role, r.device, r.action, r.entity, r.summary, r.before, r.after)
                for r in rows]
