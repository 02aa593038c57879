"""The `nightout-desk` command: the GUI by default, sub-commands for batch work (DESIGN.md's stable contract).

Each sub-command is a small function taking the parsed arguments; the import, print and report entries of each
area are listed in `nightout_desk.commands` (one table keyed by `nightout_desk.areas`). A user's mistake prints
one line on stderr and exits 1, never a traceback; so does a database refused at the door (db/door.py).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import uuid
from pathlib import Path
from typing import NoReturn

from nightout_desk import APP_NAME, __version__
from nightout_desk.config import default_database_url
from nightout_desk.db import Database, DatabaseUnavailable, door
from nightout_desk.lazy import lazy_module
from nightout_desk.services.context import ROLE_LABELS, Desk
from nightout_desk.services.errors import PermissionDenied, UserError
from nightout_desk.services.explain import OPENED_READ_ONLY, explain

# loaded when a sub-command first uses them: the window's start needs none of them (a light start)
signing_in = lazy_module("nightout_desk.commands.signing_in")
events = lazy_module("nightout_desk.services.events")
operators = lazy_module("nightout_desk.services.operators")

log = logging.getLogger(__name__)


DEMO_PIN = "2026"  # the demo's accounts (said when it makes them)
ASK_AT_LAPTOP = " Ask one to sign in at this laptop."


class CommandError(UserError):
    """A mistake in how a command was called."""


def open_database(args: argparse.Namespace) -> Database:
    """The database checked at the door (db/door.py): refused in one sentence when it is not ours, damaged or from a
    newer version; opened read-only, and said so on stderr, when the user may not change it."""
    db = door.open_database(args.db or default_database_url())
    if db.read_only:
        print(f"nightout-desk: {OPENED_READ_ONLY}", file=sys.stderr)
    return db


def open_desk(args: argparse.Namespace, *, create_if_missing: bool = False, needs_operator: str = "") -> Desk:
    """The event the command works on: --event (name or id) or the latest one, at the desk of --operator
    (commands/signing_in.py). `needs_operator`: what the command does, when it changes records or shows personal
    data; without --operator it is refused in one line."""
    db = open_database(args)  # refused at the door first (not ours, damaged), then asked who
    if needs_operator:
        signing_in.require_operator(args, needs_operator)
    desk = _desk(db, args)
    if desk is None:
        raise CommandError("This database has no event yet: start the app to create one, "
                           "or run `nightout-desk demo`.")
    return desk


def _desk(db: Database, args: argparse.Namespace) -> Desk | None:
    """--event (its id, or its name compared folded; several of one name are refused, listed), else the event this
    laptop opened last, else the latest real event (a demo only when there is no other)."""
    wanted = getattr(args, "event", None)
    if wanted:
        event = events.pick_event(events.list_events(db), wanted,
                                  nowhere=f"No event called “{wanted}” in this database. `nightout-desk events` lists "
                                          f"them.")
    else:
        event = events.default_event(db, _remembered_event())
        if event is None:
            return None
    return signing_in.desk_for(db, event.id, args)


def _remembered_event() -> uuid.UUID | None:
    from nightout_desk.config import LaptopSettings

    return LaptopSettings.load().last_event_id()


def _say_where_noted(db: Database, desk: Desk | None) -> None:
    from nightout_desk.services.outgoing import where_noted

    note = where_noted(db, desk)
    if note:
        print(f"nightout-desk: {note}", file=sys.stderr)


# --- commands ---------------------------------------------------------------------------------------------------

def cmd_gui(args: argparse.Namespace) -> int:
    opening = door.Opening(args.db or default_database_url())  # checked at the door while the window's code loads
    from nightout_desk.ui.app import run_gui

    if args.hub:  # the window's background sync reads the hub as NIGHTOUT_HUB does (config.hub_url)
        os.environ["NIGHTOUT_HUB"] = args.hub
    return run_gui(args.db, event=args.event, smoke_test=getattr(args, "smoke_test", False), opening=opening)


def _choices(registered: dict) -> str:
    return f" (it can do: {', '.join(sorted(registered))})" if registered else ""


def cmd_events(args: argparse.Namespace) -> int:
    from nightout_desk.commands import events as event_commands

    db = open_database(args)
    if args.action == "list":
        return event_commands.list_events(db, _remembered_event())
    if args.action == "set":
        return event_commands.set_details(args, lambda: _desk(db, args))
    return event_commands.create(db, args, lambda: _desk(db, args))


def cmd_demo(args: argparse.Namespace) -> int:
    from nightout_desk.services.demo import create_demo

    db = open_database(args)
    setting_up = not operators.accounts_exist(db)
    if not setting_up:  # a database in use: its lieutenant adds the demo, with the accounts it has
        signing_in.require_operator(args, "A demo in a database that has accounts")
        _desk(db, args).require("lieutenant", doing="add a demo event to a database that has accounts")
    from nightout_desk.commands.terminal import progress

    event = create_demo(db, households=args.households, seed=args.seed, report=progress)
    print(f"Created the demo event “{event.name}” ({event.date}) with {args.households} households in {db.label}.")
    if setting_up:
        demo = Desk(db, event.id, "Demo Lieutenant", "volunteer")
        operators.add(demo, "Demo Lieutenant", "lieutenant", DEMO_PIN)
        operators.add(demo.with_operator("Demo Lieutenant", "lieutenant"), "Demo Organizer", "organizer", DEMO_PIN)
        print(f"Accounts: “Demo Organizer” and “Demo Lieutenant”, both with the PIN {DEMO_PIN} "
              f"(e.g. --operator \"Demo Organizer\" with NIGHTOUT_PIN={DEMO_PIN}). Not for a real night.")
    else:
        print("The demo event has this database's own organizer and lieutenant accounts.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from nightout_desk import commands

    importers = commands.importers()
    if args.kind not in importers:
        raise CommandError(f"Importing {args.kind} is not available in this version{_choices(importers)}.")
    path = Path(args.file)
    if not path.is_file():
        raise CommandError(f"There is no file at {path}.")
    doing = "" if getattr(args, "dry_run", False) else f"Importing {args.kind}"  # a dry run shows the file only
    return importers[args.kind](open_desk(args, needs_operator=doing), path, args)


def cmd_print(args: argparse.Namespace) -> int:
    from nightout_desk import commands

    if args.kind == "cheat-sheet":  # names no one and needs no event: no database opened, no operator asked
        return _print_cheat_sheet(args)
    printers = commands.printers()
    if args.kind == "report":  # `print report` is `report --out` (DESIGN's contract), and goes to a printer too
        printers = {**printers, "report": commands.report_command()}
    if args.kind not in printers:
        raise CommandError(f"Printing {args.kind} is not available in this version{_choices(printers)}.")
    doing = "" if args.kind in ("waivers", "count-sheet") else f"Printing {args.kind}"  # blank forms name no one
    if args.printer:
        from nightout_desk.commands.printing import print_to_printer

        return print_to_printer(args, printers[args.kind], lambda: open_desk(args, needs_operator=doing))
    if args.kind == "statements" and args.year is None:
        raise CommandError("Say which year the statements are for, e.g. --year 2026.")
    out = args.out or (f"statements-{args.year}.pdf" if args.kind == "statements" else None)
    if out is None:
        raise CommandError("Say where to write the PDF: --out FILE.pdf.")
    return printers[args.kind](open_desk(args, needs_operator=doing), Path(out), args)


def _print_cheat_sheet(args: argparse.Namespace) -> int:
    from nightout_desk.commands.cheat_sheet import print_cheat_sheet

    if args.printer:
        from nightout_desk.commands.printing import print_to_printer

        return print_to_printer(args, print_cheat_sheet, lambda: None)
    if args.out is None:
        raise CommandError("Say where to write the PDF: --out FILE.pdf.")
    return print_cheat_sheet(None, Path(args.out), args)


def cmd_report(args: argparse.Namespace) -> int:
    from nightout_desk import commands

    report = commands.report_command()
    if report is None:
        raise CommandError("The end-of-night report is not available in this version.")
    # its incidents section quotes the notes, which may name a lost child: the report says who made it
    return report(open_desk(args, needs_operator="The report"), Path(args.out), args)


def cmd_export(args: argparse.Namespace) -> int:
    from nightout_desk.services.export import COUNTS_ONLY, export_csv, with_personal_details

    desk = open_desk(args)
    written = export_csv(desk, Path(args.dir))
    for path in written:
        print(path)
    if not with_personal_details(desk):
        print(f"nightout-desk: {COUNTS_ONLY} (--operator NAME of an organizer, with the PIN, exports them.)",
              file=sys.stderr)
    _say_where_noted(desk.db, desk)
    return 0


def cmd_export_tickets(args: argparse.Namespace) -> int:
    from nightout_desk.commands.tickets import export_tickets

    return export_tickets(open_desk(args, needs_operator="Exporting families' tickets"), Path(args.dir))


def cmd_scan(args: argparse.Namespace) -> int:
    from nightout_desk.commands.scan import scan

    return scan(open_desk(args, needs_operator="A scan"), args)


def cmd_operators(args: argparse.Namespace) -> int:
    from nightout_desk.commands.operators import run

    return run(open_desk(args), args)


def cmd_donations(args: argparse.Namespace) -> int:
    from nightout_desk.commands import donation_records

    if args.action == "list":
        return donation_records.list_donations(open_desk(args, needs_operator="Listing donors' donations"))
    return donation_records.void(open_desk(args, needs_operator="Voiding a donation"), args.number, args.reason)


def cmd_organization(args: argparse.Namespace) -> int:
    from nightout_desk.commands import organization

    if args.action == "show":
        return organization.show(open_desk(args))
    return organization.set_values(open_desk(args, needs_operator="Changing the organization's details"), args.values)


def cmd_backup(args: argparse.Namespace) -> int:
    from nightout_desk.services.backup import backup

    db = open_database(args)
    signing_in.require_operator(args, "A backup")
    desk = _desk(db, args)
    target = backup(db, Path(args.out) if args.out else None, desk=desk)
    print(f"Backed up to {target}")
    _say_where_noted(db, desk)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from nightout_desk.services.backup import note_restored, restore

    path = door.sqlite_path(args.db or default_database_url())
    if path is None:
        raise CommandError("A shared PostgreSQL database is restored on its server, not from a laptop.")
    restored = restore(path, Path(args.file))
    aside = f"; the file that was there is kept as {restored.set_aside}" if restored.set_aside else ""
    print(f"Restored {path} from {restored.backup}{aside}.")
    desk = _desk(open_database(args), args)
    if desk is not None:
        note_restored(desk, restored)
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    from nightout_desk.commands import laptops
    from nightout_desk.config import LaptopSettings, hub_url

    settings = LaptopSettings.load()
    return laptops.join(hub_url(args.hub, settings), args.db or default_database_url(), args.event, settings)


def cmd_sync(args: argparse.Namespace) -> int:
    from nightout_desk.commands import laptops
    from nightout_desk.config import LaptopSettings, hub_url

    settings = LaptopSettings.load()
    desk = open_desk(args)
    return laptops.sync(Desk(desk.db, desk.event_id, desk.operator, desk.role, settings.device_name),
                        hub_url(args.hub, settings))


def cmd_backups(args: argparse.Namespace) -> int:
    from nightout_desk.commands import laptops
    from nightout_desk.config import LaptopSettings

    return laptops.backups(open_database(args), LaptopSettings.load())


def cmd_merge(args: argparse.Namespace) -> int:
    from nightout_desk.commands.merge import merge

    db = open_database(args)
    signing_in.require_operator(args, "Merging another laptop's file")
    desk = _desk(db, args)  # None on a database with no event yet (and so no account): the set-up, no one checked
    return merge(db, Path(args.file), args, operator=desk.operator if desk else args.operator,
                 role=desk.role if desk else "lieutenant")


def cmd_audit(args: argparse.Namespace) -> int:
    from nightout_desk.commands.trust import verify_log

    db = open_database(args)
    desk = _desk(db, args) if args.event else None
    return verify_log(db, desk.event_id if desk else None)


def cmd_privacy(args: argparse.Namespace) -> int:
    from nightout_desk.commands.trust import purge
    from nightout_desk.config import LaptopSettings

    return purge(open_desk(args), one_event=bool(args.event), now=args.now,
                 second_folder=LaptopSettings.load().second_backup_folder)


class _Parser(argparse.ArgumentParser):
    """A wrong option is a user's mistake too: one line on stderr and exit 1 (DESIGN.md's contract), not 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def _how_many(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is below zero")
    return value


def _year(text: str) -> int:
    if not (text.strip().isdigit() and len(text.strip()) == 4):
        raise argparse.ArgumentTypeError(f"“{text}” is not a year like 2026")
    return int(text)


def _add_options(target: argparse.ArgumentParser, default: object) -> None:
    """The options every command takes, before or after the sub-command."""
    target.add_argument("--db", metavar="URL", default=default,
                        help="database: a SQLite file path or URL, or postgresql://... "
                             "(default: $NIGHTOUT_DB or a file in your data folder)")
    target.add_argument("--event", metavar="NAME_OR_ID", default=default,
                        help="the event to work on, by name or id (default: the one this laptop opened last, "
                             "else the latest; a demo only when there is no real event)")
    target.add_argument("--operator", metavar="NAME", default=default,
                        help="who is doing this (needed to change records or see personal data); an organizer's "
                             "or lieutenant's PIN is asked at the terminal, or read from $NIGHTOUT_PIN")
    target.add_argument("--pin-stdin", action="store_true", default=default,
                        help="read the operator's PIN from the first line of standard input")
    target.add_argument("--hub", metavar="URL", default=default,
                        help="the PostgreSQL hub this laptop syncs with, postgresql://user@host/name "
                             "(default: $NIGHTOUT_HUB or the hub `join` remembered)")


def gui_start(argv: list[str]) -> argparse.Namespace | None:
    """The options of a plain start (the window: no sub-command, no --help), parsed without building the
    sub-commands, whose modules load most of the services (a light start); None when there is more to parse."""
    parser = _Parser(prog="nightout-desk", add_help=False)
    _add_options(parser, None)
    args, rest = parser.parse_known_args(argv)
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    from nightout_desk.commands.donation_records import add_parser as add_donations_parser
    from nightout_desk.commands.events import add_parser as add_events_parser
    from nightout_desk.commands.operators import add_parser as add_operators_parser
    from nightout_desk.commands.organization import add_parser as add_organization_parser
    from nightout_desk.commands.printing import add_parser as add_printers_parser
    from nightout_desk.commands.printing import cmd_printers

    parser = _Parser(prog="nightout-desk", description=f"{APP_NAME}: the National Night Out table.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # --db/--event/--operator work before or after the sub-command; after it they must not reset the value given
    # before it, hence SUPPRESS on the sub-command's copy.
    _add_options(parser, None)
    _add_options(common := _Parser(add_help=False), argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", parents=[common], help="start the app (the default)")
    p.add_argument("--smoke-test", action="store_true",
                   help="check that this copy starts: sign in as a volunteer, show every tab, quit (use a fresh "
                        "data folder: the sign-in is recorded)")
    p.set_defaults(func=cmd_gui)
    add_events_parser(sub, common).set_defaults(func=cmd_events)
    p = sub.add_parser("demo", parents=[common], help="create a realistic demo event")
    p.add_argument("--households", type=_how_many, default=400, metavar="N", help="how many households (default 400)")
    p.add_argument("--seed", type=int, default=2026, help="random seed, for a repeatable demo")
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("import", parents=[common], help="import attendees, volunteers or donations from a CSV file")
    p.add_argument("kind", choices=["attendees", "volunteers", "donations"])
    p.add_argument("file")
    p.add_argument("--format", default="auto", help="auto (default), eventbrite, generic, ...")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="for a generic CSV: which column holds which field (repeatable)")
    p.add_argument("--dry-run", action="store_true", help="show what would be imported, write nothing")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("print", parents=[common], help="print badges, tickets, receipts, letters, donors' year "
                                                       "statements or the keyboard cheat sheet to a PDF")
    p.add_argument("kind", choices=["badges", "receipts", "letters", "statements", "tickets", "waivers",
                                    "count-sheet", "hours-letters", "report", "cheat-sheet"])
    p.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF (statements: statements-YEAR.pdf if "
                                                    "not given; every other kind needs it)")
    p.add_argument("--year", type=_year, help="statements: the calendar year, e.g. 2026 (every event's gifts)")
    p.add_argument("--language", metavar="en|es", help="cheat-sheet: in English (the default) or Spanish; the "
                                                      "other printouts speak the event's language")
    p.add_argument("--donor", metavar="NAME", help="statements: only this donor's (by name; accents and case "
                                                   "ignored)")
    p.add_argument("--stock", metavar="NAME",
                   help="badges: avery-5392 (default), avery-5395, dk-11202, dk-22205 or a4-8; "
                        "tickets: letter (default) or a4 paper with cut lines, or one of the badge stocks")
    p.add_argument("--who", choices=["volunteers", "households", "all"], default="volunteers",
                   help="badges: volunteers' badges (default), households' ticket labels, or all")
    p.add_argument("--only-unprinted", action="store_true", help="badges: only those not printed yet")
    p.add_argument("--volunteer", metavar="CODE", help="badges: reprint one volunteer's badge (e.g. a lost badge); "
                                                       "hours-letters: one volunteer's letter")
    p.add_argument("--reason", default="", help="badges: why a badge is reprinted, for the audit log")
    p.add_argument("--printer", metavar="NAME", help="send it to this printer (`nightout-desk printers` lists them), "
                                                     "checked first: a paper it lacks is refused in one line")
    p.add_argument("--copies", type=_how_many, default=1, metavar="N", help="with --printer: copies (default 1)")
    p.add_argument("--pages", metavar="RANGES", help="with --printer: which pages, e.g. 2-3,5 (default: all)")
    p.add_argument("--two-sided", choices=["long-edge", "short-edge"], help="with --printer: both sides")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--donation", metavar="ID_OR_NUMBER",
                       help="receipts: one donation's receipt (donation id or receipt number, e.g. NNO-2026-0007)")
    which.add_argument("--all", action="store_true", help="receipts: every receipt, void ones marked VOID")
    which.add_argument("--unprinted", action="store_true", help="receipts: those not printed yet (the default)")
    p.set_defaults(func=cmd_print)
    p = sub.add_parser("report", parents=[common], help="the end-of-night report")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--csv", metavar="DIR", help="also write the tables behind each chart as CSV files")
    p.set_defaults(func=cmd_report)
    p = sub.add_parser("export", parents=[common], help="CSV of every table a user may need")
    p.add_argument("dir")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("export-tickets", parents=[common], help="families' tickets for a mail merge",
                       description="Writes tickets.csv (family, first names, email, code, the QR's file name) and "
                                   "one PNG QR code per household, named by its ticket code, into DIR.")
    p.add_argument("dir", metavar="DIR")
    p.set_defaults(func=cmd_export_tickets)
    p = sub.add_parser("scan", parents=[common], help="what scanning a ticket or badge at the desk does",
                       description="A family's ticket (ours, or an Eventbrite barcode, attendee or order number) "
                                   "checks the family in; a volunteer's badge clocks in or out; with --station, a "
                                   "ticket counts one visit there. Exit 0 when done, 1 when not found.")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--adults", type=_how_many, metavar="N", help="adults arriving (default: as registered)")
    p.add_argument("--kids", type=_how_many, metavar="N", help="kids arriving (default: as registered)")
    p.add_argument("--station", metavar="NAME", help="count the family's visit at this station instead")
    p.set_defaults(func=cmd_scan)
    add_operators_parser(sub, common).set_defaults(func=cmd_operators)
    add_donations_parser(sub, common).set_defaults(func=cmd_donations)
    add_organization_parser(sub, common).set_defaults(func=cmd_organization)
    add_printers_parser(sub, common).set_defaults(func=cmd_printers)
    p = sub.add_parser("backup", parents=[common], help="copy the database to a file")
    p.add_argument("--out", metavar="FILE")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help="carry on from a backup (the current file is set aside)",
                       description="Checks that FILE is a whole copy of a NightOut Desk database, sets the database "
                                   "file aside (renamed with .damaged- or .replaced- and the time; nothing is "
                                   "deleted) and puts a copy of FILE in its place.")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("merge", parents=[common], help="bring another laptop's file (or a backup) into this one",
                       description="Adds what FILE holds of the event (this database's, or --event) to this "
                                   "database: idempotent (merging it again changes nothing), in any order. The "
                                   "rules for what laptops did while apart are in docs/architecture.md; what needs "
                                   "an organizer's eye is listed as sync conflicts. FILE is only read.")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_merge)
    p = sub.add_parser("backups", parents=[common], help="list the backups of this laptop's file",
                       description="Every backup of the database file: the automatic ones (in backups/ beside it and "
                                   "in the second folder set for this laptop) and those beside it; when each was "
                                   "made, its size, and whether it is whole (SQLite's integrity check).")
    p.set_defaults(func=cmd_backups)
    p = sub.add_parser("join", parents=[common], help="work on an event held on the hub, from this laptop's file",
                       description="Brings the event (--event NAME, else the hub's latest) from the hub into this "
                                   "laptop's file (--db, else the one in the data folder; made when missing) and "
                                   "remembers the hub, so the app syncs with it whenever it can reach it. An empty "
                                   "hub is set up with this version's migrations first.")
    p.set_defaults(func=cmd_join)
    p = sub.add_parser("sync", parents=[common], help="one sync round with the hub: send, then receive",
                       description="Sends what this laptop did to the hub, receives what the other laptops did "
                                   "(by id: running it twice changes nothing the second time), and says both.")
    p.set_defaults(func=cmd_sync)
    p = sub.add_parser("audit", parents=[common], help="check that the audit log was not changed",
                       description="audit verify: walks each laptop's hash chain in the log (--event: one event, "
                                   "else every event) and prints one line per entry where a chain breaks (an entry "
                                   "changed, or deleted from the middle); exit 1 when one does.")
    p.add_argument("action", choices=["verify"])
    p.set_defaults(func=cmd_audit)
    p = sub.add_parser("privacy", parents=[common], help="remove families' personal details after the event",
                       description="privacy purge: removes names, phones, emails, children's details on waivers, "
                                   "emergency contacts and birth years (the event setting says how many days after the "
                                   "event; donations, receipts and donors' names and addresses are kept for tax) and "
                                   "compacts the database. Without --event: every event whose time has come and that "
                                   "was not purged yet. Needs an organizer or a lieutenant.")
    p.add_argument("action", choices=["purge"])
    p.add_argument("--now", action="store_true", help="with --event: remove them now, before their time")
    p.set_defaults(func=cmd_privacy)
    return parser


def main(argv: list[str] | None = None) -> int:
    from nightout_desk.logs import setup_logging

    setup_logging()
    argv = sys.argv[1:] if argv is None else argv
    args = gui_start(argv) or build_parser().parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    try:
        return func(args) or 0
    except PermissionDenied as exc:
        role = ROLE_LABELS.get(exc.needs, "").lower()
        hint = f" Run it with --operator NAME of {'an' if role[:1] in 'aeiou' else 'a'} {role}." if role else ""
        print(f"nightout-desk: {_one_line(explain(exc).replace(ASK_AT_LAPTOP, ''))}{hint}", file=sys.stderr)
        return 1
    except (UserError, DatabaseUnavailable, KeyboardInterrupt) as exc:
        print(f"nightout-desk: {_one_line(explain(exc))}", file=sys.stderr)
        return 1
    except Exception as exc:
        log.exception("command failed")
        print(f"nightout-desk: {_one_line(explain(exc))}", file=sys.stderr)
        return 1


def _one_line(text: str) -> str:
    return " ".join(text.split())
