"""Checking households in, walk-ups, undo, and the live counters of the check-in desk."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, case, func, insert, select
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.models import CheckIn, CheckInUndo, Household
from nightout_desk.models.household import SOURCE_WALK_UP
from nightout_desk.services import audit, permissions
from nightout_desk.services.checkin import households
from nightout_desk.services.checkin.households import Arrival, HouseholdInfo
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound

CHECKED_IN = "checked in"
ALREADY = "already checked in"


@dataclass(frozen=True)
class CheckInResult:
    status: str  # CHECKED_IN or ALREADY
    household: HouseholdInfo
    arrival: Arrival

    @property
    def is_new(self) -> bool:
        return self.status == CHECKED_IN


@dataclass(frozen=True)
class Counters:
    households: int = 0
    adults: int = 0
    kids: int = 0
    walk_ups: int = 0
    last_15_min_households: int = 0
    last_15_min_people: int = 0

    @property
    def people(self) -> int:
        return self.adults + self.kids


@dataclass(frozen=True)
class RecentCheckIn:
    check_in_id: uuid.UUID
    household_id: uuid.UUID
    family_name: str
    ticket_code: str
    adults: int
    kids: int
    at: datetime
    device: str
    operator: str
    walk_up: bool
    undone: bool
    undo_reason: str


def _people(adults: int | None, kids: int | None, h: Household) -> tuple[int, int]:
    adults = h.adults_expected if adults is None else adults
    kids = h.kids_expected if kids is None else kids
    for n in (adults, kids):
        if not isinstance(n, int) or not 0 <= n <= households.MAX_PEOPLE:
            raise InvalidInput(f"Adults and kids must be whole numbers between 0 and {households.MAX_PEOPLE}.")
    if adults + kids == 0:
        raise InvalidInput("At least one person has to arrive to check in.")
    return adults, kids


_HOUSEHOLD_FOR_CHECK_IN = (
    select(*households.INFO_COLUMNS, Household.event_id, Household.merged_into_id)
    .where(Household.id == bindparam("id"))
    .with_for_update()  # PostgreSQL: serialises two laptops scanning the same ticket (SQLite: BEGIN IMMEDIATE does)
)
_INSERT_CHECK_IN = insert(CheckIn)


def _record_arrival(s: Session, desk: Desk, household_id: uuid.UUID, adults: int, kids: int,
                    earlier: Arrival | None = None) -> Arrival:
    """Write one check-in row (a Core insert); `earlier` keeps the time, laptop and operator of a corrected one."""
    arrival = Arrival(uuid.uuid4(), earlier.at if earlier else clock.now(), adults, kids,
                      earlier.device if earlier else desk.device, earlier.operator if earlier else desk.operator)
    s.connection().execute(_INSERT_CHECK_IN, {
        "id": arrival.check_in_id, "event_id": desk.event_id, "household_id": household_id, "adults": adults,
        "kids": kids, "at": arrival.at, "device": arrival.device, "operator": arrival.operator})
    return arrival


def _active_check_in(s: Session, desk: Desk, check_in_id: uuid.UUID, undone: str) -> tuple[CheckIn, Household]:
    """A check-in of this event, locked, that has not been undone (else `undone` is the message)."""
    row = s.get(CheckIn, check_in_id, with_for_update=True)
    if row is None or row.event_id != desk.event_id:
        raise NotFound("That check-in is not in this event.")
    if s.scalar(select(CheckInUndo.id).where(CheckInUndo.check_in_id == check_in_id)) is not None:
        raise Conflict(undone)
    return row, s.get(Household, row.household_id)


def check_in(desk: Desk, household_id: uuid.UUID, adults: int | None = None, kids: int | None = None) -> CheckInResult:
    """Check a household in; if it already is, say when, where and by whom instead (nothing is written)."""
    with desk.db.write() as s:
        conn = s.connection()  # plain statements on the session's connection: fewer layers on the busiest path
        h = conn.execute(_HOUSEHOLD_FOR_CHECK_IN, {"id": household_id}).first()
        if h is None or h.event_id != desk.event_id:
            raise NotFound("That household is not in this event.")
        if h.merged_into_id is not None:
            h = conn.execute(_HOUSEHOLD_FOR_CHECK_IN, {"id": h.merged_into_id}).one()
        existing = households.active_arrivals(conn, [h.id]).get(h.id)
        if existing is not None:
            return CheckInResult(ALREADY, households.info_row(h, existing), existing)
        adults, kids = _people(adults, kids, h)
        arrival = _record_arrival(s, desk, h.id, adults, kids)
        audit.record(s, desk, "check-in", entity="check_in", entity_id=arrival.check_in_id,
                     summary=f"{h.family_name} {h.ticket_code}: {adults} adults, {kids} kids")
        return CheckInResult(CHECKED_IN, households.info_row(h, arrival), arrival)


def walk_up(desk: Desk, family_name: str, adults: int, kids: int, zip_code: str = "", neighbourhood: str = "",
            **fields) -> CheckInResult:
    """A family that did not pre-register: saved and checked in together, in one transaction."""
    with desk.db.write() as s:
        h = households.new_household(s, desk, source=SOURCE_WALK_UP, family_name=family_name, adults_expected=adults,
                                     kids_expected=kids, zip_code=zip_code, neighbourhood=neighbourhood, **fields)
        adults, kids = _people(adults, kids, h)
        arrival = _record_arrival(s, desk, h.id, adults, kids)
        audit.record(s, desk, "walk-up check-in", entity="check_in", entity_id=arrival.check_in_id,
                     summary=f"{h.family_name} {h.ticket_code}: {adults} adults, {kids} kids, "
                             f"{zip_code or neighbourhood}")
        return CheckInResult(CHECKED_IN, households.info(h, arrival), arrival)


def undo(desk: Desk, check_in_id: uuid.UUID, reason: str = "") -> None:
    """Undo a check-in by recording an undo (the check-in row stays, for the audit trail)."""
    with desk.db.write() as s:
        row, h = _active_check_in(s, desk, check_in_id, "That check-in was already undone.")
        permissions.require(desk, "checkin.undo_own" if row.device == desk.device else "checkin.undo_other")
        s.add(CheckInUndo(event_id=desk.event_id, check_in_id=row.id, reason=reason.strip(), at=clock.now(),
                          device=desk.device, operator=desk.operator))
        audit.record(s, desk, "check-in undone", entity="check_in", entity_id=row.id,
                     summary=f"{h.family_name} {h.ticket_code}" + (f" — {reason.strip()}" if reason.strip() else ""),
                     before={"adults": row.adults, "kids": row.kids, "at": row.at.isoformat()})


def correct_counts(desk: Desk, check_in_id: uuid.UUID, adults: int, kids: int) -> CheckInResult:
    """Fix the adults/kids of a check-in: the old row is undone ("counts corrected") and a new one keeps its time."""
    with desk.db.write() as s:
        row, h = _active_check_in(
            s, desk, check_in_id,
            "That check-in was undone, so its counts cannot be changed. Check the family in again.")
        permissions.require(desk, "checkin.correct_own" if row.device == desk.device else "checkin.correct_other")
        adults, kids = _people(adults, kids, h)
        earlier = Arrival(row.id, row.at, row.adults, row.kids, row.device, row.operator)
        if (adults, kids) == (row.adults, row.kids):
            return CheckInResult(CHECKED_IN, households.info(h, earlier), earlier)
        s.add(CheckInUndo(event_id=desk.event_id, check_in_id=row.id, reason="counts corrected", at=clock.now(),
                          device=desk.device, operator=desk.operator))
        arrival = _record_arrival(s, desk, h.id, adults, kids, earlier=earlier)
        audit.record(s, desk, "check-in counts corrected", entity="check_in", entity_id=arrival.check_in_id,
                     summary=f"{h.family_name} {h.ticket_code}", before={"adults": row.adults, "kids": row.kids},
                     after={"adults": adults, "kids": kids})
        return CheckInResult(CHECKED_IN, households.info(h, arrival), arrival)


def counters(desk: Desk) -> Counters:
    since = clock.now() - timedelta(minutes=15)
    with desk.db.read() as s:
        recent = CheckIn.at >= since
        row = s.execute(
            select(func.count(CheckIn.id), func.coalesce(func.sum(CheckIn.adults), 0),
                   func.coalesce(func.sum(CheckIn.kids), 0),
                   func.coalesce(func.sum(case((Household.source == SOURCE_WALK_UP, 1), else_=0)), 0),
                   func.coalesce(func.sum(case((recent, 1), else_=0)), 0),
                   func.coalesce(func.sum(case((recent, CheckIn.adults + CheckIn.kids), else_=0)), 0))
            .join(Household, Household.id == CheckIn.household_id)
            .outerjoin(CheckInUndo, CheckInUndo.check_in_id == CheckIn.id)
            .where(CheckIn.event_id == desk.event_id, CheckInUndo.id.is_(None))
        ).one()
        return Counters(*(int(x) for x in row))


def recent(desk: Desk, limit: int = 30) -> list[RecentCheckIn]:
    """The latest check-ins on any laptop, newest first, undone ones included and marked."""
    with desk.db.read() as s:
        rows = s.execute(
            select(CheckIn, Household.family_name, Household.ticket_code, Household.source, CheckInUndo.reason,
                   CheckInUndo.id)
            .join(Household, Household.id == CheckIn.household_id)
            .outerjoin(CheckInUndo, CheckInUndo.check_in_id == CheckIn.id)
            .where(CheckIn.event_id == desk.event_id)
            .order_by(CheckIn.at.desc()).limit(limit)
        ).all()
        return [RecentCheckIn(c.id, c.household_id, name, code, c.adults, c.kids, c.at, c.device, c.operator,
                              source == SOURCE_WALK_UP, undo_id is not None, reason or "")
                for c, name, code, source, reason, undo_id in rows]


def last_in_force(desk: Desk) -> RecentCheckIn | None:
    """This laptop's most recent check-in that is not undone: what Ctrl+Z offers to undo (never another laptop's)."""
    with desk.db.read() as s:
        row = s.execute(
            select(CheckIn, Household.family_name, Household.ticket_code, Household.source)
            .join(Household, Household.id == CheckIn.household_id)
            .outerjoin(CheckInUndo, CheckInUndo.check_in_id == CheckIn.id)
            .where(CheckIn.event_id == desk.event_id, CheckIn.device == desk.device, CheckInUndo.id.is_(None))
            .order_by(CheckIn.at.desc(), CheckIn.id.desc()).limit(1)
        ).first()
        if row is None:
            return None
        c, name, code, source = row
        return RecentCheckIn(c.id, c.household_id, name, code, c.adults, c.kids, c.at, c.device, c.operator,
                             source == SOURCE_WALK_UP, False, "")
