"""The status bar's words about the hub: "Synced 3 s ago · 4 laptops", or "Hub not reachable — 14 check-ins
waiting; this laptop keeps working". The words are plain functions (tested without a window); the label only
keeps the last news from the sync worker and rewords it every second."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from nightout_desk import clock
from nightout_desk.services.hub import SyncRound, Waiting
from nightout_desk.ui.sync.sync_worker import HubDown


def ago(then: datetime, now: datetime) -> str:
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return f"{seconds} s ago"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    return f"at {clock.hhmm(then)}"


def synced_words(at: datetime, laptops: int, now: datetime) -> str:
    return f"Synced {ago(at, now)} · {laptops} laptop{'' if laptops == 1 else 's'}"


def waiting_words(waiting: Waiting | None) -> str:
    if waiting is None:
        return "what this laptop did is kept"
    if waiting.nothing:
        return "nothing waiting"
    parts = []
    if waiting.check_ins:
        parts.append(f"{waiting.check_ins} check-in{'' if waiting.check_ins == 1 else 's'}")
    if waiting.other_changes:
        other = "other " if waiting.check_ins else ""
        parts.append(f"{waiting.other_changes} {other}change{'' if waiting.other_changes == 1 else 's'}")
    return f"{' and '.join(parts)} waiting"


def unreachable_words(waiting: Waiting | None) -> str:
    return f"Hub not reachable — {waiting_words(waiting)}; this laptop keeps working"


class SyncStatus(QLabel):
    """The hub's state in words, in the status bar (colour is never the only signal: it is all words)."""

    def __init__(self, hub: str, database: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusSync")
        self.setAccessibleName("Sync with the hub")
        self.hub = f"{hub}" + (f"\nDatabase: {database}" if database else "")
        self.setText("Syncing with the hub…")
        self.setToolTip(f"Hub: {self.hub}")
        self._synced: SyncRound | None = None
        self._timer = QTimer(self, interval=1000, timeout=self._reword)

    def show_synced(self, done: SyncRound) -> None:
        self._synced = done
        self.setToolTip(f"Hub: {self.hub}\n{done.summary()}")
        self._reword()
        self._timer.start()

    def show_unreachable(self, down: HubDown) -> None:
        self._synced = None
        self._timer.stop()
        self.setText(unreachable_words(down.waiting))
        self.setToolTip(f"Hub: {self.hub}\n{down.reason}\nThe laptop tries again by itself.")

    def show_refused(self, sentence: str) -> None:
        self._synced = None
        self._timer.stop()
        self.setText("Not syncing with the hub — this laptop keeps working (hover for why)")
        self.setToolTip(f"Hub: {self.hub}\n{sentence}")

    def _reword(self) -> None:
        if self._synced is not None:
            self.setText(synced_words(self._synced.at, self._synced.laptops, clock.now()))
