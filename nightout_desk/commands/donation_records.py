"""`nightout-desk donations list|void`: the donations recorded, and voiding one (typed twice, a bounced check)."""

from __future__ import annotations

import argparse

from nightout_desk.services.context import Desk
from nightout_desk.services.donations import gifts, receipts
from nightout_desk.services.errors import InvalidInput


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p = sub.add_parser("donations", parents=[common], help="list the donations, or void one",
                       description="list: every donation, newest first, with its receipt number (or its id when it "
                                   "has no receipt) — void ones marked VOID. void NUMBER --reason TEXT: void a "
                                   "donation (typed twice, a bounced check, the wrong donor) by its receipt number, "
                                   "or by the id `list` shows for a donation without one; its receipt is voided with "
                                   "it and it counts nowhere from then on. Voiding is an organizer's (--operator).")
    p.add_argument("action", choices=["list", "void"])
    p.add_argument("number", nargs="?", default="", metavar="NUMBER",
                   help="void: the receipt number (e.g. NNO-2026-0007) or the donation's id")
    p.add_argument("--reason", default="", help="void: why, kept with it and in the audit log")
    return p


def list_donations(desk: Desk) -> int:
    for d in gifts.list_donations(desk):
        mark = f"VOID ({d.void_reason})" if d.is_void else ""
        number = d.receipt_number or (d.is_void and next(
            (r.number for r in reversed(receipts.for_donation(desk, d.id)) if r.kind == receipts.DONATION), ""))
        print("\t".join((number or str(d.id), f"{d.received_on:%Y-%m-%d}", d.donor_name, d.kind_label,
                         d.what, mark)).rstrip())
    return 0


def void(desk: Desk, number: str, reason: str) -> int:
    if not number.strip():
        raise InvalidInput("Say which donation to void: its receipt number, or the id `donations list` shows.")
    if not reason.strip():
        raise InvalidInput("Say why with --reason (e.g. --reason \"typed twice\"): the donation stays on file.")
    found = gifts.find(desk, number)
    done = gifts.void(desk, found.id, reason)
    print(f"Voided {done.donor_name}'s donation of {done.what} ({done.received_on:%B %d, %Y}): {done.void_reason}.")
    for note in done.warnings:
        print(note)
    return 0
