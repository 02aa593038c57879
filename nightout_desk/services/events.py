"""Events (one town's night each), their neighbourhood list, operators and event-wide settings."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from nightout_desk.db import Database
from nightout_desk.models import Event, EventSetting, Neighbourhood, Operator, Station
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput, NotFound
from nightout_desk.services.operators import copy_accounts, sign_in

DEFAULT_STATIONS = (
    # name, kind, needs a parent's waiver
    ("Check-in table", "check-in", False),
    ("Dunk tank", "dunk-tank", True),
    ("K-9 demonstration", "k9", False),
    ("Fingerprinting / child ID", "fingerprinting", False),
    ("Equipment display", "equipment", False),
    ("Bounce house", "bounce-house", True),
    ("Arts and crafts", "crafts", False),
    ("Music", "music", False),
    ("Giveaways", "giveaways", False),
    ("Food", "food", False),
    ("First aid", "first-aid", False),
    ("Information", "information", False),
)


@dataclass(frozen=True)
class EventInfo:
    id: uuid.UUID
    name: str
    date: date
    place: str
    town: str
    starts_at: str
    ends_at: str

    @property
    def title(self) -> str:
        return f"{self.name} — {self.date:%B} {self.date.day}, {self.date.year}"


@dataclass(frozen=True)
class NeighbourhoodInfo:
    name: str
    zip_codes: tuple[str, ...]


def _info(e: Event) -> EventInfo:
    return EventInfo(e.id, e.name, e.date, e.place, e.town, e.starts_at, e.ends_at)


def _check_hhmm(value: str, label: str) -> str:
    parts = value.strip().split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or \
            not (0 <= int(parts[0]) < 24 and 0 <= int(parts[1]) < 60):
        raise InvalidInput(f"{label} must be a time like 17:00, not “{value}”.")
    return f"{int(parts[0]):02d}:{int(parts[1]):02d}"


def create_event(db: Database, *, name: str, on: date, place: str = "", town: str = "", starts_at: str = "17:00",
                 ends_at: str = "21:00", neighbourhoods: list[tuple[str, str]] | None = None,
                 stations: bool = True, operator: str = "Setup", device: str = "Laptop") -> EventInfo:
    """Create an event with the default stations and an optional neighbourhood list [(name, 'zip zip')]."""
    name = name.strip()
    if not name:
        raise InvalidInput("The event needs a name, e.g. “Riverside National Night Out 2026”.")
    starts_at, ends_at = _check_hhmm(starts_at, "The start time"), _check_hhmm(ends_at, "The end time")
    with db.write() as s:
        event = Event(name=name, date=on, place=place.strip(), town=town.strip(), starts_at=starts_at, ends_at=ends_at)
        s.add(event)
        s.flush()
        for n, zips in neighbourhoods or []:
            s.add(Neighbourhood(event_id=event.id, name=n.strip(), zip_codes=" ".join(zips.split())))
        if stations:
            for i, (sname, kind, waiver) in enumerate(DEFAULT_STATIONS):
                s.add(Station(event_id=event.id, name=sname, kind=kind, needs_waiver=waiver, sort_order=i))
        desk = Desk(db, event.id, operator, "organizer", device)
        copy_accounts(s, event)  # organizers and lieutenants belong to the department, not to one night
        audit.record(s, desk, "event created", entity="event", entity_id=event.id, summary=event.name)
        return _info(event)


def list_events(db: Database) -> list[EventInfo]:
    with db.read() as s:
        return [_info(e) for e in s.scalars(select(Event).order_by(Event.date.desc(), Event.created_at.desc()))]


def get_event(db: Database, event_id: uuid.UUID) -> EventInfo:
    with db.read() as s:
        event = s.get(Event, event_id)
        if event is None:
            raise NotFound("That event is not in this database.")
        return _info(event)


def latest_event(db: Database) -> EventInfo | None:
    events = list_events(db)
    return events[0] if events else None


def previous_event(db: Database, event_id: uuid.UUID) -> EventInfo | None:
    """The last event held before this one (for the year-over-year comparison)."""
    current = get_event(db, event_id)
    with db.read() as s:
        e = s.scalars(select(Event).where(Event.date < current.date).order_by(Event.date.desc()).limit(1)).first()
        return _info(e) if e else None


def update_event(desk: Desk, **fields: str | date) -> EventInfo:
    permissions.require(desk, "event.edit")
    allowed = {"name", "date", "place", "town", "starts_at", "ends_at"}
    with desk.db.write() as s:
        event = s.get(Event, desk.event_id)
        old = {k: getattr(event, k) for k in allowed}
        for key, value in fields.items():
            if key not in allowed:
                raise InvalidInput(f"Unknown event field {key}.")
            if key in ("starts_at", "ends_at"):
                value = _check_hhmm(str(value), "The time")
            if key == "name" and not str(value).strip():
                raise InvalidInput("The event needs a name.")
            setattr(event, key, value)
        before, after = audit.changes(old, {k: getattr(event, k) for k in allowed})
        audit.record(s, desk, "event edited", entity="event", entity_id=event.id, before=before, after=after)
        return _info(event)


# --- neighbourhoods ---------------------------------------------------------------------------------------------

def neighbourhoods(desk: Desk) -> list[NeighbourhoodInfo]:
    with desk.db.read() as s:
        rows = s.scalars(select(Neighbourhood).where(Neighbourhood.event_id == desk.event_id)
                         .order_by(Neighbourhood.name))
        return [NeighbourhoodInfo(n.name, tuple(n.zip_codes.split())) for n in rows]


def set_neighbourhoods(desk: Desk, items: list[tuple[str, str]]) -> None:
    """Replace the town's neighbourhood list: [(name, 'zip zip ...')]. Households keep the text they have."""
    permissions.require(desk, "event.edit")
    names = [n.strip() for n, _ in items if n.strip()]
    if len({n.casefold() for n in names}) != len(names):
        raise InvalidInput("Each neighbourhood may appear only once in the list.")
    with desk.db.write() as s:
        for row in s.scalars(select(Neighbourhood).where(Neighbourhood.event_id == desk.event_id)):
            s.delete(row)
        s.flush()
        for n, zips in items:
            if n.strip():
                s.add(Neighbourhood(event_id=desk.event_id, name=n.strip(), zip_codes=" ".join(zips.split())))
        audit.record(s, desk, "neighbourhoods edited", entity="event", entity_id=desk.event_id,
                     summary=", ".join(names))


def neighbourhood_for_zip(desk: Desk, zip_code: str) -> str:
    zip_code = zip_code.strip()
    for n in neighbourhoods(desk):
        if zip_code and zip_code in n.zip_codes:
            return n.name
    return ""


# --- operators ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OperatorInfo:
    name: str
    role: str


def operators(desk: Desk) -> list[OperatorInfo]:
    with desk.db.read() as s:
        rows = s.scalars(select(Operator).where(Operator.event_id == desk.event_id).order_by(func.lower(Operator.name)))
        return [OperatorInfo(o.name, o.role) for o in rows]


def sign_in_operator(desk: Desk, name: str, role: str, pin: str = "") -> Desk:
    """Record who is at the keyboard and return the desk they work at; an organizer or lieutenant gives the PIN of
    their account (services/operators.py)."""
    return sign_in(desk, name, role, pin)


# --- event-wide settings ------------------------------------------------------------------------------------------

def get_setting(desk: Desk, key: str, default: str = "") -> str:
    with desk.db.read() as s:
        row = s.scalars(select(EventSetting).where(EventSetting.event_id == desk.event_id,
                                                   EventSetting.key == key)).first()
        return row.value if row else default


def set_setting(desk: Desk, key: str, value: str) -> None:
    permissions.require(desk, "event.edit")
    with desk.db.write() as s:
        row = s.scalars(select(EventSetting).where(EventSetting.event_id == desk.event_id,
                                                   EventSetting.key == key)).first()
        before = row.value if row else ""
        if row is None:
            s.add(EventSetting(event_id=desk.event_id, key=key, value=value))
        else:
            row.value = value
        audit.record(s, desk, "setting changed", entity="setting", summary=key,
                     before={key: before}, after={key: value})
