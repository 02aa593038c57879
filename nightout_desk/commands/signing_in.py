"""Who runs a command: `--operator NAME`, and for an organizer's or lieutenant's account its PIN, read from the
terminal (not echoed), `NIGHTOUT_PIN`, or the first line of standard input with `--pin-stdin`.

A database with no account yet (before its set-up) checks no one: commands run as a lieutenant (`operators list`
says there is none yet). Otherwise, without `--operator` a command runs as a volunteer, so the services refuse what
a volunteer may not do (and an export holds the counts only); a command that changes records or shows personal data
asks for `--operator` itself (`require_operator`). A name without an account runs as a volunteer, with no PIN.
"""

from __future__ import annotations

import argparse
import getpass
import os
import socket
import sys
import uuid

from nightout_desk.db import Database
from nightout_desk.services import operators
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import UserError

PIN_ENV = "NIGHTOUT_PIN"
HOW = ("its PIN is typed at the terminal, or read from NIGHTOUT_PIN or the first line of standard input with "
       "--pin-stdin")


class NeedsOperator(UserError):
    """A command that changes records or shows personal data was run without --operator."""


def stdin_line(what: str) -> str:
    """The next line of standard input, without its line end."""
    line = sys.stdin.readline()
    if not line:
        raise UserError(f"Standard input ended before the {what}.")
    return line.rstrip("\r\n")


def read_pin(args: argparse.Namespace, name: str) -> str:
    if getattr(args, "pin_stdin", False):
        return stdin_line(f"PIN of {name}")
    if os.environ.get(PIN_ENV):
        return os.environ[PIN_ENV]
    if sys.stdin.isatty():
        return getpass.getpass(f"PIN for {name}: ")
    raise UserError(f"{name} signs in with a PIN: type it at a terminal, or give it in {PIN_ENV} or on standard "
                    f"input with --pin-stdin.")


def read_new_pin(args: argparse.Namespace, name: str) -> str:
    """A new PIN: the next line of standard input with --new-pin-stdin, else typed twice at the terminal."""
    if getattr(args, "new_pin_stdin", False):
        pin = stdin_line(f"new PIN for {name}")
    elif sys.stdin.isatty():
        pin = getpass.getpass(f"New PIN for {name}: ")
        if getpass.getpass("The same PIN again: ") != pin:
            raise UserError("The two PINs are not the same; nothing was changed.")
    else:
        raise UserError(f"Type the new PIN for {name} at a terminal (twice), or give it on standard input with "
                        f"--new-pin-stdin.")
    operators.check_pin_rules(pin)
    return pin


def operator_name(args: argparse.Namespace) -> str:
    """--operator with its spaces tidied; "" when none was given."""
    return " ".join((getattr(args, "operator", None) or "").split())


def command_line_name() -> str:
    return f"{getpass.getuser()} (command line)"


def desk_for(db: Database, event_id: uuid.UUID, args: argparse.Namespace) -> Desk:
    """The desk the command works at: a volunteer without --operator or with a name that has no account; the
    account's role once its PIN is right (a wrong one is counted, as at the sign-in dialog)."""
    device = socket.gethostname() or "command line"
    name = operator_name(args)
    if not operators.accounts_exist(db):  # the set-up: no one to check against until the first account is made
        return Desk(db, event_id, name or command_line_name(), "lieutenant", device)
    if not name:
        return Desk(db, event_id, command_line_name(), "volunteer", device)
    desk = Desk(db, event_id, name, "volunteer", device)
    if name not in {a.name for a in operators.accounts(desk)}:
        return desk
    account = operators.check_pin(desk, name, read_pin(args, name))
    return desk.with_operator(name, account.role)


def require_operator(args: argparse.Namespace, doing: str) -> None:
    if not operator_name(args):
        raise NeedsOperator(f"{doing} needs --operator NAME (who is doing it; for an organizer or lieutenant {HOW}).")
