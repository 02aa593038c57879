"""`nightout-desk print receipts|letters|statements` and `nightout-desk import donations FILE`."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

from nightout_desk.commands.entries import AreaCommands
from nightout_desk.services import permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import letters, organization, receipts
from nightout_desk.services.errors import InvalidInput, NotFound


def _receipt_ids(desk: Desk, args: argparse.Namespace) -> list[uuid.UUID]:
    wanted = getattr(args, "donation", None)
    if wanted:
        everything = receipts.list_receipts(desk)
        by_number = [r for r in everything if r.number.casefold() == wanted.strip().casefold()]
        if by_number:
            return [by_number[0].id]
        try:
            donation_id = uuid.UUID(wanted.strip())
        except ValueError:
            raise NotFound(f"No receipt numbered “{wanted}” and no donation with that id.") from None
        current = [r for r in everything if r.donation_id == donation_id and not r.is_void]
        if not current:
            raise NotFound(f"Donation {wanted} has no current receipt (is it in this event, or was it voided?).")
        return [current[0].id]
    # numbering donations saved before the organization was set up is an organizer's; anyone prints what is there
    if organization.get(desk).is_set_up and permissions.may(desk, "donations.issue_receipts"):
        made = receipts.issue_missing(desk)
        if made:
            print(f"Issued {len(made)} missing receipts: {made[0].number} to {made[-1].number}.")
    if getattr(args, "all", False):
        return [r.id for r in receipts.list_receipts(desk)]
    return [r.id for r in receipts.list_receipts(desk, unprinted=True)]


def print_receipts(desk: Desk, out: Path, args: argparse.Namespace) -> int:
    from nightout_desk.printing.receipts import write_receipts

    ids = _receipt_ids(desk, args)
    if not ids:
        raise InvalidInput("There are no receipts to print (every receipt is printed already; use --all to reprint).")
    write_receipts(receipts.printable(desk, ids), out)
    receipts.mark_printed(desk, ids)
    print(f"{len(ids)} receipt{'s' if len(ids) != 1 else ''} written to {out}")
    return 0


def print_letters(desk: Desk, out: Path, args: argparse.Namespace) -> int:
    from nightout_desk.printing.letters import write_letters

    made = letters.letters(desk)
    if not made:
        raise InvalidInput("No donations are recorded yet, so there is nobody to thank.")
    write_letters(made, out, organization.get(desk).footer)
    print(f"{len(made)} thank-you letter{'s' if len(made) != 1 else ''} written to {out}")
    return 0


def print_statements(desk: Desk, out: Path, args: argparse.Namespace) -> int:
    """`print statements --year 2026 [--donor NAME]`: one calendar-year statement per donor, across events."""
    from nightout_desk.printing.statements import write_statements
    from nightout_desk.services.donations import statements

    year = getattr(args, "year", None)
    if year is None:
        raise InvalidInput("Say which year the statements are for, e.g. --year 2026.")
    name = getattr(args, "donor", None)
    keys = [g.key for g in statements.find_givers(desk, year, name)] if name else None
    made = statements.year_statements(desk, year, keys)
    write_statements(made, out)
    statements.record_printed(desk, made)
    print(f"{len(made)} statement{'s' if len(made) != 1 else ''} for {year} written to {out}")
    return 0




def import_donations(desk: Desk, path: Path, args: argparse.Namespace) -> int:
    from nightout_desk.commands.import_output import run_import_command
    from nightout_desk.services.donations import donation_import

    return run_import_command(
        path, args,
        preview=lambda p, mapping, fmt: donation_import.preview(desk, p, mapping, fmt),
        run=lambda p, mapping, fmt, **how: donation_import.run(desk, p, mapping, fmt, **how))


COMMANDS = AreaCommands(importers={"donations": import_donations},
                        printers={"receipts": print_receipts, "letters": print_letters,
                                  "statements": print_statements})
