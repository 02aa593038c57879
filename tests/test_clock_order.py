"""Badge scans from laptops that worked apart read in time order, as one laptop would have recorded them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from nightout_desk import clock
from nightout_desk.models import TimeEntry
from nightout_desk.services.context import Desk
from nightout_desk.services.volunteers import clock_order, hours, roster, timeclock
from nightout_desk.services.volunteers.clock_order import Entry


def at(hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 8, 4, hour, minute, second, tzinfo=UTC)


def entry(start: datetime, end: datetime | None, device: str, source: str = "scan") -> Entry:
    return Entry(uuid.uuid4(), start, end, source, device)


def read(*entries: Entry) -> list[tuple]:
    return [(s.clock_in, s.clock_out) for s in clock_order.stretches(entries)]


def test_a_clock_in_on_one_laptop_and_a_scan_on_another_read_as_one_stretch():
    assert read(entry(at(18), None, "Desk 1"), entry(at(20), None, "Desk 2")) == [(at(18), at(20))]


def test_a_laptop_s_own_entries_are_read_as_they_are():
    assert read(entry(at(18), at(19), "Desk 1"), entry(at(19, 30), None, "Desk 1")) == [(at(18), at(19)),
                                                                                      (at(19, 30), None)]
    assert read(entry(at(18), at(19), "Desk 1"), entry(at(19, 30), None, "Desk 2")) == [(at(18), at(19)),
                                                                                      (at(19, 30), None)]


def test_scans_on_three_laptops_toggle_in_time_order():
    # Desk 1: in 18:00, out 21:00; Desk 2 saw her at 19:00 (going out); Desk 3 at 20:00 (coming back)
    got = read(entry(at(18), at(21), "Desk 1"), entry(at(19), None, "Desk 2"), entry(at(20), None, "Desk 3"))
    assert got == [(at(18), at(19)), (at(20), at(21))]


def test_one_badge_read_at_two_desks_within_a_minute_is_one_scan():
    assert read(entry(at(18), None, "Desk 1"), entry(at(18, 0, 30), None, "Desk 2")) == [(at(18), None)]


def test_an_organizer_s_entry_is_never_re_read():
    manual = entry(at(18), at(20), "Desk 3", source="manual")
    assert read(manual, entry(at(19), None, "Desk 2")) == [(at(18), at(20)), (at(19), None)]


def test_hours_and_the_next_scan_follow_the_time_order(desk, monkeypatch):
    dana = roster.add_volunteer(desk, first_name="Dana", last_name="Reyes")
    now = {"t": at(18)}
    monkeypatch.setattr(clock, "now", lambda: now["t"])
    assert timeclock.scan(desk, dana.badge_code).clocked_in
    with desk.db.write() as s:  # Desk 2's entry, as a merge brings it: Desk 2 never saw her come in
        s.add(TimeEntry(event_id=desk.event_id, volunteer_id=dana.id, clock_in=at(20), source="scan",
                        device="Desk 2", operator="Sam"))
    mine = next(v for v in hours.hours_by_volunteer(desk, now=at(21)) if v.volunteer_id == dana.id)
    assert [(w.clock_in, w.clock_out, w.source) for w in mine.stretches] == [(at(18), at(20), "merged")]
    assert mine.verified_hours == 2.0 and not mine.on_site
    now["t"] = at(21)
    assert timeclock.scan(desk, dana.badge_code).clocked_in  # out since 20:00: this scan brings her in
    now["t"] = at(22)
    out = timeclock.scan(desk, dana.badge_code)
    assert out.status == timeclock.CLOCKED_OUT and out.stretch_hours == 1.0 and out.hours_tonight == 3.0


def test_correcting_a_stretch_read_from_two_laptops_writes_the_run_down(desk, monkeypatch):
    dana = roster.add_volunteer(desk, first_name="Dana", last_name="Reyes")
    monkeypatch.setattr(clock, "now", lambda: at(18))
    timeclock.scan(desk, dana.badge_code)
    with desk.db.write() as s:
        for start in (at(20), at(20, 30)):  # Desk 2: out at 20:00 (it thought in), in again at 20:30
            s.add(TimeEntry(event_id=desk.event_id, volunteer_id=dana.id, clock_in=start, source="scan",
                            device="Desk 2", operator="Sam"))
    monkeypatch.setattr(clock, "now", lambda: at(23))
    first = next(v for v in hours.hours_by_volunteer(desk) if v.volunteer_id == dana.id).stretches[0]
    organizer = Desk(desk.db, desk.event_id, "Pat Organizer", "organizer", "Desk 3")
    timeclock.correct(organizer, first.entry_id, at(17, 45), at(20), "came early, forgot to scan")
    mine = next(v for v in hours.hours_by_volunteer(desk, now=at(23)) if v.volunteer_id == dana.id)
    assert [(w.clock_in, w.clock_out) for w in mine.stretches] == [(at(17, 45), at(20)), (at(20, 30), None)]
    assert timedelta(hours=mine.verified_hours) == timedelta(hours=2.25)
