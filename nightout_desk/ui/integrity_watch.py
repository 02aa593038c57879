"""The full integrity check of the database file, run once after start-up off the GUI thread.

At the door only SQLite's `quick_check` runs (db/door.py); the full `integrity_check` also compares every index with its
table and takes long on a big file, so it runs here on its own read-only connection while the desk keeps working (WAL
lets it read beside the writers). Damage found is reported with the newest good backup, found on the same thread.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from nightout_desk.db import door

log = logging.getLogger(__name__)


class IntegrityWatch(QThread):
    """`damaged(problems, backup)` is emitted (backup an empty string when none is good) only when damage is found."""

    damaged = Signal(list, str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._stopping = False

    def run(self) -> None:  # on the watch's own thread
        try:
            found = door.problems(self.path, "integrity_check", started=self._started)
        except sqlite3.Error as exc:  # interrupted at quit, or the file went away: nothing to report
            log.info("The integrity check of %s stopped: %s", self.path, exc)
            return
        finally:
            self._conn = None
        if found and not self._stopping:
            log.error("%s fails the full integrity check: %s", self.path, "; ".join(found[:20]))
            backup = door.newest_good_copy(self.path)
            self.damaged.emit(found, str(backup or ""))

    def _started(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def stop(self) -> None:
        """Interrupt a check still running and wait for the thread (at quit)."""
        self._stopping = True
        conn = self._conn
        if conn is not None:
            try:
                conn.interrupt()
            except sqlite3.ProgrammingError:  # it finished meanwhile
                pass
        self.wait()
