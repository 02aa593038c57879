"""What a long printout tells the screen while it is made, and how it stops: a renderer takes an optional
`progress(done, total)` and `cancelled()` pair, calls `step` once per page or item, and writes its file through
`written_aside`, so a stopped or failed printout leaves no half file where the finished one would be."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class PrintCancelled(Exception):
    """The printout was stopped (Cancel) before it was finished; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The printout was stopped before it was finished; nothing was written.")


def step(done: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    """Say how far the printout got; raise PrintCancelled if it was asked to stop."""
    if progress is not None:
        progress(done, total)
    if cancelled is not None and cancelled():
        raise PrintCancelled


@contextmanager
def written_aside(out: Path | BinaryIO) -> Iterator[str | BinaryIO]:
    """A path to draw into beside `out` (`<name>.part`), moved into place only when the block ends normally and
    removed otherwise; an open file is handed through as it is (its owner decides what to keep)."""
    if not isinstance(out, Path):
        yield out
        return
    part = out.with_name(out.name + ".part")
    try:
        yield str(part)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    part.replace(out)
