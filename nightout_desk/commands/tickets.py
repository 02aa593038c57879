"""`nightout-desk print tickets --out F.pdf [--stock ...]` and `nightout-desk export-tickets DIR`: families' own
tickets ahead of the night, on paper or for a mail merge (the check-in area)."""

from __future__ import annotations

import argparse
from pathlib import Path

from nightout_desk.printing import ticket_files
from nightout_desk.printing import tickets as ticket_pdf
from nightout_desk.services.checkin import tickets
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def print_tickets(desk: Desk, out: Path, args: argparse.Namespace) -> int:
    """One ticket per household (merged duplicates left out) on Letter or A4 paper, or on a badge label stock."""
    stock = getattr(args, "stock", None) or ticket_pdf.DEFAULT_STOCK
    ticket_pdf.ticket_stock(stock)  # an unknown stock is a one-line error before anything is read
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(f"The output must be a .pdf file, not {out.name}.")
    if not out.parent.exists():
        raise InvalidInput(f"There is no folder {out.parent} to write {out.name} into.")
    sheet = tickets.ticket_sheet(desk)
    if not sheet.tickets:
        raise InvalidInput("No tickets to print: this event has no households yet (import the sign-ups first).")
    pages = ticket_pdf.render(sheet, stock, out)
    tickets.record(desk, sheet, "printed", f"{stock}, {out.name}")
    print(f"{_plural(len(sheet.tickets), 'family ticket')} on {_plural(pages, 'page')} of {stock} written to {out}")
    return 0


def export_tickets(desk: Desk, folder: Path) -> int:
    """tickets.csv and one QR picture per household, for a mail merge."""
    sheet = tickets.ticket_sheet(desk)
    if not sheet.tickets:
        raise InvalidInput("No tickets to export: this event has no households yet (import the sign-ups first).")
    csv_path, pictures = ticket_files.write_mail_merge(sheet, folder)
    tickets.record(desk, sheet, "exported", str(folder))
    print(f"{_plural(len(sheet.tickets), 'family ticket')}: {csv_path} and {_plural(len(pictures), 'QR picture')} "
          f"({pictures[0].name}, …) in {folder}")
    return 0
