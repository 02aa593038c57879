"""`nightout-desk operators add|list|remove|reset-pin`: organizers' and lieutenants' accounts from a terminal.

On a database with no account yet, `add` is the set-up: it needs no one signed in and makes a lieutenant / admin.
After that each of add, remove and reset-pin needs a lieutenant (`--operator NAME` and the PIN).
"""

from __future__ import annotations

import argparse

from nightout_desk import clock
from nightout_desk.commands.signing_in import read_new_pin, require_operator
from nightout_desk.services import operators
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput


def run(desk: Desk, args: argparse.Namespace) -> int:
    if args.action == "list":
        found = operators.accounts(desk)
        if not found:
            print("No organizer or lieutenant accounts yet: `nightout-desk operators add NAME` sets up the first "
                  "(a lieutenant / admin).")
        for a in found:
            locked = f"  locked until {clock.hhmm(a.locked_until)}" if a.locked_until else ""
            print(f"{a.name}  ({a.role_label}){locked}")
        return 0
    if not args.name.strip():
        raise InvalidInput(f"Say whose account: `nightout-desk operators {args.action} NAME`.")
    setting_up = args.action == "add" and not operators.accounts_exist(desk.db)
    if not setting_up:
        require_operator(args, f"`operators {args.action}`")
    if args.action == "add":
        role = args.role or ("lieutenant" if setting_up else "organizer")
        pin = read_new_pin(args, args.name)
        account = operators.add(desk, args.name, role, pin)
        said = " (the set-up: the first account, who adds the others)" if setting_up else ""
        print(f"Added {account.name} as {account.role_label.lower()}{said}.")
    elif args.action == "remove":
        operators.remove(desk, args.name)
        print(f"Removed {args.name}'s account; they may still sign in as a volunteer.")
    else:
        operators.reset_pin(desk, args.name, read_new_pin(args, args.name))
        print(f"{args.name} has a new PIN (and any lock is lifted).")
    return 0


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p = sub.add_parser("operators", parents=[common], help="organizers' and lieutenants' accounts and PINs",
                       description="list: the accounts. add NAME [--role organizer|lieutenant]: a new account, its "
                                   "PIN typed twice (or --new-pin-stdin); the first on a database is the set-up, a "
                                   "lieutenant, and needs no one signed in. remove NAME, reset-pin NAME: a "
                                   "lieutenant's (--operator NAME and the PIN).")
    p.add_argument("action", choices=["add", "list", "remove", "reset-pin"])
    p.add_argument("name", nargs="?", default="", metavar="NAME", help="the account's name (add, remove, reset-pin)")
    p.add_argument("--role", choices=list(operators.ACCOUNT_ROLES), help="add: organizer (default) or lieutenant")
    p.add_argument("--new-pin-stdin", action="store_true",
                   help="add, reset-pin: read the new PIN from standard input (after the operator's own PIN when "
                        "--pin-stdin is given too)")
    return p
