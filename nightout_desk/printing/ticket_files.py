"""Families' tickets for a mail merge: `tickets.csv` (family, first names, email, code, the QR's file name) and one
PNG QR code per household named by its code, in one folder (an email or letter template picks the picture by name)."""

from __future__ import annotations

from pathlib import Path

from nightout_desk.printing.qr import write_png
from nightout_desk.services.checkin.tickets import TicketSheet
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.export import write_csv

CSV_NAME = "tickets.csv"
HEADER = ["family_name", "first_names", "email", "code", "code_shown", "qr_image", "event", "date", "time", "place"]


def write_mail_merge(sheet: TicketSheet, folder: Path) -> tuple[Path, list[Path]]:
    """Write the CSV (safe to open in a spreadsheet: cells that look like formulas are quoted) and the PNGs; returns
    (the CSV, the PNGs). Files of an earlier export are overwritten, nothing else in the folder is touched."""
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(f"{folder} is a file, not a folder.")
    folder.mkdir(parents=True, exist_ok=True)
    pictures = []
    for t in sheet.tickets:
        picture = folder / f"{t.code}.png"
        write_png(t.code, picture)
        pictures.append(picture)
    rows = ([t.family_name, t.first_names, t.email, t.code, t.code_text, f"{t.code}.png", sheet.event_name,
             sheet.event_date, sheet.event_time, sheet.place] for t in sheet.tickets)
    return write_csv(folder / CSV_NAME, HEADER, rows), pictures
