"""Stations on the night: status changes, demonstrations, tallies, waivers, kits and incidents \
(SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from nightout_desk import clock
from nightout_desk.services import audit
from nightout_desk.services.checkin import households
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from nightout_desk.services.stations import board, incidents, stations, waivers
from nightout_desk.services.stations import schedule as station_schedule
from nightout_desk.services.stations import tallies as station_tallies


def _station(desk, name):
    return next(s for s in stations.list_stations(desk) if s.name == name)


def test_pausing_the_k9_demo_needs_a_reason_and_lands_in_the_audit_log(desk):
    k9 = _station(desk, "K-9 demonstration")
    assert k9.status == "setting up"
    stations.set_status(desk, k9.id, "open")
    with pytest.raises(InvalidInput, match="why"):
        stations.set_status(desk, k9.id, "paused")
    paused = stations.set_status(desk, k9.id, "paused", "K-9 resting")
    assert paused.status_text == "Paused — K-9 resting"
    stations.set_status(desk, k9.id, "closed")
    history = stations.status_history(desk, k9.id)
    assert [(h.status, h.reason) for h in history] == [("open", ""), ("paused", "K-9 resting"), ("closed", "")]
    logged = [a for a in audit.recent(desk) if a.action == "station status changed"]
    assert [a.summary for a in reversed(logged)] == [
        "K-9 demonstration: Open", "K-9 demonstration: Paused — K-9 resting", "K-9 demonstration: Closed"]
    assert logged[0].operator == "Pat Organizer" and logged[0].device == "Desk 1"


def test_station_details_are_checked_and_audited(desk):
    tank = _station(desk, "Dunk tank")
    edited = stations.update_station(desk, tank.id, location="North lawn", opens_at="17.30", closes_at="20:00",
                                     capacity="40")
    assert (edited.location, edited.opens_at, edited.capacity) == ("North lawn", "17:30", 40)
    with pytest.raises(InvalidInput):
        stations.update_station(desk, tank.id, closes_at="25:00")
    with pytest.raises(PermissionDenied):
        stations.update_station(desk.with_operator("Sam", "volunteer"), tank.id, location="x")
    assert any(a.action == "station edited" and "North lawn" in a.after for a in audit.recent(desk))


def test_plus_one_and_plus_five_add_up_and_a_mistake_is_taken_back(desk):
    crafts = _station(desk, "Arts and crafts")
    volunteer = desk.with_operator("Sam", "volunteer")
    station_tallies.add(volunteer, crafts.id, 1)
    station_tallies.add(volunteer, crafts.id, 5)
    result = station_tallies.correct(volunteer, crafts.id, 1)
    assert result.total == 5
    assert station_tallies.totals(desk) == {crafts.id: 5}
    with pytest.raises(Conflict):
        station_tallies.correct(volunteer, crafts.id, 6)
    with pytest.raises(InvalidInput):
        station_tallies.add(volunteer, crafts.id, 0)
    lines = station_tallies.recent(desk, crafts.id)
    assert [x.count for x in lines] == [-1, 5, 1] and lines[0].operator == "Sam"


def test_bounce_house_refuses_a_ticket_without_a_waiver_and_counts_it_after(desk):
    house = _station(desk, "Bounce house")
    h = households.add_household(desk, family_name="Nguyễn-O'Brien", first_names="Zoë", kids_expected=1)
    with pytest.raises(waivers.WaiverNeeded, match="No waiver on file for the Nguyễn-O'Brien family") as refused:
        station_tallies.scan(desk, house.id, h.ticket_code)
    assert refused.value.household_id == h.id
    assert station_tallies.totals(desk) == {}
    with pytest.raises(InvalidInput, match="read the rules"):
        waivers.record(desk, h.id, child_first_name="Zoë", child_age=7, guardian_name="Minh", rules_read=False)
    w = waivers.record(desk, h.id, child_first_name="Zoë", child_age=7, guardian_name="Minh Nguyễn",
                       rules_read=True, station_id=house.id)
    assert w.station_name == "Bounce house"
    counted = station_tallies.scan(desk, house.id, f"{h.ticket_code[:4]}-{h.ticket_code[4:]}".lower())
    assert (counted.total, counted.family_name) == (1, "Nguyễn-O'Brien")
    with pytest.raises(Conflict, match="a moment ago"):
        station_tallies.scan(desk, house.id, h.ticket_code)
    # that waiver was for the bounce house only: the dunk tank still refuses
    with pytest.raises(waivers.WaiverNeeded):
        station_tallies.scan(desk, _station(desk, "Dunk tank").id, h.ticket_code)
    # a station without waivers counts any ticket
    assert station_tallies.scan(desk, _station(desk, "Arts and crafts").id, h.ticket_code).total == 1
    with pytest.raises(NotFound):
        station_tallies.scan(desk, house.id, "ZZZZ-ZZZZ")
    assert [x.child_first_name for x in waivers.list_waivers(desk, h.id)] == ["Zoë"]
    assert any(a.action == "waiver recorded" for a in audit.recent(desk))


def test_a_waiver_for_all_activities_covers_every_waiver_station(desk):
    h = households.add_household(desk, family_name="Okafor")
    waivers.record(desk, h.id, child_first_name="Chidi", child_age=9, guardian_name="Ngozi Okafor", rules_read=True)
    for name in ("Dunk tank", "Bounce house"):
        assert station_tallies.scan(desk, _station(desk, name).id, h.ticket_code).total == 1
    with pytest.raises(InvalidInput):
        waivers.record(desk, h.id, child_first_name="Dad", child_age=40, guardian_name="X", rules_read=True)


def test_waiver_text_is_editable_by_an_organizer(desk):
    assert "parent or legal guardian" in waivers.text(desk)
    waivers.set_text(desk, "Riverside rules: one child at a time, shoes off, listen to the volunteer.")
    assert waivers.text(desk).startswith("Riverside rules")
    with pytest.raises(PermissionDenied):
        waivers.set_text(desk.with_operator("Sam", "volunteer"), "Anything goes here for sure, nothing to read.")


def test_demonstrations_are_scheduled_with_a_countdown_and_cancelled_ones_drop_out(desk):
    k9 = _station(desk, "K-9 demonstration")
    first = station_schedule.add_demonstration(desk, k9.id, "K-9 demo: Rex finds the ball", "18:30", 20)
    second = station_schedule.add_demonstration(desk, k9.id, "K-9 demo", "19:30")
    assert first.local_time == "18:30" and first.ends_at - first.starts_at == timedelta(minutes=20)
    assert [d.id for d in station_schedule.upcoming(desk, now=first.starts_at - timedelta(minutes=5))] == [
        first.id, second.id]
    during = first.starts_at + timedelta(minutes=5)
    assert station_schedule.upcoming(desk, now=during)[0].is_running(during)
    station_schedule.cancel(desk, first.id)
    assert [d.id for d in station_schedule.upcoming(desk, now=during)] == [second.id]
    moved = station_schedule.reschedule(desk, second.id, "19:45", minutes=15)
    assert moved.local_time == "19:45"
    assert station_schedule.countdown(moved.starts_at, moved.starts_at - timedelta(minutes=65)) == "in 1 h 05 min"
    assert station_schedule.countdown(moved.starts_at, moved.starts_at - timedelta(seconds=30)) == "in 30 s"
    assert station_schedule.countdown(moved.starts_at, moved.starts_at) == "now"
    with pytest.raises(InvalidInput):
        station_schedule.add_demonstration(desk, k9.id, "Late", "7pm")


def test_child_id_kits_are_counts_only_and_incidents_are_kept_until_resolved(desk):
    prints = _station(desk, "Fingerprinting / child ID")
    assert station_tallies.hand_out_kits(desk, prints.id, 3) == 3
    assert station_tallies.hand_out_kits(desk, prints.id, -1) == 2
    with pytest.raises(Conflict):
        station_tallies.hand_out_kits(desk, prints.id, -5)
    lost = incidents.report(desk, "lost child", "Boy, 6, red shirt, asked for mum", station_id=prints.id)
    assert lost.is_open and lost.station_name == "Fingerprinting / child ID"
    done = incidents.resolve(desk, lost.id, "Reunited with mother at the info booth, 18:52")
    assert not done.is_open and done.resolved_at is not None and done.resolved_at <= clock.now()
    with pytest.raises(Conflict):
        incidents.resolve(desk, lost.id, "again")
    with pytest.raises(InvalidInput):
        incidents.report(desk, "alien landing", "x")
    assert [i.kind for i in incidents.list_incidents(desk)] == ["lost child"]


def test_each_station_on_the_board_has_its_demonstration_in_words_next_now_or_done(desk):
    k9, crafts = _station(desk, "K-9 demonstration"), _station(desk, "Arts and crafts")
    first = station_schedule.add_demonstration(desk, k9.id, "K-9 demo", "18:30", 20)
    second = station_schedule.add_demonstration(desk, k9.id, "K-9 tracking", "19:30", 15)
    paint = station_schedule.add_demonstration(desk, crafts.id, "Paint-a-badge", "18:00", 30)

    def row(snap, station):
        return next(r for r in snap.stations if r.id == station.id)

    before = first.starts_at - timedelta(minutes=12)
    assert first.words(before) == "K-9 demo at 18:30 · in 12 min"
    assert first.when(first.starts_at + timedelta(minutes=5)) == "now"
    assert first.when(first.ends_at) == "done"
    snap = board.snapshot(desk, now=first.starts_at + timedelta(minutes=30))  # between the two K-9 demos
    assert row(snap, k9).next_demo.id == second.id and row(snap, k9).demo.id == second.id
    assert row(snap, crafts).next_demo is None and row(snap, crafts).demo.id == paint.id  # over: shown as done
    assert row(snap, crafts).demo.words(snap.at) == "Paint-a-badge at 18:00 · done"
    assert [d.id for d in snap.next_demos] == [second.id]
    later = board.snapshot(desk, now=second.ends_at + timedelta(minutes=1))
    assert row(later, k9).demo.id == second.id and row(later, k9).demo.when(later.at) == "done"
    cancelled = station_schedule.cancel(desk, second.id)
    assert cancelled.when(before) == "cancelled"
    assert row(board.snapshot(desk, now=second.ends_at), k9).demo.id == first.id  # a cancelled one is not shown
