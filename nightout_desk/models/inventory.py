"""Giveaway items and their append-only stock ledger (on hand is always the sum of the moves)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nightout_desk.models.base import Base, event_fk, now_column, updated_column, uuid_pk

RECEIVED, HANDED_OUT, ADJUSTED, COUNTED = "received", "handed out", "adjusted", "counted"


class GiveawayItem(Base):
    __tablename__ = "giveaway_items"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    name: Mapped[str] = mapped_column(String(120))  # "Bike helmet (youth)"
    category: Mapped[str] = mapped_column(String(80), default="")  # safety, school supplies, food, ...
    unit: Mapped[str] = mapped_column(String(40), default="each")  # each, bottle, pack
    low_stock_at: Mapped[int] = mapped_column(default=0)  # warn when on hand is at or below this
    limit_per_household: Mapped[int | None]  # None: no limit
    at_check_in: Mapped[bool] = mapped_column(default=True)  # offered on the check-in desk's hand-out panel
    sort_order: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = now_column()
    updated_at: Mapped[datetime] = updated_column()


class StockMove(Base):
    """One change of stock: + received, - handed out, +/- adjusted or counted. Never edited, never deleted."""

    __tablename__ = "stock_moves"
    __table_args__ = (Index("ix_stock_moves_event_item", "event_id", "item_id"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("giveaway_items.id"))
    kind: Mapped[str] = mapped_column(String(20))  # received | handed out | adjusted | counted
    quantity: Mapped[int]  # signed change of the on-hand quantity
    source: Mapped[str] = mapped_column(String(40), default="")  # received: donation | purchased | other
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"), index=True)
    station: Mapped[str] = mapped_column(String(120), default="")
    donation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("donations.id"))
    counted: Mapped[int | None]  # a physical count: what was on the shelf
    reason: Mapped[str] = mapped_column(String(400), default="")
    override: Mapped[bool] = mapped_column(default=False)  # an organizer allowed it past a limit or below zero
    at: Mapped[datetime] = now_column()
    operator: Mapped[str] = mapped_column(String(120), default="")
    device: Mapped[str] = mapped_column(String(120), default="")
