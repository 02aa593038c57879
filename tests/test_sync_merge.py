"""Laptops that worked apart on their own files, merged into one database (the hub, on SQLite and PostgreSQL, or
another laptop's file): every action is there exactly once, merging twice changes nothing, the order of merging
does not matter, and what two laptops did while apart follows the rules in docs/architecture.md."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from itertools import permutations
from pathlib import Path

import pytest
from sqlalchemy import select

from nightout_desk import clock
from nightout_desk.models import AuditEntry, CheckIn, CheckInUndo, Receipt, StockMove, SyncConflict, TimeEntry
from nightout_desk.services import desk_names, events
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import gifts
from nightout_desk.services.inventory import stock
from nightout_desk.services.sync import conflicts
from nightout_desk.services.sync.engine import MergeCancelled, list_conflicts, mark_resolved, merge_event
from nightout_desk.services.volunteers import hours, roster, timeclock
from tests.conftest import new_pg_db
from tests.sync_helpers import Night, NightClock, differing, dump, empty_like, hhmm, laptop, prepare


@pytest.fixture
def night(monkeypatch) -> NightClock:
    clk = NightClock()
    monkeypatch.setattr(clock, "datetime", clk.datetime)
    return clk


@pytest.fixture
def prepared(night, sqlite_template, tmp_path) -> tuple[Path, Night]:
    night.at(16)
    path = tmp_path / "prepared.sqlite3"
    return path, prepare(path, sqlite_template, laptops=3)


@pytest.fixture
def desks(prepared, tmp_path):
    path, n = prepared
    made = [laptop(path, tmp_path, i, n) for i in (1, 2, 3)]
    yield made
    for d in made:
        d.db.dispose()


@pytest.fixture
def another(db, request, sqlite_template, tmp_path):
    """Fresh databases on the same backend as `db` (for merging in another order)."""
    made = []

    def new():
        other = empty_like(db, sqlite_template, tmp_path, lambda: new_pg_db(request.getfixturevalue("pg_server"),
                                                                              request.getfixturevalue("pg_template")))
        made.append(other)
        return other

    yield new
    for other in made:
        other.dispose()


def play(desks: list[Desk], n: Night, clk: NightClock, laptops: int = 2) -> None:
    """What each laptop does while the park's network is down."""
    d1, d2, d3 = desks
    clk.at(18, 0)
    assert timeclock.scan(d1, n.dana_badge).clocked_in
    clk.at(18, 40)
    checkins.check_in(d1, n.garcia)
    clk.at(18, 42)
    checkins.check_in(d2, n.garcia)  # Desk 2 did not know: the family scanned their ticket at both tables
    clk.at(18, 45)
    checkins.walk_up(d1, "Okafor", 2, 1, zip_code="12347", phone="555-301-7788")
    clk.at(18, 46)
    checkins.walk_up(d2, "Okafor", 2, 2, zip_code="12347")
    clk.at(18, 50)
    assert gifts.record(d1, n.donor, kind="cash", amount="20").receipt_number == "NNO-2026-A0001"
    assert gifts.record(d1, n.donor, kind="cash", amount="5").receipt_number == "NNO-2026-A0002"
    clk.at(18, 51)
    assert gifts.record(d2, n.donor, kind="cash", amount="30").receipt_number == "NNO-2026-B0001"
    clk.at(18, 52)
    stock.hand_out(d1, n.helmet, n.garcia)
    clk.at(18, 53)
    stock.hand_out(d2, n.helmet, n.garcia)  # the limit is one per household; each laptop saw only its own
    stock.hand_out(d2, n.helmet, n.nguyen)  # two on the shelf: each laptop thinks it gave the last
    clk.at(18, 55)
    households.update(d1, n.garcia, phone="555-201-9999")
    clk.at(19, 0)
    events.set_setting(d1, "waiver_text", "Desk 1's waiver wording")
    clk.at(19, 2)
    events.set_setting(d2, "waiver_text", "Desk 2's waiver wording")
    clk.at(19, 5)
    households.update(d2, n.garcia, phone="555-201-3333")
    clk.at(19, 20)
    roster.update(d1, n.dana, phone="555-400-1111", emergency_phone="555-400-9999")
    clk.at(19, 25)
    roster.update(d2, n.dana, phone="555-400-2222", emergency_phone="555-400-8888")
    clk.at(20, 0)
    assert timeclock.scan(d2, n.dana_badge).clocked_in  # Desk 2 never saw her come in: her leaving opens an entry
    if laptops == 3:
        clk.at(18, 30)
        checkins.check_in(d3, n.garcia)  # the earliest of all, on the third laptop
        clk.at(19, 10)
        checkins.check_in(d3, n.nguyen)
        clk.at(19, 15)
        assert gifts.record(d3, n.donor, kind="cash", amount="10").receipt_number == "NNO-2026-C0001"
        clk.at(20, 30)
        assert timeclock.scan(d3, n.dana_badge).clocked_in
    clk.at(22, 0)


def merge_all(target, desks: list[Desk], n: Night, order=None):
    return [merge_event(desks[i].db, target, n.event_id, peer=desks[i].device, device="hub")
            for i in (order if order is not None else range(len(desks)))]


def list_conflicts_values(db, conflict_id: uuid.UUID) -> str:
    with db.read() as s:
        return s.get(SyncConflict, conflict_id).loser_values


def spans(volunteer: hours.VolunteerHours) -> list[tuple[str, str]]:
    return [(clock.hhmm(w.clock_in), clock.hhmm(w.clock_out)) for w in volunteer.stretches]


def ids(db, model, n: Night) -> list[uuid.UUID]:
    with db.read() as s:
        return list(s.scalars(select(model.id).where(model.event_id == n.event_id)))


def test_two_laptops_merged_into_the_hub_keep_every_action_exactly_once(db, desks, prepared, night):
    _, n = prepared
    play(desks, n, night)
    two = desks[:2]
    before = {model: Counter(i for d in two for i in ids(d.db, model, n))
              for model in (CheckIn, StockMove, Receipt, TimeEntry)}
    reports = merge_all(db, two, n)
    assert reports[0].summary().startswith("2 check-ins, 1 walk-up, ")
    for model, seen in before.items():  # each laptop's rows once, the rows both had (before the night) once
        assert Counter(ids(db, model, n)) == Counter(set(seen)), model
    hub = Desk(db, n.event_id, "Pat Organizer", "organizer", "hub")
    with db.read() as s:
        laptop_audit = {i for d in two for i in ids(d.db, AuditEntry, n)}
        assert laptop_audit <= set(ids(db, AuditEntry, n))

    # the family checked in twice: the first check-in stands, the later is undone and says why
    garcia = [c for c in checkins.recent(hub, limit=100) if c.household_id == n.garcia]
    assert [(c.device, c.undone) for c in garcia] == [("Desk 2", True), ("Desk 1", False)]
    assert garcia[0].undo_reason == f"also checked in on Desk 1 at {hhmm(18, 40)} while apart"
    assert checkins.counters(hub).households == 3  # García once, and both Okafor walk-ups until merged

    # receipts: unique, none skipped within a series, as printed
    with db.read() as s:
        numbers = sorted(s.scalars(select(Receipt.number).where(Receipt.event_id == n.event_id)))
    assert numbers == ["NNO-2026-A0001", "NNO-2026-A0002", "NNO-2026-B0001"]

    # the later edit wins; the other stays in the audit log (as Desk 1 wrote it) and in the conflict
    assert households.get(hub, n.garcia).phone == "555-201-3333"
    with db.read() as s:
        edits = s.scalars(select(AuditEntry).where(AuditEntry.action == "household edited",
                                                   AuditEntry.entity_id == n.garcia)).all()
    assert sorted((e.device, json.loads(e.after)["phone"]) for e in edits) == [("Desk 1", "555-201-9999"),
                                                                               ("Desk 2", "555-201-3333")]
    assert events.get_setting(hub, "waiver_text") == "Desk 2's waiver wording"

    # stock: all hand-outs kept, below zero and past the limit flagged for the count, not corrected
    helmet = next(i for i in stock.levels(hub) if i.id == n.helmet)
    assert helmet.handed_out == 3 and helmet.on_hand == -1

    # the time clock: Desk 1's 18:00 and Desk 2's 20:00 read in time order
    dana = next(v for v in hours.hours_by_volunteer(hub, now=night.at(22)) if v.volunteer_id == n.dana)
    assert spans(dana) == [(hhmm(18, 0), hhmm(20, 0))]
    assert dana.verified_hours == 2.0 and not dana.on_site

    kinds = Counter(c.kind for c in list_conflicts(hub))
    assert kinds == {conflicts.CHECKED_IN_TWICE: 1, conflicts.EDITED_TWICE: 3, conflicts.POSSIBLE_DUPLICATE: 1,
                     conflicts.BELOW_ZERO: 1, conflicts.PAST_LIMIT: 1, conflicts.CLOCK_SCANS: 1}
    assert sum(r.conflicts for r in reports) == 8
    volunteer = next(c for c in list_conflicts(hub) if c.kind == conflicts.EDITED_TWICE and c.table == "volunteers")
    assert roster.get(hub, n.dana).phone == "555-400-2222" and volunteer.loser_device == "Desk 1"
    assert volunteer.loser == "phone: 555-400-1111; emergency phone: (private)"  # kept, never shown
    edit = next(c for c in list_conflicts(hub) if c.kind == conflicts.EDITED_TWICE and c.table == "households")
    assert (edit.winner, edit.loser) == ("phone: 555-201-3333", "phone: 555-201-9999")
    assert (edit.winner_device, edit.loser_device) == ("Desk 2", "Desk 1")
    assert json.loads(list_conflicts_values(db, edit.id))["phone"] == "555-201-9999"  # the whole version kept


def test_merging_the_same_files_again_changes_nothing(db, desks, prepared, night):
    _, n = prepared
    play(desks, n, night, laptops=3)
    merge_all(db, desks, n)
    first = dump(db, n.event_id)
    again = merge_all(db, desks, n)
    assert [(r.sent, r.conflicts) for r in again] == [({}, 0)] * 3
    assert [r.summary() for r in again] == ["nothing new; no conflicts"] * 3
    assert differing(dump(db, n.event_id), first) == {}


def test_the_order_of_merging_does_not_matter(db, another, desks, prepared, night):
    _, n = prepared
    play(desks, n, night)
    merge_all(db, desks[:2], n, order=[0, 1])
    other = another()
    merge_all(other, desks[:2], n, order=[1, 0])
    assert differing(dump(db, n.event_id), dump(other, n.event_id)) == {}


def test_three_laptops_in_any_order_give_the_same_event(sqlite_db, sqlite_template, desks, prepared, night, tmp_path):
    _, n = prepared
    play(desks, n, night, laptops=3)
    dumps = []
    for order in permutations(range(3)):
        target = empty_like(sqlite_db, sqlite_template, tmp_path, None)
        merge_all(target, desks, n, order=list(order))
        dumps.append(dump(target, n.event_id))
        if order == (0, 1, 2):
            hub = Desk(target, n.event_id, "Pat", "organizer", "hub")
            garcia = sorted((c for c in checkins.recent(hub, limit=100) if c.household_id == n.garcia),
                            key=lambda c: c.at)
            assert [(c.device, c.undone) for c in garcia] == [("Desk 3", False), ("Desk 1", True), ("Desk 2", True)]
            assert {c.undo_reason for c in garcia[1:]} == {f"also checked in on Desk 3 at {hhmm(18, 30)} while apart"}
            with target.read() as s:
                numbers = list(s.scalars(select(Receipt.number).where(Receipt.event_id == n.event_id)))
            by_series: dict[str, list[int]] = {}
            for number in numbers:
                tail = number.rsplit("-", 1)[1]
                by_series.setdefault(tail[0], []).append(int(tail[1:]))
            assert {k: sorted(v) for k, v in by_series.items()} == {"A": [1, 2], "B": [1], "C": [1]}
            dana = next(v for v in hours.hours_by_volunteer(hub, now=night.at(22)) if v.volunteer_id == n.dana)
            assert spans(dana) == [(hhmm(18, 0), hhmm(20, 0)), (hhmm(20, 30), "")]
        target.dispose()
    for other in dumps[1:]:
        assert differing(dumps[0], other) == {}


def test_laptops_merging_each_others_files_end_up_alike(desks, prepared, night):
    _, n = prepared
    d1, d2, _ = desks
    play(desks, n, night)
    merge_event(d2.db, d1.db, n.event_id, peer="Desk 2", device="Desk 1")
    merge_event(d1.db, d2.db, n.event_id, peer="Desk 1", device="Desk 2")
    assert differing(dump(d1.db, n.event_id), dump(d2.db, n.event_id)) == {}
    # and then each goes on: Dana scans again at Desk 1, which now reads her as out since 20:00
    night.at(21)
    assert timeclock.scan(d1, n.dana_badge).clocked_in


def test_a_person_undoing_the_check_in_that_stood_lets_the_other_stand(desks, prepared, night):
    _, n = prepared
    d1, d2, _ = desks
    play(desks, n, night)
    merge_event(d2.db, d1.db, n.event_id, peer="Desk 2", device="Desk 1")
    first = next(c for c in checkins.recent(d1, limit=100) if c.household_id == n.garcia and not c.undone)
    night.at(21)
    checkins.undo(d1, first.check_in_id, "checked in by mistake")
    merge_event(d1.db, d2.db, n.event_id, peer="Desk 1", device="Desk 2")
    for d in (d1, d2):
        merge_event(d.db, d.db, n.event_id, peer=d.device, device=d.device)  # the rules run again on each
    standing = [c for c in checkins.recent(d2, limit=100) if c.household_id == n.garcia and not c.undone]
    assert [c.device for c in standing] == ["Desk 2"]
    assert not [c for c in list_conflicts(d2) if c.kind == conflicts.CHECKED_IN_TWICE]


def test_an_old_copy_of_a_row_is_not_a_conflict(db, desks, prepared, night):
    """A laptop that pulled from the hub and did not touch the household again: its old copy simply loses."""
    _, n = prepared
    d1, d2, _ = desks
    night.at(18)
    merge_event(d1.db, db, n.event_id, peer="hub", device="Desk 1")  # Desk 1 pushes, then pulls
    merge_event(db, d1.db, n.event_id, peer="hub", device="Desk 1")
    merge_event(d2.db, db, n.event_id, peer="hub", device="Desk 2")
    merge_event(db, d2.db, n.event_id, peer="hub", device="Desk 2")
    night.at(19)
    households.update(d2, n.garcia, phone="555-201-3333")
    night.at(19, 5)
    households.update(d1, n.nguyen, notes="brought cookies")  # Desk 1 edits something else
    night.at(19, 10)
    merge_event(d2.db, db, n.event_id, peer="hub", device="Desk 2")
    night.at(19, 15)
    merge_event(d1.db, db, n.event_id, peer="hub", device="Desk 1")  # Desk 1 still has García's old phone
    hub = Desk(db, n.event_id, "Pat", "organizer", "hub")
    assert households.get(hub, n.garcia).phone == "555-201-3333"
    assert households.get(hub, n.nguyen).notes == "brought cookies"
    assert not list_conflicts(hub)


def test_a_resolved_conflict_stays_resolved_wherever_it_travels(db, desks, prepared, night):
    _, n = prepared
    play(desks, n, night)
    merge_all(db, desks[:2], n)
    hub = Desk(db, n.event_id, "Pat Organizer", "organizer", "hub")
    edit = next(c for c in list_conflicts(hub) if c.kind == conflicts.EDITED_TWICE)
    assert mark_resolved(hub, edit.id).resolved
    d1 = desks[0]
    merge_event(db, d1.db, n.event_id, peer="hub", device="Desk 1")
    mine = {c.id: c for c in list_conflicts(d1)}
    assert mine[edit.id].resolved and mine[edit.id].resolved_by == "Pat Organizer"
    merge_event(d1.db, db, n.event_id, peer="hub", device="Desk 1")
    assert {c.id for c in list_conflicts(hub)} == set(mine)
    assert len(list_conflicts(hub, include_resolved=False)) == len(mine) - 1


def test_the_same_walk_up_family_is_offered_to_merge_and_merges(db, desks, prepared, night):
    _, n = prepared
    play(desks, n, night)
    merge_all(db, desks[:2], n)
    hub = Desk(db, n.event_id, "Pat Organizer", "organizer", "hub")
    offer = next(c for c in list_conflicts(hub) if c.kind == conflicts.POSSIBLE_DUPLICATE)
    assert "Okafor" in offer.summary and (offer.winner_device, offer.loser_device) == ("Desk 1", "Desk 2")
    households.merge(hub, offer.row_id, offer.other_row_id)
    assert checkins.counters(hub).households == 2
    merge_all(db, desks[:2], n)  # merging the laptops again does not bring the duplicate back
    assert not [c for c in list_conflicts(hub) if c.kind == conflicts.POSSIBLE_DUPLICATE]
    assert checkins.counters(hub).households == 2


def test_things_made_on_two_laptops_with_one_name(db, desks, prepared, night):
    _, n = prepared
    d1, d2, _ = desks
    night.at(18)
    stock.add_item(d1, name="Water bottle", unit="bottle")
    events.sign_in_operator(d1, "Chris Volunteer", "volunteer")
    night.at(18, 5)
    stock.add_item(d2, name="Water bottle", unit="bottle")
    events.sign_in_operator(d2, "Chris Volunteer", "volunteer")
    merge_all(db, [d1, d2], n)
    hub = Desk(db, n.event_id, "Pat Organizer", "organizer", "hub")
    names = sorted(i.name for i in stock.levels(hub) if i.name.startswith("Water"))
    assert names == ["Water bottle", "Water bottle (2)"]
    assert desk_names.names_seen(hub.db, hub.event_id).count("Chris Volunteer") == 1
    assert [c.kind for c in list_conflicts(hub)] == [conflicts.SAME_NAME]
    again = merge_all(db, [d1, d2], n)
    assert [(r.sent, r.conflicts) for r in again] == [({}, 0), ({}, 0)]
    for d in (d1, d2):  # each laptop pulls: the renamed row and the other arrive, nothing is renamed twice
        merge_event(db, d.db, n.event_id, peer="hub", device=d.device)
        assert differing(dump(d.db, n.event_id), dump(db, n.event_id)) == {}


def test_receipts_from_one_series_on_two_laptops_keep_the_first_and_list_the_other(db, tmp_path, sqlite_template,
                                                                                    night):
    """A set-up mistake (two laptops both numbering NNO-2026-0001): the number is never given twice in one database;
    the receipt left out is kept in the audit log and listed."""
    from tests.conftest import make_desk
    from tests.donation_helpers import set_up, zoe

    night.at(17)
    path = tmp_path / "shared.sqlite3"
    import shutil

    shutil.copy(sqlite_template, path)
    from nightout_desk.db import Database

    base = Database(str(path))
    desk = make_desk(base)
    set_up(desk)
    donor = zoe(desk)
    base.dispose()
    files = []
    for k in (1, 2):
        shutil.copy(path, tmp_path / f"d{k}.sqlite3")
        files.append(Desk(Database(str(tmp_path / f"d{k}.sqlite3")), desk.event_id, "Pat", "organizer", f"Desk {k}"))
    night.at(18)
    assert gifts.record(files[0], donor.id, kind="cash", amount="20").receipt_number == "NNO-2026-0001"
    night.at(18, 5)
    assert gifts.record(files[1], donor.id, kind="cash", amount="25").receipt_number == "NNO-2026-0001"
    for f in files:
        merge_event(f.db, db, desk.event_id, peer=f.device, device="hub")
    hub = Desk(db, desk.event_id, "Pat", "organizer", "hub")
    with db.read() as s:
        assert list(s.scalars(select(Receipt.number))) == ["NNO-2026-0001"]
        issued = s.scalars(select(AuditEntry.device).where(AuditEntry.action == "receipt issued")).all()
    assert sorted(issued) == ["Desk 1", "Desk 2"]  # both issues in the log
    listed = list_conflicts(hub)
    assert [c.kind for c in listed] == [conflicts.RECEIPT_NUMBER]
    left_out = json.loads(list_conflicts_values(db, listed[0].id))
    assert left_out["number"] == "NNO-2026-0001" and left_out["issued_by"] == "Pat"
    assert gifts.record(hub, donor.id, kind="cash", amount="1").receipt_number == "NNO-2026-0002"
    for f in files:
        f.db.dispose()


def test_a_cancelled_merge_changes_nothing(db, desks, prepared, night):
    _, n = prepared
    play(desks, n, night)
    seen = []
    with pytest.raises(MergeCancelled):
        merge_event(desks[0].db, db, n.event_id, peer="Desk 1", device="hub",
                    progress=lambda done, total: seen.append((done, total)), cancelled=lambda: len(seen) >= 3)
    assert events.list_events(db) == []
    report = merge_event(desks[0].db, db, n.event_id, peer="Desk 1", device="hub",
                         progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and report.sent["check_ins"] == 2  # García and the Okafor walk-up


def test_a_source_without_the_event_brings_nothing(db, desks, prepared):
    report = merge_event(db, desks[0].db, uuid.uuid4(), peer="hub", device="Desk 1")
    assert (report.sent, report.conflicts, report.summary()) == ({}, 0, "nothing new; no conflicts")


def test_rules_undo_rows_are_not_copied_but_worked_out_again(desks, prepared, night):
    _, n = prepared
    d1, d2, d3 = desks
    play(desks, n, night)
    merge_event(d2.db, d1.db, n.event_id, peer="Desk 2", device="Desk 1")
    merge_event(d1.db, d3.db, n.event_id, peer="Desk 1", device="Desk 3")
    with d3.db.read() as s:
        undos = list(s.scalars(select(CheckInUndo).where(CheckInUndo.event_id == n.event_id)))
    assert len(undos) == 1 and undos[0].operator == "merge rules"


def test_a_receipt_printed_on_one_laptop_and_voided_on_another_keeps_both_marks(db, desks, prepared, night):
    from nightout_desk.services.donations import receipts

    _, n = prepared
    d1, d2, _ = desks
    night.at(18)
    issued = gifts.record(d1, n.donor, kind="cash", amount="20")
    merge_event(d1.db, d2.db, n.event_id, peer="Desk 1", device="Desk 2")
    night.at(18, 30)
    receipts.mark_printed(d1, [issued.receipt_id])
    receipts.mark_printed(d1, [issued.receipt_id])
    night.at(18, 40)
    receipts.void(d2, issued.receipt_id, "wrong amount")
    merge_all(db, [d1, d2], n)
    hub = Desk(db, n.event_id, "Pat Organizer", "organizer", "hub")
    (got,) = receipts.list_receipts(hub)
    assert (got.number, got.print_count, got.is_void, got.void_reason) == ("NNO-2026-A0001", 2, True, "wrong amount")
    assert not list_conflicts(hub)  # marks that add up are not a conflict


def test_one_registration_imported_on_two_laptops_is_offered_as_a_duplicate(db, desks, prepared, night):
    _, n = prepared
    d1, d2, _ = desks
    for hour, d in ((18, d1), (19, d2)):
        night.at(hour)
        with d.db.write() as s:  # what the attendee import writes for an Eventbrite order
            households.new_household(s, d, source="pre-registered", external_ref="eventbrite:77", family_name="Lee")
    merge_all(db, [d1, d2], n)
    hub = Desk(db, n.event_id, "Pat Organizer", "organizer", "hub")
    lees = households.search(hub, "Lee")
    assert len(lees) == 2
    (offer,) = list_conflicts(hub)
    assert offer.kind == conflicts.IMPORTED_TWICE and {offer.row_id, offer.other_row_id} == {h.id for h in lees}
    assert [(r.sent, r.conflicts) for r in merge_all(db, [d1, d2], n)] == [({}, 0), ({}, 0)]
    for d in (d1, d2):
        merge_event(db, d.db, n.event_id, peer="hub", device=d.device)
        assert differing(dump(d.db, n.event_id), dump(db, n.event_id)) == {}
