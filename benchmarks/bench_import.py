"""Imports at 100,000 rows, and how long the check-in desk waits while one runs.

Three realistic files are generated in a temporary folder: an Eventbrite attendee report (orders of 1–5 tickets,
adults and children, a few refunds; barcodes, attendee and order numbers kept as scan codes), a SignUpGenius sign-up
report (title lines, one row per slot a volunteer took, a dozen stations, people with 1–5 slots) and a donations
export (online gifts with transaction ids, cash, checks, goods and services; returning donors; receipts numbered).
Each is imported through the real service (`attendee_import.run`, `volunteer_import.run`, `donation_import.run`:
reading, validating, batching, audit entries) into a fresh copy of a migrated SQLite file with the app's settings,
next to a **bare baseline measured in the same run**: `csv` reading the same file and `executemany` loading the same
rows (households and their codes; volunteers, stations, shifts and bookings; donors, donations and receipts) into the
same tables of another copy of the same file, in one transaction. The baseline runs before and after ours; its two
times are averaged, so that both sides see the same load on a shared machine. One line per figure:

    import_attendees_100k_s: 21.3 (baseline 5.2, ratio 4.1x)

Then the stall: a second process checks families in on the same SQLite file through `checkins.check_in`, one every
10 ms, for 15 s alone (its baseline: the longest gap this machine gives it with nobody importing) and then while the
attendee file is imported; the longest time between two of its check-ins (and any error it got) is reported.
PASS/FAIL lines close the output; a missed target is reported, not raised (benchmarks are not tests). Run with
`make bench`; the method and a recorded run are in docs/performance.md.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select

from nightout_desk.db import Database
from nightout_desk.db.bulk import BulkInsert
from nightout_desk.db.migrate import upgrade
from nightout_desk.models import Household
from nightout_desk.services import events
from nightout_desk.services.checkin import attendee_import, checkins, households
from nightout_desk.services.codes import new_ticket_code
from nightout_desk.services.context import Desk
from nightout_desk.services.demo.data import EMAIL_DOMAINS, FAMILY_NAMES, FIRST_NAMES, NEIGHBOURHOODS
from nightout_desk.services.donations import donation_import, organization
from nightout_desk.services.importing import batches
from nightout_desk.services.volunteers import volunteer_import
from nightout_desk.text import fold

ROWS = 100_000
MAX_RATIO = 5.0
STALL_TARGET_MS = 250.0
CHECK_IN_EVERY_S = 0.010
QUIET_S = 15.0  # the desk checking in alone before the import: the baseline of its longest gap
DESK_HOUSEHOLDS = 3_000  # walk-ups already in the file, checked in by the second process during the import
EVENT_DATE = dt.date(2026, 8, 4)
STATIONS = ("Check-in table", "Dunk tank", "K-9 demonstration", "Child ID kits", "Bounce house", "Arts and crafts",
            "Face painting", "Food tent", "Information table", "Equipment display", "Music stage", "Clean-up crew")
ORG_NAME = "Riverside Police Department"
TAX_LINE = (f"{ORG_NAME} is a governmental unit described in section 170(c)(1) of the Internal Revenue Code. Gifts are "
            "accepted for exclusively public purposes and are deductible to the extent allowed by law.")
NOTHING_IN_RETURN = "No goods or services were provided in return for this contribution."
FOOTER = "Please keep this receipt for your tax records."
BUSINESSES = ("Riverside Hardware", "Mill Creek Pizza", "Lakeview Dental", "Oak Park Credit Union", "Cedar Bakery",
              "Southgate Auto", "Hillcrest Pharmacy", "Old Town Books")


# --- the files -----------------------------------------------------------------------------------------------------

def eventbrite_file(path: Path, rows: int, rng: random.Random) -> None:
    header = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Price Tier", "Ticket Type",
              "Attendee #", "Barcode #", "Group", "Order Type", "Currency", "Total Paid", "Fees Paid",
              "Eventbrite Fees", "Eventbrite Payment Processing", "Attendee Status", "Home Address 1",
              "Home Address 2", "Home City", "Home State", "Home Zip", "Home Country", "Cell Phone", "Home Phone"]
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        out = csv.writer(f)
        out.writerow(header)
        written, order = 0, 7345100000
        while written < rows:
            order += rng.randint(1, 40)
            family = rng.choice(FAMILY_NAMES)
            _hood, zip_code = rng.choice(NEIGHBOURHOODS)
            email = f"{fold(family).replace(' ', '').replace(chr(39), '')}{order}@{rng.choice(EMAIL_DOMAINS)}"
            phone = f"(555) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
            address = f"{rng.randint(1, 999)} {rng.choice(('Mill Rd', 'River Rd', 'Oak St', 'Elm Ave'))}"
            for k in range(min(rng.choice((1, 2, 2, 3, 3, 4, 4, 5)), rows - written)):
                attendee = order * 100 + k
                kid = k >= 2 and rng.random() < 0.7
                status = "Attending" if rng.random() > 0.02 else "Refunded"
                out.writerow([order, "2026-07-01 09:14:22-04:00", rng.choice(FIRST_NAMES), family, email, 1, "",
                              "Child (under 12)" if kid else "Adult", attendee, f"{attendee}001", "", "Free Order",
                              "USD", "0.00", "0.00", "0.00", "0.00", status, address, "", "Riverside", "NY",
                              zip_code, "US", phone, ""])
                written += 1


SLOTS = [(f"08/04/2026 {h:02d}:00 PM", f"08/04/2026 {h + 1:02d}:00 PM") for h in (4, 5, 6, 7, 8, 9)]


def signupgenius_file(path: Path, rows: int, rng: random.Random) -> None:
    header = ["Sign Up", "Start Date/Time (mm/dd/yyyy)", "End Date/Time (mm/dd/yyyy)", "Location", "Qty", "Item",
              "First Name", "Last Name", "Email", "Sign Up Comment", "Mobile Phone"]
    with path.open("w", newline="", encoding="utf-8") as f:
        f.write("Riverside National Night Out 2026 - Volunteer Sign Up\r\n"
                "Sign Up Report - Created 07/28/2026 09:14 AM\r\n\r\n")
        out = csv.writer(f)
        out.writerow(header)
        written, person = 0, 0
        while written < rows:
            person += 1
            first, last = rng.choice(FIRST_NAMES), rng.choice(FAMILY_NAMES)
            email = f"volunteer{person}@{rng.choice(EMAIL_DOMAINS)}"
            phone = f"(555) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
            comment = rng.choice(("", "", "", "Explorer Post 12", "Happy to train new people", "Key Club"))
            taken = rng.sample([(st, a, b) for st in STATIONS for a, b in SLOTS], min(rng.randint(1, 5),
                                                                                     rows - written))
            for station, start, end in taken:
                out.writerow(["Night Out Volunteers", start, end, "Riverside Park", 1, station, first, last, email,
                              comment, phone])
                written += 1


def donations_file(path: Path, rows: int, rng: random.Random) -> None:
    header = ["Date", "First Name", "Last Name", "Company", "Email", "Phone", "Address", "City", "State", "ZIP",
              "Payment Method", "Amount", "Check Number", "Description", "Quantity", "Estimated Value", "Purpose",
              "Transaction ID"]
    donors = [(rng.choice(FIRST_NAMES), rng.choice(FAMILY_NAMES), n) for n in range(max(rows // 3, 1))]
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(header)
        for n in range(rows):
            first, last, number = rng.choice(donors)
            company = rng.choice(BUSINESSES) if rng.random() < 0.05 else ""
            email = f"donor{number}@{rng.choice(EMAIL_DOMAINS)}"
            day = f"2026-07-{rng.randint(1, 31):02d}"
            kind = rng.choices(("Online", "Cash", "Check", "In-kind"), (60, 20, 12, 8))[0]
            amount = f"{rng.choice((10, 20, 25, 50, 75, 100, 250))}.00" if kind != "In-kind" else ""
            description = rng.choice(("24 youth bike helmets", "Bottled water", "Hot dogs and buns",
                                      "Face paint kits")) if kind == "In-kind" else ""
            out.writerow([day, first, last, company, email, f"555-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
                          f"{rng.randint(1, 999)} Oak St", "Riverside", "NY", rng.choice(NEIGHBOURHOODS)[1], kind,
                          amount, str(rng.randint(1000, 9999)) if kind == "Check" else "", description,
                          str(rng.randint(1, 50)) if kind == "In-kind" else "",
                          "120.00" if kind == "In-kind" else "", rng.choice(("", "", "General fund", "K-9 unit")),
                          f"ch_{n:08d}" if kind == "Online" else ""])


# --- the databases -------------------------------------------------------------------------------------------------

def template(folder: Path) -> tuple[Path, uuid.UUID]:
    """A migrated SQLite file with one event (its default stations and neighbourhoods)."""
    path = folder / "template.sqlite3"
    db = Database(str(path))
    upgrade(db)
    event = events.create_event(db, name="Riverside National Night Out 2026", on=EVENT_DATE, place="Riverside Park",
                                town="Riverside", neighbourhoods=NEIGHBOURHOODS)
    desk = Desk(db, event.id, "Pat Organizer", "organizer", "Desk 1")
    organization.save(desk, organization.Organization(
        legal_name=ORG_NAME, address="200 River Rd\nRiverside, NY 12345",
        signer_name="Lt. Dana Reyes", signer_title="Community Relations"))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path, event.id


def copy_of(template_path: Path, name: str) -> Path:
    path = template_path.with_name(f"{name}.sqlite3")
    shutil.copy(template_path, path)
    return path


def bare(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")


# --- the baselines: csv + executemany, the same rows into the same tables --------------------------------------------

def baseline_attendees(path: Path, db_path: Path, event: str) -> int:
    orders: dict[str, list[dict]] = {}
    with path.open(newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if row["Attendee Status"] == "Attending":
                orders.setdefault(row["Order #"], []).append(row)
    now, zips = _now(), {z: n for n, z in NEIGHBOURHOODS}
    homes, codes, tickets = [], [], set()
    for order, rows in orders.items():
        hid, first = uuid.uuid4().hex, rows[0]
        ticket = new_ticket_code()
        while ticket in tickets:
            ticket = new_ticket_code()
        tickets.add(ticket)
        kids = sum(1 for r in rows if r["Ticket Type"].startswith("Child"))
        names = ", ".join(dict.fromkeys(r["First Name"] for r in rows))
        homes.append((hid, event, ticket, first["Last Name"], names, first["Cell Phone"], first["Email"],
                      first["Home Zip"], zips.get(first["Home Zip"], ""), len(rows) - kids, kids, "pre-registered",
                      f"eventbrite:{order}", "", 0, f"{first['Last Name'].lower()} {names.lower()} {ticket.lower()}",
                      None, now, now))
        for r in rows:
            codes.append((uuid.uuid4().hex, event, hid, r["Barcode #"], "eventbrite barcode", now))
            codes.append((uuid.uuid4().hex, event, hid, r["Attendee #"], "eventbrite attendee", now))
        codes.append((uuid.uuid4().hex, event, hid, order, "eventbrite order", now))
    conn = bare(db_path)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO households (id, event_id, ticket_code, family_name, first_names, phone, email, "
                     "zip_code, neighbourhood, adults_expected, kids_expected, source, external_ref, notes, "
                     "consent_to_contact, search_text, merged_into_id, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", homes)
    conn.executemany("INSERT INTO household_codes (id, event_id, household_id, code, kind, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", codes)
    conn.execute("COMMIT")
    conn.close()
    return len(homes)


def baseline_volunteers(path: Path, db_path: Path, event: str) -> int:
    with path.open(newline="", encoding="utf-8") as f:
        for _ in range(3):
            f.readline()
        rows = list(csv.DictReader(f))
    conn = bare(db_path)
    now = _now()
    stations = {name.lower(): sid for sid, name in conn.execute("SELECT id, name FROM stations WHERE event_id = ?",
                                                                (event,))}
    new_stations, shifts, people, bookings = [], {}, {}, []

    def when(text: str) -> str:
        local = dt.datetime.strptime(text, "%m/%d/%Y %I:%M %p").astimezone()
        return local.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")

    for r in rows:
        sid = stations.get(r["Item"].lower())
        if sid is None:
            sid = stations[r["Item"].lower()] = uuid.uuid4().hex
            new_stations.append((sid, event, r["Item"], len(stations)))
        start, end = when(r["Start Date/Time (mm/dd/yyyy)"]), when(r["End Date/Time (mm/dd/yyyy)"])
        key = (sid, start, end)
        if key not in shifts:
            shifts[key] = [uuid.uuid4().hex, 0]
        shifts[key][1] += 1
        vid = people.get(r["Email"])
        if vid is None:
            vid = people[r["Email"]] = (uuid.uuid4().hex, r)
        bookings.append((uuid.uuid4().hex, event, shifts[key][0], vid[0], now, None, "Pat Organizer"))
    volunteers = [(vid, event, f"V{n:07d}", r["First Name"], r["Last Name"], r["Mobile Phone"], email, "",
                   "civilian", "", r["Sign Up Comment"], 0, None, "", "", "", "", f"signupgenius:{email}",
                   f"{r['First Name'].lower()} {r['Last Name'].lower()} {email}", now, now)
                  for n, (email, (vid, r)) in enumerate(people.items())]
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO stations (id, event_id, name, kind, location, status, status_reason, opens_at, "
                     "closes_at, needs_waiver, description, sort_order) "
                     "VALUES (?, ?, ?, 'other', '', 'setting up', '', '', '', 0, '', ?)", new_stations)
    conn.executemany("INSERT INTO shifts (id, event_id, station_id, starts_at, ends_at, needed, notes, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, '', ?)",
                     [(shid, event, sid, a, b, needed, now) for (sid, a, b), (shid, needed) in shifts.items()])
    conn.executemany("INSERT INTO volunteers (id, event_id, badge_code, first_name, last_name, phone, email, "
                     "organization, role, tshirt_size, notes, is_minor, birth_year, guardian_name, guardian_phone, "
                     "emergency_name, emergency_phone, external_ref, search_text, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", volunteers)
    conn.executemany("INSERT INTO shift_assignments (id, event_id, shift_id, volunteer_id, created_at, removed_at, "
                     "operator) VALUES (?, ?, ?, ?, ?, ?, ?)", bookings)
    conn.execute("COMMIT")
    conn.close()
    return len(volunteers)


def baseline_donations(path: Path, db_path: Path, event: str) -> int:
    kinds = {"Online": "card", "Cash": "cash", "Check": "check", "In-kind": "in-kind"}
    now = _now()
    donors, gifts, receipts = {}, [], []
    with path.open(newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = r["Company"] or f"{r['First Name']} {r['Last Name']}"
            donor = donors.get(name.lower())
            if donor is None:
                donor = donors[name.lower()] = (uuid.uuid4().hex, name, r)
            kind = kinds[r["Payment Method"]]
            cents = round(float(r["Amount"]) * 100) if r["Amount"] else 0
            gid = uuid.uuid4().hex
            ref = f"csv:{r['Transaction ID']}" if r["Transaction ID"] else f"csv:{uuid.uuid4().hex}"
            gifts.append((gid, event, donor[0], r["Date"], kind, cents, r["Check Number"], r["Description"],
                          int(r["Quantity"]) if r["Quantity"] else None, "",
                          12000 if kind == "in-kind" else None, "", 0, r["Purpose"], "Pat Organizer", "Desk 1", ref,
                          now))
            number = len(receipts) + 1
            content = json.dumps({  # the same wording, as much text as the app's receipt: a fixed template filled in
                "number": f"NNO-2026-{number:04d}", "title": "Donation receipt", "issued_on": "August 4, 2026",
                "org_name": ORG_NAME, "org_address": ["200 River Rd", "Riverside, NY 12345"], "org_contact": "",
                "tax_status": "government", "tax_line": TAX_LINE, "donor_name": name, "donor_contact": "",
                "donor_address": [r["Address"], f"{r['City']}, {r['State']} {r['ZIP']}"],
                "lines": [{"on": r["Date"], "description": r["Description"] or r["Payment Method"],
                           "amount": f"${r['Amount']}" if r["Amount"] else ""}],
                "money_total": f"${r['Amount']}" if r["Amount"] else "", "statements": [NOTHING_IN_RETURN],
                "signer_name": "Lt. Dana Reyes", "signer_title": "Community Relations", "footer": FOOTER,
                "thanks": "Thank you for supporting Riverside National Night Out 2026!", "purpose": r["Purpose"],
                "notes": []}, ensure_ascii=False)
            receipts.append((uuid.uuid4().hex, event, f"NNO-2026-{number:04d}", number, "donation", donor[0], gid,
                             content, now, "Pat Organizer", None, 0, None, "", "", None))
    conn = bare(db_path)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO donors (id, event_id, kind, name, contact_name, address, phone, email, notes, "
                     "search_text, external_ref, merged_into_id, created_at) "
                     "VALUES (?, ?, ?, ?, '', ?, ?, ?, '', ?, NULL, NULL, ?)",
                     [(did, event, "business" if r["Company"] else "person", name, f"{r['Address']}\n{r['City']}",
                       r["Phone"], r["Email"], name.lower(), now) for did, name, r in donors.values()])
    conn.executemany("INSERT INTO donations (id, event_id, donor_id, received_on, kind, amount_cents, check_number, "
                     "description, quantity, unit, estimated_value_cents, returned_description, "
                     "returned_value_cents, purpose, recorded_by, device, external_ref, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", gifts)
    conn.executemany("INSERT INTO receipts (id, event_id, number, sequence, kind, donor_id, donation_id, content, "
                     "issued_at, issued_by, printed_at, print_count, voided_at, void_reason, voided_by, "
                     "reissue_of_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", receipts)
    conn.execute("INSERT INTO receipt_counters (id, event_id, prefix, last_number) VALUES (?, ?, 'NNO-2026', ?)",
                 (uuid.uuid4().hex, event, len(receipts)))
    conn.execute("COMMIT")
    conn.close()
    return len(gifts)


# --- measuring -----------------------------------------------------------------------------------------------------

KINDS = {
    "attendees": (eventbrite_file, attendee_import.run, baseline_attendees),
    "volunteers": (signupgenius_file, volunteer_import.run, baseline_volunteers),
    "donations": (donations_file, donation_import.run, baseline_donations),
}


def timed(fn, *args) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - start, out


def measure(kind: str, path: Path, tmpl: Path, event_id: uuid.UUID) -> tuple[float, float, str]:
    _make, run, baseline = KINDS[kind]
    b1, _ = timed(baseline, path, copy_of(tmpl, f"{kind}-baseline-1"), event_id.hex)
    db = Database(str(copy_of(tmpl, f"{kind}-ours")))
    desk = Desk(db, event_id, "Pat Organizer", "organizer", "Desk 1")
    ours, result = timed(run, desk, path)
    db.dispose()
    b2, _ = timed(baseline, path, copy_of(tmpl, f"{kind}-baseline-2"), event_id.hex)
    return ours, (b1 + b2) / 2, f"{result.summary()} (baseline {b1:.1f} s and {b2:.1f} s)"


def desk_process(db_path: str, event_id: str, stop_path: str) -> None:
    """The second process: a desk checking families in, one every 10 ms, until told to stop; prints its samples."""
    db = Database(db_path)
    desk = Desk(db, uuid.UUID(event_id), "Maria Lopez", "volunteer", "Desk 2")
    with db.read() as s:
        ids = list(s.scalars(select(Household.id).where(Household.source == "walk-up")))
    samples, errors = [], []
    stop = Path(stop_path)
    for n, household_id in enumerate(ids):
        began = time.monotonic()
        try:
            checkins.check_in(desk, household_id)
        except Exception as exc:  # noqa: BLE001 - every failure is a finding, reported by the parent
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
        samples.append((began, time.monotonic()))
        if n == 0:
            print("ready", flush=True)
        if stop.exists():
            break
        time.sleep(CHECK_IN_EVERY_S)
    print(json.dumps({"samples": samples, "errors": errors}), flush=True)
    db.dispose()


def measure_stall(path: Path, tmpl: Path, event_id: uuid.UUID) -> dict:
    db_path = copy_of(tmpl, "stall")
    db = Database(str(db_path))
    desk = Desk(db, event_id, "Pat Organizer", "organizer", "Desk 1")
    with db.write() as s:
        BulkInsert.of(db, Household.__table__, households.rows_for_import(s, desk, source="walk-up", entries=[
            (None, {"family_name": f"Walk-up {n}", "adults_expected": 2}) for n in range(DESK_HOUSEHOLDS)])).run(s)
    stop = db_path.with_suffix(".stop")
    desk2 = subprocess.Popen([sys.executable, __file__, "--desk", str(db_path), event_id.hex, str(stop)],
                             stdout=subprocess.PIPE, text=True)
    assert desk2.stdout.readline().strip() == "ready"
    quiet_from = time.monotonic()
    time.sleep(QUIET_S)  # the desk alone first: its longest gap with nobody importing, on this machine, now
    began = time.monotonic()
    result = attendee_import.run(desk, path)
    ended = time.monotonic()
    stop.touch()
    out = json.loads(desk2.stdout.read())
    desk2.wait()
    db.dispose()
    during = [(a, b) for a, b in out["samples"] if b >= began and a <= ended]
    gaps = [b2 - b1 for (_, b1), (_, b2) in zip(during, during[1:], strict=False)]
    alone = [b for a, b in out["samples"] if quiet_from <= a and b < began]
    quiet_gaps = [b2 - b1 for b1, b2 in zip(alone, alone[1:], strict=False)]
    calls = sorted(b - a for a, b in during)
    return {"import_s": ended - began, "check_ins": len(during), "errors": out["errors"],
            "longest_gap_ms": max(gaps, default=ended - began) * 1000,
            "quiet_gap_ms": max(quiet_gaps, default=0) * 1000,
            "longest_call_ms": calls[-1] * 1000 if calls else 0,
            "p99_call_ms": calls[int(len(calls) * 0.99)] * 1000 if calls else 0, "result": result.summary()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--only", choices=[*KINDS, "stall"], action="append")
    parser.add_argument("--desk", nargs=3, help=argparse.SUPPRESS)  # the second process of the stall measurement
    args = parser.parse_args(argv)
    if args.desk:
        desk_process(*args.desk)
        return 0
    wanted = args.only or [*KINDS, "stall"]
    rng = random.Random(args.seed)
    label = f"{args.rows // 1000}k" if args.rows % 1000 == 0 else str(args.rows)
    with tempfile.TemporaryDirectory(prefix="nightout-bench-import-") as tmp:
        folder = Path(tmp)
        tmpl, event_id = template(folder)
        files = {}
        for kind, (make, _run, _base) in KINDS.items():
            files[kind] = folder / f"{kind}.csv"
            make(files[kind], args.rows, rng)
        print(f"# bench_import: {args.rows:,}-row files; SQLite {sqlite3.sqlite_version}, WAL, synchronous=FULL; "
              f"batches sized to hold the write lock ~{batches.HOLD_S * 1000:g} ms (the first {batches.BATCH_ITEMS} "
              f"items), at least {batches.GIVE_WAY_S * 1000:g} ms given way between them; "
              f"Python {platform.python_version()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
        ratios = {}
        for kind in KINDS:
            if kind not in wanted:
                continue
            ours, base, note = measure(kind, files[kind], tmpl, event_id)
            ratios[kind] = ours / base
            print(f"# {kind}: {note}")
            print(f"import_{kind}_{label}_s: {ours:.2f} (baseline {base:.2f}, ratio {ours / base:.2f}x)")
        stall = measure_stall(files["attendees"], tmpl, event_id) if "stall" in wanted else None
        if stall:
            print(f"# stall: {stall['check_ins']} check-ins by a second process during the {stall['import_s']:.1f} s "
                  f"attendee import; check-in call p99 {stall['p99_call_ms']:.0f} ms, longest "
                  f"{stall['longest_call_ms']:.0f} ms; "
                  f"{len(stall['errors'])} errors{': ' + stall['errors'][0] if stall['errors'] else ''}")
            print(f"import_checkin_stall_ms: {stall['longest_gap_ms']:.0f} (baseline {stall['quiet_gap_ms']:.0f}, "
                  f"ratio {stall['longest_gap_ms'] / max(stall['quiet_gap_ms'], 1):.2f}x; target "
                  f"{STALL_TARGET_MS:g})")
        if ratios:
            worst = max(ratios, key=ratios.get)
            print(f"import_target: {'PASS' if ratios[worst] <= MAX_RATIO else 'FAIL'} (at most {MAX_RATIO:g}x the "
                  f"baseline; " + ", ".join(f"{k} {r:.2f}x" for k, r in ratios.items()) + ")")
        if stall:
            ok = stall["longest_gap_ms"] < STALL_TARGET_MS and not stall["errors"]
            print(f"stall_target: {'PASS' if ok else 'FAIL'} (longest gap between two check-ins "
                  f"{stall['longest_gap_ms']:.0f} ms, under {STALL_TARGET_MS:g} ms, and no check-in refused)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
