"""Volunteers, their shifts at stations, clock-in/out time entries (append-only corrections) and badge prints."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nightout_desk.models.base import Base, event_fk, now_column, updated_column, uuid_pk

ROLE_OFFICER = "officer"
ROLE_CIVILIAN = "civilian"
ROLE_YOUTH = "youth"
VOLUNTEER_ROLES = (ROLE_OFFICER, ROLE_CIVILIAN, ROLE_YOUTH)


class Volunteer(Base):
    __tablename__ = "volunteers"
    __table_args__ = (
        UniqueConstraint("badge_code"),
        UniqueConstraint("event_id", "external_ref"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    badge_code: Mapped[str] = mapped_column(String(16))  # "V" + 7 characters: a scan tells it from a ticket
    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    organization: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default=ROLE_CIVILIAN)  # officer | civilian | youth
    tshirt_size: Mapped[str] = mapped_column(String(10), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    is_minor: Mapped[bool] = mapped_column(default=False)
    birth_year: Mapped[int | None]
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    guardian_phone: Mapped[str] = mapped_column(String(40), default="")
    emergency_name: Mapped[str] = mapped_column(String(200), default="")  # organizers and lieutenants only
    emergency_phone: Mapped[str] = mapped_column(String(40), default="")
    external_ref: Mapped[str | None] = mapped_column(String(200))  # e.g. "signupgenius:<email>" (import idempotence)
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = now_column()
    updated_at: Mapped[datetime] = updated_column()


class Shift(Base):
    __tablename__ = "shifts"
    __table_args__ = (Index("ix_shifts_event_starts", "event_id", "starts_at"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"), index=True)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    needed: Mapped[int] = mapped_column(default=1)
    notes: Mapped[str] = mapped_column(String(400), default="")
    created_at: Mapped[datetime] = now_column()
    updated_at: Mapped[datetime] = updated_column()


class ShiftAssignment(Base):
    """A volunteer booked on a shift; taking someone off sets `removed_at` (the row stays for the audit)."""

    __tablename__ = "shift_assignments"

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shifts.id"), index=True)
    volunteer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("volunteers.id"), index=True)
    created_at: Mapped[datetime] = now_column()
    removed_at: Mapped[datetime | None]
    operator: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[datetime] = updated_column()


class TimeEntry(Base):
    """One stretch of work. A clock-out fills in `clock_out`; a correction is a NEW row that `supersedes` \
the old one."""

    __tablename__ = "time_entries"
    __table_args__ = (Index("ix_time_entries_event_volunteer", "event_id", "volunteer_id"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    volunteer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("volunteers.id"))
    shift_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shifts.id"))
    clock_in: Mapped[datetime]
    clock_out: Mapped[datetime | None]
    source: Mapped[str] = mapped_column(String(20), default="scan")  # scan | manual | correction
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("time_entries.id"), index=True)
    reason: Mapped[str] = mapped_column(String(400), default="")
    device: Mapped[str] = mapped_column(String(120), default="")
    operator: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = now_column()
    updated_at: Mapped[datetime] = updated_column()


class BadgePrint(Base):
    """Each badge or ticket label printed (reprints too), so 'only unprinted' and lost-badge counts work."""

    __tablename__ = "badge_prints"

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    volunteer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("volunteers.id"), index=True)
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"), index=True)
    stock: Mapped[str] = mapped_column(String(20))
    reprint: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = now_column()
    device: Mapped[str] = mapped_column(String(120), default="")
    operator: Mapped[str] = mapped_column(String(120), default="")
