"""The command line asks too: --operator and a PIN (terminal, NIGHTOUT_PIN or --pin-stdin) for what changes records
or shows personal data; `operators add|list|remove|reset-pin`; the demo's accounts; an export without an organizer
holds the counts only."""

from __future__ import annotations

from pathlib import Path

import pytest

from nightout_desk.db import Database
from nightout_desk.services import audit, operators
from nightout_desk.services.checkin import households
from tests.conftest import make_desk
from tests.test_cli import _rows, nightout


@pytest.fixture
def night(tmp_path) -> Path:
    """A database with an event, a family, and no account yet."""
    path = tmp_path / "night.sqlite3"
    db = Database(str(path))
    from nightout_desk.db.migrate import upgrade

    upgrade(db)
    desk = make_desk(db)
    households.add_household(desk, family_name="Okafor", phone="555-201-7788", email="okafor@example.org")
    db.dispose()
    return path


def _desk_of(path: Path):
    db = Database(str(path))
    from nightout_desk.services import events

    return db, events.latest_event(db)


def test_the_first_operators_add_is_the_set_up_then_a_lieutenant_manages_accounts(night):
    listed = nightout("operators", "list", db=night)
    assert listed.returncode == 0 and "No organizer or lieutenant accounts yet" in listed.stdout
    first = nightout("operators", "add", "Dana Reyes", "--new-pin-stdin", db=night, stdin="8642\n")
    assert first.returncode == 0, first.stderr
    assert "Added Dana Reyes as lieutenant / admin (the set-up" in first.stdout
    anyone = nightout("operators", "add", "Mallory", "--new-pin-stdin", db=night, stdin="1111\n")
    assert anyone.returncode == 1 and anyone.stderr.count("\n") == 1 and "needs --operator NAME" in anyone.stderr
    added = nightout("--pin-stdin", "operators", "add", "Olga Ortiz", "--new-pin-stdin", db=night, who="Dana Reyes",
                     stdin="8642\n4711\n")
    assert added.returncode == 0 and "Added Olga Ortiz as organizer." in added.stdout, added.stderr
    assert "Olga Ortiz  (Organizer)" in nightout("operators", "list", db=night).stdout
    by_organizer = nightout("operators", "reset-pin", "Dana Reyes", "--new-pin-stdin", db=night, who="Olga Ortiz",
                            pin="4711", stdin="0000\n")
    assert by_organizer.returncode == 1 and "Only a lieutenant / admin can" in by_organizer.stderr
    reset = nightout("operators", "reset-pin", "Olga Ortiz", "--new-pin-stdin", db=night, who="Dana Reyes",
                     pin="8642", stdin="2468\n")
    assert reset.returncode == 0, reset.stderr
    assert nightout("export", night.parent / "x", db=night, who="Olga Ortiz", pin="4711").returncode == 1
    assert nightout("export", night.parent / "y", db=night, who="Olga Ortiz", pin="2468").returncode == 0
    removed = nightout("operators", "remove", "Olga Ortiz", db=night, who="Dana Reyes", pin="8642")
    assert removed.returncode == 0 and "may still sign in as a volunteer" in removed.stdout
    db, event = _desk_of(night)
    try:
        from nightout_desk.services.context import Desk

        actions = [a.action for a in audit.recent(Desk(db, event.id, "Auditor", "organizer"))]
    finally:
        db.dispose()
    assert {"account added", "PIN reset", "account removed", "wrong PIN"} <= set(actions)


def test_a_command_that_changes_records_refuses_without_an_operator_in_one_line(night):
    assert nightout("operators", "add", "Dana Reyes", "--new-pin-stdin", db=night, stdin="8642\n").returncode == 0
    for args in (("scan", "H7K3QWPX"), ("report", "--out", night.parent / "r.pdf"),
                 ("print", "badges", "--out", night.parent / "b.pdf"), ("backup",),
                 ("import", "attendees", Path(__file__).resolve().parent.parent / "resources" / "samples" /
                  "eventbrite_attendees.csv")):
        refused = nightout(*args, db=night)
        assert refused.returncode == 1, args
        assert refused.stderr.count("\n") == 1 and "needs --operator NAME" in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
    assert nightout("events", db=night).returncode == 0  # names and dates of events: no one needed


def test_five_wrong_pins_on_the_command_line_lock_the_account(night):
    assert nightout("operators", "add", "Dana Reyes", "--new-pin-stdin", db=night, stdin="8642\n").returncode == 0
    for _ in range(4):
        wrong = nightout("export", night.parent / "x", db=night, who="Dana Reyes", pin="1234")
        assert wrong.returncode == 1 and wrong.stderr.strip() == "nightout-desk: Wrong PIN for Dana Reyes."
    fifth = nightout("export", night.parent / "x", db=night, who="Dana Reyes", pin="1234")
    assert fifth.returncode == 1 and "locked after 5 wrong PINs" in fifth.stderr
    right = nightout("export", night.parent / "x", db=night, who="Dana Reyes", pin="8642")
    assert right.returncode == 1 and "locked after 5 wrong PINs" in right.stderr
    no_pin = nightout("--operator", "Dana Reyes", "export", night.parent / "x", db=night)
    assert no_pin.returncode == 1 and "signs in with a PIN" in no_pin.stderr


def test_an_export_without_an_organizer_holds_the_counts_and_says_so(night):
    assert nightout("operators", "add", "Dana Reyes", "--new-pin-stdin", db=night, stdin="8642\n").returncode == 0
    counts = nightout("export", night.parent / "counts", db=night)
    assert counts.returncode == 0 and "holds the counts only" in counts.stderr
    header, *rows = _rows(night.parent / "counts" / "households.csv")
    assert "family_name" not in header and "phone" not in header and "email" not in header
    assert len(rows) == 1 and "Okafor" not in (night.parent / "counts" / "households.csv").read_text("utf-8-sig")
    assert not (night.parent / "counts" / "audit_log.csv").exists()
    full = nightout("export", night.parent / "full", db=night, who="Dana Reyes", pin="8642")
    assert full.returncode == 0 and full.stderr == ""
    assert "okafor@example.org" in (night.parent / "full" / "households.csv").read_text("utf-8-sig")


def test_a_volunteer_name_runs_as_a_volunteer_and_is_told_who_may(night):
    assert nightout("operators", "add", "Dana Reyes", "--new-pin-stdin", db=night, stdin="8642\n").returncode == 0
    tickets = nightout("export-tickets", night.parent / "t", db=night, who="Sam Volunteer")
    assert tickets.returncode == 1 and tickets.stderr.count("\n") == 1
    assert "Only an organizer can print or send families' tickets." in tickets.stderr
    assert "Run it with --operator NAME of an organizer." in tickets.stderr


def test_the_demo_makes_its_accounts_with_the_pin_2026_and_says_so(tmp_path):
    db_path = tmp_path / "demo.sqlite3"
    demo = nightout("demo", "--households", "20", db=db_path)
    assert demo.returncode == 0 and "both with the PIN 2026" in demo.stdout, demo.stderr
    listed = nightout("operators", "list", db=db_path).stdout
    assert "Demo Lieutenant  (Lieutenant / admin)" in listed and "Demo Organizer  (Organizer)" in listed
    again = nightout("demo", "--households", "5", db=db_path)  # a database with accounts: its lieutenant's call
    assert again.returncode == 1 and "needs --operator NAME" in again.stderr
    by_organizer = nightout("demo", "--households", "5", db=db_path, who="Demo Organizer")
    assert by_organizer.returncode == 1 and "lieutenant" in by_organizer.stderr
    db = Database(str(db_path))
    try:
        assert operators.accounts_exist(db)
    finally:
        db.dispose()
