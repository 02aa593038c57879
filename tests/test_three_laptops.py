"""Three laptops through one evening, each a process of its own on its own file, through the real services:
check-ins, walk-ups, donations with receipts, giveaway hand-outs and volunteers' clock scans on all three.

With a hub (a PostgreSQL server of this test's own): the hub is switched off mid-burst and on again, and one laptop
is killed with SIGKILL in the middle of a sync. With no hub at all: the laptops' files are merged with
`nightout-desk merge FILE`. Either way, after everyone has synced (or merged), every action a laptop confirmed is
on the hub and on every laptop exactly once, the receipts are unique and gap-free within each laptop's series, and
what the laptops did while apart is listed as the rules say (docs/architecture.md, "Several laptops").
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from nightout_desk.db import Database
from nightout_desk.db.migrate import upgrade
from nightout_desk.models import CheckIn, CheckInUndo, Donation, Household, Receipt, StockMove, TimeEntry
from nightout_desk.services.checkin import households
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import receipts
from nightout_desk.services.inventory import stock
from nightout_desk.services.sync.conflicts import (
    BELOW_ZERO,
    CHECKED_IN_TWICE,
    CLOCK_SCANS,
    PAST_LIMIT,
    POSSIBLE_DUPLICATE,
)
from nightout_desk.services.sync.engine import list_conflicts
from nightout_desk.services.volunteers import roster
from tests import donation_helpers
from tests.conftest import make_desk
from tests.pg_server import PostgresServer

DRIVER = Path(__file__).with_name("laptop_driver.py")
LAPTOPS = ("Desk A", "Desk B", "Desk C")
FAMILIES_EACH = 24
WATCHDOG_S = 240
TWINS = "Rivera-Walkup Twins"  # the family that walks up at every laptop


@dataclass
class Night:
    """What the organizer's laptop holds before the doors open, and what each laptop will do."""

    event_id: uuid.UUID
    families: list[uuid.UUID]
    donors: list[uuid.UUID]
    glow_sticks: uuid.UUID
    helmets: uuid.UUID
    volunteers: list[uuid.UUID]
    twice: list[uuid.UUID] = field(default_factory=list)  # households checked in on two laptops while apart


def organizer_file(path: Path) -> tuple[Desk, Night]:
    db = Database(str(path))
    upgrade(db)
    desk = make_desk(db, device="Desk A")
    donation_helpers.set_up(desk)
    with db.write() as s:
        families = [households.new_household(s, desk, source=households.SOURCE_PREREGISTERED,
                                             family_name=f"Family {i:02d}", adults_expected=2, kids_expected=i % 3).id
                    for i in range(FAMILIES_EACH * len(LAPTOPS))]
    donors = [donation_helpers.hardware(desk).id, donation_helpers.zoe(desk).id]
    glow = stock.add_item(desk, name="Glow sticks", limit_per_household=2)
    stock.receive(desk, glow.id, 500, source="purchased")
    helmets = donation_helpers.helmets(desk, limit=1, stock=3)
    volunteers = [roster.add_volunteer(desk, first_name=f"Vol{i}", last_name="Unteer").id for i in range(6)]
    return desk, Night(desk.event_id, families, donors, glow.id, helmets.id, volunteers)


def plan(night: Night, n: int, *, sync_every: int, rng: random.Random) -> list[list]:
    """Laptop n's evening: its own third of the families (and the first family of the next laptop's third, checked
    in on two laptops while apart), two walk-ups of its own and one family that walks up at every laptop, two
    donations, glow sticks and two of the three helmets, and two volunteers clocking in and out."""
    mine = night.families[n * FAMILIES_EACH:(n + 1) * FAMILIES_EACH]
    other = night.families[((n + 1) % len(LAPTOPS)) * FAMILIES_EACH]
    steps: list[list] = [["check-in", str(other)]]
    for i, family in enumerate(mine):
        steps.append(["check-in", str(family)])
        if i % 3 == 0:
            steps.append(["hand-out", str(night.glow_sticks), str(family)])
    steps += [["walk-up", f"Walkup {LAPTOPS[n]} {i}", 2, 2, "12345"] for i in range(2)]
    steps.append(["walk-up", TWINS, 2, 3, "12346"])
    steps += [["donation", str(night.donors[i % 2]), 2500 + 100 * n + i] for i in range(2)]
    steps += [["hand-out", str(night.helmets), str(mine[i])] for i in (1, 2)]
    for v in night.volunteers[2 * n:2 * n + 2]:
        steps += [["clock", str(v)], ["clock", str(v)]]
    rng.shuffle(steps)
    with_syncs: list[list] = []
    for i, step in enumerate(steps):
        with_syncs.append(step)
        with_syncs.append(["pause", 0.03])
        if sync_every and i % sync_every == sync_every - 1:
            with_syncs.append(["sync"])
    return with_syncs


@dataclass
class Confirmed:
    """What each laptop's screen showed as done."""

    check_ins: set[uuid.UUID] = field(default_factory=set)
    walk_ups: set[uuid.UUID] = field(default_factory=set)
    donations: dict[uuid.UUID, str] = field(default_factory=dict)
    hand_outs: set[uuid.UUID] = field(default_factory=set)
    clock: list[tuple[uuid.UUID, str, str]] = field(default_factory=list)
    sync_failed: int = 0
    synced: int = 0

    def read(self, line: str) -> None:
        words = line.split()
        if not words:
            return
        if words[0] == "sync-failed":
            self.sync_failed += 1
        elif words[0] == "synced":
            self.synced += 1
        if words[0] != "ok":
            return
        kind = words[1]
        if kind == "check-in":
            self.check_ins.add(uuid.UUID(words[2]))
        elif kind == "walk-up":
            self.check_ins.add(uuid.UUID(words[2]))
            self.walk_ups.add(uuid.UUID(words[3]))
        elif kind == "donation":
            self.donations[uuid.UUID(words[2])] = words[3]
        elif kind == "hand-out":
            self.hand_outs.add(uuid.UUID(words[2]))
        elif kind == "clock":
            self.clock.append((uuid.UUID(words[2]), words[3], words[4]))


class Laptop:
    """One laptop's driver process, read line by line on a thread of the test."""

    def __init__(self, path: Path, event_id: uuid.UUID, device: str, steps: list, folder: Path,
                 hub: str | None = None) -> None:
        plan_file = folder / f"{device.replace(' ', '-')}-plan-{time.monotonic_ns()}.json"
        plan_file.write_text(json.dumps(steps))
        args = [sys.executable, str(DRIVER), str(path), str(event_id), device, str(plan_file)]
        self.process = subprocess.Popen([*args, *([hub] if hub else [])], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parents[1])
        self.lines: list[str] = []
        self.confirmed = Confirmed()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.watchdog = threading.Timer(WATCHDOG_S, self.process.kill)  # a hung laptop fails the test
        self.watchdog.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.strip())
            self.confirmed.read(line)

    def count(self, word: str) -> int:
        return sum(1 for line in list(self.lines) if line.split()[:1] == [word])

    def wait_for(self, predicate, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if self.process.poll() is not None and not self.reader.is_alive():
                failed = [line for line in self.lines if line.startswith("sync-failed")]
                raise AssertionError(f"the laptop ended early: {self.lines[-5:]} {failed[:3]} "
                                     f"{self.process.stderr.read()}")
            assert time.monotonic() < deadline, f"timed out; last lines {self.lines[-5:]}"
            time.sleep(0.005)

    def finish(self) -> int:
        code = self.process.wait(timeout=WATCHDOG_S)
        self.reader.join(timeout=10)
        self.watchdog.cancel()
        err = self.process.stderr.read()
        self.process.stderr.close()
        assert code in (0, -signal.SIGKILL), err
        return code


def _laptop_env(config: Path, device: str) -> dict[str, str]:
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"device_name": device}))
    return {**os.environ, "NIGHTOUT_CONFIG_DIR": str(config), "NIGHTOUT_HUB": ""}


def cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "nightout_desk", *args], env=env, capture_output=True, text=True,
                          timeout=WATCHDOG_S, cwd=Path(__file__).parents[1])
    assert done.returncode == 0, done.stderr
    return done.stdout


# --- what must hold afterwards ------------------------------------------------------------------------------------

def contents(db: Database, event_id: uuid.UUID) -> dict[str, object]:
    with db.read() as s:
        def ids(model) -> list[uuid.UUID]:
            return list(s.scalars(select(model.id).where(model.event_id == event_id)))

        return {
            "check_ins": Counter(ids(CheckIn)),
            "households": Counter(ids(Household)),
            "donations": Counter(ids(Donation)),
            "stock_moves": Counter(ids(StockMove)),
            "time_entries": Counter(ids(TimeEntry)),
            "receipts": sorted((r.series, r.sequence, r.number) for r in s.scalars(
                select(Receipt).where(Receipt.event_id == event_id))),
            "clock_ins": sorted((str(e.volunteer_id), e.clock_in) for e in s.scalars(
                select(TimeEntry).where(TimeEntry.event_id == event_id, TimeEntry.supersedes_id.is_(None)))),
        }


def assert_converged(dbs: dict[str, Database], event_id: uuid.UUID, confirmed: list[Confirmed]) -> dict:
    seen = {name: contents(db, event_id) for name, db in dbs.items()}
    first_name, first = next(iter(seen.items()))
    for name, got in seen.items():
        for table, rows in got.items():
            if isinstance(rows, Counter):
                assert set(rows.values()) <= {1}, f"{name}: a row of {table} twice"
            assert rows == first[table], f"{name} and {first_name} differ in {table}"
    everything = Confirmed()
    for c in confirmed:
        everything.check_ins |= c.check_ins
        everything.walk_ups |= c.walk_ups
        everything.donations |= c.donations
        everything.hand_outs |= c.hand_outs
        everything.clock += c.clock
    assert everything.check_ins <= set(first["check_ins"]), "a confirmed check-in is missing"
    assert everything.walk_ups <= set(first["households"]), "a confirmed walk-up family is missing"
    assert set(everything.donations) <= set(first["donations"]), "a confirmed donation is missing"
    assert everything.hand_outs <= set(first["stock_moves"]), "a confirmed hand-out is missing"
    numbers = [number for _, _, number in first["receipts"]]
    assert len(numbers) == len(set(numbers)), "two receipts share a number"
    assert set(everything.donations.values()) <= set(numbers), "a receipt number printed on the night is gone"
    by_series: dict[str, list[int]] = defaultdict(list)
    for series, sequence, _ in first["receipts"]:
        by_series[series].append(sequence)
    for series, sequences in by_series.items():
        assert sorted(sequences) == list(range(1, len(sequences) + 1)), f"a gap in receipt series {series!r}"
    clock_ins = {(v, at) for v, at in first["clock_ins"]}
    for volunteer, direction, at in everything.clock:
        if direction == "in":
            assert (str(volunteer), datetime.fromisoformat(at)) in clock_ins, "a confirmed clock-in is missing"
    return first


def assert_conflicts_listed(desk: Desk, night: Night, *, all_apart: bool) -> None:
    """As the rules say: each family checked in on two laptops while apart keeps its first check-in, the later one
    is undone with the reason and listed; the family that walked up at every laptop is offered as a duplicate (one
    pair per two laptops that confirmed it); helmets handed out past the shelf are flagged for the count. With
    `all_apart` (no laptop saw another's work before the merge) the overlaps are known: one family per laptop."""
    listed = list_conflicts(desk)
    kinds = Counter(c.kind for c in listed)
    assert set(kinds) <= {CHECKED_IN_TWICE, POSSIBLE_DUPLICATE, BELOW_ZERO, PAST_LIMIT, CLOCK_SCANS}, kinds
    with desk.db.read() as s:
        rows = s.execute(select(CheckIn.id, CheckIn.household_id, CheckInUndo.reason)
                         .outerjoin(CheckInUndo, CheckInUndo.check_in_id == CheckIn.id)
                         .where(CheckIn.event_id == desk.event_id)).all()
        helmets_left = s.scalar(select(func.sum(StockMove.quantity)).where(StockMove.item_id == night.helmets))
    in_force = Counter(r.household_id for r in rows if r.reason is None)
    assert set(in_force.values()) == {1}, "a family is checked in twice after the merge"
    undone_apart = {r.id for r in rows if r.reason is not None and "while apart" in r.reason}
    twice = {c.row_id for c in listed if c.kind == CHECKED_IN_TWICE}
    assert twice == undone_apart, "each check-in the rules undid is listed, and only those"
    if all_apart:
        assert len(twice) == len(LAPTOPS), kinds
    duplicates = [c for c in listed if c.kind == POSSIBLE_DUPLICATE]
    with desk.db.read() as s:
        twins = s.scalar(select(func.count()).select_from(Household).where(
            Household.event_id == desk.event_id, Household.family_name == TWINS))
    assert twins >= 2 and len(duplicates) == twins * (twins - 1) // 2, kinds  # one pair per two laptops
    assert all(TWINS in c.summary for c in duplicates)
    below = [c for c in listed if c.kind == BELOW_ZERO]
    assert bool(below) == (helmets_left < 0), (helmets_left, kinds)
    if below:
        assert below[0].row_id == night.helmets


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# --- the evenings ---------------------------------------------------------------------------------------------------

@pytest.fixture
def hub_server():
    """A PostgreSQL server of this test's own, so switching it off mid-evening touches no other test."""
    server = PostgresServer().start()
    with psycopg.connect(host=str(server.root), port=server.port, user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute("CREATE DATABASE hub")
    yield server
    server.stop()


def test_three_laptops_and_a_hub_switched_off_mid_burst_and_a_laptop_killed_mid_sync(hub_server, tmp_path):
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    hub_url = hub_server.url("hub")
    files = {device: tmp_path / f"{device.replace(' ', '-')}.sqlite3" for device in LAPTOPS}
    envs = {device: _laptop_env(tmp_path / f"config-{device[-1]}", device) for device in LAPTOPS}
    organizer, night = organizer_file(files["Desk A"])
    organizer.db.dispose()
    said = cli(envs["Desk A"], "--db", str(files["Desk A"]), "--hub", hub_url, "sync")
    assert "was empty" in said  # the hub was set up by the same migrations
    for device in LAPTOPS[1:]:
        said = cli(envs[device], "--db", str(files[device]), "--hub", hub_url, "join", "--event", str(night.event_id))
        assert "Joined" in said
    laptops = [Laptop(files[d], night.event_id, d, plan(night, n, sync_every=8, rng=rng), tmp_path, hub_url)
               for n, d in enumerate(LAPTOPS)]
    for laptop in laptops:  # mid-burst: everyone has synced once and is still working
        laptop.wait_for(lambda laptop=laptop: laptop.count("synced") >= 1)
    hub_server.pause()
    for laptop in laptops:  # the desks keep working while the hub is off, and say the sync failed
        laptop.wait_for(lambda laptop=laptop: laptop.count("sync-failed") >= 1)
    hub_server.resume()
    victim = laptops[2]
    syncs_before = victim.count("syncing")
    victim.wait_for(lambda: victim.count("syncing") > syncs_before)
    time.sleep(rng.uniform(0, 0.05))  # inside the sync round (or just after it)
    victim.process.send_signal(signal.SIGKILL)
    codes = [laptop.finish() for laptop in laptops]
    assert codes[:2] == [0, 0] and codes[2] == -signal.SIGKILL, seed
    assert _integrity(files["Desk C"]) == "ok"
    for _ in range(2):  # everyone syncs (the killed laptop from its file as it was left), twice round
        for device in LAPTOPS:
            cli(envs[device], "--db", str(files[device]), "--hub", hub_url, "sync")
    dbs = {"hub": Database(hub_url), **{d: Database(str(files[d])) for d in LAPTOPS}}
    try:
        assert_converged(dbs, night.event_id, [laptop.confirmed for laptop in laptops])
        for name in ("hub", "Desk B"):
            assert_conflicts_listed(Desk(dbs[name], night.event_id, "Pat Organizer", "organizer", name), night,
                                    all_apart=False)
        with dbs["hub"].read() as s:
            issued = set(s.execute(select(Receipt.series, Receipt.issued_by).where(Receipt.event_id == night.event_id)))
        by_laptop = Counter(who for _, who in issued)
        by_series = Counter(series for series, _ in issued)
        assert set(by_laptop.values()) == {1} and set(by_series.values()) == {1}, \
            f"each laptop numbers from its own series: {issued} (seed {seed})"
    finally:
        for db in dbs.values():
            db.dispose()


def test_three_laptops_with_no_hub_merged_from_their_files(tmp_path):
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    files = {device: tmp_path / f"{device.replace(' ', '-')}.sqlite3" for device in LAPTOPS}
    envs = {device: _laptop_env(tmp_path / f"config-{device[-1]}", device) for device in LAPTOPS}
    organizer, night = organizer_file(files["Desk A"])
    for device in LAPTOPS:  # before the laptops leave the organizer's table: a receipt series each
        receipts.assign_series(Desk(organizer.db, night.event_id, "Pat Organizer", "organizer", device))
    organizer.db.dispose()
    for device in LAPTOPS[1:]:
        shutil.copy(files["Desk A"], files[device])
    laptops = [Laptop(files[d], night.event_id, d, plan(night, n, sync_every=0, rng=rng), tmp_path)
               for n, d in enumerate(LAPTOPS)]
    for laptop in laptops:
        assert laptop.finish() == 0
    merging = ("--event", str(night.event_id), "--operator", "Pat Organizer")  # no accounts here: no PIN asked
    for device in LAPTOPS[1:]:  # the organizer merges each laptop's file, then each laptop takes the organizer's
        said = cli(envs["Desk A"], "--db", str(files["Desk A"]), *merging, "merge",
                   str(files[device]))
        assert said
    for device in LAPTOPS[1:]:
        cli(envs[device], "--db", str(files[device]), *merging, "merge", str(files["Desk A"]))
    organizer_db = Database(str(files["Desk A"]))
    before = contents(organizer_db, night.event_id)
    organizer_db.dispose()
    cli(envs["Desk A"], "--db", str(files["Desk A"]), *merging, "merge", str(files["Desk B"]))
    dbs = {d: Database(str(files[d])) for d in LAPTOPS}
    try:
        assert contents(dbs["Desk A"], night.event_id) == before, "merging again changed something"
        assert_converged(dbs, night.event_id, [laptop.confirmed for laptop in laptops])
        assert_conflicts_listed(Desk(dbs["Desk A"], night.event_id, "Pat Organizer", "organizer", "Desk A"), night,
                                all_apart=True)
    finally:
        for db in dbs.values():
            db.dispose()
