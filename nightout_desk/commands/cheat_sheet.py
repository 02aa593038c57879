"""`nightout-desk print cheat-sheet --out FILE.pdf`: the keyboard cheat sheet to tape to the table.

It names no one and needs no event, so no operator is asked for and no database is opened.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from nightout_desk.services.context import Desk
from nightout_desk.services.wording import language
from nightout_desk.services.wording.words import Words


def print_cheat_sheet(_desk: Desk | None, out: Path, args: argparse.Namespace) -> int:
    from nightout_desk.printing.cheat_sheet import write_cheat_sheet

    code = getattr(args, "language", None)  # no event to ask: English unless --language says otherwise
    write_cheat_sheet(out, words=Words(language.checked(code) if code else language.ENGLISH))
    print(f"Wrote the keyboard cheat sheet (one page) to {out}")
    return 0
