"""Stations in the park: the check-in table, dunk tank, K-9 demonstration, ... (made rich by the stations issue)."""

from __future__ import annotations

import uuid

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nightout_desk.models.base import Base, event_fk, uuid_pk


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
