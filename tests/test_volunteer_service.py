"""Volunteers, shifts, the time clock and hours, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from nightout_desk import clock
from nightout_desk.services import audit
from nightout_desk.services.checkin import households
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from nightout_desk.services.stations import stations
from nightout_desk.services.volunteers import hours as volunteer_hours
from nightout_desk.services.volunteers import roster as volunteers
from nightout_desk.services.volunteers import shifts, timeclock


def _hour(offset: float):
    return clock.now().replace(microsecond=0) + timedelta(hours=offset)


def _station(desk, name):
    """The event's default stations include the dunk tank and the K-9 demonstration."""
    return next(st for st in stations.list_stations(desk) if st.name == name)


def _night(desk):
    dunk = _station(desk, "Dunk tank")
    k9 = _station(desk, "K-9 demonstration")
    officer = volunteers.add_volunteer(desk, first_name="Dana", last_name="Reyes", organization="Riverside PD",
                                       role="officer", phone="555 201 0001", emergency_name="Sam Reyes",
                                       emergency_phone="555 201 0002")
    youth = volunteers.add_volunteer(desk, first_name="Zoë", last_name="Nguyễn-O'Brien",
                                     organization="Explorer Post 12", role="youth", birth_year=clock.now().year - 15)
    now_shift = shifts.add_shift(desk, dunk.id, _hour(-1), _hour(1), needed=2)
    later = shifts.add_shift(desk, k9.id, _hour(0.5), _hour(2), needed=1)
    return dunk, k9, officer, youth, now_shift, later


def test_badge_codes_are_distinct_from_tickets_and_emergency_contacts_stay_private(desk):
    _, _, officer, youth, *_ = _night(desk)
    assert officer.badge_code.startswith("V") and len(officer.badge_code) == 8
    assert volunteers.is_badge_code(officer.badge_code) and not volunteers.is_badge_code("H7K3QWPX")
    assert officer.emergency_name == "Sam Reyes" and not officer.emergency_hidden
    assert youth.is_minor and youth.needs_guardian
    at_the_table = desk.with_operator("Sam Volunteer", "volunteer")
    seen = volunteers.get(at_the_table, officer.id)
    assert seen.emergency_hidden and seen.emergency_name == "" and seen.emergency_phone == ""
    assert all(v.emergency_phone == "" for v in volunteers.roster(at_the_table))
    # a volunteer's edit form sends the blanked fields back: nothing private changes
    volunteers.update(at_the_table, officer.id, phone="555 201 9999", emergency_name="", emergency_phone="")
    assert volunteers.get(desk, officer.id).emergency_phone == "555 201 0002"
    with pytest.raises(PermissionDenied):
        volunteers.update(at_the_table, officer.id, emergency_phone="555 000 0000")
    with pytest.raises(PermissionDenied):
        volunteers.add_volunteer(at_the_table, first_name="Al", emergency_name="Bea")
    edit = audit.recent(desk, action="volunteer edited")[0]
    assert "9999" in edit.after and "0002" not in edit.after + edit.before


def test_roster_search_is_accent_insensitive_and_finds_badges(desk):
    _, _, officer, youth, *_ = _night(desk)
    for query in ("zoe", "NGUYEN", "o'brien", "explorer", youth.badge_code.lower()):
        assert [v.id for v in volunteers.roster(desk, query)] == [youth.id], query
    assert [v.id for v in volunteers.roster(desk, "2010001")] == [officer.id]
    assert len(volunteers.roster(desk)) == 2
    with pytest.raises(InvalidInput):
        volunteers.add_volunteer(desk, first_name="  ")
    with pytest.raises(InvalidInput):
        volunteers.add_volunteer(desk, first_name="Al", role="wizard")


def test_assigning_warns_about_double_booking_and_a_minor_without_guardian(desk):
    _, _, officer, youth, now_shift, later = _night(desk)
    assert shifts.assign(desk, now_shift.id, officer.id) == []
    warnings = shifts.assignment_warnings(desk, later.id, officer.id)
    assert len(warnings) == 1 and "double-booked" in warnings[0]
    with pytest.raises(Conflict):
        shifts.assign(desk, later.id, officer.id)
    assert shifts.assign(desk, later.id, officer.id, accept_warnings=True) == warnings
    assert "guardian" in shifts.assignment_warnings(desk, now_shift.id, youth.id)[0]
    volunteers.update(desk, youth.id, guardian_name="Minh Nguyễn", guardian_phone="555 300 1234")
    assert shifts.assignment_warnings(desk, now_shift.id, youth.id) == []
    shifts.assign(desk, now_shift.id, youth.id)
    with pytest.raises(Conflict):
        shifts.assign(desk, now_shift.id, youth.id)
    assert "already has the 2" in shifts.assignment_warnings(
        desk, now_shift.id, volunteers.add_volunteer(desk, first_name="Extra").id)[0]
    assert [s.label.split()[0] for s in shifts.shifts_of(desk, officer.id)] == ["Dunk", "K-9"]
    shifts.unassign(desk, later.id, officer.id)
    assert len(shifts.shifts_of(desk, officer.id)) == 1
    assert any(a.action == "volunteer assigned" and "warnings accepted" in a.summary for a in audit.recent(desk))


def test_a_badge_scan_toggles_in_and_out_and_hours_follow(desk):
    dunk, _, officer, youth, now_shift, _ = _night(desk)
    shifts.assign(desk, now_shift.id, officer.id)
    first = timeclock.scan(desk, officer.badge_code.lower())
    assert first.clocked_in and first.station == "Dunk tank"
    cov = {c.station_name: c for c in volunteer_hours.coverage(desk)}["Dunk tank"].shifts[0]
    assert (cov.needed, cov.assigned, cov.present, cov.short) == (2, 1, 1, 1)
    assert cov.has_gap and cov.words == "1 short of 2 needed"
    assert volunteer_hours.report_summary(desk).present_now == 1
    again = timeclock.scan(desk, officer.badge_code)  # the scanner read the badge twice: nothing changes
    assert again.status == timeclock.ALREADY_IN and again.repeated
    assert volunteer_hours.report_summary(desk).present_now == 1
    second = timeclock.toggle(desk, officer.id, guard=False)  # the roster's Clock in / out button
    assert second.status == timeclock.CLOCKED_OUT
    assert timeclock.scan(desk, officer.badge_code).status == timeclock.ALREADY_OUT
    with pytest.raises(NotFound, match="No volunteer"):
        timeclock.scan(desk, "VXXXXXXX")
    ticket = households.add_household(desk, family_name="Kowalski").ticket_code
    with pytest.raises(NotFound, match="household's ticket"):
        timeclock.scan(desk, ticket)
    assert [a.action for a in audit.recent(desk)][1:3] == ["volunteer clocked out", "volunteer clocked in"]


def test_a_scan_after_a_stretch_of_work_clocks_out(desk):
    _, _, officer, _, now_shift, _ = _night(desk)
    shifts.assign(desk, now_shift.id, officer.id)
    timeclock.clock_in(desk, officer.id, at=_hour(-0.5), reason="scanner not set up yet")
    out = timeclock.scan(desk, officer.badge_code)
    assert out.status == timeclock.CLOCKED_OUT and out.stretch_hours == pytest.approx(0.5, abs=0.02)
    assert out.hours_tonight == pytest.approx(0.5, abs=0.02)


def test_organizer_corrects_hours_and_the_old_entry_stays(desk):
    _, _, officer, youth, now_shift, _ = _night(desk)
    shifts.assign(desk, now_shift.id, officer.id)
    timeclock.clock_in(desk, officer.id, at=_hour(-1), reason="forgot to scan in")
    timeclock.clock_out(desk, officer.id, at=_hour(-0.5), reason="left for the K-9 tent")
    h = volunteer_hours.hours_of(desk, officer.id)
    assert h.verified_hours == pytest.approx(0.5) and h.stations == ("Dunk tank",)
    entry = h.stretches[0]
    new_id = timeclock.correct(desk, entry.entry_id, _hour(-1), _hour(-0.25), reason="stayed until 45 past")
    h = volunteer_hours.hours_of(desk, officer.id)
    assert [w.entry_id for w in h.stretches] == [new_id] and h.verified_hours == pytest.approx(0.75)
    with pytest.raises(Conflict):
        timeclock.correct(desk, entry.entry_id, _hour(-1), _hour(-0.5), reason="again")
    at_the_table = desk.with_operator("Sam Volunteer", "volunteer")
    with pytest.raises(PermissionDenied):
        timeclock.correct(at_the_table, new_id, _hour(-1), _hour(-0.5), reason="nope")
    with pytest.raises(PermissionDenied):
        timeclock.clock_in(at_the_table, youth.id, at=_hour(-1))
    timeclock.clock_in(at_the_table, youth.id)  # now, by hand: anyone at the desk may
    with pytest.raises(Conflict):
        timeclock.clock_in(desk, youth.id)
    with pytest.raises(InvalidInput):
        timeclock.correct(desk, new_id, _hour(-1), _hour(-2), reason="backwards")
    corrected = audit.recent(desk, action="volunteer hours corrected")[0]
    assert "stayed until" in corrected.summary and corrected.before and corrected.after


def test_an_entry_left_open_after_its_shift_is_flagged_not_verified(desk):
    dunk, _, officer, youth, *_ = _night(desk)
    early = shifts.add_shift(desk, dunk.id, _hour(-3), _hour(-2), needed=1)
    shifts.assign(desk, early.id, youth.id, accept_warnings=True)  # no guardian on file yet
    timeclock.clock_in(desk, youth.id, at=_hour(-3), reason="scanner was not set up yet")
    h = volunteer_hours.hours_of(desk, youth.id)
    assert h.flagged == 1 and h.verified_hours == 0 and h.unverified_hours == pytest.approx(1.0)
    over = next(sc for st in volunteer_hours.coverage(desk) for sc in st.shifts if sc.shift_id == early.id)
    assert over.ended and not over.has_gap and over.words == "Ended, covered" and over.present == 1
    assert not h.on_site
    summary = volunteers.report_summary(desk)
    assert summary.open_entries_flagged == 1 and summary.total_verified_hours == 0
    assert summary.volunteers == 2 and summary.minors == 1 and summary.shifts == 3
    timeclock.correct(desk, h.stretches[0].entry_id, _hour(-3), _hour(-2), reason="reviewed with her guardian")
    summary = volunteers.report_summary(desk)
    assert summary.open_entries_flagged == 0 and summary.total_verified_hours == pytest.approx(1.0)
    assert summary.hours_by_station == (("Dunk tank", 1.0),)
    assert summary.hours_by_organization == (("Explorer Post 12", 1.0),)
    orgs = volunteer_hours.hours_by_organization(desk)
    assert [(o.organization, o.volunteers, o.verified_hours) for o in orgs] == [
        ("Explorer Post 12", 1, 1.0), ("Riverside PD", 1, 0.0)]


def test_shift_times_are_checked(desk):
    dunk = _station(desk, "Dunk tank")
    with pytest.raises(InvalidInput):
        shifts.add_shift(desk, dunk.id, _hour(1), _hour(0))
    with pytest.raises(PermissionDenied):
        shifts.add_shift(desk.with_operator("Sam", "volunteer"), dunk.id, _hour(0), _hour(1))
    sh = shifts.add_shift(desk, dunk.id, _hour(0), _hour(1), needed=3)
    changed = shifts.update_shift(desk, sh.id, starts_at=_hour(0), ends_at=_hour(2), needed=4)
    assert changed.needed == 4 and changed.hours == pytest.approx(2)
    shifts.remove_shift(desk, sh.id)
    assert shifts.list_shifts(desk) == []
    assert shifts.local_time(clock.local(_hour(0)).date(), "18:30").tzinfo is not None
    with pytest.raises(InvalidInput):
        shifts.local_time(clock.local(_hour(0)).date(), "half past six")


def test_two_laptops_scanning_the_same_badge_at_once_give_one_clock_in(desk):
    import threading

    from nightout_desk.db import Database

    people = [volunteers.add_volunteer(desk, first_name=f"Helper {i}") for i in range(8)]
    other_db = Database(desk.db.url)
    other = type(desk)(other_db, desk.event_id, "Sam", "volunteer", "Desk 2")
    barrier = threading.Barrier(2)
    results: dict[str, list] = {"Desk 1": [], "Desk 2": []}
    errors: list[BaseException] = []

    def scan_all(d):
        try:
            for v in people:
                barrier.wait(timeout=10)
                results[d.device].append(timeclock.scan(d, v.badge_code).status)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=scan_all, args=(d,)) for d in (desk, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    other_db.dispose()
    assert errors == []
    for i in range(len(people)):
        pair = sorted((results["Desk 1"][i], results["Desk 2"][i]))
        assert pair == [timeclock.ALREADY_IN, timeclock.CLOCKED_IN]
    assert [len(h.stretches) for h in volunteer_hours.hours_by_volunteer(desk)] == [1] * len(people)
