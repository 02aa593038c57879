"""The real program under a real X server, driven with real key events from `xdotool` — exactly what a USB scanner
in keyboard mode produces — then the database read back: scans into the search box, into a half-typed walk-up and
into the recent check-ins table, a badge, and a keyboard-only walk-up typed at a person's pace.

Needs Xvfb, openbox and xdotool (Debian packages; `make test` installs them). Skipped, saying why, without them.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from nightout_desk.db import Database
from nightout_desk.db.migrate import upgrade
from nightout_desk.models import AuditEntry, CheckIn, CheckInUndo, Household, TimeEntry
from nightout_desk.services import events
from nightout_desk.services.checkin import households
from nightout_desk.services.context import Desk
from nightout_desk.services.volunteers import roster

pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in ("Xvfb", "xdotool", "openbox")),
                                reason="needs Xvfb, xdotool and openbox (make test installs them)")


class Screen:
    """Xvfb on a display it picks itself (-displayfd), with openbox so focus moves as on a real desktop."""

    def __init__(self, tmp: Path) -> None:
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten",
                                      "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as fh:
            self.display = ":" + fh.readline().strip()
        self.env = {**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}
        self.wm = subprocess.Popen(["openbox"], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.tmp = tmp

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, check=True, capture_output=True, text=True,
                              timeout=30).stdout

    def scan(self, code: str) -> None:
        """A scanner: a few milliseconds a key, then Enter."""
        self.xdotool("type", "--delay", "4", code)
        self.xdotool("key", "Return")

    def type_slowly(self, text: str) -> None:
        """A person at the keyboard: well over the laptop's scanner gap between keys."""
        self.xdotool("type", "--delay", "90", text)

    def screenshot(self, name: str) -> None:
        if shutil.which("import"):
            subprocess.run(["import", "-window", "root", str(self.tmp / name)], env=self.env, timeout=30,
                           check=False)

    def close(self) -> None:
        for proc in (self.wm, self.xvfb):
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def wait_for(what: str, check, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def night(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'night.sqlite3'}")
    upgrade(db)
    event = events.create_event(db, name="Maple Falls Night Out", on=date.today(), operator="Setup", device="Setup")
    desk = Desk(db, event.id, "Setup", "organizer", "Setup")
    families = [households.add_household(desk, family_name=name, adults_expected=2, kids_expected=2)
                for name in ("Nguyễn-O'Brien", "García", "Okonkwo", "Schmidt", "Lefèvre", "Haddad")]
    volunteer = roster.add_volunteer(desk, first_name="Dana", last_name="Reyes")
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"device_name": "Desk 9", "operator_name": "Pat Volunteer",
                                                      "operator_role": "volunteer", "sound": False}))
    yield db, desk, families, volunteer, config
    db.dispose()


def count(db: Database, query) -> int:
    with db.read() as s:
        return s.scalar(query)


def checked_in(db: Database) -> int:
    return count(db, select(func.count(CheckIn.id)).outerjoin(CheckInUndo, CheckInUndo.check_in_id == CheckIn.id)
                 .where(CheckInUndo.id.is_(None)))


def test_the_real_program_takes_scans_and_a_walk_up_from_real_key_events(tmp_path, night):
    db, desk, families, volunteer, config = night
    screen = Screen(tmp_path)
    env = {**screen.env, "NIGHTOUT_CONFIG_DIR": str(config), "NIGHTOUT_DATA_DIR": str(tmp_path / "data"),
           "NIGHTOUT_LOG_DIR": str(tmp_path / "logs")}
    app = subprocess.Popen([sys.executable, "-m", "nightout_desk", "--db", str(db.path)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        dialog = wait_for("the operator dialog", lambda: _window(screen, "Who is at the desk"), 60)
        screen.xdotool("windowactivate", "--sync", dialog)
        screen.xdotool("key", "Return")  # the remembered name: one Enter starts
        main = wait_for("the main window", lambda: _window(screen, "NightOut Desk —"), 60)
        screen.xdotool("windowactivate", "--sync", main)
        time.sleep(1.0)

        # 1. scanner bursts into the search box, back to back
        for n, family in enumerate(families[:3], start=1):
            screen.scan(family.ticket_code)
            wait_for(f"check-in {n}", lambda n=n: checked_in(db) == n)

        # 2. F2, a name half typed at a person's pace, then the next family's ticket is scanned into the form
        screen.xdotool("key", "F2")
        time.sleep(0.5)
        screen.type_slowly("Okafor")
        time.sleep(0.3)
        screen.scan(families[3].ticket_code)
        wait_for("the scanned family checked in from the walk-up form", lambda: checked_in(db) == 4)
        screen.screenshot("walk-up-after-scan.png")

        # 3. ... and the walk-up finished from the keyboard alone: Tab to adults, kids, ZIP, Enter
        for key, text in (("Tab", "2"), ("Tab", "3"), ("Tab", "12345")):
            screen.xdotool("key", key)
            screen.xdotool("key", "ctrl+a")
            screen.type_slowly(text)
        screen.xdotool("key", "Return")
        wait_for("the walk-up saved", lambda: checked_in(db) == 5)
        okafor = households.search(desk, "okafor")
        assert len(okafor) == 1 and okafor[0].arrival is not None
        assert (okafor[0].arrival.adults, okafor[0].arrival.kids) == (2, 3)

        # 4. a badge at the family desk clocks the volunteer in (the Volunteers tab comes forward)
        screen.scan(volunteer.badge_code)  # a badge at the family desk clocks the volunteer in
        wait_for("the volunteer clocked in", lambda: count(db, select(func.count(TimeEntry.id))) == 1)
        screen.xdotool("key", "ctrl+1")  # back to the check-in desk
        time.sleep(0.5)
        screen.scan(families[4].ticket_code)
        wait_for("check-in 6", lambda: checked_in(db) == 6)
        screen.scan("ZZ99999999")  # nobody's: NOT FOUND, nothing written, and the box is cleared for the next
        screen.scan(families[5].ticket_code)
        wait_for("check-in 7, right after an unknown code", lambda: checked_in(db) == 7)
        screen.scan(families[0].ticket_code)  # already checked in: nothing doubled
        time.sleep(1.5)
        screen.screenshot("desk-after-scans.png")
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
        screen.close()
    assert checked_in(db) == 7
    assert count(db, select(func.count(Household.id))) == len(families) + 1  # the walk-up, and nothing else
    with db.read() as s:
        names = set(s.scalars(select(Household.family_name)))
    assert names == {f.family_name for f in families} | {"Okafor"}  # no family named after a scanned code


def _window(screen: Screen, title: str) -> str | None:
    try:
        found = screen.xdotool("search", "--onlyvisible", "--name", title).split()
    except subprocess.CalledProcessError:
        return None
    return found[0] if found else None


def test_a_scan_the_moment_the_window_shows_checks_the_family_in_once_after_the_sign_in(tmp_path, night):
    """The window shows before the ORM loads and loads it just after (docs/performance.md, cold start): a ticket
    scanned while it loads waits in Qt's queue, then checks the family in once, after the sign-in is recorded."""
    db, _desk, families, _volunteer, config = night
    screen = Screen(tmp_path)
    env = {**screen.env, "NIGHTOUT_CONFIG_DIR": str(config), "NIGHTOUT_DATA_DIR": str(tmp_path / "data"),
           "NIGHTOUT_LOG_DIR": str(tmp_path / "logs")}
    app = subprocess.Popen([sys.executable, "-m", "nightout_desk", "--db", str(db.path)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        dialog = wait_for("the operator dialog", lambda: _window(screen, "Who is at the desk"), 60)
        screen.xdotool("windowactivate", "--sync", dialog)
        screen.xdotool("key", "Return")
        main = wait_for("the main window", lambda: _window(screen, "NightOut Desk —"), 60)
        screen.xdotool("windowactivate", main)  # no wait: the scanner fires as the window appears
        screen.scan(families[0].ticket_code)
        wait_for("the check-in", lambda: checked_in(db) == 1)
        time.sleep(1.0)  # nothing more comes of it
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
        screen.close()
    assert checked_in(db) == 1
    with db.read() as s:
        done = [(e.action, e.summary) for e in s.scalars(select(AuditEntry).where(AuditEntry.device == "Desk 9")
                                                         .order_by(AuditEntry.device_seq))]
    assert [a for a, _ in done] == ["operator signed in", "check-in"], done
    assert done[0][1] == "Pat Volunteer (volunteer) at Desk 9"
