"""The keyboard cheat sheet to tape to the table: one Letter page, every shortcut readable, from the command line."""

from __future__ import annotations

import unicodedata

import pypdf

from nightout_desk.printing.cheat_sheet import write_cheat_sheet
from nightout_desk.shortcuts import GROUPS
from tests.test_cli import nightout


def _text(pdf) -> str:
    pages = pypdf.PdfReader(pdf).pages
    assert len(pages) == 1
    return " ".join(unicodedata.normalize("NFC", pages[0].extract_text()).split())


def test_the_cheat_sheet_is_one_letter_page_with_every_shortcut_grouped_by_task(tmp_path):
    pdf = write_cheat_sheet(tmp_path / "cheat.pdf", "Riverside National Night Out 2026")
    page = pypdf.PdfReader(pdf).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)  # US Letter
    text = _text(pdf)
    assert "Keys at the table" in text and "Riverside National Night Out 2026" in text
    for group in GROUPS:
        assert group.title in text, group.title
        for s in group.shortcuts:
            assert s.label in text, s.label
            assert s.what.split()[0] in text, s.what
    for title in ("At the check-in desk", "Scanning", "Undo and corrections", "Lock and who is at the desk",
                  "Screens (tabs)"):
        assert title in text


def test_print_cheat_sheet_needs_no_operator_and_no_database(tmp_path):
    out = tmp_path / "cheat-sheet.pdf"
    done = nightout("print", "cheat-sheet", "--out", out, db=tmp_path / "none.sqlite3")
    assert done.returncode == 0, done.stderr
    assert "cheat sheet" in done.stdout and "Ctrl+Z" in _text(out)
    assert not (tmp_path / "none.sqlite3").exists()  # nothing opened, nothing created
    missing = nightout("print", "cheat-sheet")
    assert missing.returncode == 1 and missing.stderr.strip() == ("nightout-desk: Say where to write the PDF: "
                                                                  "--out FILE.pdf.")
