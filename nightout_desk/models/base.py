"""Declarative base with named constraints (SQLite batch migrations need names), UUID keys and UTC times."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKey, MetaData, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from nightout_desk import clock

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator):
    """Stored as naive UTC (SQLite keeps no zone), always handed back as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:  # noqa: ANN001
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use nightout_desk.clock.now()")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:  # noqa: ANN001
        return value.replace(tzinfo=UTC) if value is not None else None


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {uuid.UUID: Uuid, datetime: UtcDateTime}


def uuid_pk() -> Mapped[uuid.UUID]:
    return mapped_column(primary_key=True, default=uuid.uuid4)


def event_fk() -> Mapped[uuid.UUID]:
    """Every row belongs to an event, so one database holds many years."""
    return mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)


def now_column() -> Mapped[datetime]:
    return mapped_column(default=clock.now)


def updated_column() -> Mapped[datetime]:
    """When the row was last changed: set on insert and on every UPDATE that does not set it itself. A merge of two
    laptops' files keeps the later version of a row edited in place by it (services/sync, last writer wins)."""
    return mapped_column(default=clock.now, onupdate=clock.now)
