"""A row left out of an import, and why (reported as "line 12: the family name is empty")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SkippedRow:
    line: int
    reason: str
    also: tuple[int, ...] = ()  # other rows left out with it (the rest of an Eventbrite order)

    @property
    def rows(self) -> int:
        return 1 + len(self.also)

    def __str__(self) -> str:
        if not self.also:
            return f"line {self.line}: {self.reason}"
        return f"line {self.line} (with {', '.join(str(n) for n in self.also)}): {self.reason}"


class RowSkipped(Exception):
    """Raised while reading one row: the row is left out and reported with this reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
