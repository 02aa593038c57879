"""`nightout-desk print waivers --out FILE.pdf`: a blank parent's waiver form for paper sign-ups."""

from __future__ import annotations

import argparse
from pathlib import Path

from nightout_desk.commands.registry import PRINTERS
from nightout_desk.printing.waiver_form import WaiverForm, render_waiver_form
from nightout_desk.services import events, stations, waivers
from nightout_desk.services.context import Desk


def waiver_form(desk: Desk) -> WaiverForm:
    event = events.get_event(desk.db, desk.event_id)
    needs = tuple(st.name for st in stations.list_stations(desk) if st.needs_waiver)
    return WaiverForm(event.name, f"{event.date:%B} {event.date.day}, {event.date.year}", event.place, needs,
                      waivers.text(desk))


def print_waivers(desk: Desk, out: Path, args: argparse.Namespace) -> int:
    render_waiver_form(waiver_form(desk), out)
    print(f"Blank waiver form written to {out}")
    return 0


PRINTERS["waivers"] = print_waivers
