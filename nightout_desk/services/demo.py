"""`nightout-desk demo`: a realistic event, half-way through the evening, so a newcomer sees a living night.

Each area adds a step to `DEMO_STEPS`; a step gets the `DemoNight` (desk, a seeded random generator and the
evening's clock) and writes its rows. Demo rows are written directly, back-dated over the evening's curve.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from nightout_desk import clock
from nightout_desk.db import Database
from nightout_desk.models import CheckIn, CheckInUndo, Household
from nightout_desk.models.household import SOURCE_PREREGISTERED, SOURCE_WALK_UP
from nightout_desk.services import audit, events
from nightout_desk.services.codes import new_ticket_code
from nightout_desk.services.context import Desk
from nightout_desk.services.demo_data import EMAIL_DOMAINS, FAMILY_NAMES, FIRST_NAMES, NEIGHBOURHOODS, NOTES, PARK, TOWN
from nightout_desk.services.events import EventInfo
from nightout_desk.services.households import search_text
from nightout_desk.text import fold

DEVICES = ["Desk 1", "Desk 2", "Desk 3"]
DESK_VOLUNTEERS = ["Maria Lopez", "Tom Becker", "Aisha Khan", "Officer Dana Reyes"]


@dataclass
class DemoNight:
    desk: Desk
    rng: random.Random
    start: datetime  # UTC, when the event opened
    end: datetime  # UTC, when it closes
    now: datetime  # UTC, "now" in the demo: part-way through the evening
    households: int
    previous_year: bool = False  # last year's smaller night, for the year-over-year comparison
    household_ids: list = field(default_factory=list)
    checked_in_ids: list = field(default_factory=list)

    def arrival_time(self) -> datetime:
        """An arrival on an evening's curve: a rush in the first hour, then a tail."""
        span = (self.now - self.start).total_seconds()
        offset = self.rng.triangular(0, span, span * 0.3)
        return self.start + timedelta(seconds=offset)

    def moment(self, fraction: float) -> datetime:
        return self.start + (self.end - self.start) * fraction


DemoStep = Callable[[DemoNight], None]
DEMO_STEPS: list[tuple[str, DemoStep]] = []  # (label, step): areas append theirs


def _evening() -> tuple[datetime, datetime, datetime]:
    """The demo night opened two hours ago and runs four hours, so counters and 'last 15 minutes' look alive."""
    now = clock.now().replace(microsecond=0)
    local_now = clock.local(now)
    start_local = (local_now - timedelta(hours=2)).replace(minute=0, second=0)
    start = start_local.astimezone(now.tzinfo)
    return start, start + timedelta(hours=4), now


def create_demo(db: Database, households: int = 400, seed: int = 2026,
                report: Callable[[int, int, str], None] | None = None) -> EventInfo:
    rng = random.Random(seed)
    start, end, now = _evening()
    local_start = clock.local(start)
    event = events.create_event(db, name=f"{TOWN} National Night Out {local_start.year}", on=local_start.date(),
                                place=PARK, town=TOWN, starts_at=f"{local_start:%H:%M}",
                                ends_at=f"{clock.local(end):%H:%M}", neighbourhoods=NEIGHBOURHOODS,
                                operator="Demo", device="Demo")
    desk = Desk(db, event.id, "Demo", "lieutenant", "Demo")
    night = DemoNight(desk, rng, start, end, now, households)
    steps = [("Households and check-ins", _households_and_check_ins), *DEMO_STEPS]
    for i, (label, step) in enumerate(steps, start=1):
        step(night)
        if report:
            report(i, len(steps), label)
    with db.write() as s:
        audit.record(s, desk, "demo created", entity="event", entity_id=event.id,
                     summary=f"{households} households, seed {seed}")
    return event


def _household(night: DemoNight, source: str, number: int) -> Household:
    rng = night.rng
    family = rng.choice(FAMILY_NAMES)
    firsts = ", ".join(rng.sample(FIRST_NAMES, rng.choice([1, 2, 2, 3, 4])))
    hood, zip_code = rng.choice(NEIGHBOURHOODS)
    email = f"{fold(family).replace(' ', '').replace(chr(39), '')}{number}@{rng.choice(EMAIL_DOMAINS)}"
    h = Household(
        event_id=night.desk.event_id, ticket_code=new_ticket_code(), family_name=family, first_names=firsts,
        phone=f"(555) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}" if rng.random() < 0.85 else "",
        email=email if source == SOURCE_PREREGISTERED or rng.random() < 0.3 else "",
        zip_code=zip_code, neighbourhood=hood, adults_expected=rng.choice([1, 2, 2, 2, 3]),
        kids_expected=rng.choice([0, 1, 2, 2, 3, 4]), source=source,
        external_ref=f"demo:{number}" if source == SOURCE_PREREGISTERED else None,
        notes=rng.choice(NOTES), consent_to_contact=rng.random() < 0.6,
    )
    h.search_text = search_text(h)
    h.created_at = h.updated_at = night.start - timedelta(days=rng.randint(1, 30))
    return h


def _households_and_check_ins(night: DemoNight) -> None:
    rng = night.rng
    with night.desk.db.write() as s:
        for number in range(night.households):
            walk_up = rng.random() < 0.18
            h = _household(night, SOURCE_WALK_UP if walk_up else SOURCE_PREREGISTERED, number)
            s.add(h)
            s.flush()
            night.household_ids.append(h.id)
            if walk_up or rng.random() < 0.55:
                at = night.arrival_time()
                if walk_up:
                    h.created_at = h.updated_at = at
                c = CheckIn(event_id=h.event_id, household_id=h.id, at=at, device=rng.choice(DEVICES),
                            operator=rng.choice(DESK_VOLUNTEERS),
                            adults=max(1, h.adults_expected + rng.choice([0, 0, 0, -1, 1])),
                            kids=max(0, h.kids_expected + rng.choice([0, 0, 0, -1, 1])))
                s.add(c)
                s.flush()
                night.checked_in_ids.append(h.id)
                if rng.random() < 0.02:  # a few mistakes, undone at the table
                    s.add(CheckInUndo(event_id=h.event_id, check_in_id=c.id, at=at + timedelta(minutes=1),
                                      reason="wrong family selected", device=c.device, operator=c.operator))
                    night.checked_in_ids.pop()


from nightout_desk.services import demo_donations, demo_stations, demo_volunteers  # noqa: E402, F401, I001 - each registers its demo steps
