"""`nightout-desk print waivers --out FILE.pdf`: a blank parent's waiver form for paper sign-ups."""

from __future__ import annotations

import argparse
from pathlib import Path

from nightout_desk.commands.registry import PRINTERS
from nightout_desk.printing.waiver_form import render_waiver_form
from nightout_desk.services import waivers
from nightout_desk.services.context import Desk


def print_waivers(desk: Desk, out: Path, args: argparse.Namespace) -> int:
    render_waiver_form(waivers.blank_form(desk), out)
    print(f"Blank waiver form written to {out}")
    return 0


PRINTERS["waivers"] = print_waivers
