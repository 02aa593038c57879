"""Where a scan goes, by what the code is: a badge clocks its volunteer in or out, a ticket counts at the station
on screen when the Stations tab is the one in use, and every other code checks its family in (the check-in tab
comes forward) — or says NOT FOUND there and changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from nightout_desk.areas import Area
from nightout_desk.config import LaptopSettings
from nightout_desk.services.codes import is_badge_code
from nightout_desk.ui.scanning import ScanListener


class ScanRouter:
    def __init__(self, window: QWidget, tabs: QTabWidget, screens: dict[Area, QWidget],
                 settings: LaptopSettings) -> None:
        self.tabs = tabs
        self.screens = screens
        checkin = screens[Area.CHECKIN]
        # the family desk's search box reads scans itself (Enter there checks in a ticket and hands a badge on)
        self.listener = ScanListener(window, settings.scan_gap_ms, leave_to=lambda w: w is checkin.search)
        self.listener.scanned.connect(self.route)
        checkin.badgeScanned.connect(self.route)
        QApplication.instance().installEventFilter(self.listener)

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.listener)

    def route(self, code: str) -> None:
        if is_badge_code(code):
            self._bring_forward(Area.VOLUNTEERS).clock_code(code)
            return
        stations = self.screens.get(Area.STATIONS)  # a screen not built yet is not the one in use
        if stations is not None and self.tabs.currentWidget() is stations and stations.counter.station is not None:
            stations.counter.tally_code(code)
            return
        self._bring_forward(Area.CHECKIN).scan_code(code)

    def _bring_forward(self, area: Area) -> QWidget:
        screen = self.screens[area]
        if self.tabs.currentWidget() is not screen:
            self.tabs.setCurrentWidget(screen)
        return screen
