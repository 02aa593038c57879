"""`nightout-desk events [new NAME --date YYYY-MM-DD [--place TEXT] [--neighbourhoods FILE]]`: list or create events.

Creating one is an organizer's (`permissions` "event.create"), with `--operator NAME` and the PIN, as every command
that changes records. Two cases need no one: a database with no event at all (the set-up, as the app's first run;
the first account is then `operators add NAME`), and, as for every command, a database with no account yet (it runs
as a lieutenant there, `--operator` naming who for the log).
"""

from __future__ import annotations

import argparse
import datetime as dt
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from nightout_desk.commands.signing_in import command_line_name, require_operator
from nightout_desk.db import Database
from nightout_desk.services import desk_names, events, operators
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.neighbourhood_file import read_neighbourhoods
from nightout_desk.services.stations import waivers
from nightout_desk.services.wording import language


@dataclass(frozen=True)
class NewEvent:
    name: str
    on: dt.date
    place: str
    neighbourhoods: list[tuple[str, str]]
    language: str = "en"


def list_events(db: Database, remembered: uuid.UUID | None) -> int:
    known = events.list_events(db)
    if not known:
        print("No events in this database yet: `nightout-desk events new NAME --date YYYY-MM-DD` creates one "
              "(or start the app), `nightout-desk demo` makes a demo.")
    default = events.default_event(db, remembered)
    for e in known:
        opens = "  (opens by default)" if default is not None and e.id == default.id and len(known) > 1 else ""
        print(f"{e.date}  {e.name}  ({e.place or 'no place set'})  id={e.id}{opens}")
    return 0


def details(args: argparse.Namespace) -> NewEvent:
    """What `events new` was given, checked before anyone is asked for a PIN (a typo costs no sign-in)."""
    name = " ".join((args.name or "").split())
    if not name:
        raise InvalidInput("Say the event's name: `nightout-desk events new NAME --date YYYY-MM-DD`.")
    if args.date is None:
        raise InvalidInput("Say the event's date: --date YYYY-MM-DD, e.g. --date 2027-08-03.")
    hoods = read_neighbourhoods(Path(args.neighbourhoods)) if args.neighbourhoods else []
    code = language.checked(args.language) if args.language else language.ENGLISH
    return NewEvent(name, args.date, args.place or "", hoods, code)


def create(db: Database, args: argparse.Namespace, desk_for: Callable[[], Desk]) -> int:
    """`events new`: the set-up on an empty database, else at the desk of --operator (`desk_for`)."""
    wanted = details(args)
    known = events.list_events(db)
    only_demos = bool(known) and all(e.is_demo for e in known)
    if not known:  # the set-up, as the app's first run: there is no one to ask yet
        made = events.create_event(db, name=wanted.name, on=wanted.on, place=wanted.place,
                                   neighbourhoods=wanted.neighbourhoods, operator=args.operator or command_line_name(),
                                   device=socket.gethostname() or "command line")
    else:
        require_operator(args, "Creating an event")
        made = events.new_event(desk_for(), name=wanted.name, on=wanted.on, place=wanted.place,
                                neighbourhoods=wanted.neighbourhoods)
    if wanted.language != language.ENGLISH:  # the set-up's creator, or the organizer who created it, at the new event
        setter = Desk(db, made.id, args.operator or command_line_name(), "organizer") if not known else desk_for()
        language.set_language(replace(setter, event_id=made.id), wanted.language)
    hoods = len(wanted.neighbourhoods)
    print(f"Created “{made.name}” ({made.day}{', ' + made.place if made.place else ''}) with "
          f"{hoods} neighbourhood{'' if hoods == 1 else 's'}, id={made.id}.")
    if only_demos:
        print("It opens by default from now on; the demo stays in the database, marked (demo).")
    if not operators.accounts(Desk(db, made.id)):
        print("No organizer or lieutenant accounts yet: `nightout-desk operators add NAME` sets up the first.")
    elif desk_names.demo_accounts(db, made.id):
        print("It has the demo's accounts, whose PIN is printed for all: add your own lieutenant (`nightout-desk "
              "operators add NAME --role lieutenant`) and remove the demo's (`operators remove`).")
    return 0


def set_details(args: argparse.Namespace, desk_for: Callable[[], Desk]) -> int:
    """`events set --language es [--waiver-es FILE]`: the printouts' language (and Spanish waiver) of the event."""
    if not args.language and not args.waiver_es:
        raise InvalidInput("Say what to set: --language en or --language es (and --waiver-es FILE).")
    code = language.checked(args.language) if args.language else ""
    text = _read_text(Path(args.waiver_es)) if args.waiver_es else ""
    require_operator(args, "Changing the event's settings")
    desk = desk_for()
    if code:
        language.set_language(desk, code)
        print(f"Printouts are now in {language.LANGUAGES[code]}.")
    if text:
        waivers.set_text(desk, text, language.SPANISH)
        print("Saved the waiver's Spanish text.")
    return 0


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvalidInput(f"There is no file {path}.") from None
    except (OSError, UnicodeDecodeError):
        raise InvalidInput(f"{path} could not be read as UTF-8 text.") from None


def _day(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2027-08-03") from None
    if not 2000 <= day.year <= 2100:
        raise argparse.ArgumentTypeError(f"{day.year} is not a year this app can hold a night in")
    return day


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p = sub.add_parser("events", parents=[common], help="list the events in the database, or create one",
                       description="events: every event with its date, place and id (demo events end in “(demo)”; "
                                   "one is never opened by default once a real event exists). events new NAME --date "
                                   "YYYY-MM-DD [--place TEXT] [--neighbourhoods FILE] [--language en|es]: the next "
                                   "real night, with the default stations and the department's accounts; an "
                                   "organizer's (--operator NAME and the PIN), except on a database with no event "
                                   "yet. FILE: one neighbourhood a line, its ZIP codes in a second column or after a "
                                   "colon (Old Town: 12345 12346). events set --language en|es [--waiver-es FILE]: "
                                   "the language of the --event's printouts, and its waiver in Spanish (an "
                                   "organizer's).")
    p.add_argument("action", nargs="?", choices=["list", "new", "set"], default="list")
    p.add_argument("name", nargs="?", default="", metavar="NAME", help="new: the event's name (no two alike)")
    p.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="new: the night's date")
    p.add_argument("--place", metavar="TEXT", help="new: the park or place")
    p.add_argument("--neighbourhoods", metavar="FILE", help="new: the town's neighbourhoods and their ZIP codes")
    p.add_argument("--language", metavar="en|es", help="new, set: the language of the event's printouts (tickets, "
                                                        "badges, receipts, letters, waivers, the report)")
    p.add_argument("--waiver-es", metavar="FILE", help="set: the waiver's text in Spanish, from a UTF-8 text file")
    return p
