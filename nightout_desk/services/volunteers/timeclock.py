"""Clocking volunteers in and out: a badge scan toggles; organizers may set other times and correct entries.

History is append-only: a clock-out fills in the open entry's `clock_out`; any correction is a new entry that
supersedes the old one (the old row stays), and every change is in the audit log.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.models import Household, Shift, Station, TimeEntry, Volunteer
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound
from nightout_desk.services.volunteers import clock_order
from nightout_desk.services.volunteers import hours as volunteer_hours
from nightout_desk.services.volunteers.roster import VolunteerInfo, info
from nightout_desk.services.volunteers.shifts import current_shift_for
from nightout_desk.text import compact_code

CLOCKED_IN = "clocked in"
CLOCKED_OUT = "clocked out"
ALREADY_IN = "already clocked in"  # a second scan within DOUBLE_SCAN of the first: nothing written
ALREADY_OUT = "already clocked out"
DOUBLE_SCAN = timedelta(seconds=60)  # scanners re-read and people scan twice; a real shift is longer than this
SAME_MOMENT = timedelta(minutes=2)  # a time this close to now is "now" (no organizer needed)


@dataclass(frozen=True)
class ClockResult:
    status: str  # CLOCKED_IN, CLOCKED_OUT, or ALREADY_IN / ALREADY_OUT for a repeated scan (nothing written)
    volunteer: VolunteerInfo
    at: datetime
    station: str  # the shift's station, or "" when the volunteer has no shift now
    stretch_hours: float  # the stretch just closed (0 on clock-in)
    hours_tonight: float  # verified hours so far, this stretch included

    @property
    def clocked_in(self) -> bool:
        return self.status == CLOCKED_IN

    @property
    def repeated(self) -> bool:
        return self.status in (ALREADY_IN, ALREADY_OUT)


def _runs(s: Session, desk: Desk, volunteer_id: uuid.UUID) -> tuple[dict[uuid.UUID, TimeEntry],
                                                                     list[clock_order.Run]]:
    """The volunteer's effective (not superseded) entries by id, and how they read (clock_order.py)."""
    superseded = select(TimeEntry.supersedes_id).where(TimeEntry.event_id == desk.event_id,
                                                       TimeEntry.supersedes_id.is_not(None))
    entries = {e.id: e for e in s.scalars(select(TimeEntry).where(TimeEntry.event_id == desk.event_id,
                                                                  TimeEntry.volunteer_id == volunteer_id,
                                                                  TimeEntry.id.not_in(superseded)))}
    return entries, clock_order.runs(clock_order.Entry(e.id, e.clock_in, e.clock_out, e.source, e.device)
                                     for e in entries.values())


def _open(s: Session, desk: Desk, volunteer_id: uuid.UUID) -> tuple[TimeEntry, datetime] | None:
    """The entry a clock-out closes and when the open stretch began, if the volunteer is clocked in: several
    laptops' scans read in time order (clock_order.py), so a scan Desk 2 took for a clock-in may have been the
    clock-out of Desk 1's."""
    entries, read = _runs(s, desk, volunteer_id)
    if not read or (open_entry := read[-1].open_entry) is None:
        return None
    return entries[open_entry.id], read[-1].stretches[-1].clock_in


def _open_entry(s: Session, desk: Desk, volunteer_id: uuid.UUID) -> TimeEntry | None:
    found = _open(s, desk, volunteer_id)
    return found[0] if found else None


def _volunteer(s: Session, desk: Desk, volunteer_id: uuid.UUID) -> Volunteer:
    v = s.get(Volunteer, volunteer_id, with_for_update=True)  # two laptops scanning one badge: one toggle each
    if v is None or v.event_id != desk.event_id:
        raise NotFound("That volunteer is not on this event's roster.")
    return v


def _when(desk: Desk, at: datetime | None) -> tuple[datetime, str]:
    now = clock.now()
    if at is None or abs(at - now) <= SAME_MOMENT:
        return now, "scan" if at is None else "manual"
    if at.tzinfo is None:
        raise InvalidInput("The time needs a time zone.")
    permissions.require(desk, "volunteers.clock_at")
    if at > now + SAME_MOMENT:
        raise InvalidInput("That time is in the future.")
    return at, "manual"


def _station_name(s: Session, shift_id: uuid.UUID | None) -> str:
    if shift_id is None:
        return ""
    return s.scalar(select(Station.name).join(Shift, Shift.station_id == Station.id).where(Shift.id == shift_id)) or ""


def _result(s: Session, desk: Desk, status: str, v: Volunteer, entry: TimeEntry) -> ClockResult:
    s.flush()
    ws = volunteer_hours.stretches(s, desk, [v.id])
    tonight = sum(w.hours for w in ws if w.verified)
    closed = next((w for w in ws if entry.clock_out is not None and w.clock_out == entry.clock_out), None)
    stretch = closed.hours if closed else 0.0
    at = entry.clock_out or entry.clock_in
    return ClockResult(status, info(v, desk), at, _station_name(s, entry.shift_id), round(stretch, 2),
                       round(tonight, 2))


def _clock_in(s: Session, desk: Desk, v: Volunteer, at: datetime, source: str, reason: str) -> ClockResult:
    shift = current_shift_for(s, v.id, at)
    e = TimeEntry(event_id=desk.event_id, volunteer_id=v.id, shift_id=shift.id if shift else None, clock_in=at,
                  source=source, reason=reason.strip(), device=desk.device, operator=desk.operator)
    s.add(e)
    s.flush()
    station = _station_name(s, e.shift_id)
    audit.record(s, desk, "volunteer clocked in", entity="time_entry", entity_id=e.id,
                 summary=f"{v.first_name} {v.last_name} {v.badge_code} at {clock.hhmm(at)}"
                         + (f" for {station}" if station else "") + (f" ({source}: {reason.strip()})"
                                                                    if source != "scan" else ""))
    return _result(s, desk, CLOCKED_IN, v, e)


def _clock_out(s: Session, desk: Desk, v: Volunteer, e: TimeEntry, at: datetime, source: str,
               reason: str) -> ClockResult:
    if at <= e.clock_in:
        raise InvalidInput(f"{v.first_name} clocked in at {clock.hhmm(e.clock_in)}; the clock-out must be later.")
    e.clock_out = at
    if source != "scan":
        e.reason = (e.reason + "; " if e.reason else "") + f"out set by hand: {reason.strip() or 'no reason given'}"
    audit.record(s, desk, "volunteer clocked out", entity="time_entry", entity_id=e.id,
                 summary=f"{v.first_name} {v.last_name} {v.badge_code} at {clock.hhmm(at)}"
                         + (f" ({source}: {reason.strip()})" if source != "scan" else ""))
    return _result(s, desk, CLOCKED_OUT, v, e)


def toggle(desk: Desk, volunteer_id: uuid.UUID, *, guard: bool = True) -> ClockResult:
    """In if out, out if in — what a badge scan does.

    With `guard` (a scan), a second scan within DOUBLE_SCAN of the last clock-in or clock-out changes nothing and
    says so; the roster's Clock in / out button passes guard=False (a deliberate click).
    """
    with desk.db.write() as s:
        v = _volunteer(s, desk, volunteer_id)
        found = _open(s, desk, v.id)
        now = clock.now()
        if found is not None:
            open_entry, since = found
            if guard and now - since < DOUBLE_SCAN:
                return _result(s, desk, ALREADY_IN, v, open_entry)
            if since >= now or open_entry.clock_in >= now:
                raise Conflict(f"{v.first_name} was clocked in at {clock.hhmm(since)}; try again.")
            return _clock_out(s, desk, v, open_entry, now, "scan", "")
        if guard:
            last = _last_closed(s, desk, v.id)
            if last is not None and now - last.clock_out < DOUBLE_SCAN:
                return _result(s, desk, ALREADY_OUT, v, last)
        return _clock_in(s, desk, v, now, "scan", "")


def _last_closed(s: Session, desk: Desk, volunteer_id: uuid.UUID) -> TimeEntry | None:
    return s.scalar(select(TimeEntry).where(TimeEntry.event_id == desk.event_id, TimeEntry.volunteer_id == volunteer_id,
                                            TimeEntry.clock_out.is_not(None))
                    .order_by(TimeEntry.clock_out.desc()).limit(1))


def scan(desk: Desk, code: str) -> ClockResult:
    """A badge scanned (or typed) at the clock-in box."""
    wanted = compact_code(code)
    if not wanted:
        raise InvalidInput("Scan a volunteer badge, or type its code.")
    with desk.db.read() as s:
        vid = s.scalar(select(Volunteer.id).where(Volunteer.event_id == desk.event_id, Volunteer.badge_code == wanted))
        if vid is None:
            if s.scalar(select(Household.id).where(Household.ticket_code == wanted)) is not None:
                raise NotFound("That is a household's ticket, not a volunteer badge. Send them to the check-in table.")
            raise NotFound(f"No volunteer has the badge {wanted}. Check the code, or find them in the roster.")
    return toggle(desk, vid)


def clock_in(desk: Desk, volunteer_id: uuid.UUID, at: datetime | None = None, reason: str = "") -> ClockResult:
    """A manual clock-in; another time than now needs an organizer (it is a correction)."""
    at, source = _when(desk, at)
    with desk.db.write() as s:
        v = _volunteer(s, desk, volunteer_id)
        if _open_entry(s, desk, v.id) is not None:
            raise Conflict(f"{v.first_name} {v.last_name} is already clocked in.")
        return _clock_in(s, desk, v, at, "manual", reason or ("" if source == "scan" else "time set by hand"))


def clock_out(desk: Desk, volunteer_id: uuid.UUID, at: datetime | None = None, reason: str = "") -> ClockResult:
    at, source = _when(desk, at)
    with desk.db.write() as s:
        v = _volunteer(s, desk, volunteer_id)
        e = _open_entry(s, desk, v.id)
        if e is None:
            raise Conflict(f"{v.first_name} {v.last_name} is not clocked in.")
        return _clock_out(s, desk, v, e, at, "manual", reason)


def correct(desk: Desk, entry_id: uuid.UUID, clock_in: datetime, clock_out: datetime | None,
            reason: str) -> uuid.UUID:
    """An organizer fixes an entry: a new entry supersedes it (the old one stays). Returns the new entry's id."""
    permissions.require(desk, "volunteers.correct_hours")
    if not reason.strip():
        raise InvalidInput("Say why the hours are corrected (e.g. “forgot to scan out at 20:00”).")
    if clock_out is not None and clock_out <= clock_in:
        raise InvalidInput("The clock-out must be after the clock-in.")
    if clock_in > clock.now() + SAME_MOMENT or (clock_out and clock_out > clock.now() + SAME_MOMENT):
        raise InvalidInput("A corrected time cannot be in the future.")
    with desk.db.write() as s:
        old = s.get(TimeEntry, entry_id, with_for_update=True)
        if old is None or old.event_id != desk.event_id:
            raise NotFound("That time entry is not in this event.")
        if s.scalar(select(TimeEntry.id).where(TimeEntry.supersedes_id == old.id)) is not None:
            raise Conflict("That entry was already corrected; correct the newer one.")
        v = _volunteer(s, desk, old.volunteer_id)
        new = TimeEntry(event_id=desk.event_id, volunteer_id=old.volunteer_id, shift_id=old.shift_id,
                        clock_in=clock_in, clock_out=clock_out, source="correction", supersedes_id=old.id,
                        reason=reason.strip(), device=desk.device, operator=desk.operator)
        _write_down_run(s, desk, old)
        s.add(new)
        s.flush()
        audit.record(s, desk, "volunteer hours corrected", entity="time_entry", entity_id=new.id,
                     summary=f"{v.first_name} {v.last_name}: {reason.strip()}",
                     before={"in": clock.hhmm(old.clock_in), "out": clock.hhmm(old.clock_out) or "open"},
                     after={"in": clock.hhmm(clock_in), "out": clock.hhmm(clock_out) or "open"})
        return new.id


def _write_down_run(s: Session, desk: Desk, corrected: TimeEntry) -> None:
    """Before a stretch read from several laptops' scans is corrected: every other entry of its run is superseded
    by the stretch it was read as (or by nothing, zero length, when its scans closed another's), so that what the
    organizer saw stays as it was and only the corrected stretch changes."""
    entries, runs = _runs(s, desk, corrected.volunteer_id)
    run = next((r for r in runs if any(e.id == corrected.id for e in r.entries)), None)
    if run is None or not run.in_time_order:
        return
    stretches = [st for st in run.stretches if st.entry_id != corrected.id]
    others = sorted((e for e in run.entries if e.id != corrected.id), key=lambda e: (e.clock_in, e.id))
    devices = " and ".join(sorted({e.device for e in run.entries}))
    for i, e in enumerate(others):
        start, end = (stretches[i].clock_in, stretches[i].clock_out) if i < len(stretches) else (e.clock_in,
                                                                                                  e.clock_in)
        s.add(TimeEntry(event_id=desk.event_id, volunteer_id=corrected.volunteer_id, shift_id=entries[e.id].shift_id,
                        clock_in=start, clock_out=end, source="correction", supersedes_id=e.id,
                        reason=f"scans on {devices} read in time order, written down when another stretch was "
                               f"corrected", device=desk.device, operator=desk.operator))


def add_entry(desk: Desk, volunteer_id: uuid.UUID, clock_in: datetime, clock_out: datetime,
              reason: str, shift_id: uuid.UUID | None = None) -> uuid.UUID:
    """An organizer records a stretch someone worked without scanning at all."""
    permissions.require(desk, "volunteers.correct_hours")
    if not reason.strip():
        raise InvalidInput("Say why the hours are added by hand (e.g. “badge forgotten at home”).")
    if clock_out <= clock_in:
        raise InvalidInput("The clock-out must be after the clock-in.")
    if clock_out > clock.now() + SAME_MOMENT:
        raise InvalidInput("Hours cannot be added for the future.")
    with desk.db.write() as s:
        v = _volunteer(s, desk, volunteer_id)
        shift = current_shift_for(s, v.id, clock_in, early=timedelta(0)) if shift_id is None else s.get(Shift, shift_id)
        e = TimeEntry(event_id=desk.event_id, volunteer_id=v.id, shift_id=shift.id if shift else None,
                      clock_in=clock_in, clock_out=clock_out, source="manual", reason=reason.strip(),
                      device=desk.device, operator=desk.operator)
        s.add(e)
        s.flush()
        audit.record(s, desk, "volunteer hours added", entity="time_entry", entity_id=e.id,
                     summary=f"{v.first_name} {v.last_name} {clock.hhmm(clock_in)}–{clock.hhmm(clock_out)}: "
                             f"{reason.strip()}")
        return e.id
