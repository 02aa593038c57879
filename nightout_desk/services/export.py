"""CSV export of the tables a user may need, safe to open in a spreadsheet, readable by the user only, and noted."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from nightout_desk import clock
from nightout_desk.areas import AREAS, Area
from nightout_desk.models import AuditEntry
from nightout_desk.private import open_private, private_folder
from nightout_desk.services import permissions
from nightout_desk.services.checkin import exports as checkin_exports
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import exports as donation_exports
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.inventory import exports as inventory_exports
from nightout_desk.services.outgoing import note_files_out
from nightout_desk.services.stations import exports as station_exports
from nightout_desk.services.tables import Table, TableMaker
from nightout_desk.services.volunteers import exports as volunteer_exports

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# -1, +2.50, -.5, 1e3: text that is a number, which no spreadsheet runs as a formula
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)

# each area's tables, written in AREAS order; the audit log (every area's) comes last
TABLES: dict[Area, tuple[TableMaker, ...]] = {
    Area.CHECKIN: checkin_exports.TABLES,
    Area.VOLUNTEERS: volunteer_exports.TABLES,
    Area.STATIONS: station_exports.TABLES,
    Area.DONATIONS: donation_exports.TABLES,
    Area.INVENTORY: inventory_exports.TABLES,
}


def safe_cell(value: object) -> str:
    """A cell a spreadsheet will not run as a formula (OWASP's CSV-injection advice: prefix text with a quote).
    Numbers, and text that is a plain number ("-1", "-12.50"), stay numbers: a sign before digits runs nothing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float, Decimal)):
        return str(value)
    text = clock.local(value).strftime("%Y-%m-%d %H:%M:%S") if hasattr(value, "astimezone") else str(value)
    if text.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_csv(path: Path, header: list[str], rows: Iterable[list]) -> Path:
    """One CSV file, readable by the user only, written aside and renamed into place when complete."""
    tmp = path.with_suffix(".csv.tmp")
    with open_private(tmp, "w", newline="", encoding="utf-8-sig") as fh:  # the BOM makes Excel read UTF-8
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow([safe_cell(v) for v in row])
    tmp.replace(path)
    return path


# Columns left out of an export made without an organizer: people's names, contact details, children's details,
# birth years, emergency contacts, operators' names, and free text (notes, reasons, descriptions), which may name
# anyone. What stays is what the counts need: codes, kinds, numbers, times, stations, items.
PERSONAL_COLUMNS = frozenset({
    "family_name", "first_names", "first_name", "last_name", "name", "contact_name", "donor", "volunteer",
    "phone", "email", "address", "guardian_name", "guardian_phone", "emergency_name", "emergency_phone",
    "birth_year", "child_first_name", "child_age", "household", "operator", "recorded_by", "issued_by", "voided_by",
    "undone_by", "notes", "reason", "undo_reason", "void_reason", "description", "returned_description",
    "resolution", "check_number", "purpose",
})
COUNTS_ONLY = ("Without an organizer signed in, the export holds the counts only: names, phones, emails, addresses, "
               "emergency contacts and notes were left out, and so was the audit log.")


def all_tables() -> list[TableMaker]:
    return [*(t for info in AREAS for t in TABLES.get(info.area, ())), audit_log]


def with_personal_details(desk: Desk) -> bool:
    """Whether an export by this desk holds names, contacts and notes (an organizer's) or the counts only."""
    return permissions.may(desk, "event.export_personal")


def _counts_only(table: Table) -> Table:
    stem, header, rows = table
    keep = [i for i, column in enumerate(header) if column not in PERSONAL_COLUMNS]
    return stem, [header[i] for i in keep], ([row[i] for i in keep] for row in rows)


def export_csv(desk: Desk, folder: Path) -> list[Path]:
    """Every table as a CSV file in `folder` (made readable by the user only when we make it). The export is noted
    (who, where, how many files) before anything is written, so no personal data leaves unrecorded. Without an
    organizer, the counts only (`PERSONAL_COLUMNS` left out, no audit log): say `COUNTS_ONLY` to the user."""
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(f"{folder} is a file, not a folder.")
    private_folder(folder)
    personal = with_personal_details(desk)
    tables = all_tables() if personal else [t for t in all_tables() if t is not audit_log]
    note_files_out(desk.db, desk, "exported" if personal else "exported (counts only)", folder, len(tables))
    made = (t(desk) if personal else _counts_only(t(desk)) for t in tables)
    return [write_csv(folder / f"{stem}.csv", header, rows) for stem, header, rows in made]


def audit_log(desk: Desk) -> Table:
    header = ["at", "operator", "role", "device", "action", "entity", "summary", "before", "after"]
    with desk.db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.event_id == desk.event_id).order_by(AuditEntry.at))
        out = [[a.at, a.operator, a.role, a.device, a.action, a.entity, a.summary, a.before, a.after] for a in rows]
    return "audit_log", header, out
