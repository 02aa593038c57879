"""Families' own Eventbrite tickets at the desk: every barcode, attendee and order number of an imported report finds
its household (one per order) and checks it in once; re-imports add new codes, never doubles; merges carry them."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import func, select

from nightout_desk.models import Household, HouseholdCode
from nightout_desk.services.checkin import attendee_import, checkins, household_codes, households
from nightout_desk.services.checkin.exports import households as households_table

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
SAMPLE = SAMPLES / "eventbrite_attendees.csv"
GARCIA_ORDER = "7345128801"
MARIA_BARCODE = "73451288019120345601001"


def _sample_rows() -> tuple[list[str], list[list[str]]]:
    with SAMPLE.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def _codes_by_order() -> dict[str, set[str]]:
    """Order # -> every code its attending tickets carry (what a parent may scan or read out)."""
    header, rows = _sample_rows()
    col = {name: header.index(name) for name in ("Order #", "Attendee #", "Barcode #", "Attendee Status")}
    out: dict[str, set[str]] = {}
    for r in rows:
        if r[col["Attendee Status"]] in ("Attending", "Checked In"):
            out.setdefault(r[col["Order #"]], {r[col["Order #"]]}).update({r[col["Attendee #"]], r[col["Barcode #"]]})
    return out


def _code_rows(desk) -> int:
    with desk.db.read() as s:
        return s.scalar(select(func.count()).select_from(HouseholdCode).where(HouseholdCode.event_id == desk.event_id))


def _household_of_order(desk, order: str) -> Household:
    with desk.db.read() as s:
        return s.scalars(select(Household).where(Household.external_ref == f"eventbrite:{order}")).one()


def test_a_parents_eventbrite_barcode_checks_the_family_in(desk):
    attendee_import.run(desk, SAMPLE)
    garcia = _household_of_order(desk, GARCIA_ORDER)
    found = households.find_by_code(desk, MARIA_BARCODE)  # what the desk's scanner path looks up
    assert found is not None and found.id == garcia.id
    first = checkins.check_in(desk, found.id, found.adults_expected, found.kids_expected)
    assert first.is_new and (first.arrival.adults, first.arrival.kids) == (2, 2)
    again = checkins.check_in(desk, households.find_by_code(desk, "9120345603").id)  # Lucía's attendee number
    assert not again.is_new and again.arrival.check_in_id == first.arrival.check_in_id


def test_every_barcode_attendee_and_order_number_finds_its_family_and_checks_it_in_once(desk):
    attendee_import.run(desk, SAMPLE)
    by_order = _codes_by_order()
    assert len(by_order) == 13 and all(len(codes) >= 3 for codes in by_order.values())
    for order, codes in by_order.items():
        family = _household_of_order(desk, order)
        statuses = []
        for code in sorted(codes):
            found = households.find_by_code(desk, code)
            assert found is not None and found.id == family.id, (order, code)
            statuses.append(checkins.check_in(desk, found.id).status)
        assert statuses == [checkins.CHECKED_IN] + [checkins.ALREADY] * (len(codes) - 1), order
    assert checkins.counters(desk).households == 13


def test_a_refunded_ticket_finds_nobody_and_codes_are_kept_as_scanners_type_them(desk):
    attendee_import.run(desk, SAMPLE)
    assert households.find_by_code(desk, "73451412309120345609001") is None  # Khan: refunded, never imported
    assert households.find_by_code(desk, "9120345618") is None  # Noé Dubois: cancelled ticket of a kept order
    assert households.find_by_code(desk, " 9120-3456-07 ").family_name == "Nguyễn-O'Brien"  # dashes, spaces
    with desk.db.read() as s:
        kinds = dict(s.execute(select(HouseholdCode.code, HouseholdCode.kind)).all())
    assert kinds[MARIA_BARCODE] == household_codes.EVENTBRITE_BARCODE
    assert kinds["9120345601"] == household_codes.EVENTBRITE_ATTENDEE
    assert kinds[GARCIA_ORDER] == household_codes.EVENTBRITE_ORDER


def test_importing_the_report_again_adds_no_code_twice(desk):
    attendee_import.run(desk, SAMPLE)
    kept = _code_rows(desk)
    assert kept == sum(len(c) for c in _codes_by_order().values())
    preview = attendee_import.preview(desk, SAMPLE)
    assert (preview.to_create, preview.already_there, preview.to_update, preview.can_import) == (0, 13, 0, False)
    again = attendee_import.run(desk, SAMPLE)
    assert (again.created, again.already_there, again.updated) == (0, 13, 0)
    assert "(not changed)" in again.summary()
    assert _code_rows(desk) == kept


def test_a_ticket_bought_later_on_the_same_order_joins_the_familys_household(desk, tmp_path):
    attendee_import.run(desk, SAMPLE)
    header, rows = _sample_rows()
    later = list(next(r for r in rows if r[0] == GARCIA_ORDER))
    later[header.index("First Name")] = "Abuela"
    later[header.index("Attendee #")] = "9120349999"
    later[header.index("Barcode #")] = "73451288019120349999001"
    path = tmp_path / "attendees-later.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, *rows, later])
    before = _code_rows(desk)

    preview = attendee_import.preview(desk, path)
    assert (preview.to_create, preview.to_update, preview.can_import) == (0, 1, True)
    assert "already there, new codes" in [row[1] for row in preview.sample]
    assert "2 new ticket codes will be added to 1 household already there." in preview.summary()
    result = attendee_import.run(desk, path)
    assert (result.created, result.already_there, result.updated) == (0, 13, 1)
    assert "13 were already there (1 of them got new codes)." in result.summary()
    assert _code_rows(desk) == before + 2
    garcia = _household_of_order(desk, GARCIA_ORDER)
    assert households.find_by_code(desk, "73451288019120349999001").id == garcia.id
    assert households.find_by_code(desk, "9120349999").id == garcia.id
    assert attendee_import.run(desk, path).updated == 0 and _code_rows(desk) == before + 2


def test_a_generic_files_ticket_column_is_kept_and_a_code_held_by_another_family_is_not(desk, tmp_path):
    path = tmp_path / "signups.csv"
    path.write_text("Family,First name,Adults,Ticket code\n"
                    "Rivera,Ana,2,RSVP-1001\n"
                    "Okafor,Chidi,1,RSVP-1002\n"
                    "Lindqvist,Sven,1,rsvp 1001\n", encoding="utf-8")
    result = attendee_import.run(desk, path, fmt="generic")
    assert result.created == 3
    assert "1 ticket code already belongs to another family and was not kept (RSVP1001)." in result.summary()
    rivera = households.find_by_code(desk, "rsvp-1001")
    assert rivera.family_name == "Rivera"
    assert household_codes.codes(desk, rivera.id) == (household_codes.PlatformCode("RSVP1001", "imported"),)
    assert households.find_by_code(desk, "RSVP1002").family_name == "Okafor"


def test_barcodes_a_spreadsheet_rounded_are_left_out_and_the_organizer_is_told(desk, tmp_path):
    path = tmp_path / "opened-in-excel.csv"
    path.write_text("Order #,First Name,Last Name,Ticket Type,Attendee Status,Attendee #,Barcode #\n"
                    "555001,Ana,Rivera,Adult,Attending,777001,7.77E+22\n", encoding="utf-8")
    result = attendee_import.run(desk, path)
    assert result.created == 1 and "1 barcode was rounded by a spreadsheet" in result.summary()
    rivera = households.find_by_code(desk, "777001")
    assert [c.kind for c in household_codes.codes(desk, rivera.id)] == ["eventbrite attendee", "eventbrite order"]


def test_merging_a_duplicate_carries_its_eventbrite_codes_to_the_household_kept(desk):
    attendee_import.run(desk, SAMPLE)
    registered = _household_of_order(desk, GARCIA_ORDER)
    codes = household_codes.codes(desk, registered.id)
    walk_up = checkins.walk_up(desk, "Garcia", 2, 2, zip_code="12346").household
    kept = households.merge(desk, walk_up.id, registered.id)  # the organizer kept the walk-up's record
    assert household_codes.codes(desk, registered.id) == ()
    assert household_codes.codes(desk, kept.id) == codes and len(codes) == 9
    again = checkins.check_in(desk, households.find_by_code(desk, MARIA_BARCODE).id)
    assert again.household.id == walk_up.id and not again.is_new  # the family arrived once
    assert attendee_import.run(desk, SAMPLE).updated == 0  # re-import: the codes are there, on the kept household
    assert _code_rows(desk) == sum(len(c) for c in _codes_by_order().values())


def test_typing_a_whole_platform_code_finds_the_family_but_a_few_digits_do_not(desk):
    attendee_import.run(desk, SAMPLE)
    garcia = _household_of_order(desk, GARCIA_ORDER)
    assert [h.id for h in households.search(desk, GARCIA_ORDER)] == [garcia.id]
    assert [h.id for h in households.search(desk, MARIA_BARCODE)] == [garcia.id]
    assert households.search(desk, "9120345") == []  # part of an attendee number: no noise among phone searches
    assert [h.family_name for h in households.search(desk, "201-3344")] == ["García"]  # the phone still works


def test_the_export_shows_the_platforms_codes_next_to_ours(desk):
    attendee_import.run(desk, SAMPLE)
    _stem, header, rows = households_table(desk)
    rows = [dict(zip(header, r, strict=True)) for r in rows]
    garcia = next(r for r in rows if r["family_name"] == "García")
    codes = garcia["platform_codes"].split("; ")
    assert f"eventbrite barcode: {MARIA_BARCODE}" in codes and f"eventbrite order: {GARCIA_ORDER}" in codes
    assert len(codes) == 9 and garcia["ticket_code"]
