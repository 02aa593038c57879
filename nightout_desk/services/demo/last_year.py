"""Last year's event: a smaller night, finished, made by the same area steps, for the year-over-year comparison."""

from __future__ import annotations

import random
from datetime import timedelta

from nightout_desk import clock
from nightout_desk.areas import Area
from nightout_desk.services import events
from nightout_desk.services.context import Desk
from nightout_desk.services.demo.data import NEIGHBOURHOODS, PARK, TOWN
from nightout_desk.services.demo.night import DemoNight
from nightout_desk.services.demo.steps import area_steps


def previous_year(night: DemoNight) -> None:
    """Last year's event: a smaller night, finished, with households, check-ins and the other areas' demo data."""
    local_start = clock.local(night.start)
    day = local_start.date() - timedelta(days=364)  # the same weekday, a year earlier
    year = day.year
    db = night.desk.db
    previous = events.create_event(db, name=f"{TOWN} National Night Out {year}", on=day, place=PARK, town=TOWN,
                                   starts_at=f"{local_start:%H:%M}", ends_at=f"{clock.local(night.end):%H:%M}",
                                   neighbourhoods=NEIGHBOURHOODS, demo=True, operator="Demo", device="Demo")
    shift = timedelta(days=364)
    last_year = DemoNight(Desk(db, previous.id, "Demo", "lieutenant", "Demo"), random.Random(night.rng.random()),
                          night.start - shift, night.end - shift, night.end - shift,  # a finished night
                          max(20, int(night.households * 0.8)), previous_year=True)
    for _label, step in area_steps(skip=(Area.STATIONS,)):  # last year's stations were not recorded
        step(last_year)
