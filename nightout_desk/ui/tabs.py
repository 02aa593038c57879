"""The main window's screens, in order. Each area appends its tab: (title, objectName, factory(state) -> QWidget)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from nightout_desk.ui.state import AppState

TabFactory = Callable[[AppState], QWidget]


def all_tabs() -> list[tuple[str, str, TabFactory]]:
    """Imported here, not at module level, so a screen's import cost is paid when the window opens."""
    from nightout_desk.ui.checkin.checkin_tab import CheckInTab
    from nightout_desk.ui.donations.donations_tab import DonationsTab
    from nightout_desk.ui.inventory.inventory_tab import InventoryTab
    from nightout_desk.ui.reports.reports_tab import ReportsTab
    from nightout_desk.ui.stations.stations_tab import StationsTab
    from nightout_desk.ui.volunteers.volunteers_tab import VolunteersTab

    tabs: list[tuple[str, str, TabFactory]] = [
        ("Check-in", "checkinTab", CheckInTab),
        ("Volunteers", "volunteersTab", VolunteersTab),
        ("Stations", "stationsTab", StationsTab),
        ("Donations", "donationsTab", DonationsTab),
        ("Inventory", "inventoryTab", InventoryTab),
        ("Reports", "reportsTab", ReportsTab),
    ]
    return tabs
