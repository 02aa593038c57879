"""Operators' accounts: organizers and lieutenants sign in with a PIN (Argon2id), volunteers with a name only.

A desk's role comes from `sign_in` (the GUI's "Who is at the desk?", the command line's --operator), never from a
choice in a list: asking for more than volunteer needs the account's PIN. Five wrong PINs in a row lock the account
for five minutes; each wrong PIN and each lock is in the audit log. Only the hash is stored; the PIN never reaches a
log line, an audit entry or an exception message.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.db import Database
from nightout_desk.models import Event, Operator
from nightout_desk.services import audit, desk_names
from nightout_desk.services.context import ROLE_LABELS, Desk
from nightout_desk.services.desk_names import AccountInfo
from nightout_desk.services.errors import InvalidInput, NotFound, PermissionDenied

ACCOUNT_ROLES = ("organizer", "lieutenant")
MIN_DIGITS, MIN_CHARACTERS = 4, 8
WRONG_PINS_BEFORE_LOCK = 5
LOCKED_FOR = timedelta(minutes=5)

# Argon2id over 64 MiB (the memory of RFC 9106's second recommended option) in 4 lanes, 2 passes (one fewer than
# that option's 3), 16-byte salt, 32-byte hash. On the project's 2-core machine a check takes about 0.25 s idle and
# 0.38 s with the test suite running beside it; 3 passes took 0.55 s there, over the 0.5 s a desk may wait
# (docs/architecture.md, Trust; tests/test_operators.py keeps it under 0.5 s). The parameters are stored in each
# hash, so changing them here affects new PINs only; an old hash is upgraded at its next right PIN.
HASHER = PasswordHasher(time_cost=2, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


class AccountLocked(PermissionDenied):
    """Five wrong PINs in a row: the account waits until `until`."""

    def __init__(self, name: str, until: datetime) -> None:
        super().__init__(f"{name}'s account is locked after {WRONG_PINS_BEFORE_LOCK} wrong PINs. "
                         f"Try again at {clock.hhmm(until)}, or ask a lieutenant to reset the PIN.")
        self.until = until


def check_pin_rules(pin: str) -> None:
    """A PIN of 4+ digits, or a password of 8+ characters."""
    if pin.isdigit() and pin.isascii() and len(pin) >= MIN_DIGITS:
        return
    if len(pin) >= MIN_CHARACTERS and pin.strip() == pin:
        return
    raise InvalidInput(f"A PIN needs at least {MIN_DIGITS} digits, or a password at least {MIN_CHARACTERS} "
                       f"characters (no spaces at either end).")


def hash_pin(pin: str) -> str:
    check_pin_rules(pin)
    return HASHER.hash(pin)


def pin_matches(pin_hash: str, pin: str) -> bool:
    if not pin_hash or not pin:
        return False
    try:
        return HASHER.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("Type the operator's name.")
    if len(name) > 120:
        raise InvalidInput("That name is too long (120 characters at most).")
    return name


def _is_account(o: Operator) -> bool:
    return bool(o.pin_hash) and o.removed_at is None and o.role in ACCOUNT_ROLES


def _accounts_of(s: Session, event_id: uuid.UUID) -> list[Operator]:
    rows = s.scalars(select(Operator).where(Operator.event_id == event_id).order_by(Operator.name))
    return [o for o in rows if _is_account(o)]


def _carried_from(s: Session, event_id: uuid.UUID) -> uuid.UUID | None:
    return desk_names.carried_from(s.connection(), event_id)


def accounts_exist(db: Database) -> bool:
    """Whether any event in this database has an organizer or lieutenant account (if not, the first `add` is the
    set-up and needs no one signed in)."""
    with db.read() as s:
        return s.scalars(select(Operator.id).where(Operator.pin_hash != "", Operator.removed_at.is_(None))
                         .limit(1)).first() is not None


def accounts(desk: Desk) -> list[AccountInfo]:
    """The event's organizer and lieutenant accounts (names and roles: what the sign-in list shows)."""
    return desk_names.accounts(desk.db, desk.event_id)


def copy_accounts(s: Session, to_event: Event | uuid.UUID) -> int:
    """Give a new event the accounts of the most recent event that has any (same names, roles and PIN hashes)."""
    event_id = to_event if isinstance(to_event, uuid.UUID) else to_event.id
    source = _carried_from(s, event_id)
    if source is None or source == event_id:
        return 0
    have = {o.name for o in s.scalars(select(Operator).where(Operator.event_id == event_id))}
    copied = 0
    for o in _accounts_of(s, source):
        if o.name in have:
            row = s.scalars(select(Operator).where(Operator.event_id == event_id, Operator.name == o.name)).one()
            row.role, row.pin_hash, row.removed_at = o.role, o.pin_hash, None
        else:
            s.add(Operator(event_id=event_id, name=o.name, role=o.role, pin_hash=o.pin_hash))
        copied += 1
    s.flush()
    return copied


def _row(s: Session, event_id: uuid.UUID, name: str) -> Operator | None:
    return s.scalars(select(Operator).where(Operator.event_id == event_id, Operator.name == name)).first()


# --- signing in ------------------------------------------------------------------------------------------------

def sign_in(desk: Desk, name: str, role: str, pin: str = "") -> Desk:
    """The desk `name` works at in `role`, recorded. A volunteer needs no PIN; an organizer or lieutenant needs the PIN
    of an account with that role or above. A wrong PIN is counted (and logged); the fifth in a row locks the account."""
    signed_in = desk_names.at_desk(desk, name, role)
    if role != "volunteer":
        check_pin(desk, signed_in.operator, pin, role=role)
    record_sign_in(signed_in)
    return signed_in


def record_sign_in(desk: Desk) -> None:
    """Note who signed in at this desk (their operator row at this event, and the audit log). At the start a
    volunteer's is noted by the window once it is loaded (ui/main_window.py), the ORM being loaded after it shows."""
    if desk.db.read_only:  # looking at a read-only file: nothing can be recorded, not even who is looking
        return
    with desk.db.write() as s:
        if _row(s, desk.event_id, desk.operator) is None:
            s.add(Operator(event_id=desk.event_id, name=desk.operator, role="volunteer"))
        audit.record(s, desk, "operator signed in", entity="operator",
                     summary=f"{desk.operator} ({desk.role}) at {desk.device}")


def check_pin(desk: Desk, name: str, pin: str, *, role: str | None = None) -> AccountInfo:
    """The account `name` if `pin` is its PIN (and its role covers `role`); else PermissionDenied, the wrong PIN
    counted against the account. The hash is checked outside any transaction (it takes a third of a second)."""
    name = " ".join(name.split())
    with desk.db.read() as s:
        source = _carried_from(s, desk.event_id)
        row = _row(s, source, name) if source else None
        found = row if row is not None and _is_account(row) else None
        if found is None:
            wanted = ROLE_LABELS.get(role or "organizer", role).lower()
            raise PermissionDenied(f"{name} has no {wanted} account here. A lieutenant adds accounts in "
                                   f"Settings › Operators… (or `nightout-desk operators add`).")
        row_id, pin_hash, account_role, locked_until = found.id, found.pin_hash, found.role, found.locked_until
    if role == "lieutenant" and account_role != "lieutenant":
        raise PermissionDenied(f"{name} is an organizer, not a lieutenant / admin.")
    now = clock.now()
    if locked_until is not None and locked_until > now:
        raise AccountLocked(name, locked_until)
    if pin_matches(pin_hash, pin):
        _after_right_pin(desk, row_id, pin)
        return AccountInfo(name, account_role, None)
    locked = _after_wrong_pin(desk, row_id, name)
    if locked is not None:
        raise AccountLocked(name, locked)
    raise PermissionDenied(f"Wrong PIN for {name}." if pin else f"{name} needs a PIN to sign in as "
                           f"{ROLE_LABELS.get(role or account_role, role).lower()}.")


def _after_right_pin(desk: Desk, row_id: uuid.UUID, pin: str) -> None:
    if desk.db.read_only:
        return
    with desk.db.write() as s:
        row = s.get(Operator, row_id, with_for_update=True)
        if row.failed_pins or row.locked_until is not None:
            row.failed_pins, row.locked_until = 0, None
        if HASHER.check_needs_rehash(row.pin_hash):
            row.pin_hash = HASHER.hash(pin)


def _after_wrong_pin(desk: Desk, row_id: uuid.UUID, name: str) -> datetime | None:
    """Count a wrong PIN; returns the time the account is locked until when this one locked it."""
    if desk.db.read_only:
        return None
    with desk.db.write() as s:
        row = s.get(Operator, row_id, with_for_update=True)
        row.failed_pins += 1
        tries = row.failed_pins
        locked = None
        if tries >= WRONG_PINS_BEFORE_LOCK:
            locked = clock.now() + LOCKED_FOR
            row.failed_pins, row.locked_until = 0, locked
        who = desk.with_operator(name, "volunteer")
        audit.record(s, who, "wrong PIN", entity="operator", entity_id=row.id,
                     summary=f"{name}: wrong PIN at {desk.device} ({tries} of {WRONG_PINS_BEFORE_LOCK})")
        if locked is not None:
            audit.record(s, who, "account locked", entity="operator", entity_id=row.id,
                         summary=f"{name}: locked until {clock.hhmm(locked)} after {tries} wrong PINs")
        return locked


# --- managing accounts (a lieutenant; the first one is the set-up) ----------------------------------------------

def add(desk: Desk, name: str, role: str, pin: str) -> AccountInfo:
    """Add an organizer or lieutenant account. On a database with no account yet this is the set-up: no one need be
    signed in, and the first account must be a lieutenant / admin (it adds the others)."""
    name = _clean_name(name)
    if role not in ACCOUNT_ROLES:
        raise InvalidInput("Accounts are for organizers and lieutenants; volunteers need none.")
    setting_up = not accounts_exist(desk.db)
    if setting_up and role != "lieutenant":
        raise InvalidInput("The first account is the one that adds the others: make it a lieutenant / admin.")
    if not setting_up:
        desk.require("lieutenant", doing="add an operator account")
    pin_hash = hash_pin(pin)
    with desk.db.write() as s:
        copy_accounts(s, desk.event_id)
        row = _row(s, desk.event_id, name)
        if row is not None and _is_account(row):
            raise InvalidInput(f"{name} already has an account. Reset the PIN instead.")
        if row is None:
            row = Operator(event_id=desk.event_id, name=name)
            s.add(row)
        row.role, row.pin_hash, row.failed_pins, row.locked_until, row.removed_at = role, pin_hash, 0, None, None
        s.flush()
        who = desk if not setting_up else desk.with_operator(name, role)
        audit.record(s, who, "account added", entity="operator", entity_id=row.id,
                     summary=f"{name} ({ROLE_LABELS[role].lower()})" + (" — the set-up" if setting_up else ""))
    return AccountInfo(name, role, None)


def _managed(s: Session, desk: Desk, name: str, *, doing: str) -> Operator:
    desk.require("lieutenant", doing=doing)
    copy_accounts(s, desk.event_id)
    row = _row(s, desk.event_id, _clean_name(name))
    if row is None or not _is_account(row):
        raise NotFound(f"There is no organizer or lieutenant account called “{name}”.")
    return row


def remove(desk: Desk, name: str) -> None:
    """Remove an account: the row stays (the log names it), without its PIN; that person may still sign in as a
    volunteer. A lieutenant cannot remove their own account, nor the last lieutenant."""
    with desk.db.write() as s:
        row = _managed(s, desk, name, doing="remove an operator account")
        if row.name == desk.operator:
            raise InvalidInput("You cannot remove your own account; ask another lieutenant.")
        if row.role == "lieutenant" and sum(o.role == "lieutenant" for o in _accounts_of(s, desk.event_id)) <= 1:
            raise InvalidInput("That is the last lieutenant / admin account; add another one first.")
        row.pin_hash, row.removed_at, row.role = "", clock.now(), "volunteer"
        row.failed_pins, row.locked_until = 0, None
        audit.record(s, desk, "account removed", entity="operator", entity_id=row.id, summary=row.name)


def reset_pin(desk: Desk, name: str, pin: str) -> None:
    """Give an account a new PIN (and lift a lock)."""
    pin_hash = hash_pin(pin)
    with desk.db.write() as s:
        row = _managed(s, desk, name, doing="reset an operator's PIN")
        row.pin_hash, row.failed_pins, row.locked_until = pin_hash, 0, None
        audit.record(s, desk, "PIN reset", entity="operator", entity_id=row.id, summary=row.name)


def set_role(desk: Desk, name: str, role: str) -> AccountInfo:
    """Make an organizer a lieutenant or the other way round (never the last lieutenant)."""
    if role not in ACCOUNT_ROLES:
        raise InvalidInput("An account is an organizer's or a lieutenant's.")
    with desk.db.write() as s:
        row = _managed(s, desk, name, doing="change an operator's role")
        if row.role == "lieutenant" and role != "lieutenant" and \
                sum(o.role == "lieutenant" for o in _accounts_of(s, desk.event_id)) <= 1:
            raise InvalidInput("That is the last lieutenant / admin account; add another one first.")
        before, row.role = row.role, role
        audit.record(s, desk, "account role changed", entity="operator", entity_id=row.id, summary=row.name,
                     before={"role": before}, after={"role": role})
        return AccountInfo(row.name, role, None)


# --- the desk locks --------------------------------------------------------------------------------------------

LOCKED_DESK_OPERATOR = "Volunteer"


def lock_desk(desk: Desk, why: str) -> Desk:
    """Back to the volunteer role (Ctrl+L, or the laptop idle): the check-in desk keeps working for the next family,
    anything more needs a PIN again. Logged when someone above volunteer was signed in."""
    if desk.role != "volunteer" and not desk.db.read_only:
        with desk.db.write() as s:
            audit.record(s, desk, "desk locked", entity="operator", summary=f"{desk.operator} at {desk.device}: {why}")
    return desk.with_operator(LOCKED_DESK_OPERATOR, "volunteer")
