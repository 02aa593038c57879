"""Command-line entries of each area (import kinds, print kinds, the report), read in `AREAS` order.

One module per area; each entry is a small function that calls services and printing. `cli.py` imports this
package only when a command needs it, so `nightout-desk` starts fast.
"""

from __future__ import annotations

from nightout_desk.areas import AREAS, Area
from nightout_desk.commands import attendees, donations, inventory, report, stations, volunteers
from nightout_desk.commands.entries import AreaCommands, FileCommand

COMMANDS: dict[Area, AreaCommands] = {
    Area.CHECKIN: attendees.COMMANDS,
    Area.VOLUNTEERS: volunteers.COMMANDS,
    Area.STATIONS: stations.COMMANDS,
    Area.DONATIONS: donations.COMMANDS,
    Area.INVENTORY: inventory.COMMANDS,
    Area.REPORTS: report.COMMANDS,
}


def _in_order() -> list[AreaCommands]:
    return [COMMANDS[info.area] for info in AREAS if info.area in COMMANDS]


def importers() -> dict[str, FileCommand]:
    return {kind: fn for c in _in_order() for kind, fn in c.importers.items()}


def printers() -> dict[str, FileCommand]:
    return {kind: fn for c in _in_order() for kind, fn in c.printers.items()}


def report_command() -> FileCommand | None:
    return next((c.report for c in _in_order() if c.report is not None), None)
