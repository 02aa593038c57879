"""The demo night every step writes into: the desk, a seeded random generator and the evening's clock."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from nightout_desk import clock
from nightout_desk.services.context import Desk

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


def evening() -> tuple[datetime, datetime, datetime]:
    """The demo night opened two hours ago and runs four hours, so counters and 'last 15 minutes' look alive."""
    now = clock.now().replace(microsecond=0)
    local_now = clock.local(now)
    start_local = (local_now - timedelta(hours=2)).replace(minute=0, second=0)
    start = start_local.astimezone(now.tzinfo)
    return start, start + timedelta(hours=4), now
