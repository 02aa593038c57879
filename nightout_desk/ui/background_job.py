"""Long work off the GUI thread, with a progress dialog and Cancel (frescobaldi's habit, for every long job).

`run_with_progress(parent, title, label, work)` runs `work(progress, cancelled)` on a QThread while a modal
QProgressDialog shows `progress(done, total)` and offers Cancel (which makes `cancelled()` return True; the work
stops at its next look). The event loop keeps running the whole time, so the window repaints and timers tick. It
returns a `JobResult`: the value, or the exception the work raised, or `cancelled`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]
PROGRESS_EVERY_S = 0.05  # a progress bar moves smoothly at 20 updates a second


@dataclass(frozen=True)
class JobResult:
    value: Any = None
    error: BaseException | None = None
    cancelled: bool = False


class BackgroundJob(QThread):
    """Runs `work(progress, cancelled)` on its own thread; `advanced(done, total)` and `ended()` reach the GUI."""

    advanced = Signal(int, int)
    ended = Signal()

    def __init__(self, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.value: Any = None
        self.error: BaseException | None = None
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def was_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _advance(self, done: int, total: int) -> None:
        """Tell the GUI how far the work got, at most every PROGRESS_EVERY_S (and always the last step): a signal per
        badge crossed threads 400 times in a third of a second and, taking the GIL each time, starved the GUI
        thread's own Python (its timers) for 200-300 ms."""
        now = time.monotonic()
        if done < total and now - self._told < PROGRESS_EVERY_S:
            return
        self._told = now
        self.advanced.emit(done, total)

    def run(self) -> None:
        self._told = 0.0
        try:
            self.value = self.work(self._advance, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which says it in words
            log.info("background job ended with %r", exc)
            self.error = exc
        finally:
            self.ended.emit()


def run_with_progress(parent: QWidget | None, title: str, label: str, work: Work, *,
                      min_duration_ms: int = 400) -> JobResult:
    """Run `work` off the GUI thread behind a progress dialog with Cancel; wait (the event loop running) until it
    ends. The dialog appears only when the work takes longer than `min_duration_ms`."""
    job = BackgroundJob(work, parent)
    dialog = QProgressDialog(label, QCoreApplication.translate("BackgroundJob", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName("backgroundProgress")
    dialog.setAccessibleName(title)
    dialog.setMinimumDuration(min_duration_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def advanced(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def cancel() -> None:
        dialog.setLabelText(QCoreApplication.translate("BackgroundJob", "Stopping…"))
        job.cancel()

    loop = QEventLoop()
    job.advanced.connect(advanced)
    job.ended.connect(loop.quit)
    dialog.canceled.connect(cancel)
    job.start()
    if job.isRunning():
        loop.exec()
    job.wait()
    result = JobResult(error=job.error, cancelled=job.was_cancelled) if job.error is not None else \
        JobResult(value=job.value, cancelled=job.was_cancelled)
    dialog.canceled.disconnect(cancel)  # closing a QProgressDialog emits canceled()
    dialog.close()
    dialog.deleteLater()
    job.deleteLater()
    return result
