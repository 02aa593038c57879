"""Importing pre-registered households: an Eventbrite attendee report, or any CSV through a column mapping.

Eventbrite gives one row per attendee with the order repeated: each order becomes one household (the buyer's family
name, the attendees' first names, adults and kids from the ticket types). A generic CSV gives one household per row.
Importing the same file again adds no household: each keeps the reference it came from (`external_ref`).

Every code a row carries (Eventbrite's Barcode #, Attendee # and Order #; a generic file's ticket code column) is kept
as a scan code of its household (`household_codes`), so the QR code on a parent's phone checks the family in. A file
imported again adds the codes that are new (a ticket bought later on the same order) to the household already there,
never a code twice; a code another family already holds is left out and said so.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from nightout_desk.db.bulk import BulkInsert
from nightout_desk.models import Household, HouseholdCode
from nightout_desk.models.household import SOURCE_PREREGISTERED
from nightout_desk.services import events, permissions
from nightout_desk.services.checkin import household_codes, households
from nightout_desk.services.checkin.attendee_columns import EVENTBRITE_FIELDS, GENERIC_FIELDS, SHOWN
from nightout_desk.services.checkin.household_codes import PlatformCode
from nightout_desk.services.checkin.households import MAX_PEOPLE
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import ImportProblem
from nightout_desk.services.importing import (
    ColumnMapping,
    Field,
    ImportPreview,
    ImportResult,
    Plan,
    PlannedItem,
    RowSkipped,
    Table,
    header_test,
    identity_ref,
    limited,
    match_columns,
    missing_message,
    read_table,
    split_full_name,
    whole_number,
    yes_no,
)
from nightout_desk.services.importing.batches import (
    BatchRun,
    BatchWriter,
    Progress,
    ShouldStop,
    Write,
    write_in_batches,
)
from nightout_desk.text import digits, fold

EVENTBRITE = "eventbrite"
GENERIC = "generic"
FORMATS = (("auto", "Recognise automatically"), (EVENTBRITE, "Eventbrite attendee report"),
           (GENERIC, "Generic CSV (choose the columns)"))
FORMAT_NAMES = {EVENTBRITE: "Eventbrite attendee report", GENERIC: "Generic CSV"}
NOUN = "households"

# Eventbrite statuses (and their translations) of tickets that will not come
_NOT_COMING = ("refund", "cancel", "delet", "not attending", "transferred", "void", "rembours", "annul", "reembols",
               "cancelad", "erstattet", "storniert", "geloscht", "nicht teilnehmend", "ne participe pas", "no asistira")
_KID_TICKET = ("child", "kid", "youth", "under", "minor", "infant", "toddler", "baby", "junior", "enfant", "nino",
               "nina", "kind", "menor")
_NO_NAME = {"info requested", "information requested", "info angefordert", "informations demandees"}
LIMITS = {"family name": 200, "first names": 400, "phone number": 40, "email": 200, "ZIP": 20, "neighbourhood": 120}


@dataclass(frozen=True)
class PlannedHousehold:
    """What one order (Eventbrite) or row (generic) gives: the household's fields and its tickets' codes."""

    fields: dict
    codes: tuple[PlatformCode, ...] = ()
    unreadable: int = 0  # codes a spreadsheet rounded into "9.12E+21": not kept


@dataclass
class CodePlan:
    """Which codes each household gets, decided against the database (the same for the preview and the run)."""

    new: dict[str, list[PlatformCode]] = field(default_factory=dict)  # ref -> codes to add
    taken: list[str] = field(default_factory=list)  # codes another family already holds (or an earlier order)
    unreadable: int = 0

    def count(self, refs: Iterable[str]) -> int:
        return sum(len(self.new.get(r, ())) for r in refs)

    def notes(self, known: set[str], done: bool) -> list[str]:
        out = []
        adding = self.count(known)
        if adding:
            updated = sum(1 for r in known if self.new.get(r))
            verb = "were added to" if done else "will be added to"
            out.append(f"{adding} new ticket code{'s' if adding != 1 else ''} {verb} {updated} "
                       f"household{'s' if updated != 1 else ''} already there.")
        if self.taken:
            shown = ", ".join(self.taken[:3]) + ("…" if len(self.taken) > 3 else "")
            one = len(self.taken) == 1
            out.append(f"{len(self.taken)} ticket code{'' if one else 's'} already belong{'s' if one else ''} to "
                       f"another family and {'was' if one else 'were'} not kept ({shown}).")
        if self.unreadable:
            out.append(f"{self.unreadable} barcode{'s were' if self.unreadable != 1 else ' was'} rounded by a "
                       "spreadsheet (like 9.12E+21) and not kept: download the report again and import it without "
                       "opening it in a spreadsheet.")
        return out


def _households_by_ref(s: Session, desk: Desk, refs: Iterable[str]) -> dict[str, uuid.UUID]:
    wanted = sorted(set(refs))
    if len(wanted) > 4 * household_codes.CHUNK:  # a whole file: one read of the event's references
        held = set(wanted)
        return {ref: hid for ref, hid in s.execute(select(Household.external_ref, Household.id).where(
            Household.event_id == desk.event_id, Household.external_ref.is_not(None))) if ref in held}
    found: dict[str, uuid.UUID] = {}
    for i in range(0, len(wanted), household_codes.CHUNK):
        found.update(s.execute(select(Household.external_ref, Household.id).where(
            Household.event_id == desk.event_id, Household.external_ref.in_(wanted[i:i + household_codes.CHUNK]))
        ).all())
    return found


def _code_plan(s: Session, desk: Desk, plan: Plan, known: dict[str, uuid.UUID]) -> CodePlan:
    """Each item's codes that are new: not held by its household yet, nor by another family (first come, first kept)."""
    holders = household_codes.owners(s, desk.event_id, (c.code for i in plan.items for c in i.payload.codes))
    out = CodePlan(unreadable=sum(i.payload.unreadable for i in plan.items))
    claimed: dict[str, str] = {}  # code -> ref of the item in this file that keeps it
    for item in plan.items:
        mine = known.get(item.ref)
        for c in item.payload.codes:
            holder = holders.get(c.code)
            if holder is not None and holder == mine:
                continue  # already there
            if holder is not None or claimed.get(c.code, item.ref) != item.ref:
                out.taken.append(c.code)
                continue
            claimed[c.code] = item.ref
            out.new.setdefault(item.ref, []).append(c)
    return out


def preview(desk: Desk, path: Path, mapping: Mapping[str, str] | None = None, fmt: str = "auto") -> ImportPreview:
    """What importing `path` would do; writes nothing. `mapping`: field key -> column name ("" = not imported)."""
    plan = _plan(desk, path, mapping, fmt)
    with desk.db.read() as s:
        known = _households_by_ref(s, desk, [i.ref for i in plan.items])
        codes = _code_plan(s, desk, plan, known)
    return plan.preview(set(known), updated_refs={r for r in known if codes.new.get(r)},
                        notes=codes.notes(set(known), done=False))


def run(desk: Desk, path: Path, mapping: Mapping[str, str] | None = None, fmt: str = "auto",
        progress: Progress | None = None, should_stop: ShouldStop | None = None) -> ImportResult:
    """Add the file's new households (and the new ticket codes of households already there) a batch at a time, each
    batch in its own transaction with its audit entry (`importing/batches.py`); running it again finishes an import
    that was stopped. `progress(done, total)` is called after each batch; `should_stop()` is asked before each."""
    permissions.require(desk, "checkin.import")
    plan = _plan(desk, path, mapping, fmt)
    if plan.problem:
        raise ImportProblem(plan.problem)
    with desk.db.read() as s:  # what is there already, read once (each batch checks its own items again)
        known = _households_by_ref(s, desk, [i.ref for i in plan.items])
        codes = _code_plan(s, desk, plan, known)
    todo = [i for i in plan.items if i.ref not in known or codes.new.get(i.ref)]
    planned = sum(1 for i in todo if i.ref not in known)

    def prepare(r: Session, batch: Sequence[PlannedItem]) -> Write:
        there = _households_by_ref(r, desk, [i.ref for i in batch])
        new = [i for i in batch if i.ref not in there]
        homes = households.rows_for_import(r, desk, source=SOURCE_PREREGISTERED,
                                           entries=[(i.ref, i.payload.fields) for i in new])
        owner = {**there, **{i.ref: row["id"] for i, row in zip(new, homes, strict=True)}}
        wanted = [(owner[i.ref], c) for i in batch for c in codes.new.get(i.ref, ())]
        held = household_codes.owners(r, desk.event_id, [c.code for _, c in wanted])
        code_rows = household_codes.rows_for_import(desk, [(hid, c) for hid, c in wanted if c.code not in held])
        updated = sum(1 for i in batch if i.ref in there and codes.new.get(i.ref))
        counts = Counter(created=len(new), updated=updated, codes=len(code_rows),
                         raced=sum(1 for i in batch if i.ref in there and i.ref not in known))

        inserts = (BulkInsert.of(desk.db, Household.__table__, homes),
                   BulkInsert.of(desk.db, HouseholdCode.__table__, code_rows))

        def write(s: Session) -> tuple[Counter, dict]:  # a reference or code taken since: IntegrityError, again
            for rows in inserts:
                rows.run(s)
            return counts, {}
        return write

    def summary(run: BatchRun) -> tuple[str, dict]:
        created, updated = run.counts["created"], run.counts["updated"]
        text = (f"{created} of {planned - run.counts['raced']} households from {path.name} ({plan.format_name}): "
                "stopped before the end" if run.stopped else
                f"{created} households from {path.name} ({plan.format_name})")
        return (text + (f", new ticket codes for {updated} already there" if updated else ""),
                {"file": path.name, "format": plan.format_name, "created": created,
                 "already there": len(plan.items) - planned + run.counts["raced"], "rows skipped": len(plan.skipped),
                 "ticket codes added": run.counts["codes"], "ticket codes held by another family": len(codes.taken),
                 "batches": run.batches})

    def result(run: BatchRun) -> ImportResult:
        raced = run.counts["raced"]
        return plan.result(run.counts["created"], len(plan.items) - planned + raced, updated=run.counts["updated"],
                           notes=codes.notes(set() if run.stopped else set(known), done=True),
                           planned=planned - raced, stopped=run.stopped)

    writer = BatchWriter("households imported", "household", prepare, summary, result)
    return write_in_batches(desk, path.name, NOUN, todo, writer, progress=progress, should_stop=should_stop)


def detect_format(table: Table) -> str:
    """Eventbrite when the header has an order number, a last name and a ticket type or attendee status."""
    found = {k for k, _ in match_columns(table.header, EVENTBRITE_FIELDS).chosen}
    return EVENTBRITE if {"order", "last_name"} <= found and found & {"ticket_type", "status"} else GENERIC


def fields_for(fmt: str) -> tuple[Field, ...]:
    return EVENTBRITE_FIELDS if fmt == EVENTBRITE else GENERIC_FIELDS


def _plan(desk: Desk, path: Path, mapping: Mapping[str, str] | None, fmt: str) -> Plan:
    chosen = {k: v for k, v in (mapping or {}).items()}
    if fmt not in (*FORMAT_NAMES, "auto"):
        raise ImportProblem(f"Unknown format “{fmt}” (choose auto, eventbrite or generic).")
    if fmt == "auto":
        eb, generic = header_test(EVENTBRITE_FIELDS), header_test(GENERIC_FIELDS, chosen.values())
        table = read_table(path, lambda cells: eb(cells) or generic(cells))
        generic_keys = {f.key for f in GENERIC_FIELDS} - {f.key for f in EVENTBRITE_FIELDS}
        fmt = GENERIC if set(chosen) & generic_keys else detect_format(table)
    else:
        table = read_table(path, header_test(fields_for(fmt), chosen.values()))
    fields = fields_for(fmt)
    columns = match_columns(table.header, fields, chosen)
    missing = columns.missing(fields)
    plan = Plan(table, FORMAT_NAMES[fmt], fields, columns, SHOWN, NOUN,
                problem=missing_message(missing, fields) if missing else "")
    if not missing:
        zips = _zip_neighbourhoods(desk)
        (_eventbrite_orders if fmt == EVENTBRITE else _generic_rows)(plan, table, columns, zips)
    return plan


def _zip_neighbourhoods(desk: Desk) -> dict[str, str]:
    """ZIP -> neighbourhood from the event's list (as `events.neighbourhood_for_zip`, read once per import)."""
    return {z: n.name for n in events.neighbourhoods(desk) for z in n.zip_codes}


def _neighbourhood(zip_code: str, given: str, zips: dict[str, str]) -> str:
    if given:
        return given
    return zips.get(zip_code) or zips.get(zip_code.split("-")[0].strip(), "")


def _codes(cells: Iterable[tuple[str, str]]) -> tuple[tuple[PlatformCode, ...], int]:
    """(cell, kind) pairs as codes, each once; (codes, how many a spreadsheet rounded and are not kept)."""
    out: list[PlatformCode] = []
    unreadable = 0
    for value, kind in cells:
        if household_codes.mangled_by_spreadsheet(value):
            unreadable += 1
            continue
        code = household_codes.normalized(value, kind)
        if code is None or any(c.code == code.code for c in out):
            continue
        if len(code.code) > household_codes.MAX_LENGTH:
            raise RowSkipped(f"the ticket code “{value[:24]}…” is longer than {household_codes.MAX_LENGTH} "
                             "characters")
        out.append(code)
    return tuple(out), unreadable


def _household(plan: Plan, line: int, ref: str, zips: dict[str, str], codes: Iterable[tuple[str, str]] = (),
               lines: Sequence[int] = (), **f) -> None:
    """Check the household's fields against what the database holds, then add it to the plan (or skip the row).
    `codes`: (cell, kind) pairs of the tickets' codes; `lines`: every row it is made from (an order's tickets)."""
    f["neighbourhood"] = _neighbourhood(f["zip_code"], f.get("neighbourhood", ""), zips)
    for key, label in (("family_name", "family name"), ("first_names", "first names"), ("phone", "phone number"),
                       ("email", "email"), ("zip_code", "ZIP"), ("neighbourhood", "neighbourhood")):
        limited(f[key], LIMITS[label], label)
    if f["adults_expected"] + f["kids_expected"] > MAX_PEOPLE:
        raise RowSkipped(f"{f['adults_expected']} adults and {f['kids_expected']} kids "
                         f"is more than {MAX_PEOPLE} people")
    shown = (f["family_name"], f["first_names"], str(f["adults_expected"]), str(f["kids_expected"]), f["phone"],
             f["email"], f["zip_code"], f["neighbourhood"])
    kept, unreadable = _codes(codes)
    plan.add(line, ref, shown, PlannedHousehold(f, kept, unreadable), lines=lines)


# --- Eventbrite ---------------------------------------------------------------------------------------------------

def _eventbrite_orders(plan: Plan, table: Table, columns: ColumnMapping, zips: dict[str, str]) -> None:
    orders: dict[str, list[tuple[int, dict[str, str], int, bool]]] = {}
    for row in table.rows:
        try:
            v = columns.values(row)
            order = v["order"]
            if not order:
                raise RowSkipped("it has no order number")
            status = v.get("status", "")
            folded_status = fold(status)  # folded once, not once per word
            if any(word in folded_status for word in _NOT_COMING):
                raise RowSkipped(f"the attendee status is “{status}”")
            quantity = whole_number(v.get("quantity", ""), "the quantity", default=1)
            if quantity == 0:
                raise RowSkipped("the quantity is 0")
            ticket_type = fold(v.get("ticket_type", ""))
            kid = any(word in ticket_type for word in _KID_TICKET)
        except RowSkipped as skip:
            plan.skip(row.line, skip.reason)
            continue
        orders.setdefault(order, []).append((row.line, v, quantity, kid))
    for order, rows in orders.items():
        line, first = rows[0][0], rows[0][1]
        lines = [n for n, _, _, _ in rows]
        try:
            family = first.get("buyer_last_name") or next((v["last_name"] for _, v, _, _ in rows if v["last_name"]), "")
            if not family:
                raise RowSkipped(f"order {order} has no last name")
            names: list[str] = []
            for _, v, _, _ in rows:
                given = v.get("first_name", "")
                if fold(given) in _NO_NAME or fold(v["last_name"]) in _NO_NAME:
                    continue
                name = given if fold(v["last_name"]) in ("", fold(family)) else f"{given} {v['last_name']}".strip()
                if name and name not in names:
                    names.append(name)
            _household(
                plan, line, f"eventbrite:{order}", zips,
                family_name=family, first_names=", ".join(names),
                phone=_first(rows, "cell_phone") or _first(rows, "home_phone"),
                email=first.get("buyer_email") or _first(rows, "email"), zip_code=_first(rows, "zip_code"),
                adults_expected=sum(q for _, _, q, kid in rows if not kid),
                kids_expected=sum(q for _, _, q, kid in rows if kid),
                codes=[*((v.get(key, ""), kind) for _, v, _, _ in rows
                         for key, kind in (("barcode", household_codes.EVENTBRITE_BARCODE),
                                           ("attendee_no", household_codes.EVENTBRITE_ATTENDEE))),
                       (order, household_codes.EVENTBRITE_ORDER)], lines=lines)
        except RowSkipped as skip:  # the whole order is left out: its every row, said so in the reason
            others = lines[1:]
            plan.skip(line, skip.reason + (f" (the order's rows on lines {', '.join(map(str, lines))} are all left "
                                           "out)" if others else ""), also=others)


def _first(rows: list, key: str) -> str:
    return next((v[key] for _, v, _, _ in rows if v.get(key)), "")


# --- generic CSV --------------------------------------------------------------------------------------------------

def _generic_rows(plan: Plan, table: Table, columns: ColumnMapping, zips: dict[str, str]) -> None:
    for row in table.rows:
        try:
            v = columns.values(row)
            family, first_names = v.get("family_name", ""), v.get("first_names", "")
            if not family and v.get("full_name"):
                family, from_full = split_full_name(v["full_name"])
                first_names = first_names or from_full
            elif "," in family and not first_names:
                family, first_names = split_full_name(family)
            if not family:
                raise RowSkipped("the family name is empty")
            kids = whole_number(v.get("kids", ""), "kids", default=0)
            adults = whole_number(v.get("adults", ""), "adults")
            party = whole_number(v.get("party_size", ""), "the number of people")
            if adults is None:
                adults = max(party - kids, 0) if party is not None else 1
            if adults == 0 and kids == 0:
                adults = 1  # someone registered: at least one person is coming
            phone, email = v.get("phone", ""), v.get("email", "")
            _household(plan, row.line, identity_ref("csv", family, first_names, digits(phone)[-7:], email), zips,
                       family_name=" ".join(family.split()), first_names=" ".join(first_names.split()),
                       phone=phone, email=email, zip_code=v.get("zip_code", ""),
                       neighbourhood=v.get("neighbourhood", ""), adults_expected=adults, kids_expected=kids,
                       notes=v.get("notes", ""), consent_to_contact=yes_no(v.get("consent", "")),
                       codes=[(v.get("ticket_code", ""), household_codes.IMPORTED)])
        except RowSkipped as skip:
            plan.skip(row.line, skip.reason)
