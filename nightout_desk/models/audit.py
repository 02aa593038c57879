"""The append-only audit log: every change, who made it, on which laptop — and each entry sealed into its laptop's
hash chain (db/audit_chain.py), so an entry edited or deleted afterwards shows (services/audit_check.py)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from nightout_desk.models.base import Base, event_fk, now_column, uuid_pk


class AuditEntry(Base):
    """The database refuses to change or delete a row (triggers, db/audit_guard.py) but for two narrow updates: the
    seal, once, in the transaction that wrote it; and the privacy purge blanking `summary`, `before` and `after`."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_event_at", "event_id", "at"),
        Index("ix_audit_entries_chain", "event_id", "device", "device_seq"),
        # the entries not sealed yet: only those of the transaction being committed, so this index stays empty.
        # PostgreSQL has the same WHERE (migration 0010, guarded by tests/test_migrations.py); not repeated here, as a
        # postgresql_* option makes SQLAlchemy import the whole PostgreSQL dialect, ~40 ms of every start (issue 15).
        Index("ix_audit_entries_unsealed", "event_id", "device", sqlite_where=text("entry_hash IS NULL")),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    at: Mapped[datetime] = now_column()
    operator: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(20), default="")
    device: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(80))  # e.g. "check-in", "check-in undone", "household edited"
    entity: Mapped[str] = mapped_column(String(40), default="")  # table-ish name: "household", "check_in"
    entity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    summary: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[str] = mapped_column(Text, default="")  # short JSON of the fields that changed
    after: Mapped[str] = mapped_column(Text, default="")
    # The seal (set as the entry is written, or as its transaction commits): its number in the chain of its laptop
    # (`device`) for its event, the hash of the entry before it in that chain ("" for the first), the hash of summary,
    # before and after, and the hash of it all. Per laptop, because laptops' logs are merged by union (services/sync).
    device_seq: Mapped[int | None]
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    details_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))
    # The privacy purge's own entry, when it blanked this one's summary, before and after (services/privacy.py).
    redacted_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
