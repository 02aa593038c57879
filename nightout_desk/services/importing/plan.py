"""What an import will do (the preview) and what it did (the result), built the same way for every kind of import.

An importer reads a `Table`, turns rows into `PlannedItem`s (each with an external reference, so the same row
imported twice is recognised) or skips them with a reason, then asks the `Plan` for a preview (writes nothing) or
creates the new items a batch at a time (`importing/batches.py`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from nightout_desk.services.importing.columns import ColumnMapping, Field
from nightout_desk.services.importing.reading import Table
from nightout_desk.services.importing.skips import SkippedRow

SAMPLE_ROWS = 20
WILL_BE_ADDED = "will be added"
ALREADY_THERE = "already there"
ALREADY_THERE_NEW_CODES = "already there, new codes"  # an attendee file's new ticket codes for a known household


@dataclass(frozen=True)
class ImportPreview:
    """Everything the user should see before importing; nothing has been written."""

    file_name: str
    format_name: str  # "Eventbrite attendee report", "Generic CSV"
    encoding: str
    delimiter: str  # "comma", "semicolon", "tab"
    header_line: int
    columns: tuple[str, ...]  # the file's header
    fields: tuple[Field, ...]  # what this format reads
    mapping: tuple[tuple[str, str], ...]  # (field key, column name)
    sample_header: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]  # the first rows as they will be imported
    to_create: int
    already_there: int
    skipped: tuple[SkippedRow, ...]
    rows_read: int
    noun: str = "households"
    problem: str = ""  # why nothing can be imported as mapped (e.g. no column for a required field)
    title_lines: tuple[str, ...] = ()
    raw_sample: tuple[tuple[str, ...], ...] = ()  # the first data rows as they are in the file: (line, *cells)
    to_update: int = 0  # of those already there, how many will get something new (an attendee's new ticket codes)
    notes: tuple[str, ...] = ()  # what else the import will do or leave out, in words
    rows_in_items: int = 0  # of `rows_read`, the rows that make the items (an Eventbrite order has one per ticket)

    @property
    def rows_skipped(self) -> int:
        return sum(s.rows for s in self.skipped)

    @property
    def can_import(self) -> bool:
        return not self.problem and (self.to_create > 0 or self.to_update > 0)

    def column_for(self, key: str) -> str:
        return dict(self.mapping).get(key, "")

    def summary(self) -> str:
        if self.problem:
            return self.problem
        return " · ".join((f"{self.to_create} {self.noun} to add",
                           f"{self.already_there} already there" + (f" ({self.to_update} get new codes)"
                                                                    if self.to_update else ""),
                           f"{len(self.skipped)} row{'s' if len(self.skipped) != 1 else ''} skipped", *self.notes,
                           records_sentence(self.rows_read, self.rows_in_items, self.rows_skipped, self.noun,
                                            ((self.to_create, "to add"), (self.already_there, "already there")))))


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    format_name: str
    created: int
    already_there: int
    skipped: tuple[SkippedRow, ...]
    noun: str = "households"
    updated: int = 0  # of those already there, how many got something new (an attendee's new ticket codes)
    notes: tuple[str, ...] = ()  # sentences: what else was done or left out
    planned: int = 0  # how many the run set out to add (importing/batches.py writes them a batch at a time)
    stopped: bool = False  # Cancel stopped it between two batches: `created` of `planned` were written
    rows_read: int = 0  # the file's records (its data rows, blank ones left out)
    rows_in_items: int = 0  # of those, the rows that make the items (an Eventbrite order has one per ticket)

    @property
    def rows_skipped(self) -> int:
        return sum(s.rows for s in self.skipped)

    def summary(self) -> str:
        text = (f"Imported {self.created:,} of {self.planned:,} {self.noun} from {self.file_name}; run the import "
                "again to finish." if self.stopped else f"Imported {self.created:,} {self.noun} from {self.file_name}.")
        if self.already_there:
            text += f" {self.already_there:,} were already there " + (
                f"({self.updated} of them got new codes)." if self.updated else "(not changed).")
        if self.skipped:
            text += f" {len(self.skipped):,} row{'s were' if len(self.skipped) != 1 else ' was'} skipped."
        parts = [(self.created, "imported"), (self.already_there, "already there")]
        if self.stopped:
            parts.append((self.planned - self.created, "not imported yet"))
        return " ".join((text, *self.notes,
                         records_sentence(self.rows_read, self.rows_in_items, self.rows_skipped, self.noun, parts)))


def records_sentence(rows: int, in_items: int, skipped: int, noun: str, parts: Sequence[tuple[int, str]]) -> str:
    """Every record of the file accounted for: 'Records in the file: 10 = 7 imported + 0 already there + 3 skipped.'
    When rows make items together (an Eventbrite order, a volunteer's slots), the items are counted in brackets."""
    items = sum(n for n, _ in parts)
    counted = " + ".join(f"{n:,} {what}" for n, what in parts)
    body = counted if in_items == items else f"{in_items:,} making {items:,} {noun} ({counted.replace(' +', ',')})"
    text = f"Records in the file: {rows:,} = {body} + {skipped:,} skipped."
    if rows != in_items + skipped:  # never by design; said rather than hidden
        text += (f" {abs(rows - in_items - skipped):,} of them could not be accounted for: please report this with "
                 "the file.")
    return text


@dataclass
class PlannedItem:
    line: int  # where its (first) row starts in the file
    ref: str  # external reference: the same thing imported again has the same ref
    shown: tuple[str, ...]  # the preview's cells, in the order of the plan's sample header
    payload: Any  # what the importer needs to create it
    lines: tuple[int, ...] = ()  # every row it was made from (an Eventbrite order's tickets); () = its line alone

    @property
    def rows(self) -> int:
        return len(self.lines) or 1


@dataclass
class Plan:
    """The items a file holds and the rows left out, in file order."""

    table: Table
    format_name: str
    fields: tuple[Field, ...]
    mapping: ColumnMapping
    sample_header: tuple[str, ...]
    noun: str = "households"
    problem: str = ""
    items: list[PlannedItem] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    _lines_by_ref: dict[str, int] = field(default_factory=dict)

    def add(self, line: int, ref: str, shown: Sequence[str], payload: Any, *, lines: Sequence[int] = ()) -> None:
        """An item made from the row on `line` (or from every row in `lines`, an order's or a person's)."""
        if ref in self._lines_by_ref:
            self.skip(line, f"the same as line {self._lines_by_ref[ref]}", also=[n for n in lines if n != line])
            return
        self._lines_by_ref[ref] = line
        self.items.append(PlannedItem(line, ref, tuple(shown), payload, tuple(lines) if len(lines) > 1 else ()))

    def skip(self, line: int, reason: str, *, also: Sequence[int] = ()) -> None:
        """Leave out the row on `line` (and the rows on `also` that belong with it, such as the rest of an order)."""
        self.skipped.append(SkippedRow(line, reason, tuple(also)))

    @property
    def rows_in_items(self) -> int:
        return sum(i.rows for i in self.items)

    def _notes(self, notes: Sequence[str]) -> tuple[str, ...]:
        return (*self.mapping.duplicates(), *notes)

    def new_items(self, existing_refs: Collection[str]) -> list[PlannedItem]:
        return [i for i in self.items if i.ref not in existing_refs]

    def preview(self, existing_refs: Collection[str], sample_rows: int = SAMPLE_ROWS, *,
                updated_refs: Collection[str] = (), notes: Sequence[str] = ()) -> ImportPreview:
        """`updated_refs`: items already there that the run will add to (new ticket codes); `notes`: sentences."""
        def status(ref: str) -> str:
            if ref not in existing_refs:
                return WILL_BE_ADDED
            return ALREADY_THERE_NEW_CODES if ref in updated_refs else ALREADY_THERE

        sample = tuple((str(i.line), status(i.ref), *i.shown) for i in self.items[:sample_rows])
        new = len(self.new_items(existing_refs))
        t = self.table
        return ImportPreview(
            file_name=t.path.name, format_name=self.format_name, encoding=t.encoding, delimiter=t.delimiter_name,
            header_line=t.header_line, columns=t.header, fields=self.fields, mapping=self.mapping.chosen,
            sample_header=("Line", "Status", *self.sample_header), sample=sample,
            to_create=0 if self.problem else new, already_there=len(self.items) - new,
            skipped=tuple(sorted(self.skipped, key=lambda s: s.line)), rows_read=len(t.rows), noun=self.noun,
            problem=self.problem, title_lines=t.title_lines,
            raw_sample=tuple((str(r.line), *r.cells[:len(t.header)]) for r in t.rows[:sample_rows]),
            to_update=0 if self.problem else len(set(updated_refs) & set(existing_refs)), notes=self._notes(notes),
            rows_in_items=self.rows_in_items)

    def result(self, created: int, already_there: int, *, updated: int = 0, notes: Sequence[str] = (),
               planned: int | None = None, stopped: bool = False) -> ImportResult:
        return ImportResult(self.table.path.name, self.format_name, created, already_there,
                            tuple(sorted(self.skipped, key=lambda s: s.line)), self.noun, updated, self._notes(notes),
                            created if planned is None else planned, stopped, rows_read=len(self.table.rows),
                            rows_in_items=self.rows_in_items)
