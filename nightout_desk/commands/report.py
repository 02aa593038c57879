"""`nightout-desk report --out FILE.pdf [--csv DIR]`: the end-of-night report, and its tables as CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from nightout_desk.commands.entries import AreaCommands
from nightout_desk.printing.report_pdf import render_report
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.report import build_report
from nightout_desk.services.report.tables import write_report_csv


def report(desk: Desk, out: Path, args: argparse.Namespace) -> int:
    if out.is_dir():
        raise InvalidInput(f"{out} is a folder; give the report a file name, e.g. {out / 'night-out-report.pdf'}")
    night = build_report(desk)
    render_report(night, out)
    print(f"Report for “{night.event_name}” written to {out}")
    if getattr(args, "csv", None):
        written = write_report_csv(night, Path(args.csv))
        print(f"{len(written)} CSV tables written to {args.csv}")
    if night.is_empty:
        print("Nothing has been recorded for this event yet: the report says “no data yet”.")
    return 0


COMMANDS = AreaCommands(report=report)
