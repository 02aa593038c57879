"""Stations in the park: the list organizers edit, their details, and their status (open / paused / closed).

Schedules, tallies, waivers and incidents live in their own modules (station_schedule, station_tallies, waivers,
incidents); the station board's snapshot in station_board."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from nightout_desk import clock
from nightout_desk.models import Station, StationStatusChange
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound

SETTING_UP, OPEN, PAUSED, CLOSED = "setting up", "open", "paused", "closed"
STATUSES = (SETTING_UP, OPEN, PAUSED, CLOSED)
STATUS_LABELS = {SETTING_UP: "Setting up", OPEN: "Open", PAUSED: "Paused", CLOSED: "Closed"}
PAUSE_REASONS = ("Weather", "K-9 resting", "Refilling the tank", "Short of volunteers", "Equipment problem", "Break")
KINDS = {
    "check-in": "Check-in table", "dunk-tank": "Dunk tank", "k9": "K-9 demonstration",
    "fingerprinting": "Fingerprinting / child ID kits", "equipment": "Equipment display",
    "bounce-house": "Bounce house", "crafts": "Arts and crafts", "music": "Music / DJ", "giveaways": "Giveaways",
    "food": "Food", "first-aid": "First aid", "information": "Information", "other": "Other",
}
DETAILS = ("kind", "location", "opens_at", "closes_at", "capacity", "needs_waiver", "description")


@dataclass(frozen=True)
class StationInfo:
    id: uuid.UUID
    name: str
    kind: str
    location: str
    status: str
    status_reason: str
    opens_at: str
    closes_at: str
    capacity: int | None
    needs_waiver: bool
    sort_order: int
    description: str = ""

    @property
    def status_text(self) -> str:
        """The status in words, with the reason of a pause: "Paused — weather"."""
        label = STATUS_LABELS.get(self.status, self.status.capitalize())
        return f"{label} — {self.status_reason}" if self.status_reason else label


def _info(st: Station) -> StationInfo:
    return StationInfo(st.id, st.name, st.kind, st.location, st.status, st.status_reason, st.opens_at, st.closes_at,
                       st.capacity, st.needs_waiver, st.sort_order, st.description)


def list_stations(desk: Desk) -> list[StationInfo]:
    with desk.db.read() as s:
        rows = s.scalars(select(Station).where(Station.event_id == desk.event_id)
                         .order_by(Station.sort_order, Station.name))
        return [_info(st) for st in rows]


def get_station(desk: Desk, station_id: uuid.UUID) -> StationInfo:
    with desk.db.read() as s:
        st = s.get(Station, station_id)
        if st is None or st.event_id != desk.event_id:
            raise NotFound("That station is not in this event.")
        return _info(st)


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("A station needs a name, e.g. “Dunk tank”.")
    return name


def add_station(desk: Desk, name: str, kind: str = "other", needs_waiver: bool = False) -> StationInfo:
    permissions.require(desk, "stations.edit")
    name = _clean_name(name)
    with desk.db.write() as s:
        taken = s.scalar(select(func.count()).select_from(Station).where(
            Station.event_id == desk.event_id, func.lower(Station.name) == name.lower()))
        if taken:
            raise Conflict(f"There is already a station called “{name}”.")
        last = s.scalar(select(func.max(Station.sort_order)).where(Station.event_id == desk.event_id)) or 0
        st = Station(event_id=desk.event_id, name=name, kind=kind, needs_waiver=needs_waiver, sort_order=last + 1)
        s.add(st)
        s.flush()
        audit.record(s, desk, "station added", entity="station", entity_id=st.id, summary=name)
        return _info(st)


def rename_station(desk: Desk, station_id: uuid.UUID, name: str) -> StationInfo:
    permissions.require(desk, "stations.edit")
    name = _clean_name(name)
    with desk.db.write() as s:
        st = s.get(Station, station_id, with_for_update=True)
        if st is None or st.event_id != desk.event_id:
            raise NotFound("That station is not in this event.")
        taken = s.scalar(select(func.count()).select_from(Station).where(
            Station.event_id == desk.event_id, func.lower(Station.name) == name.lower(), Station.id != station_id))
        if taken:
            raise Conflict(f"There is already a station called “{name}”.")
        old = st.name
        st.name = name
        audit.record(s, desk, "station renamed", entity="station", entity_id=st.id, before={"name": old},
                     after={"name": name})
        return _info(st)


def _station_for_update(s, desk: Desk, station_id: uuid.UUID) -> Station:  # noqa: ANN001 - a Session
    st = s.get(Station, station_id, with_for_update=True)
    if st is None or st.event_id != desk.event_id:
        raise NotFound("That station is not in this event.")
    return st


def _hhmm(value: str, label: str) -> str:
    value = value.strip()
    if not value:
        return ""
    parts = value.replace(".", ":").split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or \
            not (0 <= int(parts[0]) < 24 and 0 <= int(parts[1]) < 60):
        raise InvalidInput(f"{label} must be a time like 18:30, not “{value}”.")
    return f"{int(parts[0]):02d}:{int(parts[1]):02d}"


def update_station(desk: Desk, station_id: uuid.UUID, **fields) -> StationInfo:
    """Change a station's details: kind, location, opening hours, capacity, whether it needs a waiver, notes."""
    permissions.require(desk, "stations.edit")
    clean: dict = {}
    for key, value in fields.items():
        if key not in DETAILS:
            raise InvalidInput(f"Unknown station field {key}.")
        if key in ("opens_at", "closes_at"):
            value = _hhmm(str(value or ""), "The opening time" if key == "opens_at" else "The closing time")
        elif key == "capacity":
            if value in (None, "", 0):
                value = None
            else:
                try:
                    value = int(value)
                except (TypeError, ValueError):
                    raise InvalidInput("The capacity must be a whole number of people.") from None
                if value < 0:
                    raise InvalidInput("The capacity cannot be negative.")
        elif key == "needs_waiver":
            value = bool(value)
        elif key == "kind":
            value = str(value) if value in KINDS else "other"
        else:
            value = " ".join(str(value).split()) if key != "description" else str(value).strip()
        clean[key] = value
    with desk.db.write() as s:
        st = _station_for_update(s, desk, station_id)
        old = {k: getattr(st, k) for k in clean}
        for key, value in clean.items():
            setattr(st, key, value)
        before, after = audit.changes(old, clean)
        if after:
            audit.record(s, desk, "station edited", entity="station", entity_id=st.id, summary=st.name,
                         before=before, after=after)
        return _info(st)


def set_status(desk: Desk, station_id: uuid.UUID, status: str, reason: str = "") -> StationInfo:
    """Open, pause (with a reason such as "weather"), close or set up a station; the change is kept in its history."""
    if status not in STATUSES:
        raise InvalidInput(f"Unknown station status “{status}”.")
    reason = " ".join(reason.split())
    if status == PAUSED and not reason:
        raise InvalidInput("Say why the station is paused (for example “weather” or “K-9 resting”), so the info "
                           "booth can tell families.")
    if status != PAUSED:
        reason = reason if status == CLOSED else ""
    with desk.db.write() as s:
        st = _station_for_update(s, desk, station_id)
        if st.status == status and st.status_reason == reason:
            return _info(st)
        old = {"status": st.status, "reason": st.status_reason}
        st.status, st.status_reason = status, reason
        s.add(StationStatusChange(event_id=desk.event_id, station_id=st.id, status=status, reason=reason,
                                  at=clock.now(), operator=desk.operator, device=desk.device))
        audit.record(s, desk, "station status changed", entity="station", entity_id=st.id,
                     summary=f"{st.name}: {STATUS_LABELS[status]}" + (f" — {reason}" if reason else ""),
                     before=old, after={"status": status, "reason": reason})
        return _info(st)


@dataclass(frozen=True)
class StatusChange:
    at: datetime
    status: str
    reason: str
    operator: str
    device: str


def status_history(desk: Desk, station_id: uuid.UUID) -> list[StatusChange]:
    with desk.db.read() as s:
        rows = s.scalars(select(StationStatusChange).where(StationStatusChange.event_id == desk.event_id,
                                                           StationStatusChange.station_id == station_id)
                         .order_by(StationStatusChange.at))
        return [StatusChange(r.at, r.status, r.reason, r.operator, r.device) for r in rows]
