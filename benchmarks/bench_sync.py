"""Several laptops and a hub: a sync round with nothing new, 10,000 check-ins made on 4 laptops converging on all of
them, and the window with the hub unplugged.

- **Nothing new** (`sync_noop_p95_ms`): `services.hub.sync_round` (push, then pull, with its bookkeeping) between a
  laptop's file and a PostgreSQL hub that already agree, on an event of 2,000 households and 1,000 check-ins.
  Baseline: one bare `SELECT 1` round trip to the hub on a held psycopg connection (the least a round can cost).
- **Convergence** (`converge_10k_s`): four laptops joined to the hub each check in 2,500 families through
  `checkins.check_in` while apart; then each syncs (push), and each syncs again (pull) — after which every laptop and
  the hub hold all 10,000. Baseline, in the same run: the same rows (the check-ins and their audit entries) copied
  with bare `INSERT … ON CONFLICT DO NOTHING` — each laptop's into a copy of the hub (psycopg `executemany`), then all
  of them into a copy of each laptop's file (sqlite3 `executemany`; the ids it holds are left out first, since the
  sealed audit log's trigger refuses a known id even under DO NOTHING). Target: within 3x.
- **Unplugged hub** (`gui_stall_ms`): the main window with NIGHTOUT_HUB at an address that takes the connection and
  never answers; the longest gap of a 5 ms QTimer on the GUI thread over 12 s while a check-in is made every 250 ms.
  Baseline: the same window with no hub. Target: under 100 ms. Also shown, no target: the same with a hub that
  answers (`gui_stall_hub_answering_ms`: a round every 5 s beside the desk's check-ins).

One line per figure (`name: ours (baseline b, ratio r)`), then PASS/FAIL per target; a missed target is reported,
not raised. Run with `make bench`; the method is written up in docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import shutil
import socket
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg
from bench_checkin import line, percentile
from sqlalchemy import insert

from nightout_desk.db import Database
from nightout_desk.db.migrate import upgrade
from nightout_desk.models import Household
from nightout_desk.services import events
from nightout_desk.services import hub as hubs
from nightout_desk.services.checkin import checkins
from nightout_desk.services.codes import new_ticket_code
from nightout_desk.services.context import Desk
from nightout_desk.text import fold
from tests.pg_server import PostgresServer

LAPTOPS = 4
CHECK_INS = 10_000
NOOP_ROUNDS = 60
CONVERGE_MAX_RATIO = 3.0
STALL_TARGET_MS = 100.0
NOOP_TARGET_MS = 500.0  # a tenth of the 5-s cadence
COPIED_TABLES = ("check_ins", "audit_entries")


def _admin(server: PostgresServer) -> psycopg.Connection:
    return psycopg.connect(host=str(server.root), port=server.port, user="postgres", dbname="postgres",
                           autocommit=True)


def organizer_file(path: Path, households: int) -> tuple[Desk, list[uuid.UUID]]:
    db = Database(str(path))
    upgrade(db)
    event = events.create_event(db, name="Riverside National Night Out 2026", on=dt.date(2026, 8, 4),
                                place="Riverside Park", town="Riverside")
    desk = Desk(db, event.id, "Pat Organizer", "organizer", "Desk 0")
    rows, codes = [], set()
    for number in range(households):
        code = new_ticket_code()
        while code in codes:
            code = new_ticket_code()
        codes.add(code)
        name = f"Family {number:05d}"
        rows.append({"id": uuid.uuid4(), "event_id": event.id, "family_name": name, "first_names": "",
                     "ticket_code": code, "adults_expected": 2, "kids_expected": 1, "source": "preregistered",
                     "search_text": fold(name)})
    with db.write() as s:
        s.execute(insert(Household), rows)
    return desk, [r["id"] for r in rows]


# --- nothing new ---------------------------------------------------------------------------------------------------

def measure_noop(folder: Path, server: PostgresServer) -> tuple[list[int], list[int]]:
    with _admin(server) as conn:
        conn.execute("CREATE DATABASE hub_noop")
    desk, families = organizer_file(folder / "noop.sqlite3", 2000)
    for family in families[:1000]:
        checkins.check_in(desk, family)
    hub = hubs.open_hub(server.url("hub_noop"))
    hubs.prepare_hub(hub)
    hubs.sync_round(desk.db, hub, desk.event_id, device=desk.device)
    hubs.sync_round(desk.db, hub, desk.event_id, device=desk.device)
    bare = psycopg.connect(host=str(server.root), port=server.port, user="postgres", dbname="hub_noop",
                           autocommit=True)
    ours, base = [], []
    for _ in range(NOOP_ROUNDS):
        start = time.perf_counter_ns()
        hubs.sync_round(desk.db, hub, desk.event_id, device=desk.device)
        ours.append(time.perf_counter_ns() - start)
        start = time.perf_counter_ns()
        bare.execute("SELECT 1").fetchone()
        base.append(time.perf_counter_ns() - start)
    bare.close()
    hub.dispose()
    desk.db.dispose()
    return ours, base


# --- convergence ---------------------------------------------------------------------------------------------------

def _rows(path: Path, table: str, device: str | None = None) -> tuple[list[str], list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        where = " WHERE device = ?" if device else ""
        cur = conn.execute(f"SELECT * FROM {table}{where}", (device,) if device else ())
        return [d[0] for d in cur.description], cur.fetchall()
    finally:
        conn.close()


def bare_copy(folder: Path, server: PostgresServer, laptops: list[Path], devices: list[str]) -> float:
    """The same rows as the sync moves, with bare INSERT … ON CONFLICT DO NOTHING: into the hub, then into each
    laptop. Returns seconds."""
    bare_files = []
    for path in laptops:
        copy = folder / f"bare-{path.name}"
        src = sqlite3.connect(path)
        src.execute("VACUUM INTO ?", (str(copy),))
        src.close()
        bare_files.append(copy)
    hub = psycopg.connect(host=str(server.root), port=server.port, user="postgres", dbname="hub_bare")
    start = time.perf_counter()
    for path, device in zip(bare_files, devices, strict=True):  # push: each laptop's own rows
        for table in COPIED_TABLES:
            columns, rows = _rows(path, table, device)
            marks = ", ".join(["%s"] * len(columns))
            with hub.cursor() as cur:
                cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) "
                                f"ON CONFLICT DO NOTHING", [_pg(r) for r in rows])
        hub.commit()
    everything = {}
    for table in COPIED_TABLES:  # pull: the hub's rows into each laptop
        with hub.cursor() as cur:
            cur.execute(f"SELECT * FROM {table}")
            everything[table] = ([d.name for d in cur.description], cur.fetchall())
    for path in bare_files:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("BEGIN IMMEDIATE")
        for table, (columns, rows) in everything.items():
            # the sealed audit log's trigger refuses an id it holds even under DO NOTHING: leave those out first
            held = {r[0] for r in conn.execute(f"SELECT id FROM {table}")}
            marks = ", ".join(["?"] * len(columns))
            conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT DO NOTHING",
                             [r for r in map(_sqlite, rows) if r[0] not in held])
        conn.execute("COMMIT")
        conn.close()
    took = time.perf_counter() - start
    hub.close()
    return took


def _pg(row: tuple) -> tuple:
    """A SQLite row as PostgreSQL takes it: UUIDs are stored as 32 hex characters by SQLAlchemy on SQLite."""
    return tuple(uuid.UUID(v) if isinstance(v, str) and len(v) == 32 and _hex(v) else v for v in row)


def _sqlite(row: tuple) -> tuple:
    return tuple(v.hex if isinstance(v, uuid.UUID) else v.replace(tzinfo=None).isoformat(sep=" ")
                 if isinstance(v, dt.datetime) else v for v in row)


def _hex(text: str) -> bool:
    try:
        int(text, 16)
    except ValueError:
        return False
    return True


def measure_convergence(folder: Path, server: PostgresServer, rng: random.Random) -> tuple[float, float, int]:
    with _admin(server) as conn:
        conn.execute("CREATE DATABASE hub_converge")
    organizer, families = organizer_file(folder / "organizer.sqlite3", CHECK_INS)
    hub = hubs.open_hub(server.url("hub_converge"))
    hubs.prepare_hub(hub)
    hubs.sync_round(organizer.db, hub, organizer.event_id, device=organizer.device)
    organizer.db.dispose()
    devices = [f"Desk {n + 1}" for n in range(LAPTOPS)]
    laptops = []
    for device in devices:
        db = Database(str(folder / f"{device.replace(' ', '-')}.sqlite3"))
        upgrade(db)
        hubs.join(hub, db, None, device=device)
        laptops.append(Desk(db, organizer.event_id, f"Volunteer at {device}", "volunteer", device))
    rng.shuffle(families)
    share = CHECK_INS // LAPTOPS
    for n, desk in enumerate(laptops):  # while apart
        for family in families[n * share:(n + 1) * share]:
            checkins.check_in(desk, family)
    hub.dispose()
    for desk in laptops:
        desk.db.dispose()
    with _admin(server) as conn:  # the baseline's hub: the hub as it is now, before anyone pushes
        conn.execute("CREATE DATABASE hub_bare TEMPLATE hub_converge")
    hub = hubs.open_hub(server.url("hub_converge"))
    start = time.perf_counter()
    for _ in range(2):  # push round, then the round that pulls the others' rows
        for desk in laptops:
            hubs.sync_round(desk.db, hub, desk.event_id, device=desk.device)
    ours = time.perf_counter() - start
    counts = set()
    for desk in [*laptops, Desk(hub, organizer.event_id)]:
        with desk.db.read() as s:
            counts.add(s.scalar(checkins_count(desk)))
    hub.dispose()
    for desk in laptops:
        desk.db.dispose()
    base = bare_copy(folder, server, [d.db.path for d in laptops], devices)
    return ours, base, counts.pop() if len(counts) == 1 else -1


def checkins_count(desk: Desk):
    from sqlalchemy import func, select

    from nightout_desk.models import CheckIn

    return select(func.count()).select_from(CheckIn).where(CheckIn.event_id == desk.event_id)


# --- the window with the hub unplugged ----------------------------------------------------------------------------

def measure_stall(folder: Path, seconds: float, server: PostgresServer) -> dict[str, int]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from nightout_desk.ui.main_window import MainWindow
    from nightout_desk.ui.state import AppState

    app = QApplication.instance() or QApplication([])
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(0)
    with _admin(server) as conn:
        conn.execute("CREATE DATABASE hub_stall")
    cases = {"unplugged": f"postgresql://nightout@127.0.0.1:{sock.getsockname()[1]}/hub",
             "live": server.url("hub_stall"), "none": ""}
    results = {}
    for case, hub in cases.items():
        os.environ["NIGHTOUT_HUB"] = hub
        desk, families = organizer_file(folder / f"stall-{case}.sqlite3", 2000)
        if case == "live":
            live = hubs.open_hub(hub)
            hubs.prepare_hub(live)
            hubs.sync_round(desk.db, live, desk.event_id, device=desk.device)
            live.dispose()
        window = MainWindow(AppState(desk))
        window.resize(1366, 768)
        window.show()
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            app.processEvents()
        clock, longest = QElapsedTimer(), [0]
        clock.start()

        def tick(clock: QElapsedTimer = clock, longest: list[int] = longest) -> None:
            longest[0] = max(longest[0], clock.restart())

        ticker = QTimer(interval=5, timeout=tick)
        ticker.start()
        queue = iter(families)

        def check_in(window: MainWindow = window, queue=queue) -> None:
            checkins.check_in(window.state.desk, next(queue))

        desk_timer = QTimer(interval=250, timeout=check_in)
        desk_timer.start()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
        ticker.stop()
        desk_timer.stop()
        results[case] = longest[0]
        window.close()
        window.deleteLater()
        app.processEvents()
        desk.db.dispose()
    sock.close()
    os.environ.pop("NIGHTOUT_HUB", None)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--stall-seconds", type=float, default=12.0)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="nightout-bench-sync-"))
    os.environ["NIGHTOUT_DATA_DIR"] = str(folder / "data")
    os.environ["NIGHTOUT_CONFIG_DIR"] = str(folder / "config")
    server = PostgresServer().start()
    try:
        print(f"# {platform.platform()}; Python {platform.python_version()}, {os.cpu_count()} cores; hub: "
              f"PostgreSQL on a Unix socket of this machine (fsync off, as the tests run it)")
        noop, noop_base = measure_noop(folder, server)
        print(f"# nothing new: {NOOP_ROUNDS} sync rounds (push + pull) of a 2,000-household event, baseline a bare "
              f"SELECT 1 on a held connection")
        n95, n95_base = percentile(noop, 95), percentile(noop_base, 95)
        print(line("sync_noop_p50_ms", percentile(noop, 50), percentile(noop_base, 50)))
        print(line("sync_noop_p95_ms", n95, n95_base))
        ours, base, converged = measure_convergence(folder, server, rng)
        print(f"# convergence: {CHECK_INS:,} check-ins on {LAPTOPS} laptops, two sync rounds each; baseline the "
              f"same rows ({', '.join(COPIED_TABLES)}) by bare INSERT … ON CONFLICT DO NOTHING")
        print(line("converge_10k_s", ours, base))
        stalls = measure_stall(folder, args.stall_seconds, server)
        stall, stall_base = stalls["unplugged"], max(stalls["none"], 1)
        print(f"# window: longest event-loop gap over {args.stall_seconds:g} s, a check-in every 250 ms; baseline "
              f"the same window with no hub")
        print(line("gui_stall_ms", stall, stall_base))
        print(line("gui_stall_hub_answering_ms", stalls["live"], stall_base))
        print(f"sync_noop_target: {'PASS' if n95 < NOOP_TARGET_MS else 'FAIL'} (p95 {n95:.1f} ms; under "
              f"{NOOP_TARGET_MS:g} ms)")
        ok = converged == CHECK_INS and ours <= CONVERGE_MAX_RATIO * base
        print(f"converge_target: {'PASS' if ok else 'FAIL'} ({ours:.1f} s; every laptop and the hub hold "
              f"{converged:,} check-ins; at most {CONVERGE_MAX_RATIO:g}x the bare copy's {base:.1f} s = "
              f"{CONVERGE_MAX_RATIO * base:.1f} s)")
        print(f"gui_stall_target: {'PASS' if stall < STALL_TARGET_MS else 'FAIL'} (longest gap {stall} ms; under "
              f"{STALL_TARGET_MS:g} ms)")
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
