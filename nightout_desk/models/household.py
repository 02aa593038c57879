"""Households arriving at the park, their registration platforms' codes, their check-ins and the undo of a check-in
(append-only)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nightout_desk.models.base import Base, event_fk, now_column, updated_column, uuid_pk

SOURCE_PREREGISTERED = "pre-registered"
SOURCE_WALK_UP = "walk-up"


class Household(Base):
    __tablename__ = "households"
    __table_args__ = (
        UniqueConstraint("ticket_code"),
        UniqueConstraint("event_id", "external_ref"),
        # SQLite: search as you type scans this narrow index, not the wide rows (migration 0100, docs/performance.md).
        # PostgreSQL cannot use it for LIKE '%…%' and refuses b-tree entries over 2704 bytes, so there it stays empty:
        # WHERE false, created by migration 0100 and guarded by tests/test_migrations.py. Not repeated here: a
        # postgresql_* option makes SQLAlchemy import the whole PostgreSQL dialect, ~40 ms of every start (issue 15).
        Index("ix_households_search", "event_id", "merged_into_id", "search_text"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    ticket_code: Mapped[str] = mapped_column(String(16))
    family_name: Mapped[str] = mapped_column(String(200))
    first_names: Mapped[str] = mapped_column(String(400), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    zip_code: Mapped[str] = mapped_column(String(20), default="")
    neighbourhood: Mapped[str] = mapped_column(String(120), default="")
    adults_expected: Mapped[int] = mapped_column(default=1)
    kids_expected: Mapped[int] = mapped_column(default=0)
    source: Mapped[str] = mapped_column(String(20), default=SOURCE_PREREGISTERED)
    external_ref: Mapped[str | None] = mapped_column(String(200))  # e.g. "eventbrite:1234567" (import idempotence)
    notes: Mapped[str] = mapped_column(Text, default="")
    consent_to_contact: Mapped[bool] = mapped_column(default=False)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded names, email, code, phone digits
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"), index=True)  # migration 0100
    created_at: Mapped[datetime] = now_column()
    updated_at: Mapped[datetime] = updated_column()


class HouseholdCode(Base):
    """A code a registration platform gave the family (Eventbrite's barcode, attendee or order number, a generic file's
    ticket column): scanned or typed at the desk, it finds the household as its own ticket code does."""

    __tablename__ = "household_codes"
    __table_args__ = (UniqueConstraint("event_id", "code"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    code: Mapped[str] = mapped_column(String(100))  # as scanners and search normalize it: text.compact_code
    kind: Mapped[str] = mapped_column(String(40))  # "eventbrite barcode" / "eventbrite order" / "imported"...
    created_at: Mapped[datetime] = now_column()


class CheckIn(Base):
    __tablename__ = "check_ins"
    __table_args__ = (Index("ix_check_ins_event_at", "event_id", "at"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    adults: Mapped[int]
    kids: Mapped[int]
    at: Mapped[datetime] = now_column()
    device: Mapped[str] = mapped_column(String(120), default="")
    operator: Mapped[str] = mapped_column(String(120), default="")


class CheckInUndo(Base):
    """Undoing a check-in is a new row, never a deletion."""

    __tablename__ = "check_in_undos"
    __table_args__ = (UniqueConstraint("check_in_id"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    check_in_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("check_ins.id"))
    reason: Mapped[str] = mapped_column(String(400), default="")
    at: Mapped[datetime] = now_column()
    device: Mapped[str] = mapped_column(String(120), default="")
    operator: Mapped[str] = mapped_column(String(120), default="")
