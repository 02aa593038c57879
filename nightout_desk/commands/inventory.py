"""`nightout-desk print count-sheet`: the giveaway stock count sheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from nightout_desk import clock
from nightout_desk.commands.entries import AreaCommands
from nightout_desk.services import events
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.inventory import stock as inventory
from nightout_desk.services.wording.language import desk_language
from nightout_desk.services.wording.words import Words


def print_count_sheet(desk: Desk, out: Path, args: argparse.Namespace) -> int:
    from nightout_desk.printing.count_sheet import write_count_sheet

    items = inventory.levels(desk)
    if not items:
        raise InvalidInput("There are no giveaway items yet.")
    event = events.get_event(desk.db, desk.event_id)
    w = Words(desk_language(desk))
    write_count_sheet(f"{event.name} — {w.day(event.date)}", items, out, clock.local(clock.now()), w)
    print(f"Count sheet for {len(items)} items written to {out}")
    return 0


COMMANDS = AreaCommands(printers={"count-sheet": print_count_sheet})
