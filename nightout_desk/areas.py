"""The areas of the night, in the order the window shows them: the one list every layer reads.

Tabs (`ui/tabs.py`), the check-in desk's panels (`ui/checkin/extensions.py`), the command line
(`commands/__init__.py`), the demo (`services/demo/steps.py`), the export (`services/export.py`) and the report
(`services/report/areas.py`) each keep a table keyed by `Area`, filled with normal imports and read in `AREAS` order;
`tests/test_areas.py` checks every table against this list. A new area is added here first.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Area(StrEnum):
    CHECKIN = "check-in"
    VOLUNTEERS = "volunteers"
    STATIONS = "stations"
    DONATIONS = "donations"
    INVENTORY = "inventory"
    REPORTS = "reports"


@dataclass(frozen=True)
class AreaInfo:
    area: Area
    title: str  # the tab's title and the area's name in messages
    tab_name: str  # the tab's stable objectName (docs/ui.md)


AREAS: tuple[AreaInfo, ...] = (
    AreaInfo(Area.CHECKIN, "Check-in", "checkinTab"),
    AreaInfo(Area.VOLUNTEERS, "Volunteers", "volunteersTab"),
    AreaInfo(Area.STATIONS, "Stations", "stationsTab"),
    AreaInfo(Area.DONATIONS, "Donations", "donationsTab"),
    AreaInfo(Area.INVENTORY, "Inventory", "inventoryTab"),
    AreaInfo(Area.REPORTS, "Reports", "reportsTab"),
)
