"""File › New event… and File › Switch event…, driven through the real window and dialogs: the window that follows
shows the other event's data, and the laptop remembers the event for its next start."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from nightout_desk.config import LaptopSettings
from nightout_desk.services import events, operators
from nightout_desk.services.checkin import checkins, households
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.state import AppState
from tests.conftest import make_desk
from tests.modal_answers import Answers, no, ok

SHOTS = Path(os.environ.get("NIGHTOUT_SHOTS", "")) if os.environ.get("NIGHTOUT_SHOTS") else None


@pytest.fixture
def laptop(monkeypatch, tmp_path):
    """This laptop's settings in a folder of the test's own (the window remembers the event there)."""
    monkeypatch.setenv("NIGHTOUT_CONFIG_DIR", str(tmp_path / "config"))
    return LaptopSettings(device_name="Desk 1")


def _window(qtbot, desk, settings) -> MainWindow:
    window = MainWindow(AppState(desk, settings), idle_lock_ms=0)
    qtbot.addWidget(window)
    window.show()
    return window


def _menu(window: MainWindow, text: str):
    return next(a for a in window.file_menu.actions() if a.text() == text)


def _run(qtbot, window: MainWindow, text: str, *steps) -> Answers:
    answers = Answers(*steps)
    _menu(window, text).trigger()
    qtbot.waitUntil(lambda: answers.ended, timeout=10_000)
    answers.stop()
    assert answers.all_answered, answers.problems
    return answers


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS is not None:
        QApplication.processEvents()  # the layout as a person would see it, after the text changed
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))


def _counts(window: MainWindow) -> str:
    return window.findChild(QLabel, "statusCounts").text()


def test_new_event_creates_the_next_night_and_the_window_switches_to_it(qtbot, sqlite_db, laptop):
    desk = make_desk(sqlite_db)  # Riverside National Night Out 2026, an organizer at Desk 1
    checkins.check_in(desk, households.add_household(desk, family_name="Okafor", adults_expected=2).id)
    window = _window(qtbot, desk, laptop)
    assert _counts(window).startswith("1 household ")
    said = []

    def fill(dialog: QWidget) -> None:
        assert dialog.objectName() == "newEventDialog" and dialog.windowTitle() == "New event"
        assert dialog.findChild(QLineEdit, "eventTown").text() == "Riverside"  # the department's town, as before
        name = dialog.findChild(QLineEdit, "eventName")
        qtbot.keyClicks(name, "riverside national night out 2026")
        dialog.accept()  # a name taken: said in the dialog, which stays open with what was typed
        said.append(dialog.findChild(QLabel, "eventError").text())
        _shot(dialog, "new-event-name-taken.png")
        name.setText("Riverside National Night Out 2027")
        dialog.findChild(QDateEdit, "eventDate").setDate(QDate(2027, 8, 3))
        dialog.findChild(QLineEdit, "eventPlace").setText("Memorial Park")
        dialog.findChild(QPlainTextEdit, "eventNeighbourhoods").setPlainText("Old Town: 12345\nLakeview: 12348")
        _shot(dialog, "new-event-dialog.png")
        dialog.accept()

    _run(qtbot, window, "New event…", fill)
    assert said[0].startswith("There is already an event called “Riverside National Night Out 2026”")
    made = events.latest_event(sqlite_db)
    assert (made.name, made.date, made.place, made.is_demo) == ("Riverside National Night Out 2027",
                                                                dt.date(2027, 8, 3), "Memorial Park", False)
    after = window.successor
    qtbot.addWidget(after)
    assert after.state.desk.event_id == made.id and after.state.desk.role == "organizer"
    assert after.isVisible() and not window.isVisible() and window.tabs.count() == 0
    assert after.windowTitle().endswith("Riverside National Night Out 2027")
    assert after.findChild(QLabel, "statusEvent").text() == "Riverside National Night Out 2027"
    assert _counts(after).startswith("0 households")  # the Okafors came to last year's night, not this one
    assert events.neighbourhood_for_zip(after.state.desk, "12348") == "Lakeview"
    assert LaptopSettings.load().last_event == str(made.id)  # the next start opens it


def test_a_real_event_made_after_the_demo_warns_that_it_has_the_demo_accounts(qtbot, sqlite_db, laptop):
    desk = make_desk(sqlite_db)
    operators.add(desk, "Demo Lieutenant", "lieutenant", "2026")  # as `nightout-desk demo` makes them
    lieutenant = desk.with_operator("Demo Lieutenant", "lieutenant")
    operators.add(lieutenant, "Demo Organizer", "organizer", "2026")
    window = _window(qtbot, lieutenant, laptop)
    warned = []

    def fill(dialog: QWidget) -> None:
        dialog.findChild(QLineEdit, "eventName").setText("Riverside National Night Out 2027")
        dialog.accept()

    def read(box: QWidget) -> None:
        warned.append((box.windowTitle(), box.text()))
        _shot(box, "new-event-demo-accounts.png")
        ok("“Riverside National Night Out 2027” has the demo's accounts")(box)

    _run(qtbot, window, "New event…", fill, read)
    qtbot.addWidget(window.successor)
    assert warned == [("The demo's accounts", "“Riverside National Night Out 2027” has the demo's accounts (Demo "
                       "Lieutenant, Demo Organizer), whose PIN was printed for everyone to see.\n\nBefore the night, "
                       "a lieutenant adds the town's own accounts in Settings › Operators… and removes the demo's.")]
    assert window.successor.state.desk.event_id == events.latest_event(sqlite_db).id


def test_a_volunteer_desk_is_asked_to_sign_in_before_a_new_event(qtbot, sqlite_db, laptop):
    from nightout_desk.services import operators

    desk = make_desk(sqlite_db, role="volunteer", operator="Sam")
    operators.add(desk, "Dana Reyes", "lieutenant", "2468")  # the set-up's first account
    window = _window(qtbot, desk, laptop)
    _run(qtbot, window, "New event…", no("This needs an organizer. Sign in?"))
    assert len(events.list_events(sqlite_db)) == 1 and getattr(window, "successor", None) is None


def test_switch_event_lists_every_event_with_its_date_and_the_demo_marked_then_switches(qtbot, sqlite_db, laptop):
    desk = make_desk(sqlite_db)
    demo = events.create_event(sqlite_db, name="Riverside National Night Out 2025", on=dt.date(2025, 8, 5),
                               place="Riverside Park", demo=True, operator="Demo", device="Demo")
    checkins.walk_up(desk, "Nguyen", 2, 2, zip_code="12345")
    window = _window(qtbot, desk, laptop)
    listed = []

    def choose_demo(dialog: QWidget) -> None:
        assert dialog.objectName() == "switchEventDialog"
        rows = dialog.findChild(QListWidget, "eventList")
        listed.extend(rows.item(i).text() for i in range(rows.count()))
        _shot(dialog, "switch-event-dialog.png")
        rows.setCurrentRow(next(i for i in range(rows.count()) if "(demo)" in rows.item(i).text()))
        dialog.accept()

    _run(qtbot, window, "Switch event…", choose_demo)
    assert listed == ["Tuesday, August 4, 2026 — Riverside National Night Out 2026 · Riverside Park (open now)",
                      "Tuesday, August 5, 2025 — Riverside National Night Out 2025 (demo) · Riverside Park"]
    on_demo = window.successor
    qtbot.addWidget(on_demo)
    assert on_demo.state.desk.event_id == demo.id
    assert on_demo.findChild(QLabel, "statusEvent").text() == "Riverside National Night Out 2025 (demo)"
    assert _counts(on_demo).startswith("0 households")
    assert LaptopSettings.load().last_event == str(demo.id)

    def back_to_the_night(dialog: QWidget) -> None:
        rows = dialog.findChild(QListWidget, "eventList")
        assert rows.currentItem().text().endswith("(open now)") and "(demo)" in rows.currentItem().text()
        rows.setCurrentRow(0)
        qtbot.keyClick(rows, Qt.Key.Key_Return)  # Enter opens the event chosen

    _run(qtbot, on_demo, "Switch event…", back_to_the_night)
    again = on_demo.successor
    qtbot.addWidget(again)
    assert again.state.desk.event_id == desk.event_id and _counts(again).startswith("1 household ")
    # remembered, and still a demo is not what opens next time while a real event exists
    assert events.default_event(sqlite_db, LaptopSettings.load().last_event_id()).id == desk.event_id


def test_switch_event_shows_a_long_name_and_place_whole_without_scrolling_sideways(qtbot, sqlite_db, laptop):
    desk = make_desk(sqlite_db)
    events.create_event(sqlite_db, name="Riverside National Night Out 2025", on=dt.date(2025, 12, 1),
                        place="Riverside Park, 200 River Rd, behind the community center", demo=True,
                        operator="Demo", device="Demo")
    window = _window(qtbot, desk, laptop)
    seen = {}

    def look(dialog: QWidget) -> None:
        rows = dialog.findChild(QListWidget, "eventList")
        _shot(dialog, "switch-event-long.png")
        seen["sideways"] = rows.horizontalScrollBar().maximum()
        seen["clipped"] = [rows.item(i).text() for i in range(rows.count())
                           if rows.visualItemRect(rows.item(i)).right() > rows.viewport().width()]
        dialog.reject()

    _run(qtbot, window, "Switch event…", look)
    assert seen == {"sideways": 0, "clipped": []}
