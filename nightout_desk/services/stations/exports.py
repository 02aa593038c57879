"""CSV export of the stations area: status changes, demonstrations, tallies, waivers, child-ID kit counts, incidents."""

from __future__ import annotations

from sqlalchemy import select

from nightout_desk.models import (
    ChildIdKitHandout,
    Demonstration,
    Household,
    Incident,
    Station,
    StationStatusChange,
    Tally,
    Waiver,
)
from nightout_desk.services.context import Desk
from nightout_desk.services.tables import Table


def _names(s, desk: Desk) -> dict:  # noqa: ANN001
    return dict(s.execute(select(Station.id, Station.name).where(Station.event_id == desk.event_id)).all())


def _status_changes(desk: Desk) -> Table:
    with desk.db.read() as s:
        names = _names(s, desk)
        rows = [[r.at, names.get(r.station_id, ""), r.status, r.reason, r.operator, r.device] for r in s.scalars(
            select(StationStatusChange).where(StationStatusChange.event_id == desk.event_id)
            .order_by(StationStatusChange.at))]
    return "station_status_changes", ["at", "station", "status", "reason", "operator", "device"], rows


def _demonstrations(desk: Desk) -> Table:
    with desk.db.read() as s:
        names = _names(s, desk)
        rows = [[d.starts_at, names.get(d.station_id, ""), d.title, d.minutes, d.cancelled] for d in s.scalars(
            select(Demonstration).where(Demonstration.event_id == desk.event_id).order_by(Demonstration.starts_at))]
    return "demonstrations", ["starts_at", "station", "title", "minutes", "cancelled"], rows


def _tallies(desk: Desk) -> Table:
    with desk.db.read() as s:
        names = _names(s, desk)
        rows = [[t.at, names.get(t.station_id, ""), t.count, t.method, code or "", t.operator, t.device]
                for t, code in s.execute(select(Tally, Household.ticket_code)
                                         .outerjoin(Household, Household.id == Tally.household_id)
                                         .where(Tally.event_id == desk.event_id).order_by(Tally.at))]
    return "station_tallies", ["at", "station", "count", "method", "ticket_code", "operator", "device"], rows


def _waivers(desk: Desk) -> Table:
    with desk.db.read() as s:
        names = _names(s, desk)
        rows = [[w.at, code, family, w.child_first_name, w.child_age, w.guardian_name, w.rules_read,
                 names.get(w.station_id, "All activities"), w.operator, w.device]
                for w, code, family in s.execute(select(Waiver, Household.ticket_code, Household.family_name)
                                                 .join(Household, Household.id == Waiver.household_id)
                                                 .where(Waiver.event_id == desk.event_id).order_by(Waiver.at))]
    return "waivers", ["at", "ticket_code", "family_name", "child_first_name", "child_age", "guardian_name",
                       "rules_read", "covers", "operator", "device"], rows


def _kits(desk: Desk) -> Table:
    with desk.db.read() as s:
        names = _names(s, desk)
        rows = [[k.at, names.get(k.station_id, ""), k.count, k.operator, k.device] for k in s.scalars(
            select(ChildIdKitHandout).where(ChildIdKitHandout.event_id == desk.event_id)
            .order_by(ChildIdKitHandout.at))]
    return "child_id_kits", ["at", "station", "kits", "operator", "device"], rows


def _incidents(desk: Desk) -> Table:
    with desk.db.read() as s:
        names = _names(s, desk)
        rows = [[i.at, names.get(i.station_id, ""), i.kind, i.description, i.operator, i.resolved_at or "",
                 i.resolution] for i in s.scalars(select(Incident).where(Incident.event_id == desk.event_id)
                                                  .order_by(Incident.at))]
    return "incidents", ["at", "station", "kind", "description", "operator", "resolved_at", "resolution"], rows


TABLES = (_status_changes, _demonstrations, _tallies, _waivers, _kits, _incidents)
