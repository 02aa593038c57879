"""Stations in the park (dunk tank, K-9 demonstration, ...) with their status history, demonstrations, tallies,
waivers, child-ID kit counts and incidents."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nightout_desk.models.base import Base, event_fk, now_column, updated_column, uuid_pk


class Station(Base):
    __tablename__ = "stations"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(40), default="other")  # dunk-tank, k9, fingerprinting, ...
    location: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="setting up")  # setting up | open | paused | closed
    status_reason: Mapped[str] = mapped_column(String(200), default="")
    opens_at: Mapped[str] = mapped_column(String(5), default="")  # local "HH:MM"
    closes_at: Mapped[str] = mapped_column(String(5), default="")
    capacity: Mapped[int | None]
    needs_waiver: Mapped[bool] = mapped_column(default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = updated_column()


class StationStatusChange(Base):
    """History of a station's status (append-only): when it opened, paused and why, closed."""

    __tablename__ = "station_status_changes"
    __table_args__ = (Index("ix_station_status_changes_station_at", "station_id", "at"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = now_column()
    operator: Mapped[str] = mapped_column(String(120), default="")
    device: Mapped[str] = mapped_column(String(120), default="")


class Demonstration(Base):
    """A timed demonstration at a station (the K-9 demo at 18:30 and 19:30); cancelling keeps the row."""

    __tablename__ = "demonstrations"
    __table_args__ = (Index("ix_demonstrations_event_starts_at", "event_id", "starts_at"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime]
    minutes: Mapped[int] = mapped_column(default=20)
    cancelled: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = updated_column()


class Tally(Base):
    """Participation at a station, append-only: +1 / +5 from a button, one per household ticket scan, or a
    negative correction row; the station's count is the sum."""

    __tablename__ = "tallies"
    __table_args__ = (Index("ix_tallies_station_at", "station_id", "at"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id", ondelete="CASCADE"))
    count: Mapped[int]
    method: Mapped[str] = mapped_column(String(20), default="button")  # button | scan | correction
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"))
    at: Mapped[datetime] = now_column()
    operator: Mapped[str] = mapped_column(String(120), default="")
    device: Mapped[str] = mapped_column(String(120), default="")


class Waiver(Base):
    """A guardian's permission for a child at the stations that need one (dunk tank, bounce house).
    `station_id` empty means the waiver covers every such station."""

    __tablename__ = "waivers"

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    station_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stations.id", ondelete="CASCADE"))
    child_first_name: Mapped[str] = mapped_column(String(120))
    child_age: Mapped[int]
    guardian_name: Mapped[str] = mapped_column(String(200))
    rules_read: Mapped[bool] = mapped_column(default=False)
    at: Mapped[datetime] = now_column()
    operator: Mapped[str] = mapped_column(String(120), default="")
    device: Mapped[str] = mapped_column(String(120), default="")


class ChildIdKitHandout(Base):
    """Child-ID kits handed out: a count only. The app stores no fingerprints, photos or child details here."""

    __tablename__ = "child_id_kit_handouts"

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id", ondelete="CASCADE"), index=True)
    count: Mapped[int]
    at: Mapped[datetime] = now_column()
    operator: Mapped[str] = mapped_column(String(120), default="")
    device: Mapped[str] = mapped_column(String(120), default="")


class Incident(Base):
    """An incident or a note at a station (a lost child, a first-aid case, a broken blower), and its resolution."""

    __tablename__ = "incidents"
    __table_args__ = (Index("ix_incidents_event_at", "event_id", "at"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    station_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stations.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(40), default="note")  # lost child | first aid | equipment | safety | note
    description: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = now_column()
    operator: Mapped[str] = mapped_column(String(120), default="")
    device: Mapped[str] = mapped_column(String(120), default="")
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = updated_column()
