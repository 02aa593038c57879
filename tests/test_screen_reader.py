"""What a screen reader finds on the desk's screens, read through Qt's accessibility interfaces (what Qt hands to
AT-SPI): result lines named by their message, the match count and the chosen family, one Tab stop per table,
fields named by their labels, shortcuts in the descriptions, greys that meet WCAG's 4.5:1, and text that follows
the system and the laptop's setting. tests/test_screen_reader_atspi.py reads the same over AT-SPI from outside.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from nightout_desk.config import LaptopSettings
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.stations import incidents, stations
from nightout_desk.services.volunteers import roster as volunteers
from nightout_desk.ui.checkin.banner import ResultBanner
from nightout_desk.ui.checkin.table_models import UNDONE_FG, RecentCheckInsModel
from nightout_desk.ui.inventory.inventory_tab import InventoryTab
from nightout_desk.ui.inventory.item_dialogs import RECEIVE, StockChangeDialog
from nightout_desk.ui.look import apply_look, text_points
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.state import AppState
from nightout_desk.ui.stations.stations_tab import StationsTab
from nightout_desk.ui.volunteers.volunteer_dialog import VolunteerDialog
from nightout_desk.ui.volunteers.volunteers_tab import VolunteersTab
from tests.donation_helpers import helmets


def spoken(widget: QWidget, what: QAccessible.Text = QAccessible.Text.Name) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface.text(what)


def contrast(text: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of text (its alpha blended over the background, as Qt paints it) and background."""
    a, b = text.alphaF(), background
    text = QColor.fromRgbF(*(a * t + (1 - a) * u for t, u in ((text.redF(), b.redF()), (text.greenF(), b.greenF()),
                                                           (text.blueF(), b.blueF()))))

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    high, low = sorted((luminance(text), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitActive(widget):  # window shortcuts (Alt+1) reach only the active window
        widget.activateWindow()
    return widget


@pytest.fixture
def desk_window(qtbot, sqlite_desk):
    for name, first in (("García", "José"), ("Garner", "Ann"), ("Okonkwo", "Ada")):
        households.add_household(sqlite_desk, family_name=name, first_names=first, adults_expected=2,
                                 kids_expected=1)
    return show(qtbot, MainWindow(AppState(sqlite_desk)))


def child(win: QWidget, cls: type, name: str) -> QWidget:
    found = win.findChild(cls, name)
    assert found is not None, name
    return found


def test_the_check_in_banner_is_named_by_its_message_as_it_changes(qtbot, desk_window):
    banner, search = child(desk_window, QLabel, "checkinBanner"), child(desk_window, QLineEdit, "checkinSearch")
    assert spoken(banner).startswith("Type a name") and spoken(banner, QAccessible.Text.Description) == \
        "Check-in result"
    qtbot.keyClicks(search, "okonkwo")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "CHECKED IN" in banner.text())
    assert spoken(banner) == "✓ CHECKED IN — Okonkwo (Ada): 2 adults, 1 kid"
    qtbot.keyClicks(search, "okonkwo")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "ALREADY" in banner.text())
    assert spoken(banner).startswith("⚠ ALREADY CHECKED IN — Okonkwo (Ada) at ")
    qtbot.keyClicks(search, "nobody-like-this")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert spoken(banner).startswith("✗ NOT FOUND: nobody matches")


def test_typing_says_how_many_match_and_arrows_say_which_family_is_chosen(qtbot, desk_window):
    search = child(desk_window, QLineEdit, "checkinSearch")
    assert "F2 walk-up" in spoken(search, QAccessible.Text.Description)  # the keys, before anything is typed
    qtbot.keyClicks(search, "gar")
    qtbot.waitUntil(lambda: "match" in spoken(search, QAccessible.Text.Description))
    said = spoken(search, QAccessible.Text.Description)
    assert said.startswith("2 households match") and "1 of 2: García, José, 2 adults, 1 kid, Not yet arrived" in said
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert spoken(search, QAccessible.Text.Description) == "2 of 2: Garner, Ann, 2 adults, 1 kid, Not yet arrived"
    search.clear()
    qtbot.keyClicks(search, "zzzq")
    qtbot.waitUntil(lambda: spoken(search, QAccessible.Text.Description) == "No household matches")
    assert search.hasFocus()  # all of it said while the keyboard stays in the box


def _tab_from(qtbot, widget: QWidget) -> QWidget:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    assert widget.hasFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_recent_check_ins_and_incidents_are_one_tab_stop_each(qtbot, desk_window, sqlite_desk):
    done = [checkins.check_in(sqlite_desk, family.id) for family in households.search(sqlite_desk, "gar")]
    checkins.undo(sqlite_desk, done[0].arrival.check_in_id, "")
    recent = child(desk_window, QTableView, "recentCheckins")
    desk_window.findChild(QWidget, "checkinTab").refresh()
    model = recent.model()
    assert model.rowCount() == 2
    undone = next(r for r in range(2) if model.index(r, RecentCheckInsModel.COL_STATUS).data() == "Undone")
    assert model.index(undone, RecentCheckInsModel.COL_FAMILY).data(Qt.ItemDataRole.ForegroundRole) == UNDONE_FG
    assert _tab_from(qtbot, recent) is child(desk_window, QLineEdit, "undoReason")  # not the next cell

    dunk = next(s for s in stations.list_stations(sqlite_desk) if s.name == "Dunk tank")
    incidents.report(sqlite_desk, "Lost child", "boy, 6, red shirt", dunk.id)
    tab = show(qtbot, StationsTab(AppState(sqlite_desk)))
    tab.select(dunk.id)
    table = child(tab, QTableView, "incidentTable")
    assert table.model().rowCount() == 1
    assert _tab_from(qtbot, table) is not table
    for view in tab.findChildren(QTableView):  # the station list, schedule, waivers: none traps Tab either
        assert not view.tabKeyNavigation(), view.objectName()


def test_opens_closes_and_every_combo_box_are_named_by_their_labels(qtbot, sqlite_desk):
    tab = show(qtbot, StationsTab(AppState(sqlite_desk)))
    tab.select(stations.list_stations(sqlite_desk)[0].id)
    assert spoken(child(tab, QLineEdit, "stationOpens")) == "Opens at"
    assert spoken(child(tab, QLineEdit, "stationCloses")) == "Closes at"
    volunteers.add_volunteer(sqlite_desk, first_name="Dana", last_name="Reyes")
    window = show(qtbot, MainWindow(AppState(sqlite_desk)))
    window.findChild(QWidget, "checkinTab").start_walk_up()
    screens = [tab, window, show(qtbot, VolunteersTab(AppState(sqlite_desk))),
               show(qtbot, InventoryTab(AppState(sqlite_desk))), show(qtbot, VolunteerDialog(sqlite_desk)),
               show(qtbot, StockChangeDialog(sqlite_desk, RECEIVE, []))]
    combos = [c for screen in screens for c in screen.findChildren(QComboBox)]
    assert {"stationKind", "incidentKind", "pauseReason", "walkUpWhere", "volunteerRole", "stockSource"} <= \
        {c.objectName() for c in combos}
    for combo in combos:
        interface = QAccessible.queryAccessibleInterface(combo)
        labels = [other.text(QAccessible.Text.Name) for other, relation in interface.relations()
                  if relation & QAccessible.RelationFlag.Label]
        # On Linux Qt names a combo box by its value and readers take the name from this relation
        assert labels and labels[0].strip(":") and labels[0] != combo.currentText(), combo.objectName()
        assert combo.accessibleName(), combo.objectName()  # what Windows and macOS read


def test_shortcuts_are_in_the_descriptions(qtbot, desk_window, sqlite_desk):
    def described(name: str) -> str:
        return spoken(child(desk_window, QPushButton, name), QAccessible.Text.Description)
    assert described("walkUpButton") == "Shortcut: F2"
    assert described("editHouseholdButton") == "Shortcut: F4"
    assert described("correctCountsButton") == "Set Adults/Kids, then press this to fix the last check-in's counts. " \
        "Shortcut: F3"
    assert "Ctrl+Z" in described("undoButton")


def test_hand_out_results_and_the_stock_summary_are_named_by_their_words(qtbot, sqlite_desk):
    helmets(sqlite_desk, limit=1, stock=2)
    family = households.add_household(sqlite_desk, family_name="García", adults_expected=1, kids_expected=2)
    win = show(qtbot, MainWindow(AppState(sqlite_desk)))
    search = child(win, QLineEdit, "checkinSearch")
    qtbot.keyClicks(search, family.ticket_code)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    first = child(win, QPushButton, "handOut1")
    assert spoken(first, QAccessible.Text.Description) == "Shortcut: Alt+1"
    qtbot.keyClick(search, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    status = child(win, QLabel, "handOutStatus")
    qtbot.waitUntil(lambda: "to the García household" in spoken(status))
    assert spoken(status).startswith("✓ 1 Bike helmet (youth)")
    assert spoken(status, QAccessible.Text.Description) == "Hand-out result"
    inventory_tab = show(qtbot, InventoryTab(AppState(sqlite_desk)))
    summary = spoken(child(inventory_tab, QLabel, "inventorySummary"))
    assert summary.startswith("1 item · 1 handed out tonight to 1 household") and "<" not in summary


def test_clock_banner_counts_and_station_status_are_named_by_their_words(qtbot, sqlite_desk):
    dana = volunteers.add_volunteer(sqlite_desk, first_name="Dana", last_name="Reyes")
    vol_tab = show(qtbot, VolunteersTab(AppState(sqlite_desk)))
    qtbot.keyClicks(vol_tab.scan, dana.badge_code)
    qtbot.keyClick(vol_tab.scan, Qt.Key.Key_Return)
    assert "Dana Reyes clocked IN" in spoken(vol_tab.banner)
    assert spoken(vol_tab.banner, QAccessible.Text.Description) == "Clock-in result"

    tab = show(qtbot, StationsTab(AppState(sqlite_desk)))
    tab.select(next(r.id for r in tab.model.rows if r.name == "Arts and crafts"))
    qtbot.mouseClick(tab.counter.plus_five, Qt.MouseButton.LeftButton)
    assert spoken(tab.counter.count_label) == "Participants counted at this station: 5"
    assert spoken(tab.counter.result) == "Counted +5 at Arts and crafts — 5 tonight."
    tab.pause_reason.setEditText("Weather")
    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    assert spoken(tab.status_label) == "Arts and crafts: ❚❚ Paused — Weather"  # words, not only the colour


def test_placeholder_and_undone_greys_meet_4_5_to_1(qtbot):
    app = QApplication.instance()
    font, palette = app.font(), app.palette()
    try:
        apply_look(app, 100)
        applied = app.palette()
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
            background = applied.color(role)
            assert contrast(applied.color(QPalette.ColorRole.PlaceholderText), background) >= 4.5, role
            assert contrast(UNDONE_FG, background) >= 4.5, role
        assert contrast(palette.color(QPalette.ColorRole.PlaceholderText), palette.color(QPalette.ColorRole.Base)) \
            < 4.5  # what Qt gives without it: the test would fail if the look were not applied
    finally:
        app.setFont(font)
        app.setPalette(palette)


def test_text_size_follows_the_system_and_the_laptop_setting(qtbot, tmp_path, monkeypatch):
    assert text_points(9.0, 100) == 11.0  # a small system font is raised to arm's-length reading
    assert text_points(14.0, 100) == 14.0  # a larger system font is kept
    assert text_points(12.0, 150) == 18.0 and text_points(12.0, 1000) == 36.0  # the setting, within bounds
    monkeypatch.setenv("NIGHTOUT_CONFIG_DIR", str(tmp_path))
    settings = LaptopSettings.load()
    settings.text_percent = 130
    settings.save()
    assert LaptopSettings.load().text_percent == 130
    app = QApplication.instance()
    font, palette = app.font(), app.palette()
    try:
        apply_look(app, LaptopSettings.load().text_percent)
        assert app.font().pointSizeF() == pytest.approx(text_points(font.pointSizeF(), 130))
    finally:
        app.setFont(font)
        app.setPalette(palette)


def test_view_text_size_changes_the_text_now_and_keeps_it_for_the_next_start(qtbot, desk_window, monkeypatch,
                                                                             tmp_path):
    monkeypatch.setenv("NIGHTOUT_CONFIG_DIR", str(tmp_path))
    app = QApplication.instance()
    font, palette = app.font(), app.palette()
    try:
        apply_look(app, 100)
        usual = app.font().pointSizeF()
        asked: list[str] = []
        monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (300, True))
        monkeypatch.setattr(QMessageBox, "question",
                            lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
        action = next(a for a in desk_window.findChildren(QAction) if a.text() == "Text size…")
        action.trigger()  # 300%: the window would not fit the screen, and the person says not to keep it
        assert asked and asked[0].startswith("At 300% the window needs ") and "Keep 300%?" in asked[0]
        assert app.font().pointSizeF() == pytest.approx(usual)
        assert LaptopSettings.load().text_percent == 100
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (150, True))
        action.trigger()  # kept even where it does not fit (a bigger screen is coming)
        assert app.font().pointSizeF() == pytest.approx(usual * 1.5)
        search = desk_window.findChild(QLineEdit, "checkinSearch")
        assert search.font().pointSizeF() == pytest.approx(usual * 1.5 * 1.7)  # larger text follows at once
        [banner] = desk_window.findChildren(ResultBanner)  # the check-in desk's (other screens are not built yet)
        assert banner.font().pointSizeF() == pytest.approx(usual * 1.5 * 1.6)
        assert LaptopSettings.load().text_percent == 150 and desk_window.state.settings.text_percent == 150
        monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (100, True))
        action.trigger()
        assert app.font().pointSizeF() == pytest.approx(usual)  # back, not 150% of 150%
        assert search.font().pointSizeF() == pytest.approx(usual * 1.7)
    finally:
        app.setFont(font)
        app.setPalette(palette)
