"""The main window's screens: one tab per area of `nightout_desk.areas.AREAS`, in that order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

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


def all_tabs() -> list[tuple[AreaInfo, TabFactory]]:
    """(area, factory) for every area with a screen, in AREAS order."""
    return [(info, TABS[info.area]) for info in AREAS if info.area in TABS]
