"""First run, who is at the desk, event settings and the audit log, driven through their widgets."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTableView

from nightout_desk.config import LaptopSettings
from nightout_desk.services import desk_names, events, operators
from nightout_desk.services.checkin import households
from nightout_desk.services.context import Desk
from nightout_desk.ui.audit_dialog import AuditDialog
from nightout_desk.ui.event_dialog import EventDialog, first_tuesday_of_august, parse_neighbourhoods
from nightout_desk.ui.operator_dialog import OperatorDialog


def test_first_tuesday_of_august_is_national_night_out():
    assert first_tuesday_of_august(2026).isoformat() == "2026-08-04"
    assert first_tuesday_of_august(2027).isoformat() == "2027-08-03"


def test_neighbourhood_lines_are_parsed_with_their_zip_codes():
    assert parse_neighbourhoods("Old Town: 12345\n\nMill Creek: 12346, 12347\nHillcrest") == [
        ("Old Town", "12345"), ("Mill Creek", "12346 12347"), ("Hillcrest", "")]


def test_first_run_creates_the_event_with_its_neighbourhoods_and_its_lieutenant(qtbot, sqlite_db):
    dialog = EventDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "eventName").setText("")
    dialog.accept()
    assert "Type your name" in dialog.findChild(QLabel, "eventError").text()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "setupName"), "Dana  Reyes")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "setupPin"), "2468")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "setupPinAgain"), "2469")
    dialog.accept()
    assert "not the same" in dialog.findChild(QLabel, "eventError").text()
    dialog.findChild(QLineEdit, "setupPinAgain").setText("2468")
    dialog.accept()
    assert "needs a name" in dialog.findChild(QLabel, "eventError").text()
    assert events.list_events(sqlite_db) == []
    qtbot.keyClicks(dialog.findChild(QLineEdit, "eventName"), "Maple Falls Night Out")
    dialog.findChild(QPlainTextEdit, "eventNeighbourhoods").setPlainText("Old Town: 12345\nMill Creek: 12346")
    dialog.accept()
    event = dialog.created_event
    assert event is not None and event.name == "Maple Falls Night Out" and event.date.month == 8
    desk = Desk(sqlite_db, event.id)
    assert [n.name for n in events.neighbourhoods(desk)] == ["Mill Creek", "Old Town"]
    assert len(events.list_events(sqlite_db)) == 1
    assert [(a.name, a.role) for a in operators.accounts(desk)] == [("Dana Reyes", "lieutenant")]
    assert operators.sign_in(desk, "Dana Reyes", "lieutenant", "2468").role == "lieutenant"


def test_organizer_edits_the_event_and_the_neighbourhood_list(qtbot, sqlite_desk):
    dialog = EventDialog(sqlite_desk.db, sqlite_desk)
    qtbot.addWidget(dialog)
    assert "Old Town: 12345" in dialog.findChild(QPlainTextEdit, "eventNeighbourhoods").toPlainText()
    dialog.findChild(QPlainTextEdit, "eventNeighbourhoods").setPlainText("Old Town: 12345\nLakeview: 12348")
    dialog.findChild(QLineEdit, "eventPlace").setText("Lakeside Park")
    dialog.findChild(type(dialog.date), "eventDate").setDate(QDate(2026, 8, 5))
    dialog.accept()
    assert events.get_event(sqlite_desk.db, sqlite_desk.event_id).place == "Lakeside Park"
    assert events.neighbourhood_for_zip(sqlite_desk, "12348") == "Lakeview"


def test_who_is_at_the_desk_is_remembered_and_recorded(qtbot, sqlite_desk):
    settings = LaptopSettings(device_name="Desk 3")
    dialog = OperatorDialog(sqlite_desk, settings)
    qtbot.addWidget(dialog)
    dialog.findChild(QComboBox, "operatorName").setCurrentText("  Maria   Lopez ")
    role = dialog.findChild(QComboBox, "operatorRole")
    role.setCurrentIndex(role.findData("volunteer"))
    dialog.accept()
    assert (dialog.desk.operator, dialog.desk.role, dialog.desk.device) == ("Maria Lopez", "volunteer", "Desk 3")
    assert LaptopSettings.load().operator_name == "Maria Lopez"
    assert desk_names.names_seen(sqlite_desk.db, sqlite_desk.event_id) == ["Maria Lopez"]


def test_audit_log_lists_changes_and_filters(qtbot, sqlite_desk):
    households.add_household(sqlite_desk, family_name="Okafor")
    dialog = AuditDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableView, "auditTable")
    assert table.model().rowCount() == 2  # event created, household added
    qtbot.keyClicks(dialog.findChild(QLineEdit, "auditFilter"), "okafor")
    assert table.model().rowCount() == 1
    assert table.model().index(0, 3).data() == "household added"


def test_one_enter_starts_when_the_laptop_remembers_who_was_at_the_desk(qtbot, sqlite_desk):
    first = OperatorDialog(sqlite_desk, LaptopSettings(device_name="Desk 3"))
    qtbot.addWidget(first)
    first.findChild(QComboBox, "operatorName").setCurrentText("Maria Lopez")
    first.accept()  # signed in once: the name is now remembered and listed
    again = OperatorDialog(sqlite_desk, LaptopSettings.load())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    name = again.findChild(QComboBox, "operatorName")
    assert name.currentText() == "Maria Lopez"
    qtbot.keyClick(name.lineEdit(), Qt.Key.Key_Return)
    assert again.result() == again.DialogCode.Accepted and again.desk.operator == "Maria Lopez"
