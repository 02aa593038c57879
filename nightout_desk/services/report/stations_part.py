"""The report's stations part: participation per station, waivers, child-ID kits, demonstrations and incidents."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.models import ChildIdKitHandout, Demonstration, Incident, Station, Tally, Waiver
from nightout_desk.services.context import Desk
from nightout_desk.services.report.model import EN, IncidentLine, StationLine, Stations
from nightout_desk.services.stations.stations import PAUSED, STATUS_LABELS
from nightout_desk.services.wording.words import Words

NOTE = "note"


def _sums(s: Session, column, station_column, event_column, event_id, *where) -> dict:  # noqa: ANN001
    rows = s.execute(select(station_column, column).where(event_column == event_id, *where).group_by(station_column))
    return {sid: int(n or 0) for sid, n in rows}


def stations(desk: Desk, s: Session, w: Words = EN) -> Stations | None:
    """None when no station has counted anybody, recorded a waiver or handed out a kit; statuses in `w`'s language
    (a pause reason from the app's list too, one typed as typed)."""
    e = desk.event_id
    tallies = _sums(s, func.sum(Tally.count), Tally.station_id, Tally.event_id, e)
    scans = _sums(s, func.sum(Tally.count), Tally.station_id, Tally.event_id, e, Tally.method == "scan")
    kits = _sums(s, func.sum(ChildIdKitHandout.count), ChildIdKitHandout.station_id, ChildIdKitHandout.event_id, e)
    waivers = _sums(s, func.count(Waiver.id), Waiver.station_id, Waiver.event_id, e)
    # notes are not incidents: the front page counts incidents the same way
    incidents = _sums(s, func.count(Incident.id), Incident.station_id, Incident.event_id, e, Incident.kind != NOTE)
    if not any(tallies.values()) and not any(kits.values()) and not any(waivers.values()):
        return None
    lines = []
    for st in s.scalars(select(Station).where(Station.event_id == e).order_by(Station.sort_order, Station.name)):
        label = w.label(f"status.{st.status}", STATUS_LABELS.get(st.status, st.status))
        reason = w.label(f"reason.{st.status_reason}", st.status_reason)
        status = f"{label} — {reason}" if reason else label
        station_waivers = waivers.get(st.id, 0) + (waivers.get(None, 0) if st.needs_waiver else 0)
        line = StationLine(st.name, status, tallies.get(st.id, 0), scans.get(st.id, 0), waivers.get(st.id, 0),
                           kits.get(st.id, 0), incidents.get(st.id, 0), st.status == PAUSED)
        if line.participants or line.kits or station_waivers or line.incidents or st.status != "setting up":
            lines.append(line)
    if waivers.get(None):
        lines.append(StationLine(w("group.all_activities"), "", 0, 0, waivers[None], 0, 0))
    if incidents.get(None):  # so that the Incidents column totals what the front page counts
        lines.append(StationLine(w("group.elsewhere"), "", 0, 0, 0, 0, incidents[None]))
    demos = Counter(s.scalars(select(Demonstration.cancelled).where(
        Demonstration.event_id == e, Demonstration.starts_at <= clock.now())))
    last = (w("group.all_activities"), w("group.elsewhere"))
    lines.sort(key=lambda x: (x.name in last, -x.participants, x.name.casefold()))
    return Stations(tuple(lines), demonstrations_held=demos.get(False, 0), demonstrations_cancelled=demos.get(True, 0))


def incidents(desk: Desk, s: Session) -> tuple[IncidentLine, ...]:
    rows = s.execute(select(Incident, Station.name).outerjoin(Station, Station.id == Incident.station_id)
                     .where(Incident.event_id == desk.event_id).order_by(Incident.at))
    return tuple(IncidentLine(clock.local(i.at), name or "", i.kind, i.description, i.operator,
                              i.resolved_at is not None, i.resolution) for i, name in rows)
