"""A table as an area hands it to the CSV export: (file stem, header, rows)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from nightout_desk.services.context import Desk

Table = tuple[str, list[str], Iterable[list]]
TableMaker = Callable[[Desk], Table]
