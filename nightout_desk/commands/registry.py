"""Where area modules register their command-line entries."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from nightout_desk.services.context import Desk

FileCommand = Callable[[Desk, Path, argparse.Namespace], int]

IMPORTERS: dict[str, FileCommand] = {}   # `nightout-desk import KIND FILE`
PRINTERS: dict[str, FileCommand] = {}    # `nightout-desk print KIND --out FILE.pdf`
REPORT: list[FileCommand] = []           # `nightout-desk report --out FILE.pdf` (one entry, from the report area)
