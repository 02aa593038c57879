"""Shifts at stations, who is booked on them (with double-booking and guardian warnings), and coverage."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.models import Shift, ShiftAssignment, Station, Volunteer
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound


@dataclass(frozen=True)
class ShiftInfo:
    id: uuid.UUID
    station_id: uuid.UUID
    station_name: str
    starts_at: datetime
    ends_at: datetime
    needed: int
    notes: str
    assigned_ids: tuple[uuid.UUID, ...]
    assigned_names: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.station_name} {clock.hhmm(self.starts_at)}–{clock.hhmm(self.ends_at)}"

    @property
    def hours(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds() / 3600


def local_time(on: date, hhmm: str) -> datetime:
    """'18:30' on the event's date, in this laptop's time zone, as an aware UTC datetime (after midnight: next day)."""
    try:
        hour, minute = (int(x) for x in hhmm.strip().split(":"))
        wall = time(hour, minute)
    except ValueError:
        raise InvalidInput(f"“{hhmm}” is not a time; write it like 18:30.") from None
    moment = datetime.combine(on, wall).astimezone()
    return moment.astimezone(clock.now().tzinfo)


def _station(s: Session, desk: Desk, station_id: uuid.UUID) -> Station:
    st = s.get(Station, station_id)
    if st is None or st.event_id != desk.event_id:
        raise NotFound("That station is not in this event.")
    return st


def _shift(s: Session, desk: Desk, shift_id: uuid.UUID, *, lock: bool = False) -> Shift:
    sh = s.get(Shift, shift_id, with_for_update=lock)
    if sh is None or sh.event_id != desk.event_id:
        raise NotFound("That shift is not in this event.")
    return sh


def _check_times(starts_at: datetime, ends_at: datetime, needed: int) -> None:
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise InvalidInput("Shift times need a time zone.")
    if ends_at <= starts_at:
        raise InvalidInput("A shift must end after it starts.")
    if ends_at - starts_at > timedelta(hours=12):
        raise InvalidInput("A shift can be at most 12 hours long.")
    if not isinstance(needed, int) or not 0 <= needed <= 100:
        raise InvalidInput("The number of volunteers needed must be between 0 and 100.")


def _active(s: Session, shift_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[tuple[uuid.UUID, str]]]:
    out: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {i: [] for i in shift_ids}
    if not shift_ids:
        return out
    rows = s.execute(select(ShiftAssignment.shift_id, Volunteer.id, Volunteer.first_name, Volunteer.last_name)
                     .join(Volunteer, Volunteer.id == ShiftAssignment.volunteer_id)
                     .where(ShiftAssignment.shift_id.in_(shift_ids), ShiftAssignment.removed_at.is_(None))
                     .order_by(Volunteer.last_name, Volunteer.first_name))
    for shift_id, vid, first, last in rows:
        out[shift_id].append((vid, f"{first} {last}".strip()))
    return out


def _info(sh: Shift, station_name: str, people: list[tuple[uuid.UUID, str]]) -> ShiftInfo:
    return ShiftInfo(sh.id, sh.station_id, station_name, sh.starts_at, sh.ends_at, sh.needed, sh.notes,
                     tuple(p[0] for p in people), tuple(p[1] for p in people))


def add_shift(desk: Desk, station_id: uuid.UUID, starts_at: datetime, ends_at: datetime, needed: int = 1,
              notes: str = "") -> ShiftInfo:
    permissions.require(desk, "volunteers.edit_shifts")
    _check_times(starts_at, ends_at, needed)
    with desk.db.write() as s:
        st = _station(s, desk, station_id)
        sh = Shift(event_id=desk.event_id, station_id=st.id, starts_at=starts_at, ends_at=ends_at, needed=needed,
                   notes=notes.strip())
        s.add(sh)
        s.flush()
        audit.record(s, desk, "shift added", entity="shift", entity_id=sh.id,
                     summary=f"{st.name} {clock.hhmm(starts_at)}–{clock.hhmm(ends_at)}, {needed} needed")
        return _info(sh, st.name, [])


def update_shift(desk: Desk, shift_id: uuid.UUID, *, starts_at: datetime, ends_at: datetime, needed: int,
                 notes: str = "") -> ShiftInfo:
    permissions.require(desk, "volunteers.edit_shifts")
    _check_times(starts_at, ends_at, needed)
    with desk.db.write() as s:
        sh = _shift(s, desk, shift_id, lock=True)
        old = {"starts_at": sh.starts_at, "ends_at": sh.ends_at, "needed": sh.needed, "notes": sh.notes}
        new = {"starts_at": starts_at, "ends_at": ends_at, "needed": needed, "notes": notes.strip()}
        before, after = audit.changes(old, new)
        for k, v in after.items():
            setattr(sh, k, v)
        st = _station(s, desk, sh.station_id)
        if after:
            audit.record(s, desk, "shift changed", entity="shift", entity_id=sh.id, summary=st.name,
                         before=before, after=after)
        return _info(sh, st.name, _active(s, [sh.id])[sh.id])


def remove_shift(desk: Desk, shift_id: uuid.UUID) -> None:
    """Only a shift nobody is booked on can go (take people off first, so nobody loses a shift silently)."""
    permissions.require(desk, "volunteers.edit_shifts")
    from nightout_desk.models import TimeEntry

    with desk.db.write() as s:
        sh = _shift(s, desk, shift_id, lock=True)
        if _active(s, [sh.id])[sh.id]:
            raise Conflict("People are booked on this shift. Take them off first.")
        if s.scalar(select(TimeEntry.id).where(TimeEntry.shift_id == sh.id).limit(1)) is not None:
            raise Conflict("Someone already worked this shift, so it stays for their hours.")
        for a in s.scalars(select(ShiftAssignment).where(ShiftAssignment.shift_id == sh.id)):
            s.delete(a)
        st = _station(s, desk, sh.station_id)
        audit.record(s, desk, "shift removed", entity="shift", entity_id=sh.id,
                     summary=f"{st.name} {clock.hhmm(sh.starts_at)}–{clock.hhmm(sh.ends_at)}")
        s.delete(sh)


def list_shifts(desk: Desk, station_id: uuid.UUID | None = None) -> list[ShiftInfo]:
    with desk.db.read() as s:
        q = (select(Shift, Station.name).join(Station, Station.id == Shift.station_id)
             .where(Shift.event_id == desk.event_id))
        if station_id is not None:
            q = q.where(Shift.station_id == station_id)
        rows = s.execute(q.order_by(Station.sort_order, Station.name, Shift.starts_at)).all()
        people = _active(s, [sh.id for sh, _ in rows])
        return [_info(sh, name, people[sh.id]) for sh, name in rows]


def shifts_of(desk: Desk, volunteer_id: uuid.UUID) -> list[ShiftInfo]:
    with desk.db.read() as s:
        rows = s.execute(select(Shift, Station.name).join(Station, Station.id == Shift.station_id)
                         .join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
                         .where(ShiftAssignment.volunteer_id == volunteer_id, ShiftAssignment.removed_at.is_(None),
                                Shift.event_id == desk.event_id)
                         .order_by(Shift.starts_at)).all()
        people = _active(s, [sh.id for sh, _ in rows])
        return [_info(sh, name, people[sh.id]) for sh, name in rows]


def _warnings(s: Session, desk: Desk, sh: Shift, v: Volunteer) -> list[str]:
    name = f"{v.first_name} {v.last_name}".strip()
    out = []
    overlapping = s.execute(
        select(Shift, Station.name).join(Station, Station.id == Shift.station_id)
        .join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
        .where(ShiftAssignment.volunteer_id == v.id, ShiftAssignment.removed_at.is_(None), Shift.id != sh.id,
               Shift.starts_at < sh.ends_at, Shift.ends_at > sh.starts_at)).all()
    for other, station in overlapping:
        out.append(f"{name} is already booked at {station} {clock.hhmm(other.starts_at)}–{clock.hhmm(other.ends_at)}"
                   " at the same time (double-booked).")
    if v.is_minor and not (v.guardian_name.strip() and v.guardian_phone.strip()):
        out.append(f"{name} is a minor and has no guardian's name and phone on file.")
    if len(_active(s, [sh.id])[sh.id]) >= sh.needed:
        out.append(f"This shift already has the {sh.needed} volunteer{'s' if sh.needed != 1 else ''} it needs.")
    return out


def assignment_warnings(desk: Desk, shift_id: uuid.UUID, volunteer_id: uuid.UUID) -> list[str]:
    """What an organizer should know before booking this person here (empty when all is well)."""
    with desk.db.read() as s:
        return _warnings(s, desk, _shift(s, desk, shift_id), _volunteer(s, desk, volunteer_id))


def _volunteer(s: Session, desk: Desk, volunteer_id: uuid.UUID) -> Volunteer:
    v = s.get(Volunteer, volunteer_id)
    if v is None or v.event_id != desk.event_id:
        raise NotFound("That volunteer is not on this event's roster.")
    return v


def assign(desk: Desk, shift_id: uuid.UUID, volunteer_id: uuid.UUID, *, accept_warnings: bool = False) -> list[str]:
    """Book a volunteer on a shift. With warnings, raises Conflict unless `accept_warnings`; returns the warnings."""
    with desk.db.write() as s:
        sh = _shift(s, desk, shift_id, lock=True)
        v = _volunteer(s, desk, volunteer_id)
        name = f"{v.first_name} {v.last_name}".strip()
        if s.scalar(select(ShiftAssignment.id).where(ShiftAssignment.shift_id == sh.id,
                                                     ShiftAssignment.volunteer_id == v.id,
                                                     ShiftAssignment.removed_at.is_(None))) is not None:
            raise Conflict(f"{name} is already on this shift.")
        warnings = _warnings(s, desk, sh, v)
        if warnings and not accept_warnings:
            raise Conflict(" ".join(warnings))
        a = ShiftAssignment(event_id=desk.event_id, shift_id=sh.id, volunteer_id=v.id, operator=desk.operator)
        s.add(a)
        s.flush()
        st = _station(s, desk, sh.station_id)
        audit.record(s, desk, "volunteer assigned", entity="shift_assignment", entity_id=a.id,
                     summary=f"{name} → {st.name} {clock.hhmm(sh.starts_at)}–{clock.hhmm(sh.ends_at)}"
                             + (f" (warnings accepted: {' '.join(warnings)})" if warnings else ""))
        return warnings


def unassign(desk: Desk, shift_id: uuid.UUID, volunteer_id: uuid.UUID) -> None:
    with desk.db.write() as s:
        a = s.scalar(select(ShiftAssignment).where(ShiftAssignment.shift_id == shift_id,
                                                   ShiftAssignment.volunteer_id == volunteer_id,
                                                   ShiftAssignment.event_id == desk.event_id,
                                                   ShiftAssignment.removed_at.is_(None)).with_for_update())
        if a is None:
            raise NotFound("That volunteer is not on this shift.")
        a.removed_at = clock.now()
        v = _volunteer(s, desk, volunteer_id)
        sh = _shift(s, desk, shift_id)
        st = _station(s, desk, sh.station_id)
        audit.record(s, desk, "volunteer taken off shift", entity="shift_assignment", entity_id=a.id,
                     summary=f"{v.first_name} {v.last_name} ✕ {st.name} {clock.hhmm(sh.starts_at)}")


def current_shift_for(s: Session, volunteer_id: uuid.UUID, at: datetime,
                      early: timedelta = timedelta(minutes=60)) -> Shift | None:
    """The booked shift running at `at`, else the next one starting within `early`, else None."""
    rows = list(s.scalars(select(Shift).join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
                          .where(ShiftAssignment.volunteer_id == volunteer_id, ShiftAssignment.removed_at.is_(None),
                                 Shift.ends_at > at, Shift.starts_at <= at + early)
                          .order_by(Shift.starts_at)))
    running = [sh for sh in rows if sh.starts_at <= at]
    return (running or rows or [None])[0]
