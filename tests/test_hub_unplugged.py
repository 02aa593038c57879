"""The hub unplugged mid-evening: the desk keeps checking families in, the status bar says what is waiting, and the
window never stalls — a QTimer measures the longest gap of the event loop while the sync thread waits on a hub that
takes the connection and never answers (a listening socket on this machine that never accepts)."""

from __future__ import annotations

import socket
import time

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from nightout_desk.services.checkin import checkins
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.state import AppState
from nightout_desk.ui.sync.status import SyncStatus

MAX_STALL_MS = 100


@pytest.fixture
def blackholed_hub(monkeypatch):
    """A hub address whose TCP connection is taken by the kernel and then never answered, as a hub whose Wi-Fi
    dropped mid-evening: connect() hangs until the client gives up."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(0)
    url = f"postgresql://nightout@127.0.0.1:{sock.getsockname()[1]}/hub"
    monkeypatch.setenv("NIGHTOUT_HUB", url)
    yield url
    sock.close()


class LoopGaps:
    """The longest time between two ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.longest_ms = 0
        self.timer = QTimer(interval=5, timeout=self._tick)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest_ms = max(self.longest_ms, self.clock.restart())

    def stop(self) -> None:
        self.timer.stop()


def test_the_desk_never_waits_on_an_unplugged_hub_and_says_what_is_waiting(qtbot, sqlite_desk, blackholed_hub):
    window = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    status = window.findChild(SyncStatus, "statusSync")
    assert status is not None and "Syncing with the hub" in status.text()
    started = time.monotonic()
    qtbot.wait(300)  # the window's own first layout and refresh are done; the sync thread is waiting on the hub
    gaps = LoopGaps()
    gaps.start()
    qtbot.waitUntil(lambda: "Hub not reachable" in status.text(), timeout=15_000)
    assert time.monotonic() - started >= 2.5  # the sync thread really waited on the hub meanwhile
    assert status.text() == "Hub not reachable — nothing waiting; this laptop keeps working"
    for name in ("Okafor", "Nguyen"):  # the desk keeps checking families in, on this laptop's file
        checkins.walk_up(window.state.desk, name, 2, 1)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: "2 check-ins waiting" in status.text(), timeout=15_000)
    qtbot.wait(200)
    gaps.stop()
    assert status.text() == "Hub not reachable — 2 check-ins waiting; this laptop keeps working"
    assert "could not be reached" in status.toolTip()
    assert gaps.longest_ms < MAX_STALL_MS, f"the window stalled {gaps.longest_ms} ms"
    closing = QElapsedTimer()
    closing.start()
    window.close()  # the sync thread is told to stop; it may be mid-connect
    assert closing.elapsed() < 5_000
