"""Help › Check the log and Settings › Privacy…, as an organizer finds them (pytest-qt, offscreen)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QSpinBox
from sqlalchemy import text

from nightout_desk.db import audit_guard
from nightout_desk.services import privacy
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.context import Desk
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.privacy_dialog import PrivacyDialog
from nightout_desk.ui.state import AppState
from tests.modal_answers import Answers, no


def _menu(win: MainWindow, title: str) -> dict:
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == title)
    return {a.text(): a for a in menu.actions()}


def test_check_the_log_says_whole_then_names_the_entry_changed_behind_the_apps_back(qtbot, sqlite_desk):
    family = households.add_household(sqlite_desk, family_name="García", phone="555-0101")
    checkins.check_in(sqlite_desk, family.id)
    win = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(win)
    _menu(win, "&Help")["Check the log"].trigger()
    box = win.log_check_box
    assert box.objectName() == "logCheckBox" and box.isVisible()
    assert box.text().startswith("The log is whole") and box.icon() == QMessageBox.Icon.Information
    box.close()
    with sqlite_desk.db.engine.begin() as conn:  # someone who owns the file edits the check-in's entry
        audit_guard.drop(conn)
        conn.execute(text("UPDATE audit_entries SET summary = 'nobody came' WHERE action = 'check-in'"))
        audit_guard.ensure(conn)
    _menu(win, "&Help")["Check the log"].trigger()
    box = win.log_check_box
    assert box.text().startswith("The log is NOT whole") and box.icon() == QMessageBox.Icon.Warning
    assert box.informativeText().startswith("Desk 1's log breaks at entry 2 (")
    assert box.informativeText().endswith("'check-in'): its content was changed")
    box.close()


def test_privacy_settings_keep_details_n_days_and_remove_them_on_request(qtbot, sqlite_desk, monkeypatch):
    family = households.add_household(sqlite_desk, family_name="Nguyễn-O'Brien", phone="555-0102",
                                      email="zoe@example.org")
    win = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(win)
    assert [a.text() for a in win.menuBar().actions()].count("&Settings") == 1  # one menu, whoever adds to it
    assert "Privacy…" in _menu(win, "&Settings")
    dialog = PrivacyDialog(win.state, win)
    qtbot.addWidget(dialog)
    days = dialog.findChild(QSpinBox, "privacyDays")
    assert days.value() == privacy.DEFAULT_DAYS
    assert "tax law keeps" in dialog.findChild(QLabel, "privacyWhat").text()
    days.setValue(14)
    dialog.findChild(QPushButton, "privacySave").click()
    assert "14 days after the event, from 2026-08-18 on" in dialog.findChild(QLabel, "privacyStatus").text()
    asked, told = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    dialog.findChild(QPushButton, "privacyRemoveNow").click()
    assert households.get(sqlite_desk, family.id).family_name == ""
    assert households.get(sqlite_desk, family.id).email == ""
    assert "cannot be undone" in asked[0] and told[0].startswith("Removed the personal details")
    assert "They were removed on" in dialog.findChild(QLabel, "privacyStatus").text()


def test_a_volunteer_at_the_desk_is_told_who_may_change_privacy(qtbot, sqlite_desk):
    volunteer = Desk(sqlite_desk.db, sqlite_desk.event_id, "Tom", "volunteer", "Desk 2")
    dialog = PrivacyDialog(AppState(volunteer))
    qtbot.addWidget(dialog)
    dialog.findChild(QSpinBox, "privacyDays").setValue(3)
    answers = Answers(no("This needs an organizer. Sign in?"))  # declined (signing in: tests/test_sign_in_walk.py)
    dialog.findChild(QPushButton, "privacySave").click()
    answers.stop()
    assert answers.all_answered, answers.problems
    assert dialog.findChild(QLabel, "privacyError").text().startswith("Only an organizer")
    assert privacy.status(volunteer).days == privacy.DEFAULT_DAYS
