"""Attendance for the report: arrivals per 15 minutes, people on site, neighbourhoods and ZIPs, walk-ups."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import DateTime, func, select, type_coerce
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.models import CheckIn, CheckInUndo, Event, Household
from nightout_desk.models.household import SOURCE_PREREGISTERED, SOURCE_WALK_UP
from nightout_desk.services.context import Desk
from nightout_desk.services.report.model import EN, Attendance, GroupCount, TimeSlot
from nightout_desk.services.wording.words import Words

SLOT = timedelta(minutes=15)
NOT_GIVEN = "(not given)"


def _floor(moment: datetime) -> datetime:
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


def _event_window(event: Event) -> tuple[datetime, datetime]:
    """The event's advertised hours as local aware datetimes (an end before the start runs past midnight)."""
    def at(hhmm: str) -> datetime:
        hour, minute = (int(x) for x in hhmm.split(":"))
        return datetime.combine(event.date, time(hour, minute)).astimezone()

    start, end = at(event.starts_at), at(event.ends_at)
    return start, end if end > start else end + timedelta(days=1)


def _slot_starts(start: datetime, end: datetime, first: datetime, last: datetime,
                 busy: dict[datetime, list[int]]) -> list[datetime]:
    """Every 15 minutes of the advertised hours and of any arrival outside them; when arrivals were recorded on
    another day than the event's (a test run, a wrong laptop clock), the arrivals' own span; a span of more than
    a day lists only the busy slots rather than thousands of empty ones."""
    if first < start - timedelta(hours=6) or last > end + timedelta(hours=6):
        start, end = first, last
    now = clock.local(clock.now())
    if start <= now < end:  # a report made during the evening stops at the current quarter hour
        end = _floor(now) + SLOT
    begin, stop = _floor(min(start, first)), max(end, _floor(last) + SLOT)
    if stop - begin > timedelta(hours=24):
        return sorted(busy)
    out = []
    while begin < stop:
        out.append(begin)
        begin += SLOT
    return out


def _groups(counts: dict[str, list[int]], w: Words) -> tuple[GroupCount, ...]:
    rows = [GroupCount(name, h, p) for name, (h, p) in counts.items()]
    # households first: the tables and charts are "Households by neighbourhood / ZIP code"
    rows.sort(key=lambda g: (g.name == NOT_GIVEN, -g.households, -g.people, g.name.casefold()))
    return tuple(GroupCount(w("group.not_given"), g.households, g.people) if g.name == NOT_GIVEN else g for g in rows)


def attendance(desk: Desk, s: Session, w: Words = EN) -> Attendance | None:
    """None when nobody has checked in yet; the groups named in `w`'s language."""
    rows = s.execute(
        select(type_coerce(CheckIn.at, DateTime), CheckIn.adults, CheckIn.kids, Household.source,
               Household.neighbourhood, Household.zip_code)
        .join(Household, Household.id == CheckIn.household_id)
        .outerjoin(CheckInUndo, CheckInUndo.check_in_id == CheckIn.id)
        .where(CheckIn.event_id == desk.event_id, CheckInUndo.id.is_(None))
    ).all()
    if not rows:
        return None
    event = s.get(Event, desk.event_id)
    registered = s.scalar(select(func.count()).select_from(Household).where(
        Household.event_id == desk.event_id, Household.source == SOURCE_PREREGISTERED,
        Household.merged_into_id.is_(None))) or 0

    start, end = _event_window(event)
    per_slot: dict[datetime, list[int]] = defaultdict(lambda: [0, 0, 0])
    hoods: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    zips: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    sources = {SOURCE_WALK_UP: [0, 0], SOURCE_PREREGISTERED: [0, 0]}
    adults = kids = 0
    first = last = None
    for at, a, k, source, hood, zip_code in rows:  # `at` read as stored (naive UTC): 10,000 rows stay fast
        local = at.replace(tzinfo=UTC).astimezone()
        first = local if first is None or local < first else first
        last = local if last is None or local > last else last
        slot = per_slot[_floor(local)]
        slot[0] += 1
        slot[1] += a
        slot[2] += k
        adults += a
        kids += k
        for table, key in ((hoods, (hood or "").strip() or NOT_GIVEN), (zips, (zip_code or "").strip() or NOT_GIVEN),
                           (sources, source if source in sources else SOURCE_PREREGISTERED)):
            table[key][0] += 1
            table[key][1] += a + k

    slots = []
    on_site = 0
    for moment in _slot_starts(start, end, first, last, per_slot):
        h, a, k = per_slot.get(moment, (0, 0, 0))
        on_site += a + k
        slots.append(TimeSlot(moment, h, a, k, on_site))
    return Attendance(
        households=len(rows), adults=adults, kids=kids,
        walk_ups=GroupCount(w("group.walk_ups"), *sources[SOURCE_WALK_UP]),
        pre_registered=GroupCount(w("group.pre_registered"), *sources[SOURCE_PREREGISTERED]),
        registered_households=int(registered), slots=tuple(slots), by_neighbourhood=_groups(hoods, w),
        by_zip=_groups(zips, w), first_arrival=first, last_arrival=last,
    )
