"""What a scan means: one decision for the desk's scanner, the `nightout-desk scan` command and any screen.

A volunteer's badge ("V" + 7 characters) clocks its volunteer in or out; any other code is a family's ticket (ours, or
a registration platform's: Eventbrite's barcode, attendee or order number) that checks the family in — or, at a
station, counts one visit there. Nothing else is ever created: an unknown code is NOT FOUND and changes nothing.

It spans three areas (check-in, volunteers, stations), like `services/export.py`, so it sits above their packages.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from nightout_desk import clock
from nightout_desk.models import Volunteer
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.checkin.checkins import CheckInResult
from nightout_desk.services.codes import is_badge_code, pretty
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound
from nightout_desk.services.stations import stations, tallies
from nightout_desk.services.stations.tallies import TallyResult
from nightout_desk.services.stations.waivers import WaiverNeeded
from nightout_desk.services.volunteers import timeclock
from nightout_desk.services.volunteers.timeclock import ClockResult
from nightout_desk.text import compact_code, fold

CHECKED_IN = "checked in"
ALREADY_CHECKED_IN = "already checked in"
CLOCKED_IN = "clocked in"
CLOCKED_OUT = "clocked out"
ALREADY_CLOCKED = "already clocked"  # the same badge again within a minute: nothing written
TALLIED = "tallied"
ALREADY_TALLIED = "already tallied"  # the same ticket again at the same station within seconds: counted once
WAIVER_NEEDED = "waiver needed"  # nothing counted: a parent must sign first
NOT_FOUND = "not found"  # nothing changed
DONE = (CHECKED_IN, ALREADY_CHECKED_IN, CLOCKED_IN, CLOCKED_OUT, ALREADY_CLOCKED, TALLIED, ALREADY_TALLIED)


@dataclass(frozen=True)
class ScanOutcome:
    """What a scan did, with the one line to show (a banner, a terminal)."""

    status: str  # one of the constants above
    code: str  # the code as read (compact_code)
    message: str
    check_in: CheckInResult | None = None
    clock: ClockResult | None = None
    tally: TallyResult | None = None
    household_id: uuid.UUID | None = None  # the family the code belongs to (ticket scans)
    volunteer_id: uuid.UUID | None = None  # the volunteer (badge scans)

    @property
    def done(self) -> bool:
        """The scan was understood and did what it should (or had already): exit 0 on a terminal."""
        return self.status in DONE


def _people(adults: int, kids: int) -> str:
    return f"{adults} adult{'s' if adults != 1 else ''}, {kids} kid{'s' if kids != 1 else ''}"


def _station_id(desk: Desk, station: uuid.UUID | str) -> uuid.UUID:
    if isinstance(station, uuid.UUID):
        return station
    everything = stations.list_stations(desk)
    wanted = fold(station)
    for st in everything:
        if str(st.id) == station.strip() or fold(st.name) == wanted:
            return st.id
    names = ", ".join(st.name for st in everything) or "none yet"
    raise NotFound(f"No station called “{station.strip()}” in this event (the stations: {names}).")


def _not_found(code: str, shown: str, what: str) -> ScanOutcome:
    return ScanOutcome(NOT_FOUND, code, f"NOT FOUND: {shown} is not {what} of this event. Nothing was changed.")


def _clocked(code: str, r: ClockResult) -> ScanOutcome:
    v = r.volunteer
    who = f"{v.first_name} {v.last_name}"
    at = clock.hhmm(r.at)
    if r.repeated:
        line = f"ALREADY {r.status.removeprefix('already ').upper()} — {who} at {at} (the badge was scanned twice)"
        return ScanOutcome(ALREADY_CLOCKED, code, line, clock=r, volunteer_id=v.id)
    if r.clocked_in:
        line = f"CLOCKED IN — {who} at {at}" + (f" for {r.station}" if r.station else "")
        return ScanOutcome(CLOCKED_IN, code, line, clock=r, volunteer_id=v.id)
    line = f"CLOCKED OUT — {who} at {at} after {r.stretch_hours:.1f} h ({r.hours_tonight:.1f} h tonight)"
    return ScanOutcome(CLOCKED_OUT, code, line, clock=r, volunteer_id=v.id)


def _checked_in(code: str, r: CheckInResult) -> ScanOutcome:
    h, a = r.household, r.arrival
    if r.is_new:
        return ScanOutcome(CHECKED_IN, code, f"CHECKED IN — {h.display_name}: {_people(a.adults, a.kids)}",
                           check_in=r, household_id=h.id)
    who = f"{a.device} ({a.operator})" if a.operator else a.device
    return ScanOutcome(ALREADY_CHECKED_IN, code, f"ALREADY CHECKED IN — {h.display_name} at {clock.hhmm(a.at)} by "
                                                 f"{who}: {_people(a.adults, a.kids)}", check_in=r, household_id=h.id)


def _tallied(desk: Desk, code: str, station_id: uuid.UUID, household_id: uuid.UUID) -> ScanOutcome:
    h = households.get(desk, household_id)
    try:
        r = tallies.scan(desk, station_id, h.ticket_code)  # the kept household's own ticket: one tally path
    except WaiverNeeded as exc:
        return ScanOutcome(WAIVER_NEEDED, code, f"WAIVER NEEDED — {exc}", household_id=h.id)
    except Conflict as exc:  # the same ticket a moment ago at this station: it was counted once
        return ScanOutcome(ALREADY_TALLIED, code, f"ALREADY COUNTED — {exc}", household_id=h.id)
    return ScanOutcome(TALLIED, code, f"TALLIED — {h.family_name} at {r.station_name}: +1 (now {r.total})", tally=r,
                       household_id=h.id)


def route_scan(desk: Desk, code: str, *, adults: int | None = None, kids: int | None = None,
               station: uuid.UUID | str | None = None) -> ScanOutcome:
    """Do what scanning `code` at this desk means and say what happened.

    - a volunteer's badge: clock in or out (`timeclock.toggle`, a repeated scan within a minute changes nothing);
    - a family's ticket (ours or a registration platform's) with `station` (its id, or its name as typed): one visit
      counted there (`tallies.scan`: a waiver station refuses a family without a waiver; a ticket scanned twice within
      seconds counts once);
    - a family's ticket without `station`: checked in with `adults` / `kids` (None: the numbers they registered), or
      "already checked in" with when, where and by whom;
    - anything else: NOT_FOUND, nothing changed.
    Raises `InvalidInput` for an empty code or impossible counts, `NotFound` for an unknown station.
    """
    compact = compact_code(code)
    if not compact:
        raise InvalidInput("Scan a ticket or a badge, or type its code.")
    station_id = _station_id(desk, station) if station is not None else None
    if is_badge_code(compact):
        with desk.db.read() as s:
            volunteer_id = s.scalar(select(Volunteer.id).where(Volunteer.event_id == desk.event_id,
                                                               Volunteer.badge_code == compact))
        if volunteer_id is not None:
            return _clocked(compact, timeclock.toggle(desk, volunteer_id))
    with desk.db.read() as s:
        household_id = households.household_id_for_code(s, desk, compact)
    if household_id is None:
        if is_badge_code(compact):
            return _not_found(compact, compact, "a volunteer's badge")
        return _not_found(compact, pretty(compact), "a ticket or a badge")
    if station_id is not None:
        return _tallied(desk, compact, station_id, household_id)
    return _checked_in(compact, checkins.check_in(desk, household_id, adults=adults, kids=kids))
