"""A row left out of an import, and why (reported as "line 12: the family name is empty")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SkippedRow:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class RowSkipped(Exception):
    """Raised while reading one row: the row is left out and reported with this reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
