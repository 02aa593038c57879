"""Starting the GUI: open (and migrate) the database, pick or create the event, ask who is at the desk."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from nightout_desk import APP_ID, APP_NAME
from nightout_desk.config import LaptopSettings, default_database_url, resource
from nightout_desk.db import Database, DatabaseUnavailable
from nightout_desk.db.migrate import upgrade
from nightout_desk.services import events
from nightout_desk.services.context import Desk
from nightout_desk.ui.event_dialog import EventDialog
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.messages import explain
from nightout_desk.ui.operator_dialog import OperatorDialog
from nightout_desk.ui.state import AppState

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    icon_file, icon = resource("icons", "nightout-desk.png"), QPixmap()
    if icon_file.is_file() and icon.loadFromData(icon_file.read_bytes()):  # from bytes: no file path needed
        app.setWindowIcon(QIcon(icon))
    font = app.font()
    if font.pointSizeF() < 11:  # readable at arm's length; still follows a larger system font
        font.setPointSizeF(11)
        app.setFont(font)
    return app


def open_event(db: Database, wanted: str | None) -> events.EventInfo | None:
    known = events.list_events(db)
    if wanted:
        return next((e for e in known if wanted in (str(e.id), e.name)), None)
    if known:
        return known[0]
    dialog = EventDialog(db)
    return dialog.created_event if dialog.exec() else None


def run_gui(db_url: str | None = None, event: str | None = None) -> int:
    app = application()
    try:
        db = Database(db_url or default_database_url())
        db.check()
        upgrade(db)
    except (DatabaseUnavailable, Exception) as exc:
        log.exception("database could not be opened")
        QMessageBox.critical(None, APP_NAME, f"{APP_NAME} cannot start.\n\n{explain(exc)}")
        return 1
    chosen = open_event(db, event)
    if chosen is None:
        if event:
            QMessageBox.critical(None, APP_NAME, f"There is no event called “{event}” in this database.")
        return 1
    settings = LaptopSettings.load()
    desk = Desk(db, chosen.id, settings.operator_name or "Volunteer", settings.operator_role, settings.device_name)
    dialog = OperatorDialog(desk, settings)
    if not dialog.exec():
        return 0
    window = MainWindow(AppState(dialog.desk, settings))
    window.showMaximized()  # the whole screen, whatever its size: a 1366x768 laptop keeps its status bar in sight
    return app.exec()
