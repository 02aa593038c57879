"""The main window's part in keeping laptops in step and the night safe: the background sync with the hub and its
words in the status bar, automatic backups, and File › Sync now / Sync conflicts… / Merge a laptop's file… /
Restore from a backup….

All database work here runs off the GUI thread: the workers make their own database objects, and the File menu's
jobs go through ui/background_job.py (a progress dialog with Cancel).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox

from nightout_desk import APP_NAME
from nightout_desk.config import hub_url
from nightout_desk.db import Database, door
from nightout_desk.services import automatic_backups, events
from nightout_desk.services.automatic_backups import BackupRound
from nightout_desk.services.backup import Restored, note_restored, restore
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput, UserError
from nightout_desk.services.hub import SyncRound, hub_label, open_hub
from nightout_desk.services.sync import files
from nightout_desk.services.sync.engine import MergeCancelled
from nightout_desk.services.sync.files import Merged
from nightout_desk.ui.background_job import Progress, run_with_progress
from nightout_desk.ui.messages import show_error
from nightout_desk.ui.service_words import in_language
from nightout_desk.ui.sign_in import allowed
from nightout_desk.ui.state import AppState
from nightout_desk.ui.sync.backup_worker import BackupWorker
from nightout_desk.ui.sync.status import SyncStatus
from nightout_desk.ui.sync.sync_worker import SyncWorker

log = logging.getLogger(__name__)
PULLED = "sync"  # AppState.dataChanged's area when a pull brought other laptops' rows: every screen refreshes


class SyncAndBackups(QObject):
    """Started by the main window; `stop()` at close (one last backup when something changed)."""

    def __init__(self, window: QMainWindow, state: AppState, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window, self.state = window, state
        self.hub = hub_url(None, state.settings)
        self.sync_worker: SyncWorker | None = None
        self.backup_worker: BackupWorker | None = None
        self.status: SyncStatus | None = None
        if self._local_file() is not None and self.hub:
            named = getattr(window, "database_words", None)  # the main window words it in the screens' language
            self.status = SyncStatus(hub_label(self.hub), named() if named else state.desk.db.label)
            window.statusBar().addPermanentWidget(self.status)
            database = window.findChild(QLabel, "statusDatabase")
            if database is not None:  # a 1366-pixel screen has no room for both; the sync label's tooltip names it
                database.hide()
        self._add_actions(file_menu)
        self.start()

    def _local_file(self) -> Path | None:
        db = self.state.desk.db
        return None if db.read_only else db.path

    # --- workers ----------------------------------------------------------------------------------------------------
    def start(self) -> None:
        path = self._local_file()
        if path is None:
            return  # a read-only file, or the shared database itself: nothing to back up or sync from here
        self.backup_worker = BackupWorker(path, self.state.settings.second_backup_folder or None, parent=self)
        self.backup_worker.copied.connect(self._copied)
        self.backup_worker.start()
        if self.hub and self.status is not None:
            try:
                hub = open_hub(self.hub)  # loads PostgreSQL's driver here, as the window opens, not on the thread
            except UserError as exc:
                self.status.show_refused(str(exc))
                return
            desk = self.state.desk
            self.sync_worker = SyncWorker(desk.db.url, hub, desk.event_id, desk.device, parent=self)
            self.sync_worker.synced.connect(self._synced)
            self.sync_worker.unreachable.connect(self.status.show_unreachable)
            self.sync_worker.refused.connect(self.status.show_refused)
            self.sync_worker.start()

    def stop(self, *, final_copy: bool = True) -> None:
        if self.sync_worker is not None:
            self.sync_worker.stop()
            self.sync_worker = None
        if self.backup_worker is not None:
            self.backup_worker.stop(final_copy=final_copy)
            self.backup_worker = None

    def _synced(self, done: SyncRound) -> None:
        if self.status is not None:
            self.status.show_synced(done)
        if done.brought_rows:
            self.refresh_screens()

    def refresh_screens(self) -> None:
        self.state.dataChanged.emit(PULLED)
        current = getattr(self.window, "tabs", None)
        screen = current.currentWidget() if current is not None else None
        if hasattr(screen, "refresh"):
            screen.refresh()

    def _copied(self, done: BackupRound) -> None:
        if done.problems:
            self.window.statusBar().showMessage(" ".join(in_language(p) for p in done.problems), 15_000)

    # --- File menu --------------------------------------------------------------------------------------------------
    def _add_actions(self, menu: QMenu) -> None:
        before = next((a for a in reversed(menu.actions()) if a.isSeparator()), None)  # above Quit
        wanted = [(self.tr("Merge a laptop's file…"), self.merge_laptop_file, "fileMerge"),
                  (self.tr("Sync conflicts…"), self.show_conflicts, "fileSyncConflicts"),
                  (self.tr("Restore from a backup…"), self.restore_from_backup, "fileRestore")]
        if self.status is not None:
            wanted.insert(0, (self.tr("Sync with the hub now"), self.sync_now, "fileSyncNow"))
        for text, slot, name in wanted:
            action = QAction(text, self.window)
            action.setObjectName(name)
            action.triggered.connect(slot)
            menu.insertAction(before, action) if before is not None else menu.addAction(action)

    def sync_now(self) -> None:
        if self.sync_worker is not None:
            self.sync_worker.sync_now()

    def show_conflicts(self) -> None:
        from nightout_desk.ui.sync.conflicts_dialog import open_conflicts

        self.conflicts_dialog = open_conflicts(self.state, self.window)

    def merge_laptop_file(self) -> None:
        """File › Merge a laptop's file…: choose it, merge it off the GUI thread with progress and Cancel."""
        chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Merge which laptop's file (or backup)?"), "",
                                                self._file_types())
        if chosen:
            self.merge_file(Path(chosen))

    def _file_types(self) -> str:
        return self.tr("NightOut Desk databases (*.sqlite3 *.db);;All files (*)")

    def merge_file(self, path: Path) -> Merged | None:
        if not allowed(self.window, self.tr("Merge a laptop's file"), "event.merge_file", self.state):
            return None
        desk = self.state.desk
        url = desk.db.url

        def work(progress: Progress, cancelled: Callable[[], bool]) -> Merged:
            target = Database(url)  # the job's own engine, never the GUI's
            try:
                return files.merge_file(target, path, event=str(desk.event_id), operator=desk.operator,
                                        role=desk.role, device=desk.device, progress=progress, cancelled=cancelled)
            finally:
                target.dispose()

        done = run_with_progress(self.window, self.tr("Merge a laptop's file"),
                                 self.tr("Merging {file}…").format(file=path.name), work)
        if done.error is not None:
            if not isinstance(done.error, MergeCancelled):
                show_error(self.window, self.tr("Merge"), done.error)
            return None
        merged: Merged = done.value
        self.refresh_screens()
        QMessageBox.information(self.window, self.tr("Merged"),  # the report's summary is the service's (English)
                                f"{path.name} ({merged.peer}): {merged.report.summary()}.")
        return merged

    def restore_from_backup(self) -> None:
        """File › Restore from a backup…: check the file, ask, set the file in use aside, carry on from the copy."""
        path = self._local_file()
        if path is None:
            QMessageBox.information(self.window, self.tr("Restore"),
                                    self.tr("Only this laptop's own file can be restored here."))
            return
        folder = automatic_backups.backup_folders(path)[0]
        chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore from which backup?"),
                                                str(folder if folder.exists() else path.parent), self._file_types())
        if chosen:
            self.restore_file(Path(chosen))

    def restore_file(self, backup: Path) -> Restored | None:
        path = self._local_file()
        assert path is not None
        checked = run_with_progress(self.window, self.tr("Restore"),
                                    self.tr("Checking {file}…").format(file=backup.name),
                                    lambda _p, _c: automatic_backups.why_not_restore(backup))
        refusal = checked.value if checked.error is None else str(checked.error)
        if checked.cancelled:
            return None
        if refusal:
            show_error(self.window, self.tr("Restore"), InvalidInput(refusal))
            return None
        made = door.when(backup) if backup.name else ""
        answer = QMessageBox.question(
            self.window, self.tr("Restore from a backup"),
            self.tr("Carry on from {file} ({when})?\n\nThe file in use now is set aside as it is (renamed, nothing is "
                    "deleted); what was saved after this backup is not in the copy.").format(file=backup.name,
                                                                                             when=made),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        self.stop(final_copy=False)
        old = self.state.desk.db
        old.dispose()  # no connection of the GUI's may keep writing to the file set aside
        done = run_with_progress(self.window, self.tr("Restore"),
                                 self.tr("Restoring from {file}…").format(file=backup.name),
                                 lambda _p, _c: restore(path, backup))
        desk = self._reopen(old)
        if done.error is not None:
            show_error(self.window, self.tr("Restore failed"), done.error)
            self.start()
            return None
        restored: Restored = done.value
        if desk is not None:
            note_restored(desk, restored)
            self.state.set_desk(desk)
            self.refresh_screens()
            said = self.tr("Carrying on from {file}.").format(file=backup.name)
            if restored.set_aside:
                said += "\n\n" + self.tr("The file that was in use is kept as {file}.").format(file=restored.set_aside)
            QMessageBox.information(self.window, self.tr("Restored"), said)
        self.start()
        return restored

    def _reopen(self, old: Database) -> Desk | None:
        """The restored file, opened as at start; the same event if it holds it, else its latest."""
        try:
            db = door.open_database(old.url)
        except Exception as exc:  # noqa: BLE001 - said in words; the window stays up on the old objects
            show_error(self.window, self.tr("Restore"), exc)
            return None
        desk = self.state.desk
        held = {e.id for e in events.list_events(db)}
        if desk.event_id in held:
            return Desk(db, desk.event_id, desk.operator, desk.role, desk.device)
        latest = events.latest_event(db)
        if latest is None:
            QMessageBox.warning(self.window, APP_NAME,
                                self.tr("The backup holds no event: start the app again to create one."))
            return Desk(db, desk.event_id, desk.operator, desk.role, desk.device)
        return Desk(db, latest.id, desk.operator, desk.role, desk.device)
