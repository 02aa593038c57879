"""`nightout-desk print waivers --out FILE.pdf`: a blank parent's waiver form for paper sign-ups."""

from __future__ import annotations

import argparse
from pathlib import Path

from nightout_desk.commands.entries import AreaCommands
from nightout_desk.printing.waiver_form import render_waiver_form
from nightout_desk.services.context import Desk
from nightout_desk.services.stations import waivers


def print_waivers(desk: Desk, out: Path, args: argparse.Namespace) -> int:
    render_waiver_form(waivers.blank_form(desk), out)
    print(f"Blank waiver form written to {out}")
    return 0


COMMANDS = AreaCommands(printers={"waivers": print_waivers})
