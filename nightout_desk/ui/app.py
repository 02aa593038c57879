"""Starting the GUI: open (and migrate) the database, pick or create the event, ask who is at the desk."""

from __future__ import annotations

import logging
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from nightout_desk import APP_ID, APP_NAME
from nightout_desk.config import LaptopSettings, default_database_url
from nightout_desk.db import Database, DatabaseDamaged, door
from nightout_desk.services import event_list as events  # the events, read without the ORM (a light start)
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import UserError
from nightout_desk.services.explain import OPENED_READ_ONLY
from nightout_desk.ui.app_icon import app_icon
from nightout_desk.ui.integrity_watch import IntegrityWatch
from nightout_desk.ui.language import chosen_language, install_translators
from nightout_desk.ui.look import apply_look
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.messages import said
from nightout_desk.ui.operator_dialog import OperatorDialog
from nightout_desk.ui.service_words import in_language
from nightout_desk.ui.state import AppState

if TYPE_CHECKING:
    from nightout_desk.services.backup import Restored

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setWindowIcon(app_icon())
    settings = LaptopSettings.load()
    apply_look(app, settings.text_percent)  # the system's text size, or the laptop's setting
    if not getattr(app, "translators", None):  # English or Spanish screens, chosen once at start (ui/language.py)
        app.translators = install_translators(app, chosen_language(settings.language))
    return app


def open_event(db: Database, wanted: str | None) -> events.EventInfo | None:
    """--event (said in a box when it names no event or several), else the event this laptop opened last, else the
    latest real one (a demo only when there is no other); on an empty database the set-up creates the first."""
    known = events.list_events(db)
    if wanted:
        try:
            return events.pick_event(known, wanted, nowhere=translate(
                "Start", "There is no event called “{name}” in this database.").format(name=wanted))
        except UserError as exc:
            QMessageBox.critical(None, APP_NAME, said(exc))
            return None
    if known:
        return events.default_event(db, LaptopSettings.load().last_event_id())
    from nightout_desk.ui.event_dialog import EventDialog  # the set-up of an empty database: once in its life

    dialog = EventDialog(db)
    if not dialog.exec():
        return None
    if dialog.admin:  # "Who is at the desk?" opens with the set-up's lieutenant, asking for the PIN just chosen
        settings = LaptopSettings.load()
        settings.operator_name, settings.operator_role = dialog.admin, "lieutenant"
        try:
            settings.save()
        except OSError:
            pass  # they type their name again
    return dialog.created_event


def offer_backup(parent: QWidget | None, damaged: Path, backup: Path, *, found_at: str) -> bool:
    """Ask whether to carry on from the newest good backup; Yes sets the damaged file aside (nothing is deleted)."""
    answer = QMessageBox.question(
        parent, translate("Start", "{app}: the database is damaged").format(app=APP_NAME),
        translate("Start", "{file} is damaged: {found_at}.\n\nThe newest good backup is {backup} ({when}). Open that "
                           "backup instead?\n\nThe damaged file is set aside as it is (renamed, nothing is deleted); "
                           "what was saved after the backup is not in it.").format(
            file=damaged.name, found_at=found_at, backup=backup.name, when=door.when(backup)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def carry_on_from(path: Path, backup: Path) -> Restored | None:
    """Put the backup in the damaged file's place; None (said in a message box) when that fails."""
    from nightout_desk.services.backup import restore

    try:
        return restore(path, backup)
    except Exception as exc:  # said to the user; the log has the detail
        log.exception("restoring %s from %s failed", path, backup)
        QMessageBox.critical(None, APP_NAME, translate("Start", "The backup could not be put in place.\n\n{why}")
                             .format(why=said(exc)))
        return None


def open_at_start(url: str, opening: door.Opening | None = None) -> tuple[Database | None, Restored | None]:
    """The database checked at the door (db/door.py), or None after saying in one sentence why not. A damaged file
    is offered its newest good backup instead; a read-only one is opened to look at, and said so. Also returns the
    restore done, if any (it goes in the audit log once someone is at the desk)."""
    restored = None
    while True:
        try:
            first, opening = opening, None  # the first try was started early; a retry opens the file again
            db = first.result() if first is not None else door.open_database(url)
        except DatabaseDamaged as exc:
            log.error("the database is damaged: %s", exc)
            if exc.backup is None:
                QMessageBox.critical(None, APP_NAME, translate("Start", "{app} cannot start.\n\n{why}")
                                     .format(app=APP_NAME, why=said(exc)))
                return None, None
            if not offer_backup(None, exc.path, exc.backup,
                                found_at=translate("Start", "it fails SQLite's integrity check, so it was "
                                                            "not opened")):
                return None, None
            restored = carry_on_from(exc.path, exc.backup)
            if restored is None:
                return None, None
            continue
        except Exception as exc:  # every start-up failure is said in one sentence
            log.exception("database could not be opened")
            QMessageBox.critical(None, APP_NAME, translate("Start", "{app} cannot start.\n\n{why}")
                                 .format(app=APP_NAME, why=said(exc)))
            return None, None
        if db.read_only:
            QMessageBox.information(None, APP_NAME, f"{in_language(OPENED_READ_ONLY)}\n\n{db.path}")
        return db, restored


def watch_integrity(window: MainWindow, db: Database, chosen: list[Path]) -> IntegrityWatch | None:
    """Start the full integrity check in the background; on damage, offer to close and carry on from the backup
    (its path is put in `chosen`, and run_gui starts again on it)."""
    if db.path is None:
        return None
    path = db.path
    watch = IntegrityWatch(path, window)

    def damaged(_problems: list[str], backup: str) -> None:
        if not backup:
            QMessageBox.warning(window, translate("Start", "{app}: the database is damaged").format(app=APP_NAME),
                                translate("Start", "The full check found damage in {file}, and no good backup was "
                                                   "found beside it: what is saved now may be lost. Ask for help (the "
                                                   "log has the details).").format(file=path.name))
            return
        if offer_backup(window, path, Path(backup),
                        found_at=translate("Start", "the full check found damage, so what is saved now may be "
                                                    "lost")):
            chosen.append(Path(backup))
            window.close()
            QApplication.instance().quit()

    watch.damaged.connect(damaged)
    watch.start()  # run_gui stops it when the window's loop ends
    return watch


def first_writes(dialog: OperatorDialog, restored: Restored | None) -> None:
    """What the start has to record once the ORM is loaded: who signed in (a volunteer's sign-in is checked in
    "Who is at the desk?" and recorded here, just after the window shows) and a backup put in place."""
    from nightout_desk.services import operators
    from nightout_desk.services.backup import note_restored

    if dialog.unrecorded:
        operators.record_sign_in(dialog.desk)
    if restored is not None:
        note_restored(dialog.desk, restored)


def run_gui(db_url: str | None = None, event: str | None = None, *, smoke_test: bool = False,
            opening: door.Opening | None = None) -> int:
    """`opening`: the database's check at the door, started before this module loaded (cli.cmd_gui)."""
    app = application()
    url = db_url or default_database_url()
    restored: Restored | None = None
    while True:
        db, restored_now = open_at_start(url, opening)
        opening = None
        if db is None:
            return 1
        restored = restored_now or restored
        if db.read_only and not events.list_events(db):
            QMessageBox.critical(None, APP_NAME, translate(
                "Start", "{file} is read-only and has no event yet: there is nothing to look at.").format(file=db.path))
            return 1
        chosen = open_event(db, event)
        if chosen is None:
            return 1
        settings = LaptopSettings.load()
        desk = Desk(db, chosen.id, settings.operator_name or "Volunteer", settings.operator_role, settings.device_name)
        dialog = OperatorDialog(desk, settings, record_later=True)
        if smoke_test:
            from nightout_desk.ui import smoke

            smoke.sign_in(dialog)
        if not dialog.exec():
            return 0
        window = MainWindow(AppState(dialog.desk, settings), load_now=False)
        backup_chosen: list[Path] = []
        watch = watch_integrity(window, db, backup_chosen)
        window.showMaximized()  # the whole screen, whatever its size: a 1366x768 laptop keeps its status bar in sight
        window.load_when_drawn(first=partial(first_writes, dialog, restored))  # the ORM, the counts, the hub
        restored = None
        if smoke_test:
            smoke.show_every_tab_then_quit(window, window.tabs)
        code = app.exec()
        if watch is not None:
            watch.stop()
        if not backup_chosen or db.path is None:
            return code
        window.deleteLater()  # damage found during the night, and its backup chosen: start again on that backup
        db.dispose()
        restored = carry_on_from(db.path, backup_chosen[0])
        if restored is None:
            return 1
