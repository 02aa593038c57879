"""The desk locks (Ctrl+L, idle minutes) back to the volunteer role with the check-in desk still working, signing in
asks an organizer's PIN, and an action that needs more offers to sign in right there and then carries on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QLineEdit, QMessageBox

from nightout_desk.areas import Area
from nightout_desk.config import LaptopSettings
from nightout_desk.services import audit, operators
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.context import Desk
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.operator_dialog import OperatorDialog
from nightout_desk.ui.operators_dialog import OperatorsDialog
from nightout_desk.ui.sign_in import attempt
from nightout_desk.ui.state import AppState
from tests.conftest import make_desk


@pytest.fixture
def staffed(sqlite_db, monkeypatch):
    """An event with a lieutenant (PIN 8642) and an organizer, Olga (PIN 4711); cheap hashes for speed."""
    monkeypatch.setattr(operators, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    desk = make_desk(sqlite_db, role="volunteer", operator="Volunteer")
    operators.add(desk, "Lee Lieutenant", "lieutenant", "8642")
    lieutenant = operators.sign_in(desk, "Lee Lieutenant", "lieutenant", "8642")
    operators.add(lieutenant, "Olga Organizer", "organizer", "4711")
    households.add_household(lieutenant, family_name="García", first_names="José", adults_expected=1, kids_expected=1)
    return desk


def _window(qtbot, desk: Desk, **kwargs) -> MainWindow:
    win = MainWindow(AppState(desk, LaptopSettings(device_name=desk.device)), **kwargs)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _check_in_garcia(qtbot, win: MainWindow) -> None:
    search = win.findChild(QLineEdit, "checkinSearch")
    qtbot.keyClicks(search, "garcia")
    qtbot.waitUntil(lambda: win.screens[Area.CHECKIN].results.model().rowCount() == 1)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert "CHECKED IN" in win.findChild(QLabel, "checkinBanner").text()


def test_ctrl_l_drops_an_organizer_to_volunteer_and_the_desk_keeps_checking_families_in(qtbot, staffed):
    organizer = operators.sign_in(staffed, "Olga Organizer", "organizer", "4711")
    win = _window(qtbot, organizer)
    win.tabs.setCurrentWidget(win.screens[Area.VOLUNTEERS])  # at another screen when they step away
    win.screens[Area.VOLUNTEERS].focus_default()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert (win.state.desk.operator, win.state.desk.role) == ("Volunteer", "volunteer")
    assert "Volunteer (Volunteer)" in win.operator_button.text()
    assert win.tabs.currentWidget() is win.screens[Area.CHECKIN]  # back at the check-in desk
    _check_in_garcia(qtbot, win)
    assert checkins.recent(win.state.desk)[0].operator == "Volunteer"
    locked = audit.recent(organizer, action="desk locked")
    assert locked and locked[0].summary.startswith("Olga Organizer at Desk 1: locked with Ctrl+L")


def test_an_idle_desk_locks_itself_and_closes_the_form_left_open(qtbot, staffed):
    organizer = operators.sign_in(staffed, "Olga Organizer", "organizer", "4711")
    win = _window(qtbot, organizer, idle_lock_ms=400)
    left_open = QDialog(win)
    left_open.open()  # an organizer's form (window-modal), left open when they walked away
    assert left_open.isVisible()
    qtbot.waitUntil(lambda: win.state.desk.role == "volunteer", timeout=5000)
    assert not left_open.isVisible()
    assert "no one at the laptop for 400 ms" in audit.recent(organizer, action="desk locked")[0].summary
    _check_in_garcia(qtbot, win)


def test_typing_keeps_the_desk_signed_in(qtbot, staffed):
    organizer = operators.sign_in(staffed, "Olga Organizer", "organizer", "4711")
    win = _window(qtbot, organizer, idle_lock_ms=700)
    search = win.findChild(QLineEdit, "checkinSearch")
    for _ in range(6):  # 6 x 250 ms of someone typing: longer than the idle time, never idle that long
        qtbot.keyClick(search, Qt.Key.Key_A)
        qtbot.wait(250)
    assert win.state.desk.role == "organizer"
    qtbot.waitUntil(lambda: win.state.desk.role == "volunteer", timeout=5000)


def test_signing_in_as_an_organizer_asks_the_pin_and_a_wrong_one_is_refused(qtbot, staffed):
    dialog = OperatorDialog(staffed, LaptopSettings(device_name="Desk 2"))
    qtbot.addWidget(dialog)
    dialog.findChild(QComboBox, "operatorName").setCurrentText("Olga Organizer")
    role = dialog.findChild(QComboBox, "operatorRole")
    pin = dialog.findChild(QLineEdit, "operatorPin")
    role.setCurrentIndex(role.findData("volunteer"))
    assert pin.isHidden()
    role.setCurrentIndex(role.findData("organizer"))
    assert not pin.isHidden() and pin.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(pin, "1234")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Wrong PIN" in dialog.findChild(QLabel, "operatorError").text() and pin.text() == ""
    qtbot.keyClicks(pin, "4711")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.desk.operator, dialog.desk.role, dialog.desk.device) == ("Olga Organizer", "organizer", "Desk 2")


def test_an_action_that_needs_an_organizer_offers_to_sign_in_then_carries_on(qtbot, staffed, monkeypatch):
    state = AppState(staffed, LaptopSettings(device_name="Desk 1"))
    family = households.search(staffed, "garcia")[0]
    asked = []

    def yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def sign_in_as_olga(dialog):
        assert dialog.role.currentData() == "organizer"
        dialog.name.setCurrentText("Olga Organizer")
        dialog.pin.setText("4711")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(OperatorDialog, "exec", sign_in_as_olga)
    edited = attempt(None, "Edit a household",
                     lambda: households.update(state.desk, family.id, phone="555-010-4444"), state)
    assert asked and asked[0].startswith("This needs an organizer. Sign in?")
    assert edited is not None and edited.phone == "555-010-4444"
    assert (state.desk.operator, state.desk.role) == ("Olga Organizer", "organizer")
    assert audit.recent(state.desk, action="household edited")[0].operator == "Olga Organizer"


def test_declining_to_sign_in_changes_nothing(qtbot, staffed, monkeypatch):
    state = AppState(staffed, LaptopSettings())
    family = households.search(staffed, "garcia")[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert attempt(None, "Edit", lambda: households.update(state.desk, family.id, phone="1"), state) is None
    assert state.desk.role == "volunteer" and households.get(staffed, family.id).phone == ""


def test_the_sign_in_and_operators_dialogs_as_pictures(qtbot, staffed, tmp_path):
    """Offscreen grabs to look at (in $NIGHTOUT_SHOTS when set)."""
    shots = Path(os.environ.get("NIGHTOUT_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    dialog = OperatorDialog(staffed, LaptopSettings(device_name="Desk 2", operator_name="Olga Organizer",
                                                    operator_role="organizer"),
                            role="organizer", why="Edit a household: this needs an organizer.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(shots / "sign_in.png"))
    lieutenant = operators.sign_in(staffed, "Lee Lieutenant", "lieutenant", "8642")
    for _ in range(5):
        try:
            operators.sign_in(staffed, "Olga Organizer", "organizer", "0000")
        except Exception:  # noqa: BLE001 - five wrong PINs: shown as locked
            pass
    accounts = OperatorsDialog(AppState(lieutenant, LaptopSettings()))
    qtbot.addWidget(accounts)
    accounts.show()
    qtbot.waitExposed(accounts)
    assert accounts.list.count() == 2 and "locked until" in accounts.list.item(1).text()
    assert accounts.grab().save(str(shots / "operators.png"))
    QApplication.processEvents()
