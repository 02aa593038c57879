"""Stations in the park: the list organizers edit (the stations area adds status, schedules, tallies, waivers)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from nightout_desk.models import Station
from nightout_desk.services import audit
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound


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


def _info(st: Station) -> StationInfo:
    return StationInfo(st.id, st.name, st.kind, st.location, st.status, st.status_reason, st.opens_at, st.closes_at,
                       st.capacity, st.needs_waiver, st.sort_order)


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
    desk.require("organizer", doing="add a station")
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
    desk.require("organizer", doing="rename a station")
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
