"""What a long command shows on a terminal while it works."""

from __future__ import annotations

import sys


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
