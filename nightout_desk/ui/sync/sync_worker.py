"""Sync with the hub on a thread of its own, every few seconds while the hub answers, backing off while it does not.

The worker has its own `Database` objects (this laptop's file, made on its thread, and the hub's, made by
`services.hub.open_hub` before the thread starts so that loading PostgreSQL's driver never holds the GUI thread
mid-evening) and never touches the GUI's. The GUI hears `synced(SyncRound)`, `unreachable(HubDown)` or, for a hub
that can never be used as it is (a newer version's), `refused(sentence)`, after which the worker stops trying.
"""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal

from nightout_desk.db import Database, NewerDatabase
from nightout_desk.services import hub as hubs
from nightout_desk.services.explain import explain

log = logging.getLogger(__name__)
EVERY_S = 5.0  # a round every few seconds while the hub answers
MAX_BACKOFF_S = 60.0  # while it does not: 10 s, 20 s, 40 s, then every minute


@dataclass(frozen=True)
class HubDown:
    waiting: hubs.Waiting | None  # None when even this laptop's file could not be read
    reason: str


class SyncWorker(QThread):
    synced = Signal(object)  # SyncRound
    unreachable = Signal(object)  # HubDown
    refused = Signal(str)

    def __init__(self, local_url: str, hub: Database, event_id: uuid.UUID, device: str, *, every_s: float = EVERY_S,
                 max_backoff_s: float = MAX_BACKOFF_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.local_url, self.hub, self.hub_url = local_url, hub, hub.url
        self.event_id, self.device = event_id, device
        self.every_s, self.max_backoff_s = every_s, max_backoff_s
        self._wake = threading.Event()
        self._stopping = False

    def run(self) -> None:
        local, hub = Database(self.local_url), self.hub
        prepared, delay = False, self.every_s
        try:
            while not self._stopping:
                try:
                    if not prepared:
                        hubs.prepare_hub(hub)
                        prepared = True
                    done = hubs.sync_round(local, hub, self.event_id, device=self.device,
                                           cancelled=lambda: self._stopping)
                except NewerDatabase as exc:  # waiting will not change it: say so, and stop trying
                    log.warning("Not syncing with %s: %s", hubs.hub_label(self.hub_url), exc)
                    self.refused.emit(str(exc))
                    return
                except Exception as exc:  # noqa: BLE001 - a hub that does not answer is a normal part of the night
                    if self._stopping:
                        return
                    log.info("Hub %s not reachable: %s", hubs.hub_label(self.hub_url), exc)
                    hub.engine.dispose()  # the next try starts from a fresh connection
                    self.unreachable.emit(HubDown(self._waiting(local), explain(exc)))
                    delay = min(max(delay, self.every_s) * 2, self.max_backoff_s)
                else:
                    self.synced.emit(done)
                    delay = self.every_s
                self._wake.wait(delay)
                self._wake.clear()
        finally:
            hub.dispose()
            local.dispose()

    def _waiting(self, local: Database) -> hubs.Waiting | None:
        try:
            return hubs.waiting(local, self.event_id, self.device)
        except Exception:  # the count is a courtesy; the log keeps why it failed
            log.exception("could not count what is waiting for the hub")
            return None

    def sync_now(self) -> None:
        """Try again at once (File › Sync now, or the hub came back)."""
        self._wake.set()

    def stop(self, timeout_ms: int = 10_000) -> None:
        self._stopping = True
        self._wake.set()
        if not self.wait(timeout_ms):
            log.warning("the sync thread did not stop within %d ms", timeout_ms)
