"""`nightout-desk printers` and `print KIND … --printer NAME`: printouts sent to a system printer.

The same path as the window's Print… (`nightout_desk/printers`): the paper is checked against the printer before
anything is read or counted (one line and exit 1 when it does not fit), the app's PDF is sent at 100 % as a job named
after what it is, with the printer's calibration offset from this laptop's settings. A kind's command calls
`args.deliver(pdf, title)` where the job must be taken before it records anything (badges are counted as printed
only after the print system accepted the job); for the others the PDF is sent once the command made it.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path

from nightout_desk.config import LaptopSettings
from nightout_desk.printers import catalogue, jobs
from nightout_desk.printers import paper as papers
from nightout_desk.services.context import Desk

TITLES = {"receipts": "Receipts", "letters": "Thank-you letters", "statements": "Year statements",
          "tickets": "Family tickets", "waivers": "Waiver forms", "count-sheet": "Giveaway count sheet",
          "hours-letters": "Service-hours letters", "report": "End-of-night report", "badges": "Badges"}
LETTER = papers.SHEETS["US Letter"]


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    return sub.add_parser("printers", parents=[common], help="list the printers and the paper sizes they take",
                          description="Every printer this computer has (the default first), the paper sizes it "
                                      "takes and, for each, the area it can print on; the names to give "
                                      "`print KIND --printer NAME`.")


def cmd_printers(args: argparse.Namespace) -> int:
    found = catalogue.list_printers()
    if not found:
        print("No printer is set up on this computer.")
        return 0
    for p in found:
        notes = [n for n, on in (("default", p.is_default), ("two-sided", p.duplex)) if on]
        print(f"{p.name} ({', '.join([*notes, f'{p.resolution} dpi'])})")
        if len(p.sizes) <= 12:
            for s in p.sizes:
                left, top, right, bottom = s.margins
                area = catalogue.mm_text(s.width - left - right, s.height - top - bottom)
                print(f"  {s.label()}, printable {area}")
        else:
            for line in _lines([s.label() for s in p.sizes], 110):
                print(f"  {line}")
        if p.any_size:
            low, high = catalogue.mm_text(*p.any_size[:2]), catalogue.mm_text(*p.any_size[2:])
            print(f"  and any size from {low} to {high}")
    return 0


def _lines(items: list[str], width: int) -> list[str]:
    """Items joined by commas into lines of at most `width`, never breaking one."""
    lines = [""]
    for item in items:
        if lines[-1] and len(lines[-1]) + len(item) + 2 > width:
            lines[-1] += ","
            lines.append("")
        lines[-1] += (", " if lines[-1] else "") + item
    return lines


def paper_before(kind: str, args: argparse.Namespace) -> papers.Paper:
    """What a kind prints on, known before anything is read: a badge or ticket stock, else a Letter document."""
    from nightout_desk.printing import badges

    stock = getattr(args, "stock", None)
    if kind == "badges":
        return papers.for_stock(stock or badges.DEFAULT_STOCK)
    if kind == "tickets" and stock in badges.STOCKS:
        return papers.for_stock(stock)
    if kind == "tickets" and stock == "a4":
        return papers.Paper("Family tickets", "sheet", *papers.SHEETS["A4"])
    return papers.Paper(TITLES.get(kind, kind.capitalize()), "document", *LETTER)


def print_to_printer(args: argparse.Namespace, run: Callable[[Desk, Path, argparse.Namespace], int],
                     open_desk: Callable[[], Desk]) -> int:
    """`print KIND --printer NAME [--out FILE.pdf]`: checked, made, sent; the PDF kept only where --out says."""
    name = args.printer
    printers = catalogue.list_printers()
    expected = paper_before(args.kind, args)
    jobs.prepare(expected, name, printers)  # refused here, before anything is read or counted
    offset = tuple(LaptopSettings.load().printer_offsets.get(name, [0.0, 0.0]))
    sent: list[jobs.Sent] = []

    def deliver(pdf: Path, title: str) -> jobs.Sent:
        made = expected if expected.kind != "document" else papers.for_document(expected.what, pdf)
        if made.kind != "document":
            made = papers.with_ink(made, pdf)
        job = jobs.send(pdf, made, name, jobs.JobOptions(title, copies=args.copies, pages=args.pages or "",
                                                         two_sided=args.two_sided or "", offset_mm=offset),
                         printers=printers)
        sent.append(job)
        print(f"Sent to “{job.printer}”" + (f" as job {job.job}" if job.job else "") + f": “{job.title}”.")
        return job

    args.deliver = deliver
    with tempfile.TemporaryDirectory(prefix="nightout-print-") as folder:
        out = Path(args.out) if args.out else Path(folder) / f"{args.kind}.pdf"
        code = run(open_desk(), out, args)
        if code == 0 and not sent:
            deliver(out, f"{TITLES.get(args.kind, args.kind.capitalize())} — {_pages(out)}")
    return code


def _pages(pdf: Path) -> str:
    count = len(papers.page_sizes(pdf))
    return f"{count} page{'s' if count != 1 else ''}"

