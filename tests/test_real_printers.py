"""Printing to real printers: the tests' own CUPS (tests/print_system.py) with a CUPS-PDF queue that takes any paper
(`AnyPaper`) and an office laser that takes Letter only, with 0.25" margins (`LetterOnly`), each job's output read
back as the PDF the queue made: its page sizes, its text, its QR codes decoded, its name in the queue."""

from __future__ import annotations

import json
import re
import subprocess

import pypdf
import pytest
import zxingcpp
from PIL import Image

from nightout_desk.cli import main
from nightout_desk.printers import catalogue, fit, jobs
from nightout_desk.printers import paper as papers
from nightout_desk.printing import badges as badge_pdf
from nightout_desk.services.demo import create_demo
from nightout_desk.services.volunteers import badges
from tests.print_system import ANY_PAPER, LETTER_ONLY
from tests.test_badges_printing import _roster

PAT = ["--operator", "Pat Organizer"]
MM = 72 / 25.4


def _job_id(out: str) -> int:
    return int(re.search(r"as job \S+-(\d+):", out).group(1))


def _codes(pdf, folder, stem) -> list[set[str]]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(folder / stem)], check=True)
    return [{r.text for r in zxingcpp.read_barcodes(Image.open(p))} for p in sorted(folder.glob(f"{stem}-*.png"))]


def _sizes(pdf) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in pypdf.PdfReader(pdf).pages]


def _side_by_side(own, printed, target) -> None:
    """The app's PDF and what the queue printed, first page of each at 60 dpi, for a person to look at."""
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(own),
                    str(target.with_suffix("")) + "-own"], check=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(printed),
                    str(target.with_suffix("")) + "-printed"], check=True)
    left, right = (Image.open(str(target.with_suffix("")) + f"-{s}.png") for s in ("own", "printed"))
    both = Image.new("RGB", (left.width + right.width + 12, max(left.height, right.height)), "grey")
    both.paste(left, (0, 0))
    both.paste(right, (left.width + 12, 0))
    both.save(target)


def test_the_printers_command_lists_both_queues_with_their_paper(print_system, capsys):
    assert main(["printers"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("LetterOnly (default, two-sided, 600 dpi)\n  US Letter (215.9 × 279.4 mm), "
                          "printable 203.2 × 266.7 mm\n")
    assert "AnyPaper (" in out and "A4 (209.9 × 297 mm)" in out and "and any size from 12.7 × 12.7 mm" in out


@pytest.mark.parametrize("stock_name", list(badge_pdf.STOCKS))
def test_badges_on_every_stock_print_at_their_own_size_and_every_qr_scans(print_system, sqlite_desk, tmp_path,
                                                                          capsys, stock_name):
    _roster(sqlite_desk)
    own = tmp_path / "own.pdf"
    db = ["--db", str(sqlite_desk.db.path), *PAT]
    assert main([*db, "print", "badges", "--stock", stock_name, "--printer", ANY_PAPER, "--out", str(own)]) == 0
    out = capsys.readouterr().out
    job_id = _job_id(out)
    printed = print_system.output(job_id)
    stock = badge_pdf.STOCKS[stock_name]
    sizes = _sizes(printed)
    assert len(sizes) == len(_sizes(own))
    for w, h in sizes:  # CUPS rounds custom sizes to whole points: 62 mm = 175.7 pt prints as 175 pt
        assert abs(w - stock.page_w) <= 1 and abs(h - stock.page_h) <= 1, (w, h)
    wanted = _codes(own, tmp_path, "own")
    assert _codes(printed, tmp_path, "printed") == wanted and sum(map(len, wanted)) == 7  # 7 of 7 decoded
    name = f"Badges — {papers.short_name(stock.title)} — 7"
    assert [j.name for j in print_system.jobs(ANY_PAPER) if j.id == job_id] == [name] and f"“{name}”" in out
    assert all(b.times_printed == 1 for b in badges.badge_sheet(sqlite_desk).badges)
    _side_by_side(own, printed, tmp_path / f"look-{stock_name}.png")


@pytest.mark.parametrize(("stock_name", "told"), [
    ("dk-11202", "Brother DK-11202 labels are 62 × 100 mm and “LetterOnly” takes only US Letter paper: print them "
                 "on a label printer that has 62 × 100 mm labels — “AnyPaper” has it."),
    ("dk-22205", "Brother DK-22205 labels are 62 × 90 mm and “LetterOnly” takes only US Letter paper: print them "
                 "on a label printer that has 62 × 90 mm labels — “AnyPaper” has it."),
    ("a4-8", "Avery L7165 badge sheets are on A4 paper and “LetterOnly” takes only US Letter paper: use Avery 5392 "
             "or Avery 5395 sheets, which are US Letter, or choose a printer with A4 paper — “AnyPaper” has it."),
])
def test_the_letter_only_printer_refuses_other_paper_in_one_line_and_counts_nothing(print_system, sqlite_desk,
                                                                                   capsys, stock_name, told):
    """Defect 1: DK-11202 badges sent to a Letter-only printer came out 42 Letter pages, stretched unevenly, and
    counted as printed. Now: one sentence, exit 1, no job, no badge counted."""
    _roster(sqlite_desk)
    db = ["--db", str(sqlite_desk.db.path), *PAT]
    queued = print_system.jobs(LETTER_ONLY)
    assert main([*db, "print", "badges", "--stock", stock_name, "--printer", LETTER_ONLY]) == 1
    err = capsys.readouterr().err
    assert err == f"nightout-desk: {told}\n"
    assert print_system.jobs(LETTER_ONLY) == queued
    assert all(b.times_printed == 0 for b in badges.badge_sheet(sqlite_desk).badges)


def test_the_fit_decision_never_scales_and_names_what_would_fit(print_system):
    printers = catalogue.list_printers()
    letter_only = next(p for p in printers if p.name == LETTER_ONLY)
    any_paper = next(p for p in printers if p.name == ANY_PAPER)
    for name in badge_pdf.STOCKS:
        paper = papers.for_stock(name)
        assert fit.check(paper, any_paper, printers).ok, name
        on_letter = fit.check(paper, letter_only, printers)
        assert on_letter.ok == (name in ("avery-5392", "avery-5395")), name
        if on_letter.ok:  # at 100 %: the printer's own Letter, never another size to stretch to
            assert on_letter.size.key == "Letter" and on_letter.size.margins == (18, 18, 18, 18)
    bleeding = papers.Paper("The flyer", "document", 612, 792, ink=(0, 0, 612, 792))
    problem = fit.check(bleeding, letter_only, printers).problem
    assert problem == ("The flyer reaches into the 6.4 mm at the paper's edge that “LetterOnly” cannot print, so it "
                       "would be cut off: choose a printer that prints closer to the edge — “AnyPaper” has it.")


@pytest.fixture
def demo_night(sqlite_desk):
    event = create_demo(sqlite_desk.db, households=40, seed=7)
    return ["--db", str(sqlite_desk.db.path), "--event", str(event.id), *PAT]


def test_the_report_and_receipts_print_on_the_office_laser_inside_its_margins(print_system, demo_night, tmp_path,
                                                                           capsys):
    """Defect 4: pages went as 300-ppi pictures, jobs had no name and bands ran to the paper's edge. Now the PDF
    itself (text a printer draws itself), named, with its ink inside the 0.25" the laser cannot print."""
    own = tmp_path / "report.pdf"
    assert main([*demo_night, "print", "report", "--printer", LETTER_ONLY, "--out", str(own)]) == 0
    out = capsys.readouterr().out
    job_id = _job_id(out)
    printed = print_system.output(job_id)
    count = len(_sizes(own))
    assert count >= 5 and _sizes(printed) == [(612, 792)] * count
    job = next(j for j in print_system.jobs(LETTER_ONLY) if j.id == job_id)
    assert job.name == f"End-of-night report — {count} pages"
    own_text = [p.extract_text() for p in pypdf.PdfReader(own).pages]
    printed_text = [p.extract_text() for p in pypdf.PdfReader(printed).pages]
    assert "END-OF-NIGHT REPORT" in printed_text[1] and "Riverside" in printed_text[0]  # text, not pictures
    assert [len(t.split()) for t in printed_text] == [len(t.split()) for t in own_text]
    left, top, right, bottom = papers.ink_box(printed, dpi=150)
    assert min(left, top, 612 - right, 792 - bottom) >= 18 - 0.5  # nothing in the laser's unprintable edge
    assert printed.stat().st_size < 40 * own.stat().st_size  # the PDF, not 0.8 MB of JPEG a page
    _side_by_side(own, printed, tmp_path / "look-report.png")

    receipts = tmp_path / "receipts.pdf"
    assert main([*demo_night, "print", "receipts", "--all", "--printer", LETTER_ONLY, "--out", str(receipts),
                 "--copies", "2"]) == 0
    printed = print_system.output(_job_id(capsys.readouterr().out))
    assert len(_sizes(printed)) == 2 * len(_sizes(receipts))
    _side_by_side(receipts, printed, tmp_path / "look-receipt.png")


def test_page_ranges_copies_and_two_sided_reach_the_print_system(print_system, demo_night, tmp_path, capsys):
    """Defect 3's other half on the command line: page ranges are the print system's, as the dialog's will be."""
    own = tmp_path / "report.pdf"
    assert main([*demo_night, "print", "report", "--printer", LETTER_ONLY, "--out", str(own), "--pages", "2-3",
                 "--two-sided", "long-edge"]) == 0
    job_id = _job_id(capsys.readouterr().out)
    printed = print_system.output(job_id)
    own_pages = [p.extract_text().split()[:12] for p in pypdf.PdfReader(own).pages]
    assert [p.extract_text().split()[:12] for p in pypdf.PdfReader(printed).pages] == own_pages[1:3]
    job = next(j for j in print_system.jobs(LETTER_ONLY) if j.id == job_id)
    assert job.attributes.get("page-ranges") == "2-3" and job.attributes.get("sides") == "two-sided-long-edge"
    assert main([*demo_night, "print", "report", "--printer", LETTER_ONLY, "--pages", "9-12"]) == 1
    assert capsys.readouterr().err.startswith("nightout-desk: Pages 9-12 are not in this printout: it has")


def test_each_printer_keeps_its_own_calibration(print_system, sqlite_desk, tmp_path, capsys, monkeypatch):
    """Defect 2 (the command line's half): the offset of the printer printed on, and no other, moves the print."""
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("NIGHTOUT_CONFIG_DIR", str(config))
    from nightout_desk.config import LaptopSettings

    settings = LaptopSettings()
    settings.printer_offsets = {ANY_PAPER: [0.0, 0.0], LETTER_ONLY: [2.0, 1.5]}
    settings.save()
    before = (config / "settings.json").read_text() if (config / "settings.json").exists() else None
    _roster(sqlite_desk)
    db = ["--db", str(sqlite_desk.db.path), *PAT]
    boxes = {}
    for queue in (ANY_PAPER, LETTER_ONLY):
        own = tmp_path / f"{queue}.pdf"
        assert main([*db, "print", "badges", "--stock", "avery-5392", "--printer", queue, "--out", str(own)]) == 0
        printed = print_system.output(_job_id(capsys.readouterr().out))
        boxes[queue] = (papers.ink_box(own, dpi=300), papers.ink_box(printed, dpi=300))
    own_box, printed_box = boxes[ANY_PAPER]
    assert all(abs(a - b) <= 0.05 * MM + 0.25 for a, b in zip(own_box, printed_box, strict=True))  # as the app drew
    own_box, printed_box = boxes[LETTER_ONLY]
    assert abs(printed_box[0] - own_box[0] - 2 * MM) <= 0.5 and abs(printed_box[1] - own_box[1] - 1.5 * MM) <= 0.5
    assert LaptopSettings.load().printer_offsets == {ANY_PAPER: [0.0, 0.0], LETTER_ONLY: [2.0, 1.5]}
    if before is not None:
        assert json.loads((config / "settings.json").read_text()) == json.loads(before)


def test_a_printer_that_is_not_there_and_a_page_range_outside_are_one_line(print_system):
    paper = papers.for_stock("avery-5392")
    with pytest.raises(jobs.PrintRefused, match="^There is no printer called “Nope” on this computer"):
        jobs.prepare(paper, "Nope")
    assert jobs.page_list("2-3,5", 7) == [1, 2, 4] and jobs.page_list("", 3) == [0, 1, 2]
    with pytest.raises(jobs.PrintRefused, match="not a page range"):
        jobs.page_list("two", 7)
