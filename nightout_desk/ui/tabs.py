"""The main window's screens: one tab per area of `nightout_desk.areas.AREAS`, in that order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from nightout_desk.areas import AREAS, Area, AreaInfo
from nightout_desk.ui.state import AppState

TabFactory = Callable[[AppState], QWidget]


# Each factory imports its screen when called, so a screen's import cost is paid when its tab is built.
def _checkin(state: AppState) -> QWidget:
    from nightout_desk.ui.checkin.checkin_tab import CheckInTab

    return CheckInTab(state)


def _volunteers(state: AppState) -> QWidget:
    from nightout_desk.ui.volunteers.volunteers_tab import VolunteersTab

    return VolunteersTab(state)


def _stations(state: AppState) -> QWidget:
    from nightout_desk.ui.stations.stations_tab import StationsTab

    return StationsTab(state)


def _donations(state: AppState) -> QWidget:
    from nightout_desk.ui.donations.donations_tab import DonationsTab

    return DonationsTab(state)


def _inventory(state: AppState) -> QWidget:
    from nightout_desk.ui.inventory.inventory_tab import InventoryTab

    return InventoryTab(state)


def _reports(state: AppState) -> QWidget:
    from nightout_desk.ui.reports.reports_tab import ReportsTab

    return ReportsTab(state)


TABS: dict[Area, TabFactory] = {
    Area.CHECKIN: _checkin,
    Area.VOLUNTEERS: _volunteers,
    Area.STATIONS: _stations,
    Area.DONATIONS: _donations,
    Area.INVENTORY: _inventory,
    Area.REPORTS: _reports,
}


# The areas' titles (areas.py AREAS, plain data without Qt) for the translations; tests/test_translations.py checks
# that every title is here.
TITLES = (QT_TRANSLATE_NOOP("Areas", "Check-in"), QT_TRANSLATE_NOOP("Areas", "Volunteers"),
          QT_TRANSLATE_NOOP("Areas", "Stations"), QT_TRANSLATE_NOOP("Areas", "Donations"),
          QT_TRANSLATE_NOOP("Areas", "Inventory"), QT_TRANSLATE_NOOP("Areas", "Reports"))


def tab_title(info: AreaInfo) -> str:
    """The area's title in the screens' language."""
    return QCoreApplication.translate("Areas", info.title)


def all_tabs() -> list[tuple[AreaInfo, TabFactory]]:
    """(area, factory) for every area with a screen, in AREAS order."""
    return [(info, TABS[info.area]) for info in AREAS if info.area in TABS]


class Screens(dict[Area, QWidget]):
    """The main window's screens by area, each built the first time it is asked for (`screens[area]`) or shown: until
    then its tab holds an empty placeholder, so the window appears without paying for screens nobody opened yet.
    Iterating gives the screens built so far; `get(area)` never builds one."""

    def __init__(self, tabs: QTabWidget, state: AppState) -> None:
        super().__init__()
        self.tabs, self.state = tabs, state
        self.order = all_tabs()
        for info, _factory in self.order:
            placeholder = QWidget()
            placeholder.setAccessibleName(tab_title(info))
            tabs.addTab(placeholder, tab_title(info))

    def __missing__(self, area: Area) -> QWidget:
        index = next(i for i, (info, _f) in enumerate(self.order) if info.area == area)
        info, factory = self.order[index]
        screen = factory(self.state)
        screen.setObjectName(info.tab_name)
        self[area] = screen
        placeholder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)  # swapping the page is not the user changing tabs
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, screen, tab_title(info))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        return screen

    def at(self, index: int) -> QWidget | None:
        """The screen of the tab at `index`, built now if it was not yet; None for no tab."""
        if not 0 <= index < len(self.order):
            return None
        return self[self.order[index][0].area]
