"""Events (one town's night each), their neighbourhood list, operators and event-wide settings."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from nightout_desk.db import Database
from nightout_desk.models import Event, EventSetting, Neighbourhood, Station
from nightout_desk.services import audit, permissions
from nightout_desk.services.characters import require_text
from nightout_desk.services.context import ROLES, Desk
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.event_list import (  # noqa: F401 - the events, read without the ORM, handed on
    EventInfo,
    default_event,
    get_event,
    list_events,
    pick_event,
)
from nightout_desk.services.operators import accounts, accounts_exist, copy_accounts, sign_in
from nightout_desk.text import fold

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
DEMO_MARK = "(demo)"  # the end of every demo event's name: "Riverside National Night Out 2026 (demo)"
NAMES_LOCK = 0x4E4F5545  # PostgreSQL advisory lock held while an event's name is chosen ("NOUE")


@dataclass(frozen=True)
class NeighbourhoodInfo:
    name: str
    zip_codes: tuple[str, ...]


def _info(e: Event) -> EventInfo:
    return EventInfo(e.id, e.name, e.date, e.place, e.town, e.starts_at, e.ends_at, e.is_demo)


def _check_hhmm(value: str, label: str) -> str:
    parts = value.strip().split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or \
            not (0 <= int(parts[0]) < 24 and 0 <= int(parts[1]) < 60):
        raise InvalidInput(f"{label} must be a time like 17:00, not “{value}”.")
    return f"{int(parts[0]):02d}:{int(parts[1]):02d}"


def create_event(db: Database, *, name: str, on: date, place: str = "", town: str = "", starts_at: str = "17:00",
                 ends_at: str = "21:00", neighbourhoods: list[tuple[str, str]] | None = None,
                 stations: bool = True, demo: bool = False, operator: str = "Setup", role: str = "organizer",
                 device: str = "Laptop") -> EventInfo:
    """Create an event with the default stations and an optional neighbourhood list [(name, 'zip zip')]. No one is
    checked here: the set-up (no desk yet) and the demo call it; a desk creates one through `new_event`. A demo
    event is marked and named "… (demo)" ("… (demo 2)" when that is taken); any other name must be free."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("The event needs a name, e.g. “Riverside National Night Out 2026”.")
    require_text({"name": name, "place": place, "town": town}, {"name": "event's name"})
    starts_at, ends_at = _check_hhmm(starts_at, "The start time"), _check_hhmm(ends_at, "The end time")
    items = _checked_neighbourhoods(neighbourhoods or [])
    with db.write() as s:
        _hold_names(s, db)
        name = _demo_name(s, name) if demo else _free_name(s, name)
        event = Event(name=name, date=on, place=place.strip(), town=town.strip(), starts_at=starts_at, ends_at=ends_at,
                      is_demo=demo)
        s.add(event)
        s.flush()
        for n, zips in items:
            s.add(Neighbourhood(event_id=event.id, name=n, zip_codes=zips))
        if stations:
            for i, (sname, kind, waiver) in enumerate(DEFAULT_STATIONS):
                s.add(Station(event_id=event.id, name=sname, kind=kind, needs_waiver=waiver, sort_order=i))
        desk = Desk(db, event.id, operator, role, device)
        copy_accounts(s, event)  # organizers and lieutenants belong to the department, not to one night
        audit.record(s, desk, "event created", entity="event", entity_id=event.id, summary=event.name)
        return _info(event)


def new_event(desk: Desk, *, name: str, on: date, place: str = "", town: str = "", starts_at: str = "",
              ends_at: str = "", neighbourhoods: list[tuple[str, str]] | None = None) -> EventInfo:
    """An organizer at a desk creates the next real event (File › New event…, `nightout-desk events new`); its
    times, unless given, follow the desk's event; its accounts are the department's (copied)."""
    permissions.require(desk, "event.create")
    current = get_event(desk.db, desk.event_id)
    return create_event(desk.db, name=name, on=on, place=place, town=town, starts_at=starts_at or current.starts_at,
                        ends_at=ends_at or current.ends_at, neighbourhoods=neighbourhoods, operator=desk.operator,
                        role=desk.role, device=desk.device)


def desk_at(desk: Desk, event_id: uuid.UUID) -> Desk:
    """The same person at the same laptop, working on another event (File › Switch event…): an organizer or
    lieutenant keeps the role only when that event's accounts give it to them, else works there as a volunteer (a
    database with no account at all has no one to check against, as at its set-up: the role stays)."""
    moved = Desk(desk.db, event_id, desk.operator, "volunteer", desk.device)
    if desk.role == "volunteer":
        return moved
    if not accounts_exist(desk.db):
        return moved.with_operator(desk.operator, desk.role)
    held = next((a for a in accounts(moved) if a.name == desk.operator and a.locked_until is None), None)
    keeps = held is not None and ROLES.index(held.role) >= ROLES.index(desk.role)
    return moved.with_operator(desk.operator, desk.role) if keeps else moved


def _hold_names(s: Session, db: Database) -> None:
    """Two laptops wired to one PostgreSQL database choosing a name at the same moment take turns (SQLite's writers
    already do: BEGIN IMMEDIATE)."""
    if not db.is_sqlite:
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": NAMES_LOCK})


def _holder(s: Session, name: str, *, other_than: uuid.UUID | None = None) -> Event | None:
    """The event already called `name`, compared folded (“Night Out” is “night  out” is “Night Oüt”)."""
    key = fold(name)
    return next((e for e in s.scalars(select(Event).order_by(Event.created_at))
                 if e.id != other_than and fold(e.name) == key), None)


def _free_name(s: Session, name: str, *, other_than: uuid.UUID | None = None) -> str:
    if len(name) > 200:
        raise InvalidInput("That event name is too long (200 characters at most).")
    if fold(name).endswith(DEMO_MARK):
        raise InvalidInput(f"“{DEMO_MARK}” at the end of a name marks the demo's events: leave it out.")
    holder = _holder(s, name, other_than=other_than)
    if holder is not None:
        raise InvalidInput(f"There is already an event called “{holder.name}” ({_info(holder).day}): give this one "
                           f"another name, e.g. with its year or park.")
    return name


def _demo_name(s: Session, name: str) -> str:
    base = name.removesuffix(DEMO_MARK).strip()[:180]
    candidate, n = f"{base} {DEMO_MARK}", 1
    while _holder(s, candidate) is not None:  # the demo made again: "… (demo 2)"
        n += 1
        candidate = f"{base} (demo {n})"
    return candidate


def _checked_neighbourhoods(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """[(name, 'zip zip')] cleaned: names trimmed, blank ones dropped; refused when a name comes twice."""
    cleaned = [(" ".join(n.split()), " ".join(z.split())) for n, z in items if n.strip()]
    seen: set[str] = set()
    for n, _ in cleaned:
        if fold(n) in seen:
            raise InvalidInput(f"“{n}” is in the neighbourhood list twice: each may appear only once.")
        if len(n) > 120:
            raise InvalidInput(f"The neighbourhood name “{n[:40]}…” is too long (120 characters at most).")
        seen.add(fold(n))
    return cleaned


def latest_event(db: Database) -> EventInfo | None:
    """The latest real event by date, else the latest demo: a demo is never the default once a real event exists."""
    return default_event(db)


def previous_event(db: Database, event_id: uuid.UUID) -> EventInfo | None:
    """The last event held before this one (for the year-over-year comparison): a real event's is real, a demo's a
    demo."""
    current = get_event(db, event_id)
    with db.read() as s:
        e = s.scalars(select(Event).where(Event.date < current.date, Event.is_demo == current.is_demo)
                      .order_by(Event.date.desc()).limit(1)).first()
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
            if key == "name":
                value = " ".join(str(value).split())
                if not value:
                    raise InvalidInput("The event needs a name.")
                if fold(value) != fold(event.name):  # renamed: the new name must be free (a demo keeps its mark)
                    _hold_names(s, desk.db)
                    if event.is_demo and (holder := _holder(s, value, other_than=event.id)) is not None:
                        raise InvalidInput(f"There is already an event called “{holder.name}”.")
                    value = value if event.is_demo else _free_name(s, value, other_than=event.id)
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
