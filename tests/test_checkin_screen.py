"""The check-in desk driven as a volunteer would: typing, scanning (a code then Enter), walk-ups, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox, QTableView

from nightout_desk.services.checkin import checkins, households
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.state import AppState


@pytest.fixture
def window(qtbot, sqlite_desk):
    households.add_household(sqlite_desk, family_name="Nguyễn-O'Brien", first_names="Zoë, Minh", phone="555 201 7788",
                             zip_code="12345", neighbourhood="Old Town", adults_expected=2, kids_expected=3)
    households.add_household(sqlite_desk, family_name="García", first_names="José", zip_code="12346",
                             adults_expected=1, kids_expected=1)
    win = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def w(win, cls, name):
    found = win.findChild(cls, name)
    assert found is not None, name
    return found


def type_and_wait(qtbot, win, text):
    search = w(win, QLineEdit, "checkinSearch")
    qtbot.keyClicks(search, text)
    results = w(win, QTableView, "checkinResults")
    qtbot.waitUntil(lambda: results.model().rowCount() > 0 or "No household" in w(win, QLabel, "checkinHint").text())
    return search, results


def banner(win) -> str:
    return w(win, QLabel, "checkinBanner").text()


def counter(win, name) -> str:
    return w(win, QLabel, name).text()


def test_nothing_is_listed_until_something_is_typed(window):
    assert w(window, QTableView, "checkinResults").model().rowCount() == 0
    assert "Nothing is listed" in w(window, QLabel, "checkinHint").text()


def test_typing_a_name_without_accents_then_enter_checks_the_family_in(qtbot, window):
    search, results = type_and_wait(qtbot, window, "zoe")
    assert results.model().rowCount() == 1
    assert w(window, QSpinBox, "checkinAdults").value() == 2 and w(window, QSpinBox, "checkinKids").value() == 3
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert "CHECKED IN" in banner(window) and "Nguyễn-O'Brien" in banner(window)
    assert search.text() == "" and results.model().rowCount() == 0
    assert counter(window, "counterHouseholds") == "1" and counter(window, "counterPeople") == "5"
    assert w(window, QLabel, "statusCounts").text() == "1 household · 5 people on site"
    assert QApplication.focusWidget() is search


def test_scanner_types_the_code_and_enter_checks_in_at_once_then_again_says_already(qtbot, window, sqlite_desk):
    code = households.search(sqlite_desk, "garcia")[0].ticket_code
    search = w(window, QLineEdit, "checkinSearch")
    qtbot.keyClicks(search, code)
    qtbot.keyClick(search, Qt.Key.Key_Return)  # no waiting for the search: a scanner is fast
    assert banner(window).startswith("✓ CHECKED IN — García")
    qtbot.keyClicks(search, code.lower())
    qtbot.keyClick(search, Qt.Key.Key_Enter)
    text = banner(window)
    assert text.startswith("⚠ ALREADY CHECKED IN — García (José) at ") and "by Desk 1 (Pat Organizer)" in text
    assert counter(window, "counterHouseholds") == "1"
    assert w(window, QLabel, "checkinBanner").state == "already"


def test_unknown_ticket_is_not_found_in_words(qtbot, window):
    search = w(window, QLineEdit, "checkinSearch")
    qtbot.keyClicks(search, "ZZZZ2222")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert banner(window).startswith("✗ NOT FOUND") and "ZZZZ-2222" in banner(window)


def test_volunteer_adjusts_the_counts_in_one_step(qtbot, window, sqlite_desk):
    type_and_wait(qtbot, window, "garcia")
    kids = w(window, QSpinBox, "checkinKids")
    kids.selectAll()
    qtbot.keyClicks(kids, "4")
    qtbot.keyClick(kids, Qt.Key.Key_Return)
    assert "1 adult, 4 kids" in banner(window)
    assert checkins.counters(sqlite_desk).kids == 4


def test_walk_up_from_the_keyboard_alone_is_saved_and_checked_in_once(qtbot, window, sqlite_desk):
    search = w(window, QLineEdit, "checkinSearch")
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_F2)
    family = w(window, QLineEdit, "walkUpFamily")
    assert family.isVisible() and QApplication.focusWidget() is family
    qtbot.keyClicks(family, "Okafor")
    for widget_name, keys in (("walkUpAdults", "2"), ("walkUpKids", "3")):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        box = w(window, QSpinBox, widget_name)
        assert QApplication.focusWidget() in (box, box.findChild(QLineEdit))
        box.selectAll()
        qtbot.keyClicks(QApplication.focusWidget(), keys)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "12346")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "WALK-UP CHECKED IN — Okafor: 2 adults, 3 kids" in banner(window)
    found = households.search(sqlite_desk, "okafor")
    assert len(found) == 1 and found[0].is_walk_up and found[0].neighbourhood == "Mill Creek"
    assert counter(window, "counterWalkUps") == "1"
    assert not family.isVisible() and QApplication.focusWidget() is search


def test_walk_up_that_matches_a_registration_is_warned_and_can_check_in_the_registered_family(qtbot, window,
                                                                                                sqlite_desk):
    qtbot.keyClick(w(window, QLineEdit, "checkinSearch"), Qt.Key.Key_F2)
    qtbot.keyClicks(w(window, QLineEdit, "walkUpFamily"), "Garcia")
    qtbot.keyClicks(w(window, QLineEdit, "walkUpPhone"), "555 000 1234")  # another phone, no ZIP yet: no warning
    walk = w(window, QPushButton, "walkUpUseExisting")
    qtbot.wait(400)
    assert not walk.isVisible()
    combo = w(window, QComboBox, "walkUpWhere")
    qtbot.keyClicks(combo.lineEdit(), "12346")
    qtbot.waitUntil(lambda: walk.isVisible())
    assert "Possible duplicate: García (José)" in w(window, QLabel, "walkUpDuplicate").text()
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert "may already be registered" in banner(window)
    assert len(households.search(sqlite_desk, "garcia")) == 1  # nothing saved yet
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_F6)
    assert banner(window).startswith("✓ CHECKED IN — García")
    assert len(households.search(sqlite_desk, "garcia")) == 1


def test_undo_with_a_reason_is_recorded_and_the_counters_drop(qtbot, window, sqlite_desk):
    search, _ = type_and_wait(qtbot, window, "nguyen")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert counter(window, "counterHouseholds") == "1"
    recent = w(window, QTableView, "recentCheckins")
    assert recent.model().rowCount() == 1
    recent.selectRow(0)
    qtbot.keyClicks(w(window, QLineEdit, "undoReason"), "wrong family")
    qtbot.mouseClick(w(window, QPushButton, "undoButton"), Qt.MouseButton.LeftButton)
    assert banner(window).startswith("↶ UNDONE — Nguyễn-O'Brien") and "wrong family" in banner(window)
    assert counter(window, "counterHouseholds") == "0"
    assert recent.model().index(0, 4).data() == "Undone"
    assert checkins.recent(sqlite_desk)[0].undo_reason == "wrong family"


def test_ctrl_z_undoes_this_desks_last_check_in(qtbot, window, sqlite_desk):
    search, _ = type_and_wait(qtbot, window, "garcia")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert banner(window).startswith("Undo García's check-in at ")  # it asks first, naming the family and time
    assert checkins.counters(sqlite_desk).households == 1
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert banner(window).startswith("↶ UNDONE — García")
    assert checkins.counters(sqlite_desk).households == 0


def test_a_failed_save_is_told_in_plain_words_and_keeps_the_search(qtbot, window, sqlite_desk):
    search, _ = type_and_wait(qtbot, window, "garcia")
    sqlite_desk.db.engine.dispose()
    sqlite_desk.db.path.chmod(0o444)
    import os

    if os.geteuid() == 0:  # root ignores file modes: make the write fail through SQLite itself instead
        sqlite_desk.db.path.chmod(0o644)
        with sqlite_desk.db.engine.connect() as conn:
            conn.exec_driver_sql("CREATE TRIGGER refuse BEFORE INSERT ON check_ins BEGIN "
                                 "SELECT RAISE(ABORT, 'database or disk is full'); END")
            conn.commit()
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert w(window, QLabel, "checkinBanner").state == "missing"
    assert "nothing was saved" in banner(window).lower()
    assert search.text() == "garcia"
    assert checkins.counters(sqlite_desk).households == 0


def test_counts_of_a_scanned_family_are_corrected_after_the_fact(qtbot, window, sqlite_desk):
    code = households.search(sqlite_desk, "nguyen")[0].ticket_code
    search = w(window, QLineEdit, "checkinSearch")
    correct = w(window, QPushButton, "correctCountsButton")
    assert not correct.isEnabled()
    qtbot.keyClicks(search, code)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert correct.isEnabled() and w(window, QSpinBox, "checkinKids").value() == 3
    w(window, QSpinBox, "checkinKids").setValue(1)
    qtbot.mouseClick(correct, Qt.MouseButton.LeftButton)
    assert "COUNTS CORRECTED" in banner(window) and "2 adults, 1 kid" in banner(window)
    assert checkins.counters(sqlite_desk).kids == 1
    qtbot.keyClicks(search, "gar")
    assert not correct.isEnabled()  # the boxes now show another family


def test_a_volunteer_badge_scanned_at_the_family_desk_clocks_the_volunteer_in(qtbot, window, sqlite_desk):
    # issue 10: a badge is routed by what it is, wherever it is scanned (it used to be only explained here)
    from nightout_desk.services.volunteers import roster as volunteers

    badge = volunteers.add_volunteer(sqlite_desk, first_name="Dana", last_name="Reyes").badge_code
    search = w(window, QLineEdit, "checkinSearch")
    qtbot.keyClicks(search, badge)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.tabs.currentWidget().objectName() == "volunteersTab"
    assert "Dana Reyes clocked IN" in w(window, QLabel, "clockBanner").text()
    assert open_time_entries(sqlite_desk) == 1
    assert checkins.counters(sqlite_desk).households == 0


def test_household_tickets_never_look_like_a_volunteer_badge():
    from nightout_desk.services.codes import new_ticket_code
    from nightout_desk.services.volunteers.roster import is_badge_code

    assert not any(is_badge_code(new_ticket_code()) for _ in range(3000))


def open_time_entries(desk) -> int:
    from sqlalchemy import func, select

    from nightout_desk.models import TimeEntry

    with desk.db.read() as s:
        return s.scalar(select(func.count(TimeEntry.id)).where(TimeEntry.event_id == desk.event_id,
                                                               TimeEntry.clock_out.is_(None)))
