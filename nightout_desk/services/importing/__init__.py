"""The CSV import machinery every import shares (attendees, volunteers, donations).

How an import is built on it (see `services/attendee_import.py` for the full example):

1. `read_table(path, header_test(FIELDS, chosen.values()))` reads any real-world CSV (encoding, delimiter, title
   lines, quoted newlines, ragged rows) and gives rows with the file line where each starts; it raises
   `ImportProblem` for a file that cannot be used at all.
2. `match_columns(table.header, FIELDS, chosen)` maps fields to columns by name (aliases, any case/punctuation),
   the user's choices (`--map field=Column` or the dialog's combos) first; `mapping.missing(FIELDS)` and
   `missing_message(...)` say which required column is absent.
3. A `Plan` collects `plan.add(line, ref, shown, payload)` for good rows — `ref` is the external reference stored on
   the created row ("eventbrite:<order #>", `identity_ref("csv", ...)`) — and `plan.skip(line, reason)` for bad
   ones (raise `RowSkipped(reason)` from the `values` helpers while reading a row).
4. Preview: `plan.preview(known_refs(s, Model, desk.event_id, refs))` writes nothing. Run: read `known_refs` once,
   then `batches.write_in_batches(desk, ..., items, BatchWriter(...))` writes the items a batch per short
   transaction (each batch prepared outside it, re-checking its references; one audit entry per batch, the last one
   the import's summary), reports progress, stops between batches when asked, and returns `plan.result(...)`.

The dialog `nightout_desk.ui.import_dialog.ImportDialog` shows an `ImportPreview` and runs the import; the command
line prints the same with `nightout_desk.commands.import_output`.
"""

from nightout_desk.services.importing.columns import (
    ColumnMapping,
    Field,
    find_column,
    header_test,
    match_columns,
    missing_message,
    normalize_header,
    parse_map_options,
)
from nightout_desk.services.importing.plan import (
    ALREADY_THERE,
    WILL_BE_ADDED,
    ImportPreview,
    ImportResult,
    Plan,
    PlannedItem,
)
from nightout_desk.services.importing.reading import Row, Table, decode, read_table
from nightout_desk.services.importing.refs import known_refs
from nightout_desk.services.importing.skips import RowSkipped, SkippedRow
from nightout_desk.services.importing.values import (
    calendar_date,
    date_and_time,
    fits,
    identity_ref,
    limited,
    split_full_name,
    whole_number,
    yes_no,
)

__all__ = [
    "ALREADY_THERE", "WILL_BE_ADDED", "ColumnMapping", "Field", "ImportPreview", "ImportResult", "Plan",
    "PlannedItem", "Row", "RowSkipped", "SkippedRow", "Table", "calendar_date", "date_and_time", "decode",
    "find_column", "fits", "header_test", "identity_ref", "known_refs", "limited", "match_columns", "missing_message",
    "normalize_header", "parse_map_options", "read_table", "split_full_name", "whole_number", "yes_no",
]
