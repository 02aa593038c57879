"""A town's neighbourhood list read from a file (`nightout-desk events new --neighbourhoods FILE`).

One neighbourhood a line, its ZIP codes in a second column or after a colon ("Old Town: 12345 12346", as the event
settings' box takes them); a header line naming the columns ("Neighbourhood", "ZIP codes") is optional. Read with the
imports' CSV reader (encodings, delimiters); anything doubtful refuses the whole file in one sentence naming the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from nightout_desk.services.characters import not_text
from nightout_desk.services.errors import ImportProblem
from nightout_desk.services.importing.columns import normalize_header
from nightout_desk.services.importing.reading import Row, read_table
from nightout_desk.text import fold

NAME_COLUMNS = {"neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "name", "area", "barrio"}
ZIP_COLUMNS = {"zip", "zips", "zipcode", "zipcodes", "postalcode", "postalcodes", "postcode", "codigopostal"}
_ZIP = re.compile(r"[0-9A-Za-z-]{3,10}")  # 12345, 12345-6789, and a few letters for towns near a border
MAX_NAME = 120  # the neighbourhoods.name column


def read_neighbourhoods(path: Path) -> list[tuple[str, str]]:
    """[(name, 'zip zip')] from the file, in its order; ImportProblem when anything in it cannot be taken as it is."""
    where = f"“{path.name}”"
    if path.is_file() and path.stat().st_size < 4096 and not path.read_bytes().strip():
        raise ImportProblem(f"{where} is empty: one neighbourhood a line, ZIP codes after a colon.")
    table = read_table(path, header_test=lambda _cells: True)  # the first line: a header if it names one, else data
    named = [normalize_header(c) for c in table.header]
    if any(n in NAME_COLUMNS for n in named):
        name_at = next(i for i, n in enumerate(named) if n in NAME_COLUMNS)
        zip_at = next((i for i, n in enumerate(named) if n in ZIP_COLUMNS), None)
        rows: Sequence[Row] = table.rows
    else:
        name_at, zip_at = 0, 1
        rows = (Row(table.header_line, table.header), *table.rows)
    items: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    for row in rows:
        name, zips = _cell(row, name_at), _cell(row, zip_at)
        if ":" in name:  # "Mill Creek: 12346, 12347", whatever delimiter the reader saw in it
            name, _, zips = table.delimiter.join(c for c in row.cells[name_at:] if c).partition(":")
        name, zips = " ".join(name.split()), " ".join(zips.replace(",", " ").replace(";", " ").split())
        line = f"{where}, line {row.line}"
        if bad := not_text(name + zips):
            raise ImportProblem(f"{line} holds {bad}, which is not text.")
        if not name:
            if zips:
                raise ImportProblem(f"{line} has ZIP codes ({zips}) but no neighbourhood name.")
            continue
        if len(name) > MAX_NAME:
            raise ImportProblem(f"{line}: the name “{name[:40]}…” is too long ({MAX_NAME} characters at most).")
        for code in zips.split():
            if not (_ZIP.fullmatch(code) and any(ch.isdigit() for ch in code)):
                raise ImportProblem(f"{line}: “{code}” is not a ZIP code (neighbourhood “{name}”).")
        if fold(name) in seen:
            raise ImportProblem(f"{line}: “{name}” is listed twice (also on line {seen[fold(name)]}).")
        seen[fold(name)] = row.line
        items.append((name, zips))
    if not items:
        raise ImportProblem(f"{where} lists no neighbourhood: one a line, ZIP codes after a colon.")
    return items


def _cell(row: Row, at: int | None) -> str:
    return row.cells[at] if at is not None and at < len(row.cells) else ""
