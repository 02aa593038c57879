"""Does this paper fit this printer? At 100 % or not at all, and when not, one sentence saying what would.

Never scaled: a label printed 3 % small misses its die cut as surely as one 3.48 times too wide. A printer fits when it
has the paper's size (named, or among the custom sizes it takes) and the ink stays inside what it can print.
"""

from __future__ import annotations

from dataclasses import dataclass

from nightout_desk.printers.catalogue import MM, PaperSize, Printer, mm_text
from nightout_desk.printers.paper import Paper, margin_text, sheet_name

TOLERANCE = 1.5  # points: print systems round paper sizes to whole points (62 mm = 175.7 pt is "175")


@dataclass(frozen=True)
class Fit:
    size: PaperSize | None  # the printer's paper to print on, at 100 %
    problem: str = ""  # one sentence when it does not fit

    @property
    def ok(self) -> bool:
        return not self.problem


def check(paper: Paper, printer: Printer, others: list[Printer] = ()) -> Fit:
    size = paper_size(printer, paper.width, paper.height)
    if size is None:
        return Fit(None, _no_such_paper(paper, printer, others))
    lost = _outside(paper, size)
    if lost:
        closer = [p.name for p in others if p.name != printer.name and _fits_whole(paper, p)]
        they, edge = ("they" if paper.plural else "it"), margin_text(max(size.margins))
        return Fit(size, f"{paper.what} {'reach' if paper.plural else 'reaches'} into the {edge}"
                         f" at the paper's edge that “{printer.name}” cannot print, so {they} would be cut off: "
                         f"choose a printer that prints closer to the edge{_such_as(closer)}.")
    return Fit(size)


def paper_size(printer: Printer, width: float, height: float) -> PaperSize | None:
    """The printer's paper of this size: a named one, else a custom size when it takes any; None if neither."""
    for size in printer.sizes:
        if abs(size.width - width) <= TOLERANCE and abs(size.height - height) <= TOLERANCE:
            return size
    if printer.any_size:
        low_w, low_h, high_w, high_h = printer.any_size
        if low_w - TOLERANCE <= width <= high_w + TOLERANCE and low_h - TOLERANCE <= height <= high_h + TOLERANCE:
            key = f"Custom.{width / MM:.2f}x{height / MM:.2f}mm"
            return PaperSize(key, mm_text(width, height), width, height, (0.0, 0.0, 0.0, 0.0))
    return None


def _outside(paper: Paper, size: PaperSize) -> float:
    """How far the ink reaches into the printer's unprintable edge (points; 0 when it stays out of it)."""
    if paper.ink is None:
        return 0.0
    left, top, right, bottom = paper.ink
    m_left, m_top, m_right, m_bottom = size.margins
    reach = max(m_left - left, m_top - top, right - (size.width - m_right), bottom - (size.height - m_bottom))
    return reach if reach > TOLERANCE else 0.0


def _fits_whole(paper: Paper, printer: Printer) -> bool:
    size = paper_size(printer, paper.width, paper.height)
    return size is not None and not _outside(paper, size)


def _takes(printer: Printer, paper: Paper) -> str:
    names = [s.name for s in printer.sizes]
    if not printer.any_size and 0 < len(names) <= 3:
        return f"takes only {' and '.join(names)} paper"
    return f"has no {paper.size_text()} paper"


def _such_as(names: list[str]) -> str:
    if not names:
        return " (none on this computer has it)"
    return " — " + " or ".join(f"“{n}”" for n in names[:3]) + (" has it" if len(names) == 1 else " have it")


def _no_such_paper(paper: Paper, printer: Printer, others: list[Printer]) -> str:
    having = [p.name for p in others if p.name != printer.name and _fits_whole(paper, p)]
    verb = "are" if paper.plural else "is"
    size = paper.size_text() if paper.kind == "roll" else f"on {paper.size_text()} paper"
    said = f"{paper.what} {verb} {size} and “{printer.name}” {_takes(printer, paper)}"
    if paper.kind == "roll":
        return f"{said}: print them on a label printer that has {mm_text(paper.width, paper.height)} labels" \
               f"{_such_as(having)}."
    if paper.kind == "sheet":
        sheets = [(name, stocks) for name, stocks in paper.instead
                  if any(sheet_name(s.width, s.height) == name for s in printer.sizes)]
        if sheets:
            name, stocks = sheets[0]
            return f"{said}: use {stocks} sheets, which are {name}, or choose a printer with " \
                   f"{paper.size_text()} paper{_such_as(having)}."
    return f"{said}: choose a printer with {paper.size_text()} paper{_such_as(having)}."
