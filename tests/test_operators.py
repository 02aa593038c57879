"""Operators' accounts: the set-up, PINs (Argon2id, never in clear), wrong PINs counted and the five-strike lock."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from nightout_desk import clock
from nightout_desk.models import AuditEntry, Operator
from nightout_desk.services import audit, events, operators
from nightout_desk.services.errors import InvalidInput, NotFound, PermissionDenied
from tests.conftest import EVENT_DATE, make_desk

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # tests that are not about the hash's cost


@pytest.fixture
def fast_pins(monkeypatch):
    monkeypatch.setattr(operators, "HASHER", FAST)


@pytest.fixture
def staffed(db, fast_pins):
    """An event with its set-up lieutenant (PIN 8642) and an organizer (PIN 4711)."""
    desk = make_desk(db, role="volunteer", operator="Volunteer")
    operators.add(desk, "Lee Lieutenant", "lieutenant", "8642")
    lieutenant = operators.sign_in(desk, "Lee Lieutenant", "lieutenant", "8642")
    operators.add(lieutenant, "Olga Organizer", "organizer", "4711")
    return desk


def test_the_first_account_is_the_set_up_and_must_be_a_lieutenant(db, fast_pins):
    desk = make_desk(db, role="volunteer", operator="Volunteer")
    assert not operators.accounts_exist(db)
    with pytest.raises(InvalidInput, match="lieutenant"):
        operators.add(desk, "Olga Organizer", "organizer", "4711")
    operators.add(desk, "Lee Lieutenant", "lieutenant", "8642")
    assert operators.accounts_exist(db)
    with pytest.raises(PermissionDenied):  # from now on, only a lieutenant adds accounts
        operators.add(desk, "Mallory", "lieutenant", "1111")
    assert [(a.name, a.role) for a in operators.accounts(desk)] == [("Lee Lieutenant", "lieutenant")]


@pytest.mark.parametrize("pin", ["", "123", "12a4", "abcdefg", " 1234567 ", "١٢٣٤"])
def test_a_pin_needs_four_digits_or_eight_characters(pin):
    with pytest.raises(InvalidInput):
        operators.check_pin_rules(pin)


@pytest.mark.parametrize("pin", ["1234", "000000", "correct horse", "Zoë-Nguyễn!"])
def test_good_pins_and_passwords(pin):
    operators.check_pin_rules(pin)


def test_the_pin_is_never_stored_or_logged_in_clear(staffed):
    with staffed.db.read() as s:
        hashes = {o.name: o.pin_hash for o in s.scalars(select(Operator))}
        logged = " ".join(f"{a.summary} {a.before} {a.after}" for a in s.scalars(select(AuditEntry)))
    assert hashes["Olga Organizer"].startswith("$argon2id$") and "4711" not in hashes["Olga Organizer"]
    assert "4711" not in logged and "8642" not in logged


def test_signing_in_above_volunteer_needs_the_accounts_pin(staffed):
    assert operators.sign_in(staffed, "Sam Volunteer", "volunteer").role == "volunteer"  # no PIN for a volunteer
    with pytest.raises(PermissionDenied, match="no organizer account"):
        operators.sign_in(staffed, "Sam Volunteer", "organizer", "1234")
    with pytest.raises(PermissionDenied, match="Wrong PIN"):
        operators.sign_in(staffed, "Olga Organizer", "organizer", "1234")
    with pytest.raises(PermissionDenied, match="not a lieutenant"):
        operators.sign_in(staffed, "Olga Organizer", "lieutenant", "4711")
    desk = operators.sign_in(staffed, "Olga  Organizer", "organizer", "4711")
    assert (desk.operator, desk.role) == ("Olga Organizer", "organizer")
    lieutenant_as_organizer = operators.sign_in(staffed, "Lee Lieutenant", "organizer", "8642")
    assert lieutenant_as_organizer.role == "organizer"


def test_five_wrong_pins_lock_the_account_for_five_minutes_and_say_so_in_the_log(staffed, monkeypatch):
    for _ in range(4):
        with pytest.raises(PermissionDenied, match="Wrong PIN"):
            operators.sign_in(staffed, "Olga Organizer", "organizer", "0000")
    with pytest.raises(operators.AccountLocked):
        operators.sign_in(staffed, "Olga Organizer", "organizer", "0000")
    with pytest.raises(operators.AccountLocked, match="locked after 5 wrong PINs"):
        operators.sign_in(staffed, "Olga Organizer", "organizer", "4711")  # even the right PIN waits
    assert operators.sign_in(staffed, "Lee Lieutenant", "lieutenant", "8642")  # other accounts are not locked
    log = audit.recent(staffed.with_operator("Auditor", "organizer"))
    assert sum(line.action == "wrong PIN" for line in log) == 5
    assert [line.summary for line in log if line.action == "account locked"][0].startswith("Olga Organizer: locked")
    later = clock.now() + timedelta(minutes=5, seconds=1)
    monkeypatch.setattr(clock, "now", lambda: later)
    assert operators.sign_in(staffed, "Olga Organizer", "organizer", "4711").role == "organizer"


def test_a_right_pin_clears_the_count_of_wrong_ones(staffed):
    for _ in range(4):
        with pytest.raises(PermissionDenied):
            operators.sign_in(staffed, "Olga Organizer", "organizer", "9999")
    operators.sign_in(staffed, "Olga Organizer", "organizer", "4711")
    for _ in range(4):
        with pytest.raises(PermissionDenied, match="Wrong PIN"):
            operators.sign_in(staffed, "Olga Organizer", "organizer", "9999")


def test_a_lieutenant_resets_pins_and_removes_accounts(staffed):
    organizer = operators.sign_in(staffed, "Olga Organizer", "organizer", "4711")
    with pytest.raises(PermissionDenied):
        operators.reset_pin(organizer, "Olga Organizer", "1357")
    lieutenant = operators.sign_in(staffed, "Lee Lieutenant", "lieutenant", "8642")
    operators.reset_pin(lieutenant, "Olga Organizer", "1357")
    with pytest.raises(PermissionDenied):
        operators.sign_in(staffed, "Olga Organizer", "organizer", "4711")
    operators.sign_in(staffed, "Olga Organizer", "organizer", "1357")
    with pytest.raises(InvalidInput, match="your own"):
        operators.remove(lieutenant, "Lee Lieutenant")
    operators.remove(lieutenant, "Olga Organizer")
    with pytest.raises(PermissionDenied, match="no organizer account"):
        operators.sign_in(staffed, "Olga Organizer", "organizer", "1357")
    assert operators.sign_in(staffed, "Olga Organizer", "volunteer").role == "volunteer"
    with pytest.raises(NotFound):
        operators.reset_pin(lieutenant, "Olga Organizer", "2468")
    operators.add(lieutenant, "Olga Organizer", "organizer", "2468")  # added again: the same row, a new PIN
    assert operators.sign_in(staffed, "Olga Organizer", "organizer", "2468").role == "organizer"
    actions = [line.action for line in audit.recent(staffed.with_operator("Auditor", "organizer"))]
    assert {"account added", "PIN reset", "account removed"} <= set(actions)


def test_the_last_lieutenant_stays(staffed):
    lieutenant = operators.sign_in(staffed, "Lee Lieutenant", "lieutenant", "8642")
    with pytest.raises(InvalidInput, match="last lieutenant"):
        operators.set_role(lieutenant, "Lee Lieutenant", "organizer")
    operators.set_role(lieutenant, "Olga Organizer", "lieutenant")
    assert operators.sign_in(staffed, "Olga Organizer", "lieutenant", "4711").role == "lieutenant"


def test_next_years_event_keeps_the_departments_accounts(staffed):
    event = events.create_event(staffed.db, name="Riverside National Night Out 2027",
                                on=EVENT_DATE.replace(year=2027))
    next_year = staffed.__class__(staffed.db, event.id)
    assert {a.name for a in operators.accounts(next_year)} == {"Lee Lieutenant", "Olga Organizer"}
    assert operators.sign_in(next_year, "Olga Organizer", "organizer", "4711").role == "organizer"


def test_a_pin_check_takes_under_half_a_second_with_the_real_parameters(sqlite_db):
    """Argon2id, t=2, m=64 MiB, p=4 (docs/architecture.md, Trust): the fastest of three checks, so a busy test machine
    measures the hash, not the queue for the processor."""
    pin_hash = operators.HASHER.hash("2026")
    assert operators.HASHER.time_cost == 2 and operators.HASHER.memory_cost == 64 * 1024
    times = []
    for _ in range(3):
        started = time.perf_counter()
        assert operators.pin_matches(pin_hash, "2026")
        times.append(time.perf_counter() - started)
    assert min(times) < 0.5, times
    assert not operators.pin_matches(pin_hash, "2027")
