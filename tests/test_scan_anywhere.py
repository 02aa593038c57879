"""A scanner fires into whatever has focus: every focusable widget of the check-in, volunteers and stations screens
and the walk-up form gets a scanner-timed burst (a few milliseconds a key, then Enter), and the database must hold
exactly what the code means — the family checked in, the volunteer clocked, the child counted — and nothing else."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from sqlalchemy import func, select

from nightout_desk.config import LaptopSettings
from nightout_desk.models import CheckIn, Household, Tally, TimeEntry
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.stations import stations
from nightout_desk.services.volunteers import roster
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.state import AppState

SCANNER_GAP_S = 0.003  # a USB scanner in keyboard mode: a few milliseconds a key
# The laptop setting for these tests: wider than the default 35 ms so that a test machine busy with other work
# (a key send delayed by the scheduler) cannot turn a scan into typing; people are still much slower.
GAP_MS = 120
PERSON_S = 0.3  # a person's pause between keys, well over GAP_MS


@pytest.fixture
def night(sqlite_desk):
    families = [households.add_household(sqlite_desk, family_name=f"Family {i:02d}", adults_expected=2,
                                         kids_expected=1) for i in range(40)]
    volunteer = roster.add_volunteer(sqlite_desk, first_name="Dana", last_name="Reyes")
    station = stations.add_station(sqlite_desk, "Fire truck tour")
    return families, volunteer, station


@pytest.fixture
def window(qtbot, sqlite_desk, night):
    win = MainWindow(AppState(sqlite_desk, LaptopSettings(device_name="Desk 1", sound=False, scan_gap_ms=GAP_MS)))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def focus(qtbot, widget: QWidget) -> QWidget:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=1000)
    return widget


def scan(qtbot, widget: QWidget, code: str) -> None:
    """Type `code` into the focused widget as a scanner does, then Enter."""
    focus(qtbot, widget)
    for ch in code:
        qtbot.keyClick(widget, ch)
        time.sleep(SCANNER_GAP_S)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def count(desk, model) -> int:
    with desk.db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.event_id == desk.event_id))


def active_check_ins(desk) -> int:
    return checkins.counters(desk).households


def held(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QTableView):  # the row picked, by what it shows (new check-ins push rows down)
        current = widget.currentIndex()
        model = widget.model()
        return tuple(model.index(current.row(), c).data() for c in range(model.columnCount())) if current.isValid() \
            else None
    return None


def focusable(screen: QWidget) -> list[QWidget]:
    found = [w for w in screen.findChildren(QWidget)
             if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible() and w.isEnabled()
             and w.focusProxy() is None and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]
    return [w for w in found if not isinstance(w.parentWidget(), QTableView)]  # scroll bars and headers aside


def test_a_ticket_scanned_into_any_widget_of_the_check_in_screen_checks_that_family_in(qtbot, window, sqlite_desk,
                                                                                       night):
    families, _, _ = night
    checkin = window.findChild(QWidget, "checkinTab")
    widgets = focusable(checkin)
    assert len(widgets) >= 8, [w.objectName() for w in widgets]
    for n, widget in enumerate(widgets):
        before = held(focus(qtbot, widget))
        family = families[n]
        scan(qtbot, widget, family.ticket_code)
        assert active_check_ins(sqlite_desk) == n + 1, widget.objectName() or type(widget).__name__
        assert households.get(sqlite_desk, family.id).arrival is not None
        assert "CHECKED IN" in window.findChild(QLabel, "checkinBanner").text()
        if widget is not checkin.search:
            assert held(widget) == before, widget.objectName()  # nothing of the code left in the widget
    assert count(sqlite_desk, Household) == len(families)  # no walk-up was invented from a code


def test_a_scan_into_the_half_typed_walk_up_form_checks_in_the_real_family_and_keeps_the_form(qtbot, window,
                                                                                              sqlite_desk, night):
    families, _, _ = night
    checkin = window.findChild(QWidget, "checkinTab")
    qtbot.keyClick(checkin.search, Qt.Key.Key_F2)
    family_box = window.findChild(QLineEdit, "walkUpFamily")
    qtbot.keyClicks(family_box, "Okafor")
    qtbot.wait(int(PERSON_S * 1000))  # the volunteer pauses; then the next family holds out a phone
    for n, widget in enumerate(w for w in focusable(checkin.walk_up)):
        scan(qtbot, widget, families[n].ticket_code)
        assert active_check_ins(sqlite_desk) == n + 1
        assert checkin.walk_up.isVisible() and family_box.text() == "Okafor"
    assert count(sqlite_desk, Household) == len(families)
    assert not households.search(sqlite_desk, "okafor")


def test_a_badge_scanned_anywhere_clocks_the_volunteer_and_nothing_else(qtbot, window, sqlite_desk, night):
    _, volunteer, _ = night
    widgets = [*focusable(window.findChild(QWidget, "checkinTab"))[:4], window.findChild(QTableView, "recentCheckins")]
    for n, widget in enumerate(widgets):
        window.show_tab("checkinTab")
        scan(qtbot, widget, volunteer.badge_code)
        assert window.tabs.currentWidget().objectName() == "volunteersTab"
        assert count(sqlite_desk, TimeEntry) == 1
        # scans within a minute are a re-read: said so and ignored, so one entry whichever widget had focus
        banner = window.findChild(QLabel, "clockBanner").text()
        assert ("clocked IN" in banner) if n == 0 else ("already" in banner), banner
    assert count(sqlite_desk, CheckIn) == 0


def test_the_volunteers_screen_routes_a_family_ticket_to_the_check_in_desk(qtbot, window, sqlite_desk, night):
    families, volunteer, _ = night
    window.show_tab("volunteersTab")
    volunteers_tab = window.findChild(QWidget, "volunteersTab")
    widgets = focusable(volunteers_tab)
    assert window.findChild(QLineEdit, "clockScan") in widgets
    for n, widget in enumerate(widgets):
        window.show_tab("volunteersTab")
        before = held(focus(qtbot, widget))
        scan(qtbot, widget, families[n].ticket_code)
        assert window.tabs.currentWidget().objectName() == "checkinTab"
        assert active_check_ins(sqlite_desk) == n + 1, widget.objectName()
        assert held(widget) == before, widget.objectName()
    assert count(sqlite_desk, TimeEntry) == 0


def test_at_the_stations_screen_a_ticket_counts_at_the_station_shown(qtbot, window, sqlite_desk, night):
    families, _, station = night
    window.show_tab("stationsTab")
    stations_tab = window.findChild(QWidget, "stationsTab")
    stations_tab.select(station.id)
    qtbot.waitUntil(lambda: stations_tab.counter.station is not None)
    widgets = focusable(stations_tab)
    assert window.findChild(QLineEdit, "stationScan") in widgets
    for n, widget in enumerate(widgets):
        window.show_tab("stationsTab")
        scan(qtbot, widget, families[n].ticket_code)
        assert window.tabs.currentWidget() is stations_tab, widget.objectName()
        assert count(sqlite_desk, Tally) == n + 1, widget.objectName()
    assert count(sqlite_desk, CheckIn) == 0


def test_an_unknown_code_says_not_found_with_the_code_and_changes_nothing(qtbot, window, sqlite_desk):
    window.show_tab("volunteersTab")
    roster_find = window.findChild(QWidget, "volunteersTab").search
    scan(qtbot, roster_find, "9990001112223")
    assert window.tabs.currentWidget().objectName() == "checkinTab"
    text = window.findChild(QLabel, "checkinBanner").text()
    assert "NOT FOUND" in text and "9990001112223" in text
    assert roster_find.text() == ""
    assert count(sqlite_desk, CheckIn) == 0 and count(sqlite_desk, TimeEntry) == 0


def test_a_code_typed_by_hand_is_left_to_the_widget(qtbot, window, sqlite_desk, night):
    """Slow keys are a person typing: the walk-up's phone box keeps the digits and Enter saves the walk-up."""
    checkin = window.findChild(QWidget, "checkinTab")
    qtbot.keyClick(checkin.search, Qt.Key.Key_F2)
    qtbot.keyClicks(window.findChild(QLineEdit, "walkUpFamily"), "Okafor")
    phone = window.findChild(QLineEdit, "walkUpPhone")
    phone.setFocus()
    for ch in "5550100123":
        qtbot.keyClick(phone, ch)
        qtbot.wait(int(PERSON_S * 1000))  # a person: well over the laptop's scanner gap
    assert phone.text() == "5550100123"
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    assert households.search(sqlite_desk, "okafor")  # saved as a walk-up, as the volunteer meant
