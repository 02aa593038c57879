"""A scan at the desk, decided in one place (`services.scan.route_scan`) and run from the command line
(`nightout-desk scan CODE`): tickets check families in, badges clock volunteers, a station counts, unknown changes
nothing."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from nightout_desk import clock
from nightout_desk.cli import main
from nightout_desk.db import Database
from nightout_desk.db.migrate import upgrade
from nightout_desk.models import CheckIn, Household, Tally, TimeEntry
from nightout_desk.services import scan
from nightout_desk.services.checkin import attendee_import, checkins, households
from nightout_desk.services.stations import stations, waivers
from nightout_desk.services.volunteers import roster, timeclock
from tests.conftest import make_desk

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "eventbrite_attendees.csv"
MARIA_BARCODE = "73451288019120345601001"


def _rows(desk, model) -> int:
    with desk.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_familys_ticket_checks_them_in_and_a_second_scan_says_when_and_where(desk):
    h = households.add_household(desk, family_name="Nguyễn-O'Brien", first_names="Zoë", adults_expected=2,
                                 kids_expected=3)
    first = scan.route_scan(desk, h.ticket_code.lower())
    assert first.status == scan.CHECKED_IN and first.done and first.household_id == h.id
    assert first.message == "CHECKED IN — Nguyễn-O'Brien (Zoë): 2 adults, 3 kids"
    at_desk_2 = replace(desk, device="Desk 2", operator="Sam")
    again = scan.route_scan(at_desk_2, f"{h.ticket_code[:4]}-{h.ticket_code[4:]}")
    assert again.status == scan.ALREADY_CHECKED_IN and again.done
    assert again.message == (f"ALREADY CHECKED IN — Nguyễn-O'Brien (Zoë) at {clock.hhmm(first.check_in.arrival.at)} "
                             "by Desk 1 (Pat Organizer): 2 adults, 3 kids")
    assert _rows(desk, CheckIn) == 1


def test_a_parents_eventbrite_barcode_at_the_scanner_checks_the_family_in_with_the_counts_given(desk):
    attendee_import.run(desk, SAMPLE)
    done = scan.route_scan(desk, MARIA_BARCODE, adults=1, kids=3)
    assert done.status == scan.CHECKED_IN and done.message.startswith("CHECKED IN — García")
    assert (done.check_in.arrival.adults, done.check_in.arrival.kids) == (1, 3)
    assert scan.route_scan(desk, "7345128801").status == scan.ALREADY_CHECKED_IN  # the order number


def test_a_merged_duplicates_ticket_checks_in_the_household_kept(desk):
    kept = households.add_household(desk, family_name="Smith", phone="555 314 1592")
    dup = households.add_household(desk, family_name="Smith", phone="555-314-1592")
    households.merge(desk, kept.id, dup.id)
    assert scan.route_scan(desk, dup.ticket_code).household_id == kept.id


def test_a_volunteers_badge_clocks_in_then_out_and_a_double_read_changes_nothing(desk):
    officer = roster.add_volunteer(desk, first_name="Dana", last_name="Reyes", role="officer")
    first = scan.route_scan(desk, officer.badge_code, adults=2)  # counts are for families: ignored
    assert first.status == scan.CLOCKED_IN and first.volunteer_id == officer.id
    assert first.message == f"CLOCKED IN — Dana Reyes at {clock.hhmm(first.clock.at)}"
    twice = scan.route_scan(desk, officer.badge_code.lower())
    assert twice.status == scan.ALREADY_CLOCKED and twice.done and "scanned twice" in twice.message
    assert twice.message.startswith("ALREADY CLOCKED IN — Dana Reyes")
    assert _rows(desk, TimeEntry) == 1


def test_a_badge_scanned_after_a_shift_clocks_out_with_the_hours(desk):
    officer = roster.add_volunteer(desk, first_name="Dana", last_name="Reyes", role="officer")
    timeclock.clock_in(desk, officer.id, at=clock.now() - timedelta(hours=2), reason="scanner not set up yet")
    out = scan.route_scan(desk, officer.badge_code)
    assert out.status == scan.CLOCKED_OUT and out.message.startswith("CLOCKED OUT — Dana Reyes at ")
    assert "after 2.0 h (2.0 h tonight)" in out.message


def test_a_ticket_at_a_station_counts_once_and_a_waiver_station_asks_for_the_waiver(desk):
    attendee_import.run(desk, SAMPLE)
    by_name = {st.name: st for st in stations.list_stations(desk)}  # every new event has the usual stations
    crafts, bounce = by_name["Arts and crafts"], by_name["Bounce house"]
    assert bounce.needs_waiver and not crafts.needs_waiver
    counted = scan.route_scan(desk, MARIA_BARCODE, station="arts AND crafts")
    assert counted.status == scan.TALLIED and counted.message == "TALLIED — García at Arts and crafts: +1 (now 1)"
    again = scan.route_scan(desk, "7345128801", station=crafts.id)
    assert again.status == scan.ALREADY_TALLIED and again.done
    refused = scan.route_scan(desk, MARIA_BARCODE, station="Bounce house")
    assert refused.status == scan.WAIVER_NEEDED and not refused.done and "nobody was counted" in refused.message
    waivers.record(desk, counted.household_id, child_first_name="Lucía", child_age=8, guardian_name="María García",
                   rules_read=True, station_id=bounce.id)
    assert scan.route_scan(desk, MARIA_BARCODE, station="Bounce house").status == scan.TALLIED
    assert _rows(desk, Tally) == 2 and _rows(desk, CheckIn) == 0  # a station scan is not a check-in


def test_an_unknown_code_is_not_found_and_changes_nothing(desk):
    attendee_import.run(desk, SAMPLE)
    before = (_rows(desk, Household), _rows(desk, CheckIn), _rows(desk, TimeEntry))
    for code, words in (("H7K3QWPX", "H7K3-QWPX is not a ticket or a badge"),
                        ("73451412309120345609001", "is not a ticket or a badge"),  # a refunded Eventbrite ticket
                        ("V2345678", "V2345678 is not a volunteer's badge")):
        outcome = scan.route_scan(desk, code)
        assert outcome.status == scan.NOT_FOUND and not outcome.done
        assert words in outcome.message and outcome.message.startswith("NOT FOUND")
    assert (_rows(desk, Household), _rows(desk, CheckIn), _rows(desk, TimeEntry)) == before
    with pytest.raises(Exception, match="No station called “Moon bounce”"):
        scan.route_scan(desk, MARIA_BARCODE, station="Moon bounce")


# --- the command line ------------------------------------------------------------------------------------------------

@pytest.fixture
def night(tmp_path):
    """A database file with the Eventbrite sample imported and one volunteer (a new event has the usual stations)."""
    path = tmp_path / "night.sqlite3"
    db = Database(str(path))
    upgrade(db)
    desk = make_desk(db)
    attendee_import.run(desk, SAMPLE)
    badge = roster.add_volunteer(desk, first_name="Dana", last_name="Reyes", role="officer").badge_code
    checkins.check_in(replace(desk, device="Desk 2", operator="Sam"), households.find_by_code(desk, "7345130412").id)
    db.dispose()
    return path, badge


def _scan(capsys, path, *args) -> tuple[int, str, str]:
    code = main(["--db", str(path), "--operator", "Sam", "scan", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_scan_on_the_command_line_says_what_happened_in_one_line(night, capsys):
    path, badge = night
    code, out, err = _scan(capsys, path, MARIA_BARCODE, "--adults", "2", "--kids", "1")
    assert (code, err) == (0, "") and out == "CHECKED IN — García (María, José, Lucía, Mateo): 2 adults, 1 kid\n"
    code, out, _ = _scan(capsys, path, "9120345605")  # Zoë's attendee number: checked in at Desk 2 earlier
    assert code == 0 and out.startswith("ALREADY CHECKED IN — Nguyễn-O'Brien") and "by Desk 2 (Sam)" in out
    code, out, _ = _scan(capsys, path, badge)
    assert code == 0 and out.startswith("CLOCKED IN — Dana Reyes at ")
    code, out, _ = _scan(capsys, path, "7345139977", "--station", "Arts and crafts")
    assert code == 0 and out == "TALLIED — Smith at Arts and crafts: +1 (now 1)\n"


def test_an_unknown_code_on_the_command_line_exits_1_with_one_line_on_stderr(night):
    path, _badge = night
    for args in (("H7K3QWPX",), (MARIA_BARCODE, "--station", "Moon bounce"), ("H7K3QWPX", "--adults", "many")):
        result = subprocess.run([sys.executable, "-m", "nightout_desk", "--db", str(path), "--operator", "Sam", "scan",
                                 *args],
                                capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert result.returncode == 1, args
        assert result.stdout == "" and len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
        assert result.stderr.startswith("nightout-desk")
    first = subprocess.run([sys.executable, "-m", "nightout_desk", "--db", str(path), "--operator", "Sam", "scan",
                            "H7K3-QWPX"],
                           capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert first.stderr == ("nightout-desk: NOT FOUND: H7K3-QWPX is not a ticket or a badge of this event. "
                            "Nothing was changed.\n")


def test_the_stations_own_scan_box_counts_a_family_by_its_eventbrite_barcode_too(desk):
    from nightout_desk.services.stations import tallies

    attendee_import.run(desk, SAMPLE)
    crafts = next(st for st in stations.list_stations(desk) if st.name == "Arts and crafts")
    counted = tallies.scan(desk, crafts.id, MARIA_BARCODE)
    assert (counted.family_name, counted.total) == ("García", 1)
