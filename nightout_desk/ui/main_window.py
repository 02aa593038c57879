"""The main window: one tab per area, a status bar with the event, database, operator and live counts."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSizePolicy, QTabWidget

from nightout_desk import APP_NAME, __version__
from nightout_desk.areas import Area
from nightout_desk.lazy import lazy_module, load_pending
from nightout_desk.services import event_list as events  # read without the ORM (a light start)
from nightout_desk.services import permissions
from nightout_desk.services.errors import PermissionDenied
from nightout_desk.ui.desk_lock import DeskLock
from nightout_desk.ui.elided import ElidedButton, ElidedLabel
from nightout_desk.ui.messages import said
from nightout_desk.ui.operator_dialog import OperatorDialog
from nightout_desk.ui.scan_router import ScanRouter
from nightout_desk.ui.service_words import in_language, role_label
from nightout_desk.ui.sign_in import allowed, attempt, offer_sign_in
from nightout_desk.ui.state import AppState
from nightout_desk.ui.tabs import Screens, all_tabs

if TYPE_CHECKING:
    from collections.abc import Callable

    from nightout_desk.services.checkin.checkins import Counters
    from nightout_desk.ui.sync.attach import SyncAndBackups

# loaded when first used: at the start, just after the window shows (load_when_drawn)
checkins = lazy_module("nightout_desk.services.checkin.checkins")
backups = lazy_module("nightout_desk.services.backup")
exports = lazy_module("nightout_desk.services.export")
outgoing = lazy_module("nightout_desk.services.outgoing")
event_switch = lazy_module("nightout_desk.ui.event_switch")

log = logging.getLogger(__name__)
LOAD_AT_THE_LATEST_MS = 500  # the rest of the start waits for the window's first drawing, or this long
REFRESH_MS = 5000  # other laptops' check-ins show up within this time


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, *, idle_lock_ms: int | None = None, lazy_tabs: bool = True,
                 load_now: bool = True) -> None:
        """`idle_lock_ms`: how long the laptop may sit untouched before the desk locks (default: the laptop setting
        `lock_after_minutes`; tests pass a short one). `lazy_tabs`: build each screen but the check-in desk when it is
        first shown or asked for (`screens[area]`), which is what makes the window appear fast; False builds all.
        `load_now=False` (the start, ui/app.py): the window is built without the ORM, its search box ready but no
        counts, recent check-ins or hub yet; `load_when_drawn` loads those once the window has been drawn."""
        super().__init__()
        self.state = state
        state.loading = not load_now  # the check-in desk leaves its first reading to load()
        self.event_info = events.get_event(state.desk.db, state.desk.event_id)
        self.setWindowTitle(f"{APP_NAME} — {self.event_info.name}")
        self.setObjectName("mainWindow")
        self.tabs = QTabWidget(objectName="mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Screens"))
        self.screens = Screens(self.tabs, state)  # each built when first shown or asked for (a fast start)
        self.screens[Area.CHECKIN]  # the desk the window opens on
        if not lazy_tabs:
            for info, _factory in all_tabs():
                self.screens[info.area]
        self.tabs.currentChanged.connect(self._tab_shown)
        self.scans = ScanRouter(self, self.tabs, self.screens, state.settings)  # one scan path for the whole window
        self.setCentralWidget(self.tabs)
        self._build_status_bar()
        self._build_menus()
        self.sync: SyncAndBackups | None = None  # the hub, automatic backups, restore: attached by load()
        self.desk_lock = DeskLock(state, self, idle_ms=idle_lock_ms)  # Ctrl+L and the idle minutes
        self.desk_lock.locked.connect(self._desk_locked)
        state.deskChanged.connect(self._show_operator)
        state.countersRead.connect(self._show_counts)
        # the check-in desk refreshes (and reports its counters) before it says "check-in" changed
        state.dataChanged.connect(lambda area: area != "check-in" and self.refresh_counts())
        self._counts_shown = False
        self._closed = False
        self.timer = QTimer(self, interval=REFRESH_MS, timeout=self._tick)
        if load_now:
            self.load()

    def load_when_drawn(self, first: Callable[[], None] | None = None) -> None:
        """Run load() (after `first`, what the start has to record) once the window has been drawn, so that the
        volunteer sees the desk while the ORM and the services load behind it."""
        _AfterFirstDrawing(self, lambda: self.load(first))

    def load(self, first: Callable[[], None] | None = None) -> None:
        """The rest of the start: the ORM and the services load with their first use here. `first` records what the
        start has to (who signed in); a failure there is said, and the desk carries on."""
        if self._closed:  # closed before it was drawn (a smoke test, a quick quit): nothing more to start
            return
        if first is not None:
            try:
                first()
            except Exception as exc:  # said to the user; the log has the detail
                log.exception("the start could not record who signed in")
                QMessageBox.warning(self, APP_NAME, said(exc))
        from nightout_desk.ui.sync.attach import SyncAndBackups

        self.sync = SyncAndBackups(self, self.state, self.file_menu)
        self.state.loading = False
        self.timer.start()
        self._tick()  # the screen shown reads its rows and the counts
        load_pending()  # what the screens load when first used, here on the GUI thread (nightout_desk/lazy.py)

    # --- status bar ------------------------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # at a larger text size a 1366 px laptop has no room for all four: the first three end in "…" and the
        # live counts stay whole
        self.event_label = ElidedLabel(objectName="statusEvent")
        self.event_label.setText(self.event_info.name)
        self.event_label.setToolTip(f"{self.event_info.title} · {self.event_info.place or self.event_info.town}")
        self.db_label = ElidedLabel(objectName="statusDatabase")
        self.db_label.setText(self.tr("Database: {name}").format(name=self.database_words()))
        self.operator_button = ElidedButton(objectName="statusOperator", flat=True)
        self.operator_button.setAccessibleName(self.tr("Change who is at the desk"))
        self.operator_button.clicked.connect(self.change_operator)
        self.counts_label = QLabel(objectName="statusCounts")
        self.counts_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.counts_label.setAccessibleName(self.tr("Live counts"))
        for w in (self.event_label, self.db_label, self.operator_button):
            bar.addWidget(w)
        bar.addPermanentWidget(self.counts_label)
        self._show_operator()

    def _show_operator(self) -> None:
        d = self.state.desk
        self.operator_button.setText(self.tr("At the desk: {operator} ({role}) on {laptop}").format(
            operator=d.operator, role=role_label(d.role), laptop=d.device))

    def refresh_counts(self) -> None:
        try:
            c = checkins.counters(self.state.desk)
        except Exception as exc:  # noqa: BLE001 - the status bar must never take the window down
            log.warning("counts not refreshed: %s", exc)
            self.counts_label.setText(self.tr("Database not reachable — retrying"))
            return
        self._show_counts(c)

    def _show_counts(self, c: Counters) -> None:
        self._counts_shown = True
        households, people = self.tr("%n households", "", c.households), self.tr("%n people on site", "", c.people)
        self.counts_label.setText(f"{households} · {people}")

    def _tick(self) -> None:
        self._counts_shown = False
        current = self.tabs.currentWidget()
        if hasattr(current, "refresh"):
            current.refresh()
        if not self._counts_shown:  # the screen shown did not read them (only the check-in desk does)
            self.refresh_counts()

    def _tab_shown(self, index: int) -> None:
        current = self.screens.at(index)
        if hasattr(current, "refresh"):
            current.refresh()
        if hasattr(current, "focus_default"):
            current.focus_default()

    # --- menus ------------------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("Change who is at the desk…"), self.change_operator, "Ctrl+Shift+O")
        self._action(file_menu, self.tr("Lock the desk (back to volunteer)"), self.lock_desk, "Ctrl+L")
        self._action(file_menu, self.tr("Import attendees…"), self.import_attendees, "Ctrl+Shift+I")
        self._action(file_menu, self.tr("Print family tickets…"), self.print_tickets, "Ctrl+Shift+T")
        self._action(file_menu, self.tr("Event settings and neighbourhoods…"), self.edit_event, None)
        self._action(file_menu, self.tr("New event…"), lambda: event_switch.new_event(self), None)
        self._action(file_menu, self.tr("Switch event…"), lambda: event_switch.switch_event(self), None)
        self._action(file_menu, self.tr("Audit log…"), self.show_audit, "Ctrl+Shift+L")
        self._action(file_menu, self.tr("Export CSV files…"), self.export, "Ctrl+Shift+E")
        self._action(file_menu, self.tr("Back up the database…"), self.backup, None)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i in range(self.tabs.count()):
            self._action(view_menu, self.tabs.tabText(i), lambda _=False, i=i: self.tabs.setCurrentIndex(i),
                         f"Ctrl+{i + 1}")
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Station board (second screen or TV)"), self.open_station_board, "Ctrl+B")
        self._action(view_menu, self.tr("Text size…"), self.choose_text_size, None)
        self._action(view_menu, self.tr("Language…"), self.choose_language, None)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self._action(settings_menu, self.tr("Operators…"), self.edit_operators, None)
        self._action(settings_menu, self.tr("Privacy…"), self.privacy_settings, None)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Quick start…"), self.quick_start, "F1")
        self._action(help_menu, self.tr("Keyboard shortcuts…"), self.keyboard_shortcuts, "Ctrl+/")
        self._action(help_menu, self.tr("Guide for the night…"), self.guide, None)
        self._action(help_menu, self.tr("Check the log"), self.check_log, None)
        self._action(help_menu, self.tr("About"), self.about, None)
        self.file_menu = file_menu  # areas may add their actions

    def choose_text_size(self) -> None:
        """The laptop's text size in percent of the system's (a reader at arm's length, a big screen); kept."""
        from PySide6.QtWidgets import QApplication, QInputDialog

        from nightout_desk.ui.look import TEXT_PERCENT_RANGE, apply_look

        settings = self.state.settings
        percent, ok = QInputDialog.getInt(self, self.tr("Text size"),
                                          self.tr("Text size, in percent of this laptop's usual size:"),
                                          settings.text_percent, *TEXT_PERCENT_RANGE, 10)
        if not ok or percent == settings.text_percent:
            return
        app = QApplication.instance()
        apply_look(app, percent)
        if percent > settings.text_percent and not self._fits_the_screen(percent):
            apply_look(app, settings.text_percent)
            return
        settings.text_percent = percent
        try:
            settings.save()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Text size"), self.tr(
                "The size is used now but could not be kept for the next start: {why}.").format(
                why=exc.strerror or exc))

    def _fits_the_screen(self, percent: int) -> bool:
        """True when the window still fits this screen at the new size, or the person keeps it anyway (a bigger
        screen is coming, or the layout is wanted as it is)."""
        from PySide6.QtWidgets import QApplication

        QApplication.sendPostedEvents()  # the screens' layouts take the new font before they are measured
        self.layout().activate()
        need, room = self.minimumSizeHint(), self.screen().availableGeometry().size()
        if need.width() <= room.width() and need.height() <= room.height():
            return True
        answer = QMessageBox.question(self, self.tr("Text size"), self.tr(
            "At {percent}% the window needs {width}×{height} pixels and this screen has {room_width}×{room_height}: "
            "part of it would be out of sight. Keep {percent}%?").format(
            percent=percent, width=need.width(), height=need.height(), room_width=room.width(),
            room_height=room.height()), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def choose_language(self) -> None:
        """View › Language…: English, Spanish or the system's; kept in the laptop's settings, used at the next start."""
        from nightout_desk.ui.language_dialog import ask_language

        ask_language(self, self.state.settings)

    def open_station_board(self) -> None:
        from nightout_desk.ui.stations.station_board import open_board

        self.station_board = open_board(self.state, self)

    def _action(self, menu, text: str, slot, shortcut) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def change_operator(self) -> None:
        dialog = OperatorDialog(self.state.desk, self.state.settings, self)
        if dialog.exec():
            self.state.set_desk(dialog.desk)

    def lock_desk(self) -> None:
        """Ctrl+L: back to the volunteer role, the check-in desk ready for the next family."""
        if not self.desk_lock.lock():
            self.statusBar().showMessage(self.tr("The desk is at the volunteer role already."), 4000)

    def _desk_locked(self, why: str) -> None:
        self.tabs.setCurrentWidget(self.screens[Area.CHECKIN])
        self.screens[Area.CHECKIN].focus_default()
        self.statusBar().showMessage(
            self.tr("Desk locked ({why}): back to volunteer. Ctrl+Shift+O signs in.").format(why=why), 10_000)

    def edit_event(self) -> None:
        if not allowed(self, self.tr("Event settings"), "event.edit", self.state):
            return
        from nightout_desk.ui.event_dialog import EventDialog

        if EventDialog(self.state.desk.db, self.state.desk, self).exec():
            self.event_info = events.get_event(self.state.desk.db, self.state.desk.event_id)
            self.event_label.setText(self.event_info.name)
            self.setWindowTitle(f"{APP_NAME} — {self.event_info.name}")
            self.state.dataChanged.emit("event")

    def show_audit(self) -> None:
        if allowed(self, self.tr("Audit log"), "event.audit_log", self.state):
            from nightout_desk.ui.audit_dialog import AuditDialog

            AuditDialog(self.state.desk, self).exec()

    def export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export CSV files to which folder?"))
        if not folder:
            return
        if not exports.with_personal_details(self.state.desk):  # offered; "No" writes the counts only and says so
            try:
                permissions.require(self.state.desk, "event.export_personal")
            except PermissionDenied as exc:
                offer_sign_in(self, self.tr("Export names and contacts"), exc, self.state)
        written = attempt(self, self.tr("Export"), lambda: exports.export_csv(self.state.desk, Path(folder)),
                          self.state)
        if written is None:
            return
        said = [self.tr("%n CSV files written to {folder} (readable by you only).", "", len(written)).format(
                    folder=folder),
                None if exports.with_personal_details(self.state.desk) else in_language(exports.COUNTS_ONLY),
                in_language(outgoing.where_noted(self.state.desk.db, self.state.desk) or "")]
        QMessageBox.information(self, self.tr("Exported"), "\n\n".join(filter(None, said)))

    # Dialogs a menu opens are imported when opened: the window appears sooner (printing pulls in reportlab and
    # qrcode, the imports the CSV machinery), and a family can be found while they would still be loading.
    def import_attendees(self) -> None:
        from nightout_desk.ui.checkin.attendee_import import open_attendee_import

        open_attendee_import(self, self.state)

    def print_tickets(self) -> None:
        from nightout_desk.ui.checkin.ticket_print_dialog import open_ticket_print

        open_ticket_print(self, self.state)

    def edit_operators(self) -> None:
        from nightout_desk.ui.operators_dialog import open_operators

        open_operators(self, self.state)

    def backup(self) -> None:
        target = attempt(self, self.tr("Backup"), lambda: backups.backup(self.state.desk.db, desk=self.state.desk),
                         self.state)
        if target is None:
            return
        said = [self.tr("A copy of the database was saved as\n{file}").format(file=target),
                in_language(outgoing.where_noted(self.state.desk.db, self.state.desk) or "")]
        QMessageBox.information(self, self.tr("Backed up"), "\n\n".join(filter(None, said)))

    def quick_start(self) -> None:
        """Help › Quick start… (F1): the keys and what a scan does, on a card that may stay open."""
        from nightout_desk.ui.quick_start import show_quick_start

        show_quick_start(self)

    def keyboard_shortcuts(self) -> None:
        """Help › Keyboard shortcuts… (Ctrl+/): every key, by task (nightout_desk/shortcuts.py), and the cheat sheet."""
        from nightout_desk.ui.help_dialogs import ShortcutsDialog, show_help

        show_help(self, ShortcutsDialog)

    def guide(self) -> None:
        """Help › Guide for the night…: the bundled page with pictures of the screens."""
        from nightout_desk.ui.help_dialogs import GuideDialog, show_help

        show_help(self, GuideDialog)

    def privacy_settings(self) -> None:
        """Settings › Privacy…: how long families' details are kept, and removing them."""
        from nightout_desk.ui.privacy_dialog import PrivacyDialog

        PrivacyDialog(self.state, self).exec()

    def check_log(self) -> None:
        """Help › Check the log: whether each laptop's chain in the audit log is whole."""
        from nightout_desk.ui.log_check import show_log_check

        self.log_check_box = show_log_check(self, self.state.desk)

    def database_words(self) -> str:
        """The database as the status bar names it, in the screens' language (Database.label is the English)."""
        db = self.state.desk.db
        name, host = db.where
        if db.path is None:
            return (self.tr("{name} on {host} (shared)").format(name=name, host=host) if host else
                    self.tr("{name} on the local socket (shared)").format(name=name))
        return (self.tr("{name} (this laptop, read-only)") if db.read_only else
                self.tr("{name} (this laptop)")).format(name=name)

    def about(self) -> None:
        lines = (f"<b>{APP_NAME}</b> {__version__}", self.tr("The National Night Out table."),
                 self.tr("Database: {name}").format(name=self.database_words()))
        QMessageBox.about(self, APP_NAME, "<br>".join(lines))

    def show_tab(self, object_name: str) -> None:
        for i, (info, _factory) in enumerate(self.screens.order):
            if info.tab_name == object_name:
                self.tabs.setCurrentIndex(i)
                return
        raise KeyError(object_name)

    def retire(self) -> None:
        """Another event's window took this one's place (ui/event_switch.py): stop what runs, let go of the screens."""
        self.timer.stop()
        self.desk_lock.stop()
        self.scans.uninstall()
        board = getattr(self, "station_board", None)
        if board is not None:
            board.close()
        self.close()  # closeEvent stops the sync and makes the last backup
        while self.tabs.count():
            screen = self.tabs.widget(0)
            self.tabs.removeTab(0)
            screen.deleteLater()
        self.screens.clear()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self._closed = True
        if self.sync is not None:
            self.sync.stop()  # one last backup when something changed since the previous one
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() == Qt.Key.Key_Escape:
            return  # Esc never closes the window by accident
        super().keyPressEvent(event)


class _AfterFirstDrawing(QObject):
    """Calls `then` once, just after `window` is first drawn, or after LOAD_AT_THE_LATEST_MS if it is not."""

    def __init__(self, window: QMainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(LOAD_AT_THE_LATEST_MS, self._go)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.then is not None:
            QTimer.singleShot(0, self._go)  # once this drawing is on the screen
        return False

    def _go(self) -> None:
        if self.then is None:
            return
        then, self.then = self.then, None
        self.parent().removeEventFilter(self)
        then()
