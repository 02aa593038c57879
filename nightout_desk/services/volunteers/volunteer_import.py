"""Importing volunteers: a SignUpGenius sign-up report (one row per slot someone took), or any CSV with a mapping.

A SignUpGenius report may start with title lines; each row is one slot: `Item` is the station, `Start/End
Date/Time (mm/dd/yyyy)` the shift. Rows of the same person (same email, else same name) make one volunteer booked on
every slot they took; each station is found by name (or added) and each shift by station and times (or added, with
as many needed as the file has sign-ups for it). Importing the file again adds nobody twice (`external_ref`), and
a later export with new slots for people already there adds just those bookings.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.db.bulk import BulkInsert
from nightout_desk.models import Shift, ShiftAssignment, Station, Volunteer
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import ImportProblem, InvalidInput
from nightout_desk.services.importing import (
    Field,
    ImportPreview,
    ImportResult,
    Plan,
    PlannedItem,
    RowSkipped,
    date_and_time,
    fits,
    header_test,
    identity_ref,
    known_refs,
    limited,
    match_columns,
    missing_message,
    read_table,
    split_full_name,
)
from nightout_desk.services.importing.batches import (
    BatchRun,
    BatchWriter,
    Progress,
    ShouldStop,
    Write,
    write_in_batches,
)
from nightout_desk.services.importing.refs import CHUNK
from nightout_desk.services.volunteers import roster as volunteers
from nightout_desk.text import digits, fold

SIGNUPGENIUS, GENERIC = "signupgenius", "generic"
FORMATS = (("auto", "Recognise automatically"), (SIGNUPGENIUS, "SignUpGenius sign-up report"),
           (GENERIC, "Generic CSV (choose the columns)"))
FORMAT_NAMES = {SIGNUPGENIUS: "SignUpGenius sign-up report", GENERIC: "Generic CSV"}
NOUN = "volunteers"
_LABELS = {"guardian_name": "guardian's name", "guardian_phone": "guardian's phone",
           "emergency_name": "emergency contact", "tshirt_size": "T-shirt size"}
SHOWN = ("First name", "Last name", "Email", "Organization", "Role", "Shifts")
_PHONE = ("phone", "phone number", "mobile phone", "mobile", "cell", "cell phone", "telephone")
_START = ("start date/time (mm/dd/yyyy)", "start date/time", "start", "start time", "shift start", "starts")
_END = ("end date/time (mm/dd/yyyy)", "end date/time", "end", "end time", "shift end", "ends")

SIGNUPGENIUS_FIELDS: tuple[Field, ...] = (
    Field("item", "Item", ("item", "slot", "task"), required=True, hint="the station"),
    Field("start", "Start date/time", _START, required=True),
    Field("end", "End date/time", _END),
    Field("first_name", "First name", ("first name", "firstname", "given name"), required=True),
    Field("last_name", "Last name", ("last name", "lastname", "surname")),
    Field("email", "Email", ("email", "email address", "e-mail")),
    Field("phone", "Phone", _PHONE),
    Field("comment", "Sign up comment", ("sign up comment", "signup comment", "comment", "comments")),
    Field("location", "Location", ("location",)),
    Field("signup", "Sign up", ("sign up", "signup", "sign-up")),
    Field("quantity", "Qty", ("qty", "quantity")),
)
GENERIC_FIELDS: tuple[Field, ...] = (
    Field("first_name", "First name", ("first name", "firstname", "given name", "forename"), required=True,
          satisfied_by=("full_name",), hint="or a full-name column"),
    Field("last_name", "Last name", ("last name", "lastname", "surname", "family name")),
    Field("full_name", "Full name", ("name", "full name", "volunteer", "volunteer name")),
    Field("email", "Email", ("email", "email address", "e-mail")),
    Field("phone", "Phone", _PHONE),
    Field("organization", "Organization", ("organization", "organisation", "group", "agency", "company", "club",
                                           "department", "troop", "post")),
    Field("role", "Role", ("role", "type", "volunteer type"), hint="officer, civilian or youth"),
    Field("tshirt_size", "T-shirt size", ("t-shirt", "tshirt", "shirt size", "t-shirt size")),
    Field("birth_year", "Birth year", ("birth year", "year of birth")),
    Field("guardian_name", "Guardian's name", ("guardian", "guardian name", "parent", "parent name")),
    Field("guardian_phone", "Guardian's phone", ("guardian phone", "parent phone")),
    Field("emergency_name", "Emergency contact", ("emergency contact", "emergency contact name", "emergency name")),
    Field("emergency_phone", "Emergency phone", ("emergency phone", "emergency contact phone")),
    Field("notes", "Notes", ("notes", "comment", "comments")),
    Field("item", "Station", ("station", "item", "assignment", "position")),
    Field("start", "Shift start", _START),
    Field("end", "Shift end", _END),
)


@dataclass
class Person:
    fields: dict
    slots: list[tuple[str, datetime, datetime]] = field(default_factory=list)  # (station, start, end)
    lines: list[int] = field(default_factory=list)  # every row of this person in the file


def _role(text: str, organization: str) -> str:
    words = fold(f"{text} {organization}")
    if any(w in words for w in ("officer", "police", "deputy", "sheriff", "trooper", "sergeant")):
        return "officer"
    if any(w in words for w in ("youth", "explorer", "student", "scout", "teen", "minor", "key club")):
        return "youth"
    return "civilian"


def preview(desk: Desk, path: Path, mapping: Mapping[str, str] | None = None, fmt: str = "auto") -> ImportPreview:
    plan = _plan(path, mapping, fmt)
    with desk.db.read() as s:
        known = known_refs(s, Volunteer, desk.event_id, [i.ref for i in plan.items])
    return plan.preview(known)


def run(desk: Desk, path: Path, mapping: Mapping[str, str] | None = None, fmt: str = "auto",
        progress: Progress | None = None, should_stop: ShouldStop | None = None) -> ImportResult:
    """Add the new volunteers and every booking the file holds, a batch of people at a time, each batch in its own
    transaction with its audit entry (`importing/batches.py`); running it again finishes an import that was stopped.
    `progress(done, total)` is called after each batch; `should_stop()` is asked before each."""
    permissions.require(desk, "volunteers.import")
    plan = _plan(path, mapping, fmt)
    if plan.problem:
        raise ImportProblem(plan.problem)
    with desk.db.read() as s:  # who is there already, read once (each batch checks its own people again)
        known = known_refs(s, Volunteer, desk.event_id, [i.ref for i in plan.items])
    planned = sum(1 for i in plan.items if i.ref not in known)

    def prepare(r: Session, batch: Sequence[PlannedItem]) -> Write:
        there = _volunteers_by_ref(r, desk, [i.ref for i in batch])
        new = [i for i in batch if i.ref not in there]
        rows = volunteers.rows_for_import(r, desk, [(i.ref, i.payload.fields) for i in new])
        volunteer_rows = BulkInsert.of(desk.db, Volunteer.__table__, rows)
        owner = {**there, **{i.ref: row["id"] for i, row in zip(new, rows, strict=True)}}
        people = [(owner[i.ref], i.payload.slots) for i in batch]
        raced = sum(1 for i in batch if i.ref in there and i.ref not in known)

        def write(s: Session) -> tuple[Counter, dict]:  # a reference or badge taken since: IntegrityError, again
            volunteer_rows.run(s)
            bookings = _book(s, desk, plan, people, set(there.values()))
            return Counter(created=len(new), bookings=bookings, raced=raced), {}
        return write

    def summary(run: BatchRun) -> tuple[str, dict]:
        created, bookings = run.counts["created"], run.counts["bookings"]
        text = f"{created} volunteers, {bookings} shift bookings from {path.name} ({plan.format_name})"
        return (text + (": stopped before the end" if run.stopped else ""),
                {"file": path.name, "created": created, "bookings": bookings, "rows skipped": len(plan.skipped),
                 "batches": run.batches})

    def result(run: BatchRun) -> ImportResult:
        raced = run.counts["raced"]
        return plan.result(run.counts["created"], len(plan.items) - planned + raced, planned=planned - raced,
                           stopped=run.stopped)

    writer = BatchWriter("volunteers imported", "volunteer", prepare, summary, result)
    return write_in_batches(desk, path.name, NOUN, plan.items, writer, progress=progress, should_stop=should_stop)


def _volunteers_by_ref(s: Session, desk: Desk, refs: list[str]) -> dict[str, uuid.UUID]:
    return dict(s.execute(select(Volunteer.external_ref, Volunteer.id).where(
        Volunteer.event_id == desk.event_id, Volunteer.external_ref.in_(refs))).all())


def _book(s: Session, desk: Desk, plan: Plan, people: list[tuple[uuid.UUID, list[tuple[str, datetime, datetime]]]],
          known_ids: set[uuid.UUID]) -> int:
    """Book each (volunteer, slots) on its shifts, adding the stations and shifts the file names that are not there
    yet (read once per batch: an event has a few dozen); a booking already there is not made twice."""
    stations = {fold(name): sid for sid, name in s.execute(  # by folded name, in Python: the same on both databases
        select(Station.id, Station.name).where(Station.event_id == desk.event_id))}
    shifts = {(sid, a, b): (shid, needed) for shid, sid, a, b, needed in s.execute(
        select(Shift.id, Shift.station_id, Shift.starts_at, Shift.ends_at, Shift.needed)
        .where(Shift.event_id == desk.event_id))}
    booked = set()
    for i in range(0, len(known_ids), CHUNK):  # people already there may hold some of these bookings
        booked.update(s.execute(select(ShiftAssignment.shift_id, ShiftAssignment.volunteer_id).where(
            ShiftAssignment.volunteer_id.in_(list(known_ids)[i:i + CHUNK]), ShiftAssignment.removed_at.is_(None))))
    rows, now = [], clock.now()
    for volunteer_id, slots in people:
        for station_name, start, end in slots:
            sid = stations.get(fold(station_name))
            if sid is None:
                order = s.scalar(select(func.max(Station.sort_order)).where(Station.event_id == desk.event_id)) or 0
                st = Station(event_id=desk.event_id, name=station_name, sort_order=order + 1)
                s.add(st)
                s.flush()
                audit.record(s, desk, "station added", entity="station", entity_id=st.id,
                             summary=f"{station_name} (from a volunteer import)")
                sid = stations[fold(station_name)] = st.id
            wanted = plan.slot_counts[(fold(station_name), start, end)]
            shift_id, needed = shifts.get((sid, start, end), (None, 0))
            if shift_id is None:
                sh = Shift(event_id=desk.event_id, station_id=sid, starts_at=start, ends_at=end, needed=wanted)
                s.add(sh)
                s.flush()
                shift_id, needed = sh.id, wanted
            elif needed < wanted:
                s.execute(update(Shift).where(Shift.id == shift_id).values(needed=wanted))
                needed = wanted
            shifts[(sid, start, end)] = (shift_id, needed)
            if (shift_id, volunteer_id) not in booked:
                booked.add((shift_id, volunteer_id))
                rows.append({"id": uuid.uuid4(), "event_id": desk.event_id, "shift_id": shift_id,
                             "volunteer_id": volunteer_id, "created_at": now, "removed_at": None,
                             "operator": desk.operator})
    return BulkInsert.of(desk.db, ShiftAssignment.__table__, rows).run(s)


def _plan(path: Path, mapping: Mapping[str, str] | None, fmt: str) -> Plan:
    chosen = dict(mapping or {})
    if fmt not in (*FORMAT_NAMES, "auto"):
        raise ImportProblem(f"Unknown format “{fmt}” (choose auto, signupgenius or generic).")
    if fmt == "auto":
        sug, generic = header_test(SIGNUPGENIUS_FIELDS), header_test(GENERIC_FIELDS, chosen.values())
        table = read_table(path, lambda cells: sug(cells) or generic(cells))
        found = {k for k, _ in match_columns(table.header, SIGNUPGENIUS_FIELDS).chosen}
        only_generic = {f.key for f in GENERIC_FIELDS} - {f.key for f in SIGNUPGENIUS_FIELDS}
        fmt = SIGNUPGENIUS if {"item", "start", "first_name"} <= found and not set(chosen) & only_generic else GENERIC
    else:
        table = read_table(path, header_test(SIGNUPGENIUS_FIELDS if fmt == SIGNUPGENIUS else GENERIC_FIELDS,
                                             chosen.values()))
    fields = SIGNUPGENIUS_FIELDS if fmt == SIGNUPGENIUS else GENERIC_FIELDS
    columns = match_columns(table.header, fields, chosen)
    missing = columns.missing(fields)
    plan = Plan(table, FORMAT_NAMES[fmt], fields, columns, SHOWN, NOUN,
                problem=missing_message(missing, fields) if missing else "")
    plan.slot_counts = {}
    if missing:
        return plan
    people: dict[str, tuple[int, Person]] = {}
    for row in table.rows:
        try:
            v = columns.values(row)
            first, last = v.get("first_name", "").strip(), v.get("last_name", "").strip()
            if not first and v.get("full_name"):
                last, first = split_full_name(v["full_name"])
            if not first:
                raise RowSkipped("the first name is empty")
            email = v.get("email", "").strip()
            details = {"first_name": limited(first, 120, "first name"), "last_name": limited(last, 120, "last name"),
                       "email": limited(email, 200, "email"), "phone": limited(v.get("phone", ""), 40, "phone")}
            if fmt == GENERIC:
                org = limited(v.get("organization", ""), 200, "organization")
                details.update(organization=org, role=_role(v.get("role", ""), org),
                               tshirt_size=v.get("tshirt_size", "")[:10], notes=v.get("notes", ""),
                               guardian_name=v.get("guardian_name", ""), guardian_phone=v.get("guardian_phone", ""),
                               emergency_name=v.get("emergency_name", ""),
                               emergency_phone=v.get("emergency_phone", ""))
                if v.get("birth_year", "").strip():
                    details["birth_year"] = v["birth_year"].strip()
            else:
                details["notes"] = v.get("comment", "")
            details = _cleaned(details)
            slot = _slot(v)
        except RowSkipped as skip:
            plan.skip(row.line, skip.reason)
            continue
        key = fold(email) if email else fold(f"{first} {last}") + ":" + digits(details["phone"])[-7:]
        line, person = people.setdefault(key, (row.line, Person(details)))
        person.lines.append(row.line)
        if slot and slot not in person.slots:
            person.slots.append(slot)
            k = (fold(slot[0]), slot[1], slot[2])
            plan.slot_counts[k] = plan.slot_counts.get(k, 0) + 1
    prefix = "signupgenius" if fmt == SIGNUPGENIUS else "csv"
    for key, (line, person) in people.items():
        f = person.fields
        shifts = "; ".join(f"{st} {a:%H:%M}–{b:%H:%M}" for st, a, b in person.slots)
        plan.add(line, identity_ref(prefix, key), (f["first_name"], f["last_name"], f["email"],
                                                   f.get("organization", ""), f.get("role", "civilian"), shifts),
                 person, lines=person.lines)
    return plan


def _cleaned(details: dict) -> dict:
    """The values the volunteer will be saved with, by the roster's own rules (a birth year "nineteen80", a name
    longer than its column), so that the run never refuses a row the preview accepted."""
    try:
        cleaned = volunteers.clean_fields(details)
    except InvalidInput as exc:
        raise RowSkipped(str(exc)[:1].lower() + str(exc)[1:].rstrip(".")) from None
    fits(Volunteer, cleaned, _LABELS)
    return cleaned


def _slot(v: dict) -> tuple[str, datetime, datetime] | None:
    station = " ".join(v.get("item", "").split())
    if not station and not v.get("start", "").strip():
        return None
    if not station:
        raise RowSkipped("it has a shift time but no station (Item)")
    start = date_and_time(v.get("start", ""), "start")
    end = date_and_time(v["end"], "end") if v.get("end", "").strip() else None
    if end is None or end <= start:
        raise RowSkipped("the shift's end is missing or not after its start")
    return limited(station, Station.name.type.length, "station"), start, end
