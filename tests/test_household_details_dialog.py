"""The household's details at the desk show the registration platform's tickets next to ours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from nightout_desk.services.checkin import attendee_import, checkins, households
from nightout_desk.services.codes import pretty
from nightout_desk.ui.checkin.household_dialogs import HouseholdDialog

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "eventbrite_attendees.csv"


def test_the_details_of_an_eventbrite_family_list_its_barcodes_and_order_next_to_our_ticket(qtbot, sqlite_desk):
    attendee_import.run(sqlite_desk, SAMPLE)
    garcia = households.find_by_code(sqlite_desk, "73451288019120345601001")
    dialog = HouseholdDialog(sqlite_desk, garcia, [])
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(pretty(garcia.ticket_code) in t for t in texts)
    shown = dialog.findChild(QLabel, "householdPlatformCodes").text()
    assert "Eventbrite barcode: 73451288019120345601001, 73451288019120345602001" in shown
    assert "Eventbrite attendee #: 9120345601" in shown and "Eventbrite order #: 7345128801" in shown


def test_a_walk_up_family_has_no_platform_codes_line(qtbot, sqlite_desk):
    walk_up = checkins.walk_up(sqlite_desk, "Okafor", 1, 0).household
    dialog = HouseholdDialog(sqlite_desk, walk_up, [])
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "householdPlatformCodes") is None
