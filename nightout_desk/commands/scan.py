"""`nightout-desk scan CODE [--adults N --kids N] [--station NAME]`: what a scan at the desk does, on a terminal.

One line says what happened. Exit 0 when the scan did its job (checked in, already checked in, clocked in or out,
counted at a station); 1 with the line on stderr when nothing could be done (not found, a waiver missing).
"""

from __future__ import annotations

import argparse
import sys

from nightout_desk.services.context import Desk
from nightout_desk.services.scan import route_scan


def scan(desk: Desk, args: argparse.Namespace) -> int:
    outcome = route_scan(desk, args.code, adults=args.adults, kids=args.kids, station=args.station)
    if outcome.done:
        print(outcome.message)
        return 0
    print(f"nightout-desk: {outcome.message}", file=sys.stderr)
    return 1
