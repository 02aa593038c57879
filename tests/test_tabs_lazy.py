"""The main window opens with the check-in desk built and every other screen built when it is first shown or asked
for (a fast start): the tabs, their keys (Ctrl+1…), the scan router and a change elsewhere all still reach them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from nightout_desk.areas import AREAS, Area
from nightout_desk.config import LaptopSettings
from nightout_desk.services.checkin import households
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.state import AppState


def test_only_the_check_in_desk_is_built_until_another_screen_is_shown(qtbot, sqlite_desk):
    households.add_household(sqlite_desk, family_name="Garcia", adults_expected=2, kids_expected=1)
    win = MainWindow(AppState(sqlite_desk, LaptopSettings(device_name="Desk 1", sound=False)))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert list(win.screens) == [Area.CHECKIN]
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == [info.title for info in AREAS]
    assert win.findChild(QWidget, "volunteersTab") is None
    win.state.dataChanged.emit("check-in")  # a change elsewhere builds nothing
    win.state.dataChanged.emit("volunteers")
    assert list(win.screens) == [Area.CHECKIN]
    win.screens[Area.CHECKIN].scan_code("NO-SUCH-CODE")  # a scan that is not a badge leaves the others unbuilt
    assert set(win.screens) == {Area.CHECKIN}

    view = next(a.menu() for a in win.menuBar().actions() if a.text() == "&View")
    stations_item = next(a for a in view.actions() if a.text() == "Stations")
    assert stations_item.shortcut().toString() == "Ctrl+3"
    stations_item.trigger()
    stations = win.findChild(QWidget, "stationsTab")
    assert stations is not None and win.tabs.currentWidget() is stations is win.screens[Area.STATIONS]
    assert win.tabs.tabText(win.tabs.currentIndex()) == "Stations"
    assert set(win.screens) == {Area.CHECKIN, Area.STATIONS}

    donations = win.screens[Area.DONATIONS]  # asked for: built in its place, the tab shown unchanged
    assert win.tabs.indexOf(donations) == [info.area for info in AREAS].index(Area.DONATIONS)
    assert win.tabs.currentWidget() is stations

    win.show_tab("checkinTab")
    assert win.tabs.currentWidget() is win.screens[Area.CHECKIN]


def test_the_window_can_still_build_every_screen_at_once(qtbot, sqlite_desk):
    win = MainWindow(AppState(sqlite_desk, LaptopSettings(device_name="Desk 1", sound=False)), lazy_tabs=False)
    qtbot.addWidget(win)
    assert set(win.screens) == {info.area for info in AREAS}
    assert all(win.tabs.widget(i).objectName() == info.tab_name for i, info in enumerate(AREAS))
