"""Check-in desk speed on a 20,000-household event: search as you type, and committing a check-in.

Each figure is measured through the real services (`households.search`, `checkins.check_in`) on a fresh SQLite file
with the app's own settings (WAL, synchronous=FULL, foreign keys, busy timeout), next to a bare-sqlite3 baseline
measured in the same run, on the same machine, interleaved with it query by query so that noise from other processes
hits both alike. Warm-up iterations are excluded. One line per figure:

    search_p95_ms: 3.1 (baseline 1.2, ratio 2.6x)

then a PASS/FAIL line per target. A missed target is reported, not raised: benchmarks are not tests; the script
exits non-zero only if it crashes. Run with `make bench`; the method is written up in docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from nightout_desk import clock
from nightout_desk.db import Database
from nightout_desk.db.migrate import upgrade
from nightout_desk.models import CheckIn, Household
from nightout_desk.services import events
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.codes import new_ticket_code, pretty
from nightout_desk.services.context import Desk
from nightout_desk.services.demo.data import EMAIL_DOMAINS, FAMILY_NAMES, FIRST_NAMES, NEIGHBOURHOODS
from nightout_desk.text import fold

HOUSEHOLDS = 20_000
SEARCH_TARGET_MS = 5.0
CHECKIN_TARGET_MS = 5.0
CHECKIN_MAX_RATIO = 4.0
BASELINE_COLUMNS = ("family_name", "first_names", "phone", "email")


# --- the event ---------------------------------------------------------------------------------------------------

def build_event(folder: Path, n: int, rng: random.Random) -> tuple[Desk, list[dict], list[dict]]:
    """A migrated SQLite event with `n` households written in bulk (the demo's names, ~half already checked in)."""
    db = Database(str(folder / "night.sqlite3"))
    upgrade(db)
    event = events.create_event(db, name="Riverside National Night Out 2026", on=dt.date(2026, 8, 4),
                                place="Riverside Park", town="Riverside", neighbourhoods=NEIGHBOURHOODS)
    desk = Desk(db, event.id, "Maria Lopez", "volunteer", "Desk 1")
    now = clock.now()
    rows, arrivals, codes = [], [], set()
    for number in range(n):
        family = rng.choice(FAMILY_NAMES)
        code = new_ticket_code()  # as the app makes them: never V, the badge prefix
        while code in codes:
            code = new_ticket_code()  # as the app makes them: never V, the badge prefix
        codes.add(code)
        hood, zip_code = rng.choice(NEIGHBOURHOODS)
        h = Household(
            id=uuid.uuid4(), event_id=event.id, ticket_code=code, family_name=family,
            first_names=", ".join(rng.sample(FIRST_NAMES, rng.choice([1, 2, 2, 3, 4]))),
            phone=f"(555) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}" if rng.random() < 0.85 else "",
            email=(f"{fold(family).replace(' ', '').replace(chr(39), '')}{number}@{rng.choice(EMAIL_DOMAINS)}"
                   if rng.random() < 0.8 else ""),
            zip_code=zip_code, neighbourhood=hood, adults_expected=rng.choice([1, 2, 2, 2, 3]),
            kids_expected=rng.choice([0, 1, 2, 2, 3, 4]), source="pre-registered", external_ref=f"bench:{number}",
            notes="", consent_to_contact=rng.random() < 0.6, merged_into_id=None, created_at=now, updated_at=now)
        h.search_text = households.search_text(h)
        row = {c.key: getattr(h, c.key) for c in Household.__table__.columns}
        rows.append(row)
        if rng.random() < 0.5:
            arrivals.append({"id": uuid.uuid4(), "event_id": event.id, "household_id": h.id, "adults": 2, "kids": 1,
                             "at": now - dt.timedelta(minutes=rng.randint(1, 120)), "device": "Desk 2",
                             "operator": "Tom Becker"})
    with db.write() as s:
        s.execute(insert(Household), rows)
        s.execute(insert(CheckIn), arrivals)
    bare = sqlite3.connect(db.path, isolation_level=None)
    bare.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no ANALYZE: the app never runs one either
    bare.close()
    checked = {a["household_id"] for a in arrivals}
    return desk, rows, [r for r in rows if r["id"] not in checked]


def search_queries(rows: list[dict], rng: random.Random) -> list[str]:
    """What volunteers type: names letter by letter (with and without accents), first names, phone fragments, emails,
    ticket codes in every shape a scanner or a person produces, and things that are not there."""
    queries: list[str] = []
    for r in rng.sample(rows, 25):  # family names typed letter by letter, as written or as a keyboard spells them
        name = r["family_name"] if rng.random() < 0.5 else fold(r["family_name"])
        queries += [name[:i] for i in range(1, len(name) + 1)]
    accented = [f for f in FIRST_NAMES if fold(f) != f.lower()]
    for first in rng.sample(accented, 12) + rng.sample(FIRST_NAMES, 12):
        queries += [first, fold(first)]
    for r in rng.sample([r for r in rows if r["phone"]], 30):
        phone = r["phone"]  # "(555) 201-7788"
        queries += [phone[6:12], phone[-4:], "".join(ch for ch in phone if ch.isdigit())[3:], phone]
    for r in rng.sample([r for r in rows if r["email"]], 20):
        queries += [r["email"].split("@")[0], r["email"]]
    for r in rng.sample(rows, 30):
        code = r["ticket_code"]
        queries += [code, code.lower(), pretty(code), code[:4]]
    for r in rng.sample(rows, 10):
        queries.append(f"{fold(r['first_names'].split(',')[0])} {fold(r['family_name'])}")
    queries += ["zzqx", "xylophone", "qqqq", "99999999", "nobody@nowhere.example", "Wąchocka", "ZZZZ-ZZZZ",
                "Smith", "jjjj", "kkkkk"] * 2
    rng.shuffle(queries)
    return queries


# --- measuring ---------------------------------------------------------------------------------------------------

def percentile(samples_ns: list[int], p: float) -> float:
    """Nearest-rank percentile, in milliseconds."""
    ordered = sorted(samples_ns)
    rank = max(1, round(p / 100 * len(ordered)))
    return ordered[rank - 1] / 1e6


def timed(fn, *args) -> int:
    start = time.perf_counter_ns()
    fn(*args)
    return time.perf_counter_ns() - start


def measure_search(desk: Desk, queries: list[str], warmup: int, rounds: int):
    path = desk.db.path
    bare = sqlite3.connect(path, isolation_level=None)
    bare.execute("PRAGMA journal_mode=WAL")
    where = " OR ".join(f"{c} LIKE ?" for c in BASELINE_COLUMNS)
    sql = f"SELECT id, family_name, first_names, phone, email, ticket_code FROM households WHERE {where} LIMIT ?"

    def baseline(q: str) -> None:
        pattern = f"%{q}%"
        bare.execute(sql, (pattern,) * len(BASELINE_COLUMNS) + (households.SEARCH_LIMIT,)).fetchall()

    def service(q: str) -> None:
        households.search(desk, q)

    for q in queries[:warmup]:
        service(q)
        baseline(q)
    ours, theirs = [], []
    for r in range(rounds):
        for i, q in enumerate(queries[warmup:]):
            if (i + r) % 2:  # alternate who goes first, so neither always runs on a warm cache
                ours.append(timed(service, q))
                theirs.append(timed(baseline, q))
            else:
                theirs.append(timed(baseline, q))
                ours.append(timed(service, q))
    bare.close()
    return ours, theirs


def measure_check_in(desk: Desk, folder: Path, pending: list[dict], warmup: int, count: int):
    bare = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
    bare.execute("PRAGMA journal_mode=WAL")
    bare.execute("PRAGMA synchronous=FULL")
    bare.execute("CREATE TABLE check_ins (id TEXT PRIMARY KEY, household_id TEXT, adults INTEGER, kids INTEGER,"
                 " at TEXT, device TEXT, operator TEXT)")

    def baseline() -> None:
        bare.execute("BEGIN")
        bare.execute("INSERT INTO check_ins VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (uuid.uuid4().hex, uuid.uuid4().hex, 2, 1, clock.now().isoformat(), "Desk 1", "Maria Lopez"))
        bare.execute("COMMIT")

    def service(household_id: uuid.UUID) -> None:
        result = checkins.check_in(desk, household_id)
        if not result.is_new:
            raise RuntimeError("benchmark picked a household that was already checked in")

    todo = iter(pending)
    for _ in range(warmup):
        service(next(todo)["id"])
        baseline()
    ours, theirs = [], []
    for i in range(count):
        hid = next(todo)["id"]
        if i % 2:
            ours.append(timed(service, hid))
            theirs.append(timed(baseline))
        else:
            theirs.append(timed(baseline))
            ours.append(timed(service, hid))
    bare.close()
    return ours, theirs


def line(name: str, ours: float, base: float) -> str:
    return f"{name}: {ours:.2f} (baseline {base:.2f}, ratio {ours / base:.2f}x)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=HOUSEHOLDS)
    parser.add_argument("--rounds", type=int, default=3, help="passes over the search queries")
    parser.add_argument("--check-ins", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="nightout-bench-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        desk, rows, pending = build_event(folder, args.households, rng)
        with desk.db.engine.connect() as conn:
            sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
            journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        queries = search_queries(rows, rng)
        print(f"# bench_checkin: {args.households} households ({len(pending)} not yet checked in), "
              f"built in {time.perf_counter() - started:.1f} s; SQLite {sqlite3.sqlite_version}, journal={journal}, "
              f"synchronous={sync} (2 = FULL); Python {platform.python_version()}, {os.cpu_count()} cores")
        warm = 50
        s_ours, s_base = measure_search(desk, queries, warm, args.rounds)
        print(f"# search: {len(queries) - warm} queries x {args.rounds} rounds through households.search, "
              f"baseline LIKE '%q%' on {', '.join(BASELINE_COLUMNS)} LIMIT {households.SEARCH_LIMIT}")
        c_ours, c_base = measure_check_in(desk, folder, pending, 30, args.check_ins)
        print(f"# check-in: {len(c_ours)} distinct households through checkins.check_in (with audit entry), "
              f"baseline one-row INSERT + COMMIT, same pragmas, same folder")
        figures = {}
        for name, ours, base in (("search", s_ours, s_base), ("checkin", c_ours, c_base)):
            for p in (50, 95):
                figures[f"{name}_p{p}"] = (percentile(ours, p), percentile(base, p))
                print(line(f"{name}_p{p}_ms", *figures[f"{name}_p{p}"]))
        s95, s95_base = figures["search_p95"]
        c95, c95_base = figures["checkin_p95"]
        yes = {True: "yes", False: "no"}
        checks = {"search": (s95 < SEARCH_TARGET_MS, s95 <= s95_base),
                  "checkin": (c95 < CHECKIN_TARGET_MS, c95 <= CHECKIN_MAX_RATIO * c95_base)}
        print(f"search_target: {'PASS' if all(checks['search']) else 'FAIL'} (p95 {s95:.2f} ms; "
              f"under {SEARCH_TARGET_MS:g} ms: {yes[checks['search'][0]]}; "
              f"no slower than the baseline p95 {s95_base:.2f} ms: {yes[checks['search'][1]]})")
        print(f"checkin_target: {'PASS' if all(checks['checkin']) else 'FAIL'} (p95 {c95:.2f} ms; "
              f"under {CHECKIN_TARGET_MS:g} ms: {yes[checks['checkin'][0]]}; at most {CHECKIN_MAX_RATIO:g}x the "
              f"baseline p95 {c95_base:.2f} ms = {CHECKIN_MAX_RATIO * c95_base:.2f} ms: {yes[checks['checkin'][1]]})")
        desk.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
