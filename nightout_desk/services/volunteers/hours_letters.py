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
from nightout_desk.services.volunteers.hours import NO_STATION
from nightout_desk.services.wording.language import desk_language
from nightout_desk.services.wording.words import Words


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
    words: Words = Words()  # the event's language


def _station(name: str, words: Words) -> str:
    return words("hours.no_shift") if name == NO_STATION else name


def _note(w: volunteer_hours.WorkedStretch, words: Words) -> str:
    if w.flagged:
        return words("hours.under_review")
    if w.is_open:
        return words("hours.on_duty")
    if w.source == "correction":
        return words("hours.corrected")
    if w.source == "manual":
        return words("hours.entered")
    return ""


def letters(desk: Desk, volunteer_code: str | None = None, signer: str | None = None) -> list[HoursLetter]:
    """One letter per volunteer with verified hours (or just the one asked for, whatever their hours), by last name.

    `signer` is printed under the signature line; None means the operator at this desk, "" leaves it to sign by hand.
    """
    permissions.require(desk, "volunteers.hours_letters")
    event = events.get_event(desk.db, desk.event_id)
    words = Words(desk_language(desk))
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
        lines = tuple(HoursLine(_station(w.station_name, words), w.clock_in, w.clock_out, round(w.hours, 2),
                                w.verified, _note(w, words)) for w in h.stretches)
        out.append(HoursLetter(v.full_name, v.organization, v.badge_code, v.is_minor, event.name, event.date,
                               event.place, event.town, tuple(_station(n, words) for n in h.stations),
                               h.verified_hours, h.unverified_hours, lines,
                               desk.operator if signer is None else signer, clock.local(clock.now()).date(),
                               words))
    return out
