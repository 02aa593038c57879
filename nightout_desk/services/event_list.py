"""The events in a database, read with plain SQL: the window's start reads them before the ORM is loaded (the start
path stays light, docs/performance.md). services/events.py hands these on; everything that changes events is there."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Boolean, Date, Uuid, bindparam, text

from nightout_desk.db import Database
from nightout_desk.services.errors import InvalidInput, NotFound
from nightout_desk.text import fold


@dataclass(frozen=True)
class EventInfo:
    id: uuid.UUID
    name: str
    date: date
    place: str
    town: str
    starts_at: str
    ends_at: str
    is_demo: bool = False

    @property
    def title(self) -> str:
        return f"{self.name} — {self.day}"

    @property
    def day(self) -> str:
        return f"{self.date:%A}, {self.date:%B} {self.date.day}, {self.date.year}"


_COLUMNS = "SELECT id, name, date, place, town, starts_at, ends_at, is_demo FROM events"
_TYPES = {"id": Uuid(), "date": Date(), "is_demo": Boolean()}
_ALL = text(f"{_COLUMNS} ORDER BY date DESC, created_at DESC").columns(**_TYPES)
_ONE = text(f"{_COLUMNS} WHERE id = :id").bindparams(bindparam("id", type_=Uuid())).columns(**_TYPES)


def list_events(db: Database) -> list[EventInfo]:
    """Every event, the latest first."""
    with db.connect() as conn:
        return [EventInfo(*row) for row in conn.execute(_ALL)]


def get_event(db: Database, event_id: uuid.UUID) -> EventInfo:
    with db.connect() as conn:
        row = conn.execute(_ONE, {"id": event_id}).first()
    if row is None:
        raise NotFound("That event is not in this database.")
    return EventInfo(*row)


def default_event(db: Database, remembered: uuid.UUID | None = None) -> EventInfo | None:
    """The event to open when none is named: the one this laptop opened last (`remembered`, LaptopSettings
    .last_event) if this database holds it and it is real or no real event exists; else the latest real event; else
    the latest demo; None on an empty database."""
    known = list_events(db)
    real = [e for e in known if not e.is_demo]
    last = next((e for e in known if e.id == remembered), None)
    if last is not None and (real == [] or not last.is_demo):
        return last
    return (real or known or [None])[0]


def pick_event(known: Sequence[EventInfo], wanted: str, *, nowhere: str) -> EventInfo:
    """The one event `wanted` names — its id, or its name compared folded — among `known`. None: NotFound with the
    sentence `nowhere`; several (two laptops' events of one name met in a merge): InvalidInput listing them."""
    key = fold(wanted)
    hits = [e for e in known if wanted.strip().lower() in (str(e.id), e.id.hex) or fold(e.name) == key]
    if not hits:
        raise NotFound(nowhere)
    if len(hits) > 1:
        which = "; ".join(f"{e.day}, {e.place or 'no place set'}, id {e.id}" for e in hits)
        raise InvalidInput(f"{len(hits)} events are called “{hits[0].name}” ({which}): name one by its id.")
    return hits[0]
