"""Hours worked, derived from time entries; the coverage of each station; the summary for the end-of-night report.

Rules (also in docs/architecture.md):
- The effective entries are those no correction supersedes. Totals are always derived, never stored.
- Scans from several laptops that overlap in time are read in time order, as one laptop would have recorded them
  (clock_order.py): Desk 1's 18:00 clock-in and Desk 2's 20:00 scan read as 18:00–20:00.
- A closed entry (clocked in and out) counts as **verified** hours.
- An entry still open while its shift runs is "on site": its hours so far are shown but not verified.
- An entry left open after its shift ended is treated as closed at the shift's end and **flagged for review**;
  those hours are listed as unverified until an organizer closes or corrects the entry (a correction is verified).
  An open entry with no shift is closed the same way at the event's end time.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.models import Event, Shift, ShiftAssignment, Station, TimeEntry, Volunteer
from nightout_desk.services.context import Desk
from nightout_desk.services.volunteers import clock_order
from nightout_desk.services.volunteers.shifts import local_time

NO_STATION = "No shift"


@dataclass(frozen=True)
class WorkedStretch:
    entry_id: uuid.UUID
    volunteer_id: uuid.UUID
    shift_id: uuid.UUID | None
    station_name: str
    clock_in: datetime
    clock_out: datetime | None  # None while open
    counted_until: datetime  # clock_out, or now / the shift's end for an open entry
    source: str  # scan | manual | correction
    reason: str
    operator: str
    flagged: bool  # left open after its shift ended: needs an organizer's review
    hours: float

    @property
    def is_open(self) -> bool:
        return self.clock_out is None

    @property
    def verified(self) -> bool:
        return self.clock_out is not None


@dataclass(frozen=True)
class VolunteerHours:
    volunteer_id: uuid.UUID
    name: str
    organization: str
    role: str
    verified_hours: float
    unverified_hours: float
    on_site: bool
    flagged: int
    stations: tuple[str, ...]
    stretches: tuple[WorkedStretch, ...]


@dataclass(frozen=True)
class OrganizationHours:
    organization: str
    volunteers: int
    verified_hours: float
    unverified_hours: float


@dataclass(frozen=True)
class ShiftCoverage:
    shift_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    needed: int
    assigned: int
    present: int
    names: tuple[str, ...]
    present_names: tuple[str, ...]
    running: bool
    ended: bool

    @property
    def short(self) -> int:
        return max(0, self.needed - self.assigned)

    @property
    def missing(self) -> int:
        """Booked but not here, while the shift runs."""
        return max(0, min(self.needed, self.assigned) - self.present) if self.running else 0

    @property
    def has_gap(self) -> bool:
        """A gap someone can still fix: the shift has not ended and lacks people booked or present."""
        return not self.ended and (self.short > 0 or self.missing > 0)

    @property
    def words(self) -> str:
        if self.ended:
            return f"Ended, {self.short} short of {self.needed} needed" if self.short else "Ended, covered"
        parts = []
        if self.short:
            parts.append(f"{self.short} short of {self.needed} needed")
        if self.missing:
            parts.append(f"{self.missing} booked but not here")
        return "; ".join(parts) if parts else "Covered"


@dataclass(frozen=True)
class StationCoverage:
    station_id: uuid.UUID
    station_name: str
    shifts: tuple[ShiftCoverage, ...]

    @property
    def has_gap(self) -> bool:
        return any(sc.has_gap for sc in self.shifts) or not self.shifts

    @property
    def words(self) -> str:
        if not self.shifts:
            return "No shifts planned"
        gaps = [sc for sc in self.shifts if sc.has_gap]
        return f"{len(gaps)} shift{'s' if len(gaps) != 1 else ''} with gaps" if gaps else "Covered"


@dataclass(frozen=True)
class VolunteerSummary:
    """What the end-of-night report shows about volunteers."""
    volunteers: int
    minors: int
    present_now: int
    total_verified_hours: float
    total_unverified_hours: float
    hours_by_station: tuple[tuple[str, float], ...]  # verified, biggest first
    hours_by_organization: tuple[tuple[str, float], ...]
    open_entries_flagged: int
    shifts: int
    shifts_short: int  # shifts with fewer people booked than needed


def _event_end(s: Session, desk: Desk) -> datetime:
    ev = s.get(Event, desk.event_id)
    end = local_time(ev.date, ev.ends_at or "23:59")
    start = local_time(ev.date, ev.starts_at or "00:00")
    return end if end > start else local_time(ev.date, "23:59")


def stretches(s: Session, desk: Desk, volunteer_ids: list[uuid.UUID] | None = None,
              now: datetime | None = None) -> list[WorkedStretch]:
    """Every effective (not superseded) entry, as worked stretches with their counted hours; several laptops' scans
    that overlap are read in time order (services/volunteers/clock_order.py)."""
    now = now or clock.now()
    superseded = select(TimeEntry.supersedes_id).where(TimeEntry.event_id == desk.event_id,
                                                       TimeEntry.supersedes_id.is_not(None))
    q = (select(TimeEntry, Shift, Station.name).outerjoin(Shift, Shift.id == TimeEntry.shift_id)
         .outerjoin(Station, Station.id == Shift.station_id)
         .where(TimeEntry.event_id == desk.event_id, TimeEntry.id.not_in(superseded)))
    if volunteer_ids is not None:
        q = q.where(TimeEntry.volunteer_id.in_(volunteer_ids))
    rows = {e.id: (e, sh, station) for e, sh, station in s.execute(q).all()}
    by_volunteer: dict[uuid.UUID, list[clock_order.Entry]] = defaultdict(list)
    for e, _, _ in rows.values():
        by_volunteer[e.volunteer_id].append(clock_order.Entry(e.id, e.clock_in, e.clock_out, e.source, e.device))
    event_end = None
    out = []
    for entries in by_volunteer.values():
        for read in clock_order.stretches(entries):
            e, sh, station = rows[read.entry_id]
            flagged = False
            if read.clock_out is not None:
                until = read.clock_out
            else:
                limit = sh.ends_at if sh is not None else (event_end := event_end or _event_end(s, desk))
                flagged = now >= limit
                until = max(read.clock_in, limit) if flagged else now
            hours = max(0.0, (until - read.clock_in).total_seconds() / 3600)
            source, reason = e.source, e.reason
            if read.merged:
                source = clock_order.MERGED
                reason = f"scans on {' and '.join(read.devices)} read in time order"
            out.append(WorkedStretch(e.id, e.volunteer_id, e.shift_id, station or NO_STATION, read.clock_in,
                                     read.clock_out, until, source, reason, e.operator, flagged, hours))
    return sorted(out, key=lambda w: (w.clock_in, w.entry_id))


def hours_by_volunteer(desk: Desk, now: datetime | None = None) -> list[VolunteerHours]:
    """Everyone on the roster with their hours (zero for those who have not worked), by name."""
    with desk.db.read() as s:
        people = list(s.scalars(select(Volunteer).where(Volunteer.event_id == desk.event_id)
                                .order_by(Volunteer.last_name, Volunteer.first_name)))
        by_person: dict[uuid.UUID, list[WorkedStretch]] = defaultdict(list)
        for w in stretches(s, desk, now=now):
            by_person[w.volunteer_id].append(w)
    out = []
    for v in people:
        ws = by_person.get(v.id, [])
        stations = tuple(dict.fromkeys(w.station_name for w in ws))
        out.append(VolunteerHours(
            v.id, f"{v.first_name} {v.last_name}".strip(), v.organization, v.role,
            round(sum(w.hours for w in ws if w.verified), 2), round(sum(w.hours for w in ws if not w.verified), 2),
            any(w.is_open and not w.flagged for w in ws), sum(1 for w in ws if w.flagged), stations, tuple(ws)))
    return out


def hours_of(desk: Desk, volunteer_id: uuid.UUID, now: datetime | None = None) -> VolunteerHours:
    return next(h for h in hours_by_volunteer(desk, now) if h.volunteer_id == volunteer_id)


def hours_by_organization(desk: Desk, now: datetime | None = None) -> list[OrganizationHours]:
    groups: dict[str, list[VolunteerHours]] = defaultdict(list)
    for h in hours_by_volunteer(desk, now):
        groups[h.organization or "(no organization)"].append(h)
    rows = [OrganizationHours(org, len(hs), round(sum(h.verified_hours for h in hs), 2),
                              round(sum(h.unverified_hours for h in hs), 2)) for org, hs in groups.items()]
    return sorted(rows, key=lambda r: (-r.verified_hours, r.organization.lower()))


def coverage(desk: Desk, now: datetime | None = None) -> list[StationCoverage]:
    """Each station's shifts: needed vs booked vs present (present = worked some of the shift's time)."""
    now = now or clock.now()
    with desk.db.read() as s:
        stations = list(s.scalars(select(Station).where(Station.event_id == desk.event_id)
                                  .order_by(Station.sort_order, Station.name)))
        shifts = list(s.scalars(select(Shift).where(Shift.event_id == desk.event_id).order_by(Shift.starts_at)))
        booked: dict[uuid.UUID, dict[uuid.UUID, str]] = defaultdict(dict)
        for shift_id, vid, first, last in s.execute(
                select(ShiftAssignment.shift_id, Volunteer.id, Volunteer.first_name, Volunteer.last_name)
                .join(Volunteer, Volunteer.id == ShiftAssignment.volunteer_id)
                .where(ShiftAssignment.event_id == desk.event_id, ShiftAssignment.removed_at.is_(None))):
            booked[shift_id][vid] = f"{first} {last}".strip()
        names = {v.id: f"{v.first_name} {v.last_name}".strip()
                 for v in s.scalars(select(Volunteer).where(Volunteer.event_id == desk.event_id))}
        worked = stretches(s, desk, now=now)
    out = []
    for st in stations:
        rows = []
        for sh in (x for x in shifts if x.station_id == st.id):
            people = booked.get(sh.id, {})
            here = {w.volunteer_id for w in worked
                    if (w.volunteer_id in people or w.shift_id == sh.id)
                    and w.clock_in < sh.ends_at and w.counted_until > sh.starts_at}
            rows.append(ShiftCoverage(sh.id, sh.starts_at, sh.ends_at, sh.needed, len(people), len(here),
                                      tuple(sorted(people.values())), tuple(sorted(names[i] for i in here)),
                                      sh.starts_at <= now < sh.ends_at, sh.ends_at <= now))
        out.append(StationCoverage(st.id, st.name, tuple(rows)))
    return out


def report_summary(desk: Desk, now: datetime | None = None) -> VolunteerSummary:
    people = hours_by_volunteer(desk, now)
    by_station: dict[str, float] = defaultdict(float)
    by_org: dict[str, float] = defaultdict(float)
    for h in people:
        for w in h.stretches:
            if w.verified:
                by_station[w.station_name] += w.hours
                by_org[h.organization or "(no organization)"] += w.hours
    cov = coverage(desk, now)
    with desk.db.read() as s:
        minors = len(list(s.scalars(select(Volunteer.id).where(Volunteer.event_id == desk.event_id,
                                                               Volunteer.is_minor.is_(True)))))

    def ordered(d: dict[str, float]) -> tuple[tuple[str, float], ...]:
        return tuple(sorted(((k, round(v, 2)) for k, v in d.items()), key=lambda kv: (-kv[1], kv[0].lower())))

    all_shifts = [sc for st in cov for sc in st.shifts]
    return VolunteerSummary(
        volunteers=len(people), minors=minors, present_now=sum(1 for h in people if h.on_site),
        total_verified_hours=round(sum(h.verified_hours for h in people), 2),
        total_unverified_hours=round(sum(h.unverified_hours for h in people), 2),
        hours_by_station=ordered(by_station), hours_by_organization=ordered(by_org),
        open_entries_flagged=sum(h.flagged for h in people), shifts=len(all_shifts),
        shifts_short=sum(1 for sc in all_shifts if sc.short))
