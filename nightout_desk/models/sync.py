"""What a laptop remembers of merging with others (sync_peers) and what the merge rules listed for the organizers
(sync_conflicts). Written only by services/sync."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from nightout_desk.models.base import Base, event_fk, uuid_pk


class SyncPeer(Base):
    """When this database last took in another one's rows of the event (`device` merged `peer`, or the other way
    round: the pair is what counts). Local bookkeeping: never copied by a merge."""

    __tablename__ = "sync_peers"
    __table_args__ = (UniqueConstraint("event_id", "device", "peer"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    device: Mapped[str] = mapped_column(String(120))  # the laptop that ran the merge
    peer: Mapped[str] = mapped_column(String(120))  # the other side: another laptop, or "hub"
    last_merged_at: Mapped[datetime]  # when that merge began


class SyncConflict(Base):
    """Something two laptops did while apart that an organizer should look at. The id is derived from what it is
    about, so two laptops finding the same conflict write the same row."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_event_resolved", "event_id", "resolved"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    kind: Mapped[str] = mapped_column(String(40))  # "checked in twice", "edited on two laptops", ...
    table_name: Mapped[str] = mapped_column(String(40), default="")
    row_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # what it is about (the household, the check-in undone)
    other_row_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # the other one of a pair (a possible duplicate)
    summary: Mapped[str] = mapped_column(Text, default="")  # one sentence for the list
    winner: Mapped[str] = mapped_column(Text, default="")  # what stands, in words
    loser: Mapped[str] = mapped_column(Text, default="")  # what was set aside, in words
    loser_values: Mapped[str] = mapped_column(Text, default="")  # JSON of the version set aside (edits)
    winner_device: Mapped[str] = mapped_column(String(120), default="")
    winner_at: Mapped[datetime | None]
    loser_device: Mapped[str] = mapped_column(String(120), default="")
    loser_at: Mapped[datetime | None]
    resolved: Mapped[bool] = mapped_column(default=False)
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str] = mapped_column(String(120), default="")
