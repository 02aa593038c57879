"""Each area's command-line entries (import kinds, print kinds, the report), one table keyed by `Area`.

Kept out of the package's `__init__`: these entries import services and printing, which the GUI's start does not need
(cli.py imports small modules of this package at every start)."""

from __future__ import annotations

from nightout_desk.areas import Area
from nightout_desk.commands import attendees, donations, inventory, report, stations, volunteers
from nightout_desk.commands.entries import AreaCommands

COMMANDS: dict[Area, AreaCommands] = {
    Area.CHECKIN: attendees.COMMANDS,
    Area.VOLUNTEERS: volunteers.COMMANDS,
    Area.STATIONS: stations.COMMANDS,
    Area.DONATIONS: donations.COMMANDS,
    Area.INVENTORY: inventory.COMMANDS,
    Area.REPORTS: report.COMMANDS,
}
