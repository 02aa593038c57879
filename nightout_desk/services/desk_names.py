"""Who may sign in at the desk, read with plain SQL: "Who is at the desk?" opens before the ORM is loaded (the start
path stays light, docs/performance.md). Accounts and PINs are kept and checked in services/operators.py."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, DateTime, Uuid, bindparam, text

from nightout_desk import clock
from nightout_desk.db import Database
from nightout_desk.services.context import ROLE_LABELS, ROLES, Desk
from nightout_desk.services.errors import InvalidInput

DEMO_ACCOUNTS = frozenset({"Demo Lieutenant", "Demo Organizer"})  # `nightout-desk demo`'s, with a PIN printed for all


@dataclass(frozen=True)
class AccountInfo:
    name: str
    role: str
    locked_until: datetime | None  # None when it may sign in now

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


# an account: an organizer or lieutenant with a PIN, not removed (operators._is_account says the same of a row)
_ACCOUNT = "COALESCE(pin_hash, '') != '' AND removed_at IS NULL AND role IN ('organizer', 'lieutenant')"
_EVENT = bindparam("event_id", type_=Uuid())
_ACCOUNTS = text(f"SELECT name, role, locked_until FROM operators WHERE event_id = :event_id AND {_ACCOUNT} "
                 "ORDER BY name").bindparams(_EVENT).columns(locked_until=DateTime())
_HAS_ACCOUNTS = text(f"SELECT 1 FROM operators WHERE event_id = :event_id AND {_ACCOUNT} LIMIT 1").bindparams(_EVENT)
_LATEST_WITH_ACCOUNTS = text(
    "SELECT o.event_id FROM operators o JOIN events e ON e.id = o.event_id "
    "WHERE o.pin_hash != '' AND o.removed_at IS NULL ORDER BY e.date DESC, e.created_at DESC LIMIT 1"
).columns(event_id=Uuid())
_NAMES = text("SELECT name FROM operators WHERE event_id = :event_id ORDER BY lower(name)").bindparams(_EVENT)


def carried_from(conn: Connection, event_id: uuid.UUID) -> uuid.UUID | None:
    """The event whose accounts this one uses: its own, or (made before accounts existed) the most recent event that
    has some; accounts belong to the department, not to one night."""
    if conn.execute(_HAS_ACCOUNTS, {"event_id": event_id}).first() is not None:
        return event_id
    return conn.execute(_LATEST_WITH_ACCOUNTS).scalar()


def accounts(db: Database, event_id: uuid.UUID) -> list[AccountInfo]:
    """The organizer and lieutenant accounts the event uses (what the sign-in list shows), with their locks."""
    with db.connect() as conn:
        source = carried_from(conn, event_id)
        rows = conn.execute(_ACCOUNTS, {"event_id": source}).all() if source is not None else []
    now = clock.now()
    found = []
    for name, role, locked in rows:
        locked = locked.replace(tzinfo=UTC) if locked is not None else None  # stored as naive UTC (models/base.py)
        found.append(AccountInfo(name, role, locked if locked is not None and locked > now else None))
    return found


def demo_accounts(db: Database, event_id: uuid.UUID) -> list[str]:
    """The demo's accounts among those the event uses: a real event made after a demo inherits them (their PIN is
    printed for all), until a lieutenant adds the town's own and removes them."""
    return sorted(a.name for a in accounts(db, event_id) if a.name in DEMO_ACCOUNTS)


def names_seen(db: Database, event_id: uuid.UUID) -> list[str]:
    """Everyone who has signed in at this event, accounts or not, in alphabetical order."""
    with db.connect() as conn:
        return list(conn.execute(_NAMES, {"event_id": event_id}).scalars())


def at_desk(desk: Desk, name: str, role: str) -> Desk:
    """The desk as `name` signs in for `role`: the name and the role checked, nothing recorded or verified yet (a PIN:
    operators.check_pin; the record: operators.record_sign_in)."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("Type your name so your check-ins are credited to you.")
    if role not in ROLES:
        raise InvalidInput(f"Unknown role “{role}”.")
    return desk.with_operator(name, role)
