"""What a long command shows on a terminal while it works."""

from __future__ import annotations

import signal
import sys
import threading


def progress(done: int, total: int, label: str = "") -> None:
    """A bar on a terminal (stderr), silent when not attached to one."""
    if not sys.stderr.isatty() or total <= 0:
        return
    width = 30
    filled = int(width * done / total)
    sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


class StopOnCtrlC:
    """While a long job runs: the first Ctrl+C asks it to stop at its next look (an import, between two batches, so
    what it wrote is whole and counted); a second one interrupts at once. Elsewhere than the main thread, nothing."""

    def __init__(self) -> None:
        self._pressed = threading.Event()
        self._before = None

    def pressed(self) -> bool:
        return self._pressed.is_set()

    def __enter__(self) -> StopOnCtrlC:
        if threading.current_thread() is threading.main_thread():
            self._before = signal.signal(signal.SIGINT, self._on_ctrl_c)
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._before is not None:
            signal.signal(signal.SIGINT, self._before)

    def _on_ctrl_c(self, _signum: int, _frame: object) -> None:
        if self._pressed.is_set():
            raise KeyboardInterrupt
        self._pressed.set()
        sys.stderr.write("\nStopping after the rows being written (Ctrl+C again to stop at once)…\n")
