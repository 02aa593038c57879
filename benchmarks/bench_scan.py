"""Scan to banner at a 20,000-household event: from a scanner burst's last key event (Enter) to the check-in desk's
banner painted with the family's name, through the real window — the key filter, the router, the check-in commit
(synchronous=FULL, audit entry), the counters and recent list refreshed — measured twice: with the focus in the
search box, and with it in the Recent check-ins table (the window-wide scan path).

The floor, measured in the same run and interleaved scan by scan: a bare sqlite3 lookup of the ticket code in the
same file plus an insert+commit with the same durability settings. One line per figure, e.g.

    scan_to_banner_p95_ms: 4.0 (baseline 0.6, ratio 7.1x)

and how long until the desk is idle again (the counters, the recent list and the hand-out panel refreshed after
the banner is painted: the next scan waits for that), then a PASS/FAIL line for the target (p95 under 50 ms). \
Run with `make bench`.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_checkin import build_event, line, percentile
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

from nightout_desk import clock
from nightout_desk.config import LaptopSettings
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.state import AppState

HOUSEHOLDS = 20_000
TARGET_P95_MS = 50.0


class PaintWatch(QObject):
    """Notes when the banner is painted showing `expect`."""

    def __init__(self, banner: QLabel) -> None:
        super().__init__(banner)
        self.banner = banner
        self.expect = ""
        self.painted_at = 0
        banner.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.expect and self.expect in self.banner.text():
            self.painted_at = time.perf_counter_ns()
        return False


def press(widget: QWidget, key: int, text: str = "") -> None:
    """A key press and release as the platform delivers them (what a keyboard-wedge scanner produces)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def scan_once(app: QApplication, widget: QWidget, code: str, family: str, watch: PaintWatch) -> tuple[int, int]:
    """(ns to the banner painted, ns until the desk is idle again: counters, list and panels refreshed)."""
    widget.setFocus()
    app.processEvents()
    if QApplication.focusWidget() is not widget:
        raise RuntimeError(f"could not put the focus in {widget.objectName()}")
    for ch in code:
        press(widget, ord(ch.upper()), ch)
    watch.expect, watch.painted_at = family, 0
    start = time.perf_counter_ns()
    press(widget, Qt.Key.Key_Return, "\r")
    idle = time.perf_counter_ns() - start  # the Enter's handling has returned: everything after it is done
    deadline = time.monotonic() + 5
    while not watch.painted_at and time.monotonic() < deadline:
        app.processEvents()
    if not watch.painted_at:
        raise RuntimeError(f"the banner never showed {family!r} for {code}: it says {watch.banner.text()!r}; "
                           f"focus {QApplication.focusWidget()}, "
                           f"box {widget.text() if hasattr(widget, 'text') else ''!r}")
    return watch.painted_at - start, idle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=HOUSEHOLDS)
    parser.add_argument("--scans", type=int, default=100, help="scans per focus place")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["NIGHTOUT_CONFIG_DIR"] = str(folder)
        desk, _rows, pending = build_event(folder, args.households, rng)
        # The keys are sent from this same thread: on a busy two-core machine one send can take longer than the
        # default scanner gap, which would make the burst read as typing. What is measured here is scan -> banner,
        # not the detection (tests/test_scan_anywhere.py and tests/test_real_keyboard.py cover that).
        settings = LaptopSettings(device_name="Desk 1", operator_name="Maria Lopez", sound=False, scan_gap_ms=200)
        window = MainWindow(AppState(desk, settings))
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        app.processEvents()
        tab = window.findChild(QWidget, "checkinTab")
        watch = PaintWatch(window.findChild(QLabel, "checkinBanner"))
        places = {"search box": tab.search, "recent table": window.findChild(QTableView, "recentCheckins")}

        bare = sqlite3.connect(desk.db.path, isolation_level=None)
        bare.execute("PRAGMA synchronous=FULL")
        bare.execute("CREATE TABLE IF NOT EXISTS bench_floor (id TEXT PRIMARY KEY, household_id BLOB, at TEXT)")

        def floor(code: str) -> int:
            start = time.perf_counter_ns()
            (hid,) = bare.execute("SELECT id FROM households WHERE ticket_code = ?", (code,)).fetchone()
            bare.execute("BEGIN IMMEDIATE")
            bare.execute("INSERT INTO bench_floor VALUES (?, ?, ?)", (uuid.uuid4().hex, hid, clock.now().isoformat()))
            bare.execute("COMMIT")
            return time.perf_counter_ns() - start

        todo = iter(pending)
        for _ in range(10):  # warm-up: first paints, first queries
            h = next(todo)
            scan_once(app, tab.search, h["ticket_code"], h["family_name"], watch)
            floor(h["ticket_code"])
        results = {}
        for place, widget in places.items():
            ours, idle, theirs = [], [], []
            for i in range(args.scans):
                h = next(todo)
                if i % 2:
                    banner_ns, idle_ns = scan_once(app, widget, h["ticket_code"], h["family_name"], watch)
                    theirs.append(floor(h["ticket_code"]))
                else:
                    theirs.append(floor(h["ticket_code"]))
                    banner_ns, idle_ns = scan_once(app, widget, h["ticket_code"], h["family_name"], watch)
                ours.append(banner_ns)
                idle.append(idle_ns)
            results[place] = (ours, idle, theirs)
        bare.close()
        window.close()
        desk.db.dispose()
    print(f"# scan to banner, {args.households:,} households, {args.scans} scans per focus place")
    worst = 0.0
    for place, (ours, idle, theirs) in results.items():
        suffix = "" if place == "search box" else "_from_table"
        p95, base95 = percentile(ours, 95), percentile(theirs, 95)
        worst = max(worst, p95)
        print(line(f"scan_to_banner{suffix}_p95_ms", p95, base95))
        print(line(f"scan_to_banner{suffix}_p50_ms", percentile(ours, 50), percentile(theirs, 50)))
        print(line(f"scan_to_idle{suffix}_p95_ms", percentile(idle, 95), base95))
    verdict = "PASS" if worst < TARGET_P95_MS else "FAIL"
    print(f"{verdict}: scan to banner p95 {worst:.1f} ms (target < {TARGET_P95_MS:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
