"""Help › Quick start…: a new volunteer finds the desk's keys and what a scan does (pytest-qt, offscreen)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.quick_start import QuickStartDialog
from nightout_desk.ui.state import AppState


def test_help_has_a_quick_start_card_with_the_keys_and_scanning(qtbot, sqlite_desk):
    win = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(win)
    help_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Help")
    items = {a.text(): a for a in help_menu.actions()}
    assert list(items) == ["Quick start…", "Keyboard shortcuts…", "Guide for the night…", "Check the log", "About"]
    assert items["Quick start…"].shortcut().toString() == "F1"
    items["Quick start…"].trigger()
    card = win.findChild(QuickStartDialog, "quickStartDialog")
    assert card is not None and card.isVisible() and not card.isModal()  # it may stay open beside the desk
    sheet = card.findChild(QLabel, "quickStartKeys")
    assert sheet.height() >= sheet.heightForWidth(sheet.width())  # every line shows, none below the edge
    words = sheet.text()
    for key in ("Enter", "F2", "F4", "Ctrl+Z", "Esc keeps", "Scan a ticket", "anywhere in the window", "badge"):
        assert key in words, key
    items["Quick start…"].trigger()  # asked again: the same card comes to the front
    assert win.findChildren(QuickStartDialog) == [card]
    card.close()
