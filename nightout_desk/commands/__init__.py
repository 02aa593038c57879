"""Command-line entries of each area (import kinds, print kinds, the report), read in `AREAS` order.

One module per area; each entry is a small function that calls services and printing. The table of them
(`commands/by_area.py`) is imported only when a command needs it, so `nightout-desk` (the GUI) starts fast even though
cli.py imports this package's small modules (argument parsers, the terminal's progress bar) at every start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nightout_desk.areas import AREAS

if TYPE_CHECKING:
    from nightout_desk.commands.entries import AreaCommands, FileCommand


def __getattr__(name: str) -> Any:  # `commands.COMMANDS`, read from by_area when first asked for
    if name == "COMMANDS":
        from nightout_desk.commands.by_area import COMMANDS

        return COMMANDS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _in_order() -> list[AreaCommands]:
    from nightout_desk.commands.by_area import COMMANDS

    return [COMMANDS[info.area] for info in AREAS if info.area in COMMANDS]


def importers() -> dict[str, FileCommand]:
    return {kind: fn for c in _in_order() for kind, fn in c.importers.items()}


def printers() -> dict[str, FileCommand]:
    return {kind: fn for c in _in_order() for kind, fn in c.printers.items()}


def report_command() -> FileCommand | None:
    return next((c.report for c in _in_order() if c.report is not None), None)
