"""`nightout-desk print badges`, `print hours-letters` and `import volunteers` (the volunteers area)."""

from __future__ import annotations

import argparse
from pathlib import Path

from nightout_desk.commands.entries import AreaCommands
from nightout_desk.commands.import_output import run_import_command
from nightout_desk.printers.paper import short_name
from nightout_desk.printing import badges as badge_pdf
from nightout_desk.printing import hours_letters as letters_pdf
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.volunteers import badges, hours_letters, volunteer_import
from nightout_desk.services.wording.language import desk_language
from nightout_desk.services.wording.words import Words


def _pdf_path(out: Path) -> Path:
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(f"The output must be a .pdf file, not {out.name}.")
    if not out.parent.exists():
        raise InvalidInput(f"There is no folder {out.parent} to write {out.name} into.")
    return out


def print_badges(desk: Desk, out: Path, args: argparse.Namespace) -> int:
    stock = getattr(args, "stock", None) or badge_pdf.DEFAULT_STOCK
    badge_pdf.stock(stock)  # an unknown stock is a one-line error before anything is read
    sheet = badges.badge_sheet(desk, who=getattr(args, "who", None) or "volunteers",
                               only_unprinted=getattr(args, "only_unprinted", False),
                               volunteer_code=getattr(args, "volunteer", None))
    if not sheet.badges:
        raise InvalidInput("No badges to print: every badge was printed already (use --volunteer CODE to reprint one)."
                           if getattr(args, "only_unprinted", False) else "No badges to print: the list is empty.")
    pages = badge_pdf.render(sheet, stock, _pdf_path(out))
    deliver = getattr(args, "deliver", None)  # `--printer NAME` (commands/printing.py): sent, or raises
    if deliver is not None:  # before counting: a badge is printed once the print system took the job
        deliver(out, f"Badges — {short_name(badge_pdf.stock(stock).title)} — {len(sheet.badges)}")
    reprints = badges.record_printed(desk, sheet.badges, stock, reason=getattr(args, "reason", "") or "")
    note = f" ({reprints} reprint{'s' if reprints != 1 else ''})" if reprints else ""
    where = "printed" if deliver is not None and not getattr(args, "out", None) else f"written to {out}"
    print(f"{len(sheet.badges)} badge{'s' if len(sheet.badges) != 1 else ''}{note} on {pages} page"
          f"{'s' if pages != 1 else ''} of {stock} {where}")
    return 0


def print_hours_letters(desk: Desk, out: Path, args: argparse.Namespace) -> int:
    signer = getattr(args, "operator", None) or ""  # no --operator: a blank line to sign by hand
    found = hours_letters.letters(desk, volunteer_code=getattr(args, "volunteer", None), signer=signer)
    letters_pdf.render(found, _pdf_path(out), words=Words(desk_language(desk)))
    print(f"{len(found)} service-hours letter{'s' if len(found) != 1 else ''} written to {out}")
    return 0


def import_volunteers(desk: Desk, path: Path, args: argparse.Namespace) -> int:
    """A SignUpGenius sign-up report or any CSV (`--format generic --map first_name="Given"`)."""
    return run_import_command(path, args,
                              preview=lambda p, mapping, fmt: volunteer_import.preview(desk, p, mapping, fmt),
                              run=lambda p, mapping, fmt, **how: volunteer_import.run(desk, p, mapping, fmt, **how))


COMMANDS = AreaCommands(importers={"volunteers": import_volunteers},
                        printers={"badges": print_badges, "hours-letters": print_hours_letters})
