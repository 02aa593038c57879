"""Handing out giveaways at the check-in desk (the hand-out panel, driven by keys), and the end-of-night count."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from nightout_desk.services import audit
from nightout_desk.services.checkin import households
from nightout_desk.services.inventory import stock as inventory
from nightout_desk.ui.inventory.inventory_tab import InventoryTab
from nightout_desk.ui.inventory.reconcile_dialog import CountModel, ReconcileDialog
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.state import AppState
from tests.donation_helpers import helmets


def _window(qtbot, desk):
    win = MainWindow(AppState(desk))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitActive(win):  # shortcuts (Alt+1) reach only the active window
        win.activateWindow()
    return win


@pytest.fixture
def night(sqlite_desk):
    helmet = helmets(sqlite_desk, limit=1, stock=2)
    glow = inventory.add_item(sqlite_desk, name="Glow stick", limit_per_household=None)
    inventory.receive(sqlite_desk, glow.id, 50)
    family = households.add_household(sqlite_desk, family_name="García", first_names="José", adults_expected=1,
                                      kids_expected=2)
    return helmet, glow, family


def _check_in(qtbot, win, family):
    search = win.findChild(QLineEdit, "checkinSearch")
    qtbot.keyClicks(search, family.ticket_code)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "CHECKED IN" in win.findChild(QLabel, "checkinBanner").text())
    return search


def test_after_a_check_in_alt_1_hands_out_a_helmet_and_the_keyboard_stays_in_the_search_box(qtbot, sqlite_desk, night):
    helmet, glow, family = night
    volunteer = sqlite_desk.with_operator("Sam Volunteer", "volunteer")
    win = _window(qtbot, volunteer)
    panel = win.findChild(QPushButton, "handOut1").parentWidget()
    assert not win.findChild(QPushButton, "handOut1").isEnabled()  # nobody checked in yet
    search = _check_in(qtbot, win, family)
    first = win.findChild(QPushButton, "handOut1")
    assert first.text().startswith("Alt+1") and "Bike helmet (youth)" in first.text() and "0 of 1 given" in first.text()
    qtbot.keyClick(search, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: inventory.household_handouts(sqlite_desk, family.id) == {helmet.id: 1})
    status = win.findChild(QLabel, "handOutStatus")
    assert "✓ 1 Bike helmet (youth) to the García household (1 of 1)" in status.text()
    assert QApplication.focusWidget() is search
    # the limit is enforced: a second press is refused in words, the stock does not move
    qtbot.keyClick(search, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert "Limit reached: the García household already received 1" in status.text()
    assert "LIMIT REACHED (1 of 1)" in first.text()
    override = win.findChild(QPushButton, "handOutOverride")  # offered, saying who may (sign-in: test_sign_in_walk)
    assert override.isVisible() and "organizer" in override.text()
    assert inventory.levels(sqlite_desk)[0].on_hand == 1
    # Alt+2 twice: two glow sticks, then Alt+0 puts the last one back
    qtbot.keyClick(search, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(search, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert inventory.household_handouts(sqlite_desk, family.id)[glow.id] == 2
    qtbot.keyClick(search, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert inventory.household_handouts(sqlite_desk, family.id)[glow.id] == 1
    assert "put back" in status.text() and QApplication.focusWidget() is search
    assert panel.isVisible()


def test_an_organizer_at_the_desk_can_allow_a_second_helmet_and_it_is_audited(qtbot, sqlite_desk, night):
    helmet, _glow, family = night
    win = _window(qtbot, sqlite_desk)  # Pat Organizer
    search = _check_in(qtbot, win, family)
    first = win.findChild(QPushButton, "handOut1")
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    override = win.findChild(QPushButton, "handOutOverride")
    assert override.isVisible()
    qtbot.mouseClick(override, Qt.MouseButton.LeftButton)
    assert inventory.household_handouts(sqlite_desk, family.id) == {helmet.id: 2}
    assert "allowed by an organizer" in win.findChild(QLabel, "handOutStatus").text()
    assert "OUT OF STOCK" in first.text()
    assert audit.recent(sqlite_desk, action="hand-out override")[0].summary.startswith("Pat Organizer allowed")
    assert QApplication.focusWidget() is search


def test_the_last_helmet_handed_out_says_out_of_stock_in_words_not_only_0_left(qtbot, sqlite_desk, night):
    helmet, _glow, family = night
    neighbours = households.add_household(sqlite_desk, family_name="Okafor", kids_expected=1)
    inventory.hand_out(sqlite_desk, helmet.id, neighbours.id)  # one of the two helmets is gone already
    win = _window(qtbot, sqlite_desk)
    search = _check_in(qtbot, win, family)
    qtbot.keyClick(search, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    status = win.findChild(QLabel, "handOutStatus").text()
    assert status.endswith("That was the last one: Bike helmet (youth) is now OUT OF STOCK.")
    assert "Only 0" not in status and "0 left" not in status
    assert "OUT OF STOCK" in win.findChild(QPushButton, "handOut1").text()


def test_stock_counted_in_bottles_says_bottles_on_the_inventory_screen(qtbot, sqlite_desk, night):
    water = inventory.add_item(sqlite_desk, name="Bottled water", unit="bottle", low_stock_at=48)
    inventory.receive(sqlite_desk, water.id, 297)
    one = inventory.add_item(sqlite_desk, name="Spare bottle of sunscreen", unit="bottle")
    inventory.receive(sqlite_desk, one.id, 1)
    tab = InventoryTab(AppState(sqlite_desk))
    qtbot.addWidget(tab)
    model = tab.items_model
    rows = {model.row(r).name: r for r in range(model.rowCount())}
    on_hand = {name: model.data(model.index(r, 5)) for name, r in rows.items()}  # the "On hand" column
    assert on_hand["Bottled water"] == "297 bottles"
    assert on_hand["Spare bottle of sunscreen"] == "1 bottle"
    assert on_hand["Glow stick"] == "50"  # counted "each": the number says it all
    tip = model.data(model.index(rows["Bottled water"], model.COL_STOCK), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Low-stock warning at 48 bottles or fewer"


def test_the_inventory_screen_shows_what_the_ledger_says_and_low_stock_in_words(qtbot, sqlite_desk, night):
    helmet, glow, family = night
    inventory.hand_out(sqlite_desk, helmet.id, family.id)
    tab = InventoryTab(AppState(sqlite_desk))
    qtbot.addWidget(tab)
    model = tab.items_model
    shown = {model.row(r).name: model for r in range(model.rowCount())}
    assert set(shown) == {"Bike helmet (youth)", "Glow stick"}
    for r in range(model.rowCount()):
        item = model.row(r)
        on_hand = model.data(model.index(r, 5))
        assert on_hand == str(sum(m.quantity for m in inventory.history(sqlite_desk, item.id)))
    helmet_row = next(r for r in range(model.rowCount()) if model.row(r).id == helmet.id)
    assert model.data(model.index(helmet_row, model.COL_STOCK)) == "LOW — 1 left"
    assert model.data(model.index(helmet_row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert "LOW STOCK" in tab.summary.text()


def test_the_end_of_night_count_records_the_differences(qtbot, sqlite_desk, night):
    helmet, glow, _family = night
    dialog = ReconcileDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    view, model = dialog.table, dialog.model
    glow_row = next(r for r in range(model.rowCount()) if model.items[r].id == glow.id)
    cell = model.index(glow_row, CountModel.COL_COUNTED)
    view.setCurrentIndex(cell)  # the editor opens at once: type, then Enter
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.hasFocus()
    qtbot.keyClicks(editor, "47")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.counted != {})  # the delegate commits on the next turn of the event loop
    assert model.data(model.index(glow_row, CountModel.COL_DIFF)) == "-3 (missing)"
    assert "1 of 2 items counted · 1 differ" in dialog.summary.text()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "countNote"), "end of night")
    qtbot.mouseClick(dialog.findChild(QPushButton, "recordCountButton"), Qt.MouseButton.LeftButton)
    levels = {i.id: i for i in inventory.levels(sqlite_desk)}
    assert levels[glow.id].on_hand == 47 and levels[helmet.id].on_hand == 2  # the helmets were not counted
    last = inventory.history(sqlite_desk, glow.id)[0]
    assert (last.kind, last.quantity, last.counted, last.reason) == ("counted", -3, 47, "end of night")


def test_water_handed_out_at_the_food_tent_and_received_from_a_purchase(qtbot, sqlite_desk, night):
    from nightout_desk.ui.inventory.item_dialogs import HAND_OUT, RECEIVE, StockChangeDialog

    _helmet, glow, _family = night
    dialog = StockChangeDialog(sqlite_desk, HAND_OUT, inventory.levels(sqlite_desk), glow.id)
    qtbot.addWidget(dialog)
    assert dialog.station.currentText() == "Giveaways"  # the event's giveaway station is offered first
    dialog.quantity.setValue(12)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.problem.text()
    moves = inventory.history(sqlite_desk, glow.id)
    assert (moves[0].kind, moves[0].quantity, moves[0].station, moves[0].household) == (
        "handed out", -12, "Giveaways", "")
    receive = StockChangeDialog(sqlite_desk, RECEIVE, inventory.levels(sqlite_desk), glow.id)
    qtbot.addWidget(receive)
    receive.quantity.setValue(100)
    qtbot.keyClicks(receive.reason, "party store order")
    receive.save()
    assert inventory.history(sqlite_desk, glow.id)[0].source == "purchased"
    assert {i.id: i.on_hand for i in inventory.levels(sqlite_desk)}[glow.id] == 50 - 12 + 100
    adjust = StockChangeDialog(sqlite_desk, "adjust", inventory.levels(sqlite_desk), glow.id)
    qtbot.addWidget(adjust)
    adjust.save()  # no reason given
    assert "why" in adjust.problem.text() and adjust.result() != adjust.DialogCode.Accepted


def test_alt_keys_on_another_screen_hand_nothing_out(qtbot, sqlite_desk, night):
    _helmet, glow, family = night
    win = _window(qtbot, sqlite_desk)
    _check_in(qtbot, win, family)
    win.show_tab("inventoryTab")
    qtbot.keyClick(win.tabs.currentWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert inventory.household_handouts(sqlite_desk, family.id) == {}
    win.show_tab("checkinTab")
    qtbot.keyClick(win.findChild(QLineEdit, "checkinSearch"), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert inventory.household_handouts(sqlite_desk, family.id) == {glow.id: 1}


def test_a_long_item_name_ends_in_an_ellipsis_on_its_button_never_cut_through_a_letter(qtbot, sqlite_desk, night,
                                                                                        tmp_path):
    _, _, family = night
    for name in ("Backpack, school supplies", "Reflective vest, child", "Water bottle with logo"):
        item = inventory.add_item(sqlite_desk, name=name, limit_per_household=1)
        inventory.receive(sqlite_desk, item.id, 20)
    win = _window(qtbot, sqlite_desk)
    win.resize(1024, 768)  # a small laptop: three buttons a row leave a long name no room
    _check_in(qtbot, win, family)
    buttons = [win.findChild(QPushButton, f"handOut{n}") for n in range(1, 6)]
    cut = [b for b in buttons if b.fontMetrics().horizontalAdvance(b.text().split("\n")[0]) > b.width() - 20]
    assert cut, "the case this test is about: a name wider than its button"
    for b in cut:
        first_line = b.shown_text().split("\n")[0]
        assert first_line.endswith("…") and b.fontMetrics().horizontalAdvance(first_line) <= b.width()
        assert b.toolTip() in b.text() and b.accessibleName().startswith(f"Hand out {b.toolTip()}")  # whole name
    buttons[0].parentWidget().grab().save(str(tmp_path / "handout.png"))
