"""`nightout-desk demo`: a realistic event, half-way through the evening, so a newcomer sees a living night.

Each area's steps (`steps.py`, in `AREAS` order) get the `DemoNight` (desk, a seeded random generator and the
evening's clock) and write their rows directly, back-dated over the evening's curve; then last year's smaller night
is made the same way for the year-over-year comparison.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from nightout_desk import clock
from nightout_desk.db import Database
from nightout_desk.services import audit, events
from nightout_desk.services.context import Desk
from nightout_desk.services.demo import last_year
from nightout_desk.services.demo.data import NEIGHBOURHOODS, PARK, TOWN
from nightout_desk.services.demo.night import DemoNight, evening
from nightout_desk.services.demo.steps import area_steps
from nightout_desk.services.events import EventInfo


def create_demo(db: Database, households: int = 400, seed: int = 2026,
                report: Callable[[int, int, str], None] | None = None) -> EventInfo:
    rng = random.Random(seed)
    start, end, now = evening()
    local_start = clock.local(start)
    event = events.create_event(db, name=f"{TOWN} National Night Out {local_start.year}", on=local_start.date(),
                                place=PARK, town=TOWN, starts_at=f"{local_start:%H:%M}",
                                ends_at=f"{clock.local(end):%H:%M}", neighbourhoods=NEIGHBOURHOODS,
                                demo=True, operator="Demo", device="Demo")
    desk = Desk(db, event.id, "Demo", "lieutenant", "Demo")
    night = DemoNight(desk, rng, start, end, now, households)
    steps = [*area_steps(), ("Last year's event", last_year.previous_year)]
    for i, (label, step) in enumerate(steps, start=1):
        step(night)
        if report:
            report(i, len(steps), label)
    with db.write() as s:
        audit.record(s, desk, "demo created", entity="event", entity_id=event.id,
                     summary=f"{households} households, seed {seed}")
    return event
