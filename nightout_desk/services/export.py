"""CSV export of the tables a user may need, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import select

from nightout_desk import clock
from nightout_desk.models import AuditEntry, CheckIn, CheckInUndo, Household
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Table = tuple[str, list[str], Iterable[list]]  # file stem, header, rows
EXPORTS: list[Callable[[Desk], Table]] = []  # areas append their tables


def safe_cell(value: object) -> str:
    """A cell a spreadsheet will not run as a formula (OWASP's CSV-injection advice: prefix with a quote)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = clock.local(value).strftime("%Y-%m-%d %H:%M:%S") if hasattr(value, "astimezone") else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(path: Path, header: list[str], rows: Iterable[list]) -> Path:
    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("w", newline="", encoding="utf-8-sig") as fh:  # the BOM makes Excel read UTF-8
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow([safe_cell(v) for v in row])
    tmp.replace(path)
    return path


def export_csv(desk: Desk, folder: Path) -> list[Path]:
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(f"{folder} is a file, not a folder.")
    folder.mkdir(parents=True, exist_ok=True)
    return [write_csv(folder / f"{stem}.csv", header, rows) for stem, header, rows in (t(desk) for t in EXPORTS)]


def _households(desk: Desk) -> Table:
    header = ["ticket_code", "family_name", "first_names", "phone", "email", "zip_code", "neighbourhood",
              "adults_expected", "kids_expected", "source", "consent_to_contact", "notes", "merged_into_ticket"]
    with desk.db.read() as s:
        rows = list(s.scalars(select(Household).where(Household.event_id == desk.event_id)
                              .order_by(Household.family_name)))
        codes = {h.id: h.ticket_code for h in rows}
        out = [[h.ticket_code, h.family_name, h.first_names, h.phone, h.email, h.zip_code, h.neighbourhood,
                h.adults_expected, h.kids_expected, h.source, h.consent_to_contact, h.notes,
                codes.get(h.merged_into_id, "")] for h in rows]
    return "households", header, out


def _check_ins(desk: Desk) -> Table:
    header = ["at", "ticket_code", "family_name", "adults", "kids", "device", "operator", "undone_at", "undo_reason",
              "undone_by"]
    with desk.db.read() as s:
        rows = s.execute(select(CheckIn, Household.ticket_code, Household.family_name, CheckInUndo)
                         .join(Household, Household.id == CheckIn.household_id)
                         .outerjoin(CheckInUndo, CheckInUndo.check_in_id == CheckIn.id)
                         .where(CheckIn.event_id == desk.event_id).order_by(CheckIn.at)).all()
        out = [[c.at, code, name, c.adults, c.kids, c.device, c.operator, u.at if u else "", u.reason if u else "",
                u.operator if u else ""] for c, code, name, u in rows]
    return "check_ins", header, out


def _audit(desk: Desk) -> Table:
    header = ["at", "operator", "role", "device", "action", "entity", "summary", "before", "after"]
    with desk.db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.event_id == desk.event_id).order_by(AuditEntry.at))
        out = [[a.at, a.operator, a.role, a.device, a.action, a.entity, a.summary, a.before, a.after] for a in rows]
    return "audit_log", header, out


EXPORTS.extend([_households, _check_ins, _audit])

import nightout_desk.services.donation_exports  # noqa: E402,F401 - donors, donations, receipts, stock ledger
import nightout_desk.services.station_exports  # noqa: E402,F401 - station status, demos, tallies, waivers, kits, incidents
import nightout_desk.services.volunteer_exports  # noqa: E402,F401 - volunteers, shifts, time entries
