"""What a service-hours letter says: the volunteer, the event, the stations and the verified hours, line by line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from nightout_desk import clock
from nightout_desk.services import events, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import NotFound
from nightout_desk.services.volunteers import hours as volunteer_hours
from nightout_desk.services.volunteers import roster as volunteers


@dataclass(frozen=True)
class HoursLine:
    station: str
    clock_in: datetime
    clock_out: datetime | None
    hours: float
    verified: bool
    note: str  # "corrected by an organizer", "left open — under review", ...


@dataclass(frozen=True)
class HoursLetter:
    volunteer_name: str
    organization: str
    badge_code: str
    is_minor: bool
    event_name: str
    event_date: date
    place: str
    town: str
    stations: tuple[str, ...]
    verified_hours: float
    unverified_hours: float
    lines: tuple[HoursLine, ...]
    signer: str
    written_on: date


def _note(w: volunteer_hours.WorkedStretch) -> str:
    if w.flagged:
        return "left open: under review"
    if w.is_open:
        return "on duty now"
    if w.source == "correction":
        return "corrected by an organizer"
    if w.source == "manual":
        return "entered by an organizer"
    return ""


def letters(desk: Desk, volunteer_code: str | None = None, signer: str | None = None) -> list[HoursLetter]:
    """One letter per volunteer with verified hours (or just the one asked for, whatever their hours), by last name.

    `signer` is printed under the signature line; None means the operator at this desk, "" leaves it to sign by hand.
    """
    permissions.require(desk, "volunteers.hours_letters")
    event = events.get_event(desk.db, desk.event_id)
    wanted = None
    if volunteer_code:
        found = volunteers.find_by_badge(desk, volunteer_code)
        if found is None:
            raise NotFound(f"No volunteer has the badge {volunteer_code}.")
        wanted = found.id
    roster = {v.id: v for v in volunteers.roster(desk)}
    out = []
    for h in volunteer_hours.hours_by_volunteer(desk):
        if (wanted and h.volunteer_id != wanted) or (not wanted and h.verified_hours <= 0):
            continue
        v = roster[h.volunteer_id]
        lines = tuple(HoursLine(w.station_name, w.clock_in, w.clock_out, round(w.hours, 2), w.verified, _note(w))
                      for w in h.stretches)
        out.append(HoursLetter(v.full_name, v.organization, v.badge_code, v.is_minor, event.name, event.date,
                               event.place, event.town, h.stations, h.verified_hours, h.unverified_hours, lines,
                               desk.operator if signer is None else signer, clock.local(clock.now()).date()))
    return out
