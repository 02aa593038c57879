"""What an area gives the command line: its `import KIND FILE` and `print KIND --out FILE.pdf` entries."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from nightout_desk.services.context import Desk

FileCommand = Callable[[Desk, Path, argparse.Namespace], int]


@dataclass(frozen=True)
class AreaCommands:
    importers: dict[str, FileCommand] = field(default_factory=dict)  # `nightout-desk import KIND FILE`
    printers: dict[str, FileCommand] = field(default_factory=dict)  # `nightout-desk print KIND --out FILE.pdf`
    report: FileCommand | None = None  # `nightout-desk report --out FILE.pdf` (the report area's)
