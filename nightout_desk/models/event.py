"""The event (one town's Night Out), its neighbourhood list, and who is at the keyboard."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nightout_desk.models.base import Base, event_fk, now_column, updated_column, uuid_pk


class Event(Base):
    __tablename__ = "events"

    id: Mapped[uuid.UUID] = uuid_pk()
    name: Mapped[str] = mapped_column(String(200))
    date: Mapped[date]
    place: Mapped[str] = mapped_column(String(200), default="")
    town: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[str] = mapped_column(String(5), default="17:00")  # local wall-clock "HH:MM"
    ends_at: Mapped[str] = mapped_column(String(5), default="21:00")
    is_demo: Mapped[bool] = mapped_column(default=False)  # `nightout-desk demo` made it
    created_at: Mapped[datetime] = now_column()
    updated_at: Mapped[datetime] = updated_column()


class Neighbourhood(Base):
    """The town's configurable list; households may still type free text."""

    __tablename__ = "neighbourhoods"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    name: Mapped[str] = mapped_column(String(120))
    zip_codes: Mapped[str] = mapped_column(String(200), default="")  # space-separated ZIPs that map here
    updated_at: Mapped[datetime] = updated_column()


class Operator(Base):
    """Who is at the desk: a name and a role. Organizers and lieutenants are accounts with a PIN (an Argon2id hash,
    never the PIN itself; services/operators.py); a volunteer's row has none. A removed account keeps its row (the
    log names it), without a PIN and with `removed_at` set."""

    __tablename__ = "operators"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20), default="volunteer")  # volunteer | organizer | lieutenant
    pin_hash: Mapped[str] = mapped_column(String(200), default="")  # "" = no account (a volunteer)
    failed_pins: Mapped[int] = mapped_column(default=0)  # wrong PINs in a row; five lock the account
    locked_until: Mapped[datetime | None]
    removed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = now_column()
    updated_at: Mapped[datetime] = updated_column()


class EventSetting(Base):
    """Event-wide settings shared by all laptops (receipt wording, waiver text, ...): a key and a text value."""

    __tablename__ = "event_settings"
    __table_args__ = (UniqueConstraint("event_id", "key"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = updated_column()
