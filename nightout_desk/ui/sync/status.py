"""The status bar's words about the hub: "Synced 3 s ago · 4 laptops", or "Hub not reachable — 14 check-ins
waiting; this laptop keeps working". The words are plain functions (tested without a window); the label only
keeps the last news from the sync worker and rewords it every second."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from nightout_desk import clock
from nightout_desk.services.hub import SyncRound, Waiting
from nightout_desk.ui.service_words import in_language
from nightout_desk.ui.sync.sync_worker import HubDown

translate = QCoreApplication.translate


def ago(then: datetime, now: datetime) -> str:
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return translate("SyncStatus", "{seconds} s ago").format(seconds=seconds)
    if seconds < 3600:
        return translate("SyncStatus", "{minutes} min ago").format(minutes=seconds // 60)
    return translate("SyncStatus", "at {time}").format(time=clock.hhmm(then))


def synced_words(at: datetime, laptops: int, now: datetime) -> str:
    return translate("SyncStatus", "Synced {ago} · %n laptops", None, laptops).format(ago=ago(at, now))


def waiting_words(waiting: Waiting | None) -> str:
    if waiting is None:
        return translate("SyncStatus", "what this laptop did is kept")
    if waiting.nothing:
        return translate("SyncStatus", "nothing waiting")
    ins, others = waiting.check_ins, waiting.other_changes
    check_ins = translate("SyncStatus", "%n check-ins", None, ins)
    if not others:
        return translate("SyncStatus", "{check_ins} waiting").format(check_ins=check_ins)
    if not ins:
        return translate("SyncStatus", "%n changes waiting", None, others)
    said = translate("SyncStatus", "{check_ins} and %n other changes waiting", None, others)
    return said.format(check_ins=check_ins)


def unreachable_words(waiting: Waiting | None) -> str:
    return translate("SyncStatus", "Hub not reachable — {waiting}; this laptop keeps working").format(
        waiting=waiting_words(waiting))


class SyncStatus(QLabel):
    """The hub's state in words, in the status bar (colour is never the only signal: it is all words)."""

    def __init__(self, hub: str, database: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusSync")
        self.setAccessibleName(self.tr("Sync with the hub"))
        self.hub = f"{hub}" + ("\n" + self.tr("Database: {name}").format(name=database) if database else "")
        self.setText(self.tr("Syncing with the hub…"))
        self.setToolTip(self.tr("Hub: {hub}").format(hub=self.hub))
        self._synced: SyncRound | None = None
        self._timer = QTimer(self, interval=1000, timeout=self._reword)

    def show_synced(self, done: SyncRound) -> None:
        self._synced = done
        self.setToolTip(self.tr("Hub: {hub}").format(hub=self.hub) + f"\n{done.summary()}")
        self._reword()
        self._timer.start()

    def show_unreachable(self, down: HubDown) -> None:
        self._synced = None
        self._timer.stop()
        self.setText(unreachable_words(down.waiting))
        self.setToolTip(self.tr("Hub: {hub}\n{reason}\nThe laptop tries again by itself.").format(
            hub=self.hub, reason=in_language(down.reason)))

    def show_refused(self, sentence: str) -> None:
        self._synced = None
        self._timer.stop()
        self.setText(self.tr("Not syncing with the hub — this laptop keeps working (hover for why)"))
        self.setToolTip(self.tr("Hub: {hub}").format(hub=self.hub) + f"\n{in_language(sentence)}")

    def _reword(self) -> None:
        if self._synced is not None:
            self.setText(synced_words(self._synced.at, self._synced.laptops, clock.now()))
