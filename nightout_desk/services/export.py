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


def all_tables() -> list[TableMaker]:
    return [*(t for info in AREAS for t in TABLES.get(info.area, ())), audit_log]


def export_csv(desk: Desk, folder: Path) -> list[Path]:
    """Every table as a CSV file in `folder` (made readable by the user only when we make it). The export is noted
    (who, where, how many files) before anything is written, so no personal data leaves unrecorded."""
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(f"{folder} is a file, not a folder.")
    private_folder(folder)
    tables = all_tables()
    note_files_out(desk.db, desk, "exported", folder, len(tables))
    return [write_csv(folder / f"{stem}.csv", header, rows) for stem, header, rows in (t(desk) for t in tables)]


def audit_log(desk: Desk) -> Table:
    header = ["at", "operator", "role", "device", "action", "entity", "summary", "before", "after"]
    with desk.db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.event_id == desk.event_id).order_by(AuditEntry.at))
        out = [[a.at, a.operator, a.role, a.device, a.action, a.entity, a.summary, a.before, a.after] for a in rows]
    return "audit_log", header, out
