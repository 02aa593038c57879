"""Matching a file's columns to the fields we import — by name, never by position.

Names are compared case-, accent-, space- and punctuation-insensitively ("Home Zip", "home_zip", "HOME ZIP:"),
"#" reads as "no" ("Order #" = "Order No."), and each field has aliases, localized ones included.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from nightout_desk.services.characters import not_text
from nightout_desk.services.errors import ImportProblem
from nightout_desk.services.importing.reading import HeaderTest, Row
from nightout_desk.services.importing.skips import RowSkipped
from nightout_desk.text import fold

_NOT_ALNUM = re.compile(r"[^0-9a-z]")


def normalize_header(name: str) -> str:
    """'Order #' -> 'orderno', 'E-mail Address' -> 'emailaddress', 'Nº de commande' -> 'nodecommande'."""
    text = fold(name.replace("#", " no ").replace("№", " no ").replace("º", "o"))
    return _NOT_ALNUM.sub("", text)


@dataclass(frozen=True)
class Field:
    """One thing an import reads from a column (a household's family name, a donation's amount...)."""

    key: str  # "family_name"
    label: str  # "Family name" — as the organizers say it
    aliases: tuple[str, ...] = ()  # column names that hold it, in any spelling/language
    required: bool = False
    satisfied_by: tuple[str, ...] = ()  # a required field may be given by another one instead (e.g. a full name)
    hint: str = ""  # shown next to the field in the mapping table

    def matches(self, column: str) -> bool:
        wanted = normalize_header(column)
        return bool(wanted) and wanted in {normalize_header(a) for a in (self.key, self.label, *self.aliases)}


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (by its name in the file) holds each field; fields not in the file are left out."""

    columns: tuple[str, ...]  # the file's header
    chosen: tuple[tuple[str, str], ...]  # (field key, column name), in the fields' order

    def as_dict(self) -> dict[str, str]:
        return dict(self.chosen)

    def column_of(self, key: str) -> str | None:
        return dict(self.chosen).get(key)

    def index_of(self, key: str) -> int | None:
        column = self.column_of(key)
        return self.columns.index(column) if column is not None else None

    def missing(self, fields: Sequence[Field]) -> list[Field]:
        """The required fields that have no column (and no column for a field that can stand in for them)."""
        have = {k for k, _ in self.chosen}
        return [f for f in fields if f.required and f.key not in have and not have.intersection(f.satisfied_by)]

    def values(self, row: Row) -> dict[str, str]:
        """The row's text for each mapped field (a short, ragged row gives "" for the cells it lacks).

        A row with more filled cells than the header has columns is skipped: its values have shifted (an unquoted
        comma inside a value), so reading it by column name would put them in the wrong fields.
        """
        extra = [c for c in row.cells[len(self.columns):] if c.strip()]
        if extra:
            raise RowSkipped(f"it has {len(self.columns) + len(extra)} values but the header names "
                             f"{len(self.columns)} columns — a comma or semicolon inside an unquoted value?")
        out = {}
        for key, column in self.chosen:
            i = self.columns.index(column)
            out[key] = value = row.cells[i] if i < len(row.cells) else ""
            if not value.isprintable() and (bad := not_text(value)):
                raise RowSkipped(f"the “{column}” cell holds {bad}, which is not text — retype that cell in the "
                                 "spreadsheet and save as CSV again")
        return out

    def duplicates(self) -> list[str]:
        """Sentences for each column the import reads whose name the header has twice (the first is read)."""
        out = []
        for _, column in self.chosen:
            same = [i + 1 for i, c in enumerate(self.columns) if normalize_header(c) == normalize_header(column)]
            if len(same) > 1:
                at = ", ".join(str(n) for n in same[:-1]) + f" and {same[-1]}"
                out.append(f"{len(same)} columns are called “{column}” (columns {at}): only the first is read — "
                           "rename the other in the spreadsheet, or choose it by its new name, to read it instead.")
        return out


def match_columns(columns: Sequence[str], fields: Sequence[Field], chosen: Mapping[str, str] | None = None
                  ) -> ColumnMapping:
    """Each field's column: the user's choice (`chosen`: field key -> column name, "" = none) first, else by name."""
    columns = tuple(columns)
    chosen = dict(chosen or {})
    keys = {f.key for f in fields}
    for key in chosen:
        if key not in keys:
            raise ImportProblem(f"There is no field called “{key}” to map. The fields are: "
                                f"{', '.join(f.key for f in fields)}.")
    pairs: list[tuple[str, str]] = []
    taken: set[str] = set()
    for f in fields:  # the user's choices first, so automatic matching does not take their columns
        if chosen.get(f.key):
            column = find_column(columns, chosen[f.key])
            if column is None:
                raise ImportProblem(f"The file has no column called “{chosen[f.key]}” (for {f.label.lower()}). "
                                    f"Its columns are: {', '.join(c for c in columns if c)}.")
            taken.add(column)
    for f in fields:
        if f.key in chosen:
            if chosen[f.key]:
                pairs.append((f.key, find_column(columns, chosen[f.key])))
            continue
        column = next((c for c in columns if c not in taken and f.matches(c)), None)
        if column is not None:
            pairs.append((f.key, column))
            taken.add(column)
    return ColumnMapping(columns, tuple(pairs))


def find_column(columns: Sequence[str], name: str) -> str | None:
    """The column called `name` (exactly, else ignoring case, spaces and punctuation)."""
    if name in columns:
        return name
    wanted = normalize_header(name)
    return next((c for c in columns if normalize_header(c) == wanted), None)


def header_test(fields: Sequence[Field], extra_names: Iterable[str] = ()) -> HeaderTest:
    """A header is a record naming a required field, or at least two known fields (or a column the user chose)."""
    extra = {normalize_header(n) for n in extra_names if n}

    def test(cells: Sequence[str]) -> bool:
        names = [c for c in cells if c.strip()]
        known = [f for f in fields if any(f.matches(c) for c in names)]
        if extra and extra <= {normalize_header(c) for c in names}:
            return True
        return len(known) >= 2 or any(f.required for f in known) and len(names) >= 2

    return test


def missing_message(missing: Sequence[Field], fields: Sequence[Field]) -> str:
    """'The file has no column for the family name (or a full name) — map one.'"""
    labels = {f.key: f.label.lower() for f in fields}
    parts = []
    for f in missing:
        alternatives = [labels[k] for k in f.satisfied_by if k in labels]
        parts.append(f"the {f.label.lower()}" + (f" (or a {' or '.join(alternatives)})" if alternatives else ""))
    return f"The file has no column for {' and '.join(parts)} — map one."


def parse_map_options(options: Iterable[str]) -> dict[str, str]:
    """`--map family_name="Last Name"` options -> {"family_name": "Last Name"}."""
    chosen = {}
    for option in options:
        key, sep, column = option.partition("=")
        if not sep or not key.strip():
            raise ImportProblem(f"--map needs FIELD=COLUMN, e.g. --map family_name=\"Last Name\" (got “{option}”).")
        chosen[key.strip()] = column.strip()
    return chosen

