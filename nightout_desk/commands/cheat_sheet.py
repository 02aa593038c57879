"""`nightout-desk print cheat-sheet --out FILE.pdf`: the keyboard cheat sheet to tape to the table.

It names no one and needs no event, so no operator is asked for and no database is opened.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from nightout_desk.services.context import Desk


def print_cheat_sheet(_desk: Desk | None, out: Path, _args: argparse.Namespace) -> int:
    from nightout_desk.printing.cheat_sheet import write_cheat_sheet

    write_cheat_sheet(out)
    print(f"Wrote the keyboard cheat sheet (one page) to {out}")
    return 0
