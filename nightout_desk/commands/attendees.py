"""`nightout-desk import attendees FILE`: pre-registered households from Eventbrite or any CSV; and the families'
tickets (`print tickets`, commands/tickets.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from nightout_desk.commands.entries import AreaCommands
from nightout_desk.commands.import_output import run_import_command
from nightout_desk.commands.tickets import print_tickets
from nightout_desk.services.checkin import attendee_import
from nightout_desk.services.context import Desk


def import_attendees(desk: Desk, path: Path, args: argparse.Namespace) -> int:
    return run_import_command(
        path, args,
        preview=lambda p, mapping, fmt: attendee_import.preview(desk, p, mapping, fmt),
        run=lambda p, mapping, fmt, **how: attendee_import.run(desk, p, mapping, fmt, **how))


COMMANDS = AreaCommands(importers={"attendees": import_attendees}, printers={"tickets": print_tickets})
