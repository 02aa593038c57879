"""What every screen shares: the desk (event, operator, laptop) and a signal when data changed elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from nightout_desk.config import LaptopSettings
from nightout_desk.services.context import Desk


class AppState(QObject):
    deskChanged = Signal()  # the operator changed
    dataChanged = Signal(str)  # an area ("check-in", "volunteers", ...) saved something; other screens may refresh
    countersRead = Signal(object)  # fresh check-in Counters, read by a screen: the status bar need not read them again

    def __init__(self, desk: Desk, settings: LaptopSettings | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.settings = settings or LaptopSettings()
        self.loading = False  # the start: the window shows before the ORM loads (MainWindow.load)

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.deskChanged.emit()
