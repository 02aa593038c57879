"""Incidents and notes at stations (a lost child, a first-aid case, a broken bounce-house blower)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from nightout_desk import clock
from nightout_desk.models import Incident, Station
from nightout_desk.services import audit
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound

KINDS = ("lost child", "first aid", "equipment", "safety", "weather", "note")


@dataclass(frozen=True)
class IncidentInfo:
    id: uuid.UUID
    at: datetime
    station_name: str  # "" when not at a station
    kind: str
    description: str
    operator: str
    resolved_at: datetime | None
    resolution: str

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None and self.kind != "note"


def report(desk: Desk, kind: str, description: str, station_id: uuid.UUID | None = None) -> IncidentInfo:
    kind = kind.strip().lower()
    if kind not in KINDS:
        raise InvalidInput(f"Choose what happened: {', '.join(KINDS)}.")
    description = description.strip()
    if not description:
        raise InvalidInput("Write a few words about what happened (who, where, what was done).")
    with desk.db.write() as s:
        name = ""
        if station_id is not None:
            st = s.get(Station, station_id)
            if st is None or st.event_id != desk.event_id:
                raise NotFound("That station is not in this event.")
            name = st.name
        row = Incident(event_id=desk.event_id, station_id=station_id, kind=kind, description=description,
                       at=clock.now(), operator=desk.operator, device=desk.device, resolution="")
        s.add(row)
        s.flush()
        audit.record(s, desk, "incident recorded", entity="incident", entity_id=row.id,
                     summary=f"{kind}{' at ' + name if name else ''}: {description[:200]}")
        return IncidentInfo(row.id, row.at, name, kind, description, row.operator, None, "")


def resolve(desk: Desk, incident_id: uuid.UUID, resolution: str) -> IncidentInfo:
    resolution = resolution.strip()
    if not resolution:
        raise InvalidInput("Write how it was resolved (e.g. “reunited with mother at the info booth”).")
    with desk.db.write() as s:
        row = s.get(Incident, incident_id, with_for_update=True)
        if row is None or row.event_id != desk.event_id:
            raise NotFound("That incident is not in this event.")
        if row.resolved_at is not None:
            raise Conflict("That incident was already marked resolved.")
        row.resolved_at, row.resolution = clock.now(), resolution
        st = s.get(Station, row.station_id) if row.station_id else None
        audit.record(s, desk, "incident resolved", entity="incident", entity_id=row.id, summary=resolution[:200])
        return IncidentInfo(row.id, row.at, st.name if st else "", row.kind, row.description, row.operator,
                            row.resolved_at, row.resolution)


def list_incidents(desk: Desk, station_id: uuid.UUID | None = None) -> list[IncidentInfo]:
    with desk.db.read() as s:
        q = (select(Incident, Station.name).outerjoin(Station, Station.id == Incident.station_id)
             .where(Incident.event_id == desk.event_id))
        if station_id is not None:
            q = q.where(Incident.station_id == station_id)
        return [IncidentInfo(i.id, i.at, name or "", i.kind, i.description, i.operator, i.resolved_at, i.resolution)
                for i, name in s.execute(q.order_by(Incident.at.desc()))]
