"""Registration platforms' codes kept as a household's scan codes: Eventbrite's barcode, attendee and order numbers,
or a generic file's ticket column. Scanned or typed at the desk, any of them finds the family as our own ticket does.

Codes are stored as scanners and search normalize them (`text.compact_code`: no spaces or dashes, upper case), unique
per event; our own ticket codes are looked up first. Merging households moves the duplicate's codes to the one kept.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.models import HouseholdCode
from nightout_desk.services.context import Desk
from nightout_desk.text import compact_code

EVENTBRITE_BARCODE = "eventbrite barcode"
EVENTBRITE_ATTENDEE = "eventbrite attendee"
EVENTBRITE_ORDER = "eventbrite order"
IMPORTED = "imported"  # a generic file's "ticket code" column
KIND_LABELS = {EVENTBRITE_BARCODE: "Eventbrite barcode", EVENTBRITE_ATTENDEE: "Eventbrite attendee #",
               EVENTBRITE_ORDER: "Eventbrite order #", IMPORTED: "Imported ticket"}
MAX_LENGTH = 100
CHUNK = 500
# A spreadsheet opened and saved the file: "912034560100001" became "9.12035E+14", which no ticket carries.
_SPREADSHEET_NUMBER = re.compile(r"^\s*\d+([.,]\d+)?\s*[eE]\s*\+\s*\d+\s*$")


@dataclass(frozen=True)
class PlatformCode:
    code: str  # normalized (compact_code)
    kind: str  # EVENTBRITE_BARCODE, EVENTBRITE_ATTENDEE, EVENTBRITE_ORDER or IMPORTED

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.capitalize())

    def __str__(self) -> str:
        return f"{self.label} {self.code}"


def mangled_by_spreadsheet(value: str) -> bool:
    """'9.12035E+21': a long number a spreadsheet rounded; the ticket's real digits are lost."""
    return bool(_SPREADSHEET_NUMBER.match(value))


def household_for_code(conn: Session | Connection, event_id: uuid.UUID, code: str) -> uuid.UUID | None:
    """The household holding this platform code in the event (`code` already normalized), merged or not."""
    return conn.execute(select(HouseholdCode.household_id).where(HouseholdCode.event_id == event_id,
                                                                 HouseholdCode.code == code)).scalar()


def codes_of(s: Session | Connection, household_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, tuple[PlatformCode, ...]]:
    """Each household's platform codes, by kind (Eventbrite attendee #, barcode, order #, imported) then code."""
    wanted = list(dict.fromkeys(household_ids))
    found: dict[uuid.UUID, list[PlatformCode]] = defaultdict(list)
    for i in range(0, len(wanted), CHUNK):
        rows = s.execute(select(HouseholdCode.household_id, HouseholdCode.code, HouseholdCode.kind)
                         .where(HouseholdCode.household_id.in_(wanted[i:i + CHUNK]))
                         .order_by(HouseholdCode.kind, HouseholdCode.code))
        for hid, code, kind in rows:
            found[hid].append(PlatformCode(code, kind))
    return {hid: tuple(codes) for hid, codes in found.items()}


def event_codes(s: Session | Connection, event_id: uuid.UUID) -> dict[uuid.UUID, tuple[PlatformCode, ...]]:
    """Every household's platform codes in the event (for the export: one query, not one per household)."""
    found: dict[uuid.UUID, list[PlatformCode]] = defaultdict(list)
    for hid, code, kind in s.execute(select(HouseholdCode.household_id, HouseholdCode.code, HouseholdCode.kind)
                                     .where(HouseholdCode.event_id == event_id)
                                     .order_by(HouseholdCode.kind, HouseholdCode.code)):
        found[hid].append(PlatformCode(code, kind))
    return {hid: tuple(codes) for hid, codes in found.items()}


def codes(desk: Desk, household_id: uuid.UUID) -> tuple[PlatformCode, ...]:
    """One household's platform codes (the household details show them next to our ticket code)."""
    with desk.db.read() as s:
        return codes_of(s, [household_id]).get(household_id, ())


def owners(s: Session, event_id: uuid.UUID, wanted: Iterable[str]) -> dict[str, uuid.UUID]:
    """Which household already holds each of these codes in the event (a whole file's codes: one query)."""
    wanted = sorted(set(wanted))
    if len(wanted) > 4 * CHUNK:  # an import's many codes: one read of the event's codes beats hundreds of lookups
        held = set(wanted)
        return {code: hid for code, hid in s.execute(select(HouseholdCode.code, HouseholdCode.household_id)
                                                      .where(HouseholdCode.event_id == event_id)) if code in held}
    found: dict[str, uuid.UUID] = {}
    for i in range(0, len(wanted), CHUNK):
        found.update(s.execute(select(HouseholdCode.code, HouseholdCode.household_id)
                               .where(HouseholdCode.event_id == event_id,
                                      HouseholdCode.code.in_(wanted[i:i + CHUNK]))).all())
    return found


def add(s: Session, desk: Desk, household_id: uuid.UUID, new: Iterable[PlatformCode]) -> None:
    """Add codes to a household inside the caller's transaction (the caller checked that nobody holds them)."""
    for c in new:
        s.add(HouseholdCode(event_id=desk.event_id, household_id=household_id, code=c.code, kind=c.kind))


def rows_for_import(desk: Desk, held: Iterable[tuple[uuid.UUID, PlatformCode]]) -> list[dict]:
    """Rows for (household id, code) pairs of an import's batch (written with `db.bulk.BulkInsert`)."""
    now = clock.now()
    return [{"id": uuid.uuid4(), "event_id": desk.event_id, "household_id": hid, "code": c.code, "kind": c.kind,
             "created_at": now} for hid, c in held]


def move(s: Session, from_id: uuid.UUID, to_id: uuid.UUID) -> int:
    """Merging households: the duplicate's codes now belong to the household kept. Returns how many moved."""
    return s.execute(update(HouseholdCode).where(HouseholdCode.household_id == from_id)
                     .values(household_id=to_id)).rowcount


def normalized(value: str, kind: str) -> PlatformCode | None:
    """A cell of an import as a code (None for an empty one)."""
    code = compact_code(value)
    return PlatformCode(code, kind) if code else None

