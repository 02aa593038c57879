"""Each area's demo steps, run in `AREAS` order (check-in first: the other areas use its households)."""

from __future__ import annotations

from collections.abc import Iterator

from nightout_desk.areas import AREAS, Area
from nightout_desk.services.demo import checkin, donations, inventory, stations, volunteers
from nightout_desk.services.demo.night import DemoStep

STEPS: dict[Area, tuple[tuple[str, DemoStep], ...]] = {
    Area.CHECKIN: checkin.STEPS,
    Area.VOLUNTEERS: volunteers.STEPS,
    Area.STATIONS: stations.STEPS,
    Area.DONATIONS: donations.STEPS,
    Area.INVENTORY: inventory.STEPS,
}


def area_steps(*, skip: tuple[Area, ...] = ()) -> Iterator[tuple[str, DemoStep]]:
    """(label, step) for every area, in AREAS order."""
    for info in AREAS:
        if info.area not in skip:
            yield from STEPS.get(info.area, ())
