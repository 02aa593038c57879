"""Automatic backups off the GUI thread: every five minutes while something changed, and once more at close.

A timer on the GUI thread starts each round on a short-lived thread (the check whether anything changed, the copy,
its integrity check, the pruning), so no thread idles between rounds and a window closed without ceremony leaves
none running. The `AutomaticBackups` and its SQLite connection are used by one round at a time, never by the GUI.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from nightout_desk.services.automatic_backups import BACKUP_EVERY_S, AutomaticBackups

log = logging.getLogger(__name__)


class _Round(QThread):
    def __init__(self, backups: AutomaticBackups, first: bool, parent: QObject) -> None:
        super().__init__(parent)
        self.backups, self.first = backups, first
        self.done = None

    def run(self) -> None:
        try:
            if self.first:
                self.backups.start()
            elif self.backups.changed():
                self.done = self.backups.copy_now()
                for problem in self.done.problems:
                    log.warning("%s", problem)
        except Exception:  # a backup that fails must never take the desk down; the log has it
            log.exception("automatic backup of %s failed", self.backups.db_path)


class BackupWorker(QObject):
    """`copied(BackupRound)` after each copy made."""

    copied = Signal(object)

    def __init__(self, db_path: Path, second_folder: str | None = None, every_s: float = BACKUP_EVERY_S,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.backups = AutomaticBackups(db_path, second_folder)
        self.timer = QTimer(self, interval=int(every_s * 1000), timeout=self.copy_if_changed)
        self._round: _Round | None = None

    def start(self) -> None:
        self._run(first=True)
        self.timer.start()

    def copy_if_changed(self) -> None:
        if self._round is None or self._round.isFinished():
            self._run(first=False)

    def _run(self, *, first: bool) -> None:
        self._round = _Round(self.backups, first, self)
        self._round.finished.connect(self._finished)
        self._round.start()

    def _finished(self) -> None:
        job = self.sender()
        if isinstance(job, _Round):
            if job is self._round:
                self._round = None
            if job.done is not None:
                self.copied.emit(job.done)
            job.deleteLater()

    def stop(self, *, final_copy: bool = True) -> None:
        """Stop, after one last copy when something changed since the previous one (at close)."""
        self.timer.stop()
        if self._round is not None:
            self._round.wait()
        if final_copy:
            self._run(first=False)
            if self._round is not None:
                self._round.wait()
        self._round = None
        self.backups.close()
