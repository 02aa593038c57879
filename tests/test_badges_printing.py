"""Badges read back from the PDF: pages, badges per page, names in the text layer, every QR decoded by a real \
decoder."""

from __future__ import annotations

import math
import subprocess
import unicodedata

import pypdf
import pytest
import zxingcpp
from PIL import Image

from nightout_desk.cli import main
from nightout_desk.printing import badges as badge_pdf
from nightout_desk.printing import fonts
from nightout_desk.services import audit
from nightout_desk.services.checkin import households
from nightout_desk.services.volunteers import badges
from nightout_desk.services.volunteers import roster as volunteers

NAMES = [("Zoë", "Nguyễn-O'Brien", "youth", "Explorer Post 12"), ("Łukasz", "Żółw", "civilian", "Rotary Club"),
         ("محمد", "Haddad", "civilian", "St. Mark's Church"), ("李小龙", "Lee", "officer", "Riverside PD"),
         ("Maximiliana-Alexandrina", "Wolfeschlegelsteinhausenbergerdorff", "officer",
          "Riverside Police Department Community Outreach and Crime Prevention Unit"),
         ("Al", "Ng", "youth", ""), ("Ann", "Smith", "civilian", "Neighborhood Watch")]


def _roster(desk):
    return [volunteers.add_volunteer(desk, first_name=f, last_name=last, role=r, organization=o,
                                     guardian_name="G" if r == "youth" else "",
                                     guardian_phone="1" if r == "youth" else "")
            for f, last, r, o in NAMES]


def _decoded_pages(pdf, tmp_path) -> list[set[str]]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    return [{r.text for r in zxingcpp.read_barcodes(Image.open(p))} for p in pages]


def _text(pdf) -> list[str]:
    return [unicodedata.normalize("NFC", p.extract_text()) for p in pypdf.PdfReader(pdf).pages]


@pytest.mark.parametrize("stock_name", list(badge_pdf.STOCKS))
def test_every_stock_prints_every_badge_with_its_name_and_a_qr_that_scans(sqlite_desk, tmp_path, stock_name):
    people = _roster(sqlite_desk)
    sheet = badges.badge_sheet(sqlite_desk)
    stock = badge_pdf.STOCKS[stock_name]
    pdf = tmp_path / f"{stock_name}.pdf"
    pages = badge_pdf.render(sheet, stock_name, pdf)
    assert pages == math.ceil(len(people) / stock.per_page) == len(pypdf.PdfReader(pdf).pages)
    text = _text(pdf)
    decoded = _decoded_pages(pdf, tmp_path)
    order = list(sheet.badges)
    for page in range(pages):
        on_page = order[page * stock.per_page:(page + 1) * stock.per_page]
        assert decoded[page] == {b.code for b in on_page}, f"page {page + 1}"
        for b in on_page:
            assert b.first_line in text[page].replace("\n", " ") or b.first_line in text[page].replace("\n", "")
    everything = " ".join(text)
    for name in ("Zoë", "Nguyễn-O'Brien", "Łukasz", "Żółw", "محمد", "李小龙"):
        assert name in everything, name
    assert "Riverside National Night Out 2026" in everything


def test_households_ticket_labels_carry_the_ticket_code(sqlite_desk, tmp_path):
    h = households.add_household(sqlite_desk, family_name="García", first_names="María, José", adults_expected=2,
                                 kids_expected=3)
    sheet = badges.badge_sheet(sqlite_desk, who="households")
    pdf = tmp_path / "tickets.pdf"
    badge_pdf.render(sheet, "dk-22205", pdf)
    assert _decoded_pages(pdf, tmp_path) == [{h.ticket_code}]
    assert "García" in _text(pdf)[0] and "2 adults · 3 kids" in _text(pdf)[0]


def test_a_long_name_shrinks_to_fit_and_never_leaves_its_badge():
    fonts.register()
    for stock in badge_pdf.STOCKS.values():
        inner = stock.label_w * 0.88
        for name in ("Maximiliana-Alexandrina", "Wolfeschlegelsteinhausenbergerdorff" * 2, "李小龙" * 10):
            size = fonts.fit_size(name, inner, 40, 9, bold=True)
            assert fonts.text_width(fonts.elide(name, inner, size, True), size, True) <= inner + 0.01


def test_arabic_is_shaped_for_the_eye_and_exact_in_the_text_layer(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "arabic.pdf"
    c = Canvas(str(pdf))
    width = fonts.draw_text(c, 50, 700, "محمد", 30, bold=True)
    c.save()
    assert pypdf.PdfReader(pdf).pages[0].extract_text().strip() == "محمد"
    runs = fonts.runs("محمد", True)
    assert len(runs) == 1 and runs[0].rtl
    unshaped = fonts.pdfmetrics.stringWidth("محمد", runs[0].font, 30)
    assert width < unshaped  # joined letters are narrower than four isolated ones: shaping happened


def test_only_unprinted_and_a_lost_badge_reprint_is_counted_and_audited(desk):
    people = _roster(desk)
    first = badges.badge_sheet(desk)
    assert badges.record_printed(desk, first.badges, "avery-5392") == 0
    late = volunteers.add_volunteer(desk, first_name="Late", last_name="Signup")
    assert [b.id for b in badges.badge_sheet(desk, only_unprinted=True).badges] == [late.id]
    lost = badges.badge_sheet(desk, volunteer_code=people[0].badge_code.lower())
    assert [b.id for b in lost.badges] == [people[0].id] and lost.badges[0].times_printed == 1
    assert badges.record_printed(desk, lost.badges, "dk-11202", reason="lost badge") == 1
    entry = audit.recent(desk, action="badge reprinted")[0]
    assert "print #2" in entry.summary and "lost badge" in entry.summary
    assert badges.badge_sheet(desk, volunteer_code=people[0].badge_code).badges[0].times_printed == 2


def test_print_badges_command_writes_the_pdf_and_counts_prints(sqlite_desk, tmp_path, capsys):
    _roster(sqlite_desk)
    db = str(sqlite_desk.db.path)
    out = tmp_path / "badges.pdf"
    pat = ["--db", db, "--operator", "Pat Organizer"]
    assert main([*pat, "print", "badges", "--out", str(out), "--stock", "avery-5395"]) == 0
    assert "7 badges on 1 page of avery-5395" in capsys.readouterr().out
    assert main([*pat, "print", "badges", "--out", str(out), "--only-unprinted"]) == 1
    assert "printed already" in capsys.readouterr().err
    assert main([*pat, "print", "badges", "--out", str(out), "--stock", "avery-9999"]) == 1
    assert "Unknown badge stock" in capsys.readouterr().err
