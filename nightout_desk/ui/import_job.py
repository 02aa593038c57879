"""One call of an import service off the GUI thread: the preview (which reads and checks the whole file) or the run
(which writes batch after batch), so the window keeps painting, the clock ticks and Cancel can be pressed.

The worker only calls the service with the dialog's plain values (the Desk, the path, the column choices); the
service opens its own sessions as it does from the command line — no widget, model or session crosses the thread.

While a job runs, Python's cyclic garbage collector is paused (for the whole process, counted across jobs): a full
collection walks every live object holding the GIL, and with a 100,000-row file's plan in memory that froze the
window for 0.2 s and more at a time. What the job leaves behind is freed by reference counting when it ends (a plan
holds no cycles); the collector resumes then, with the heap back to its usual size.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]  # work(progress, should_stop) -> a value


class ImportJob(QThread):
    """Runs `work(progress, should_stop)` on its own thread. `advanced(done, total)` reports progress; `ended(job)`
    comes once, when the work returned (`value`) or raised (`error`); connected to a widget's method, both arrive on
    the GUI thread (queued). The slot should `wait()` for the thread before deleting it (it is ending)."""

    advanced = Signal(int, int)
    ended = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.value: Any = None
        self.error: BaseException | None = None
        self._stop = threading.Event()

    def stop(self) -> None:
        """Ask the work to stop at its next look (an import: between two batches)."""
        self._stop.set()

    def let_go(self) -> None:
        """Its window is closing: ask the work to stop, hand the thread to the application (a QThread must not be
        deleted while it runs) and let it delete itself once it has ended; nobody hears `ended` any more."""
        self.stop()
        self.ended.disconnect()
        self.setParent(QCoreApplication.instance())
        self.finished.connect(self.deleteLater)
        if self.isFinished():
            self.deleteLater()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            with _collector_paused():
                self.value = self.work(self.advanced.emit, self._stop.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which says it in words
            self.error = exc
        finally:
            self.ended.emit(self)


_pause_lock = threading.Lock()
_pauses = 0
_was_enabled = True


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while any job runs (see the module's docstring)."""
    global _pauses, _was_enabled
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
