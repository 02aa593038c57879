"""Making a printout off the GUI thread: the one helper every screen's print flow calls.

`make_pdf(parent, title, work)` runs `work(progress, cancelled)` — the service reads the printout needs and its
renderer, each service opening its own sessions on the worker thread as from the command line — through
`background_job.run_with_progress`: a progress dialog with Cancel appears after `APPEAR_AFTER_MS`, the event loop
keeps turning. The work gets only plain values read from the widgets beforehand (a Desk, ids, choices, a path),
never a widget. A renderer stopped by Cancel raises `PrintCancelled` and leaves no file (`printing/progress.py`);
work that cannot stop part-way looks at `cancelled()` when done (`stop_if_cancelled`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from nightout_desk.printing.progress import Cancelled, PrintCancelled, Progress, step
from nightout_desk.ui.background_job import run_with_progress

T = TypeVar("T")
APPEAR_AFTER_MS = 400
_making = False  # one printout at a time: a second click while one is made does nothing


def make_pdf(parent: QWidget | None, title: str, work: Callable[[Progress, Cancelled], T],
             label: str | None = None) -> T | None:
    """The work's value; None when Cancel stopped it (or one is already being made). An error the work raised is
    raised again here, on the GUI thread, for the caller to say in its words (`ui/messages.show_error`)."""
    global _making
    if _making:
        return None
    _making = True
    try:
        label = label or QCoreApplication.translate("PdfJob", "Making the PDF…")
        result = run_with_progress(parent, title, label, work, min_duration_ms=APPEAR_AFTER_MS)
    finally:
        _making = False
    if isinstance(result.error, PrintCancelled):
        return None
    if result.error is not None:
        raise result.error
    return result.value


def stop_if_cancelled(cancelled: Cancelled) -> None:
    """For work that cannot stop part-way (a one-page form): Cancel pressed meanwhile means nothing is shown."""
    step(1, 1, None, cancelled)
