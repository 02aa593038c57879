"""What a printout is printed on: a roll of labels, a sheet of labels or a document page, and where its ink lies."""

from __future__ import annotations

import re
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from nightout_desk.printers.catalogue import MM, mm_text

SHEETS = {"US Letter": (612.0, 792.0), "A4": (595.28, 841.89)}  # sheet stocks' papers (points)


@dataclass(frozen=True)
class Paper:
    what: str  # said in a sentence: "Brother DK-11202 labels", "Avery 5392 badge sheets", "The report"
    kind: str  # "roll" (label tape, one label a page), "sheet" (labels on a sheet) or "document"
    width: float  # points
    height: float
    ink: tuple[float, float, float, float] | None = None  # left, top, right, bottom of what is drawn (points)
    instead: tuple[tuple[str, str], ...] = ()  # sheet stocks on other papers: (paper name, "Avery 5392 or 5395")

    @property
    def plural(self) -> bool:
        return self.kind != "document"

    def size_text(self) -> str:
        return sheet_name(self.width, self.height) or mm_text(self.width, self.height)


def sheet_name(width: float, height: float) -> str:
    return next((n for n, (w, h) in SHEETS.items() if abs(w - width) < 1.5 and abs(h - height) < 1.5), "")


def for_stock(stock_name: str) -> Paper:
    """A badge or ticket stock of `printing/badges.py`, as paper (its geometry, not a copy of it)."""
    from nightout_desk.printing.badges import STOCKS, stock

    st = stock(stock_name)
    short = short_name(st.title)
    if st.per_page == 1 and not sheet_name(st.page_w, st.page_h):
        return Paper(f"{short} labels", "roll", st.page_w, st.page_h)
    own = sheet_name(st.page_w, st.page_h)
    others: dict[str, list[str]] = {}
    for other in STOCKS.values():
        paper = sheet_name(other.page_w, other.page_h)
        if paper and paper != own and other.per_page > 1:
            others.setdefault(paper, []).append(short_name(other.title))
    return Paper(f"{short} badge sheets", "sheet", st.page_w, st.page_h,
                 instead=tuple((p, " or ".join(names)) for p, names in others.items()))


def short_name(title: str) -> str:
    """"Avery 5392 — 4″ × 3″ name badges…" -> "Avery 5392"; "A4 sheet — … (Avery L7165 die)" -> "Avery L7165"."""
    named = re.search(r"\((Avery [^ )]+)", title)
    return named.group(1) if named else title.split(" — ")[0]


def for_document(what: str, pdf_path: Path, lock: AbstractContextManager | None = None) -> Paper:
    """A document (receipts, the report…): its first page's size and the ink of all its pages."""
    width, height = page_sizes(pdf_path, lock)[0]
    return Paper(what, "document", width, height, ink_box(pdf_path, lock))


def with_ink(paper: Paper, pdf_path: Path, lock: AbstractContextManager | None = None) -> Paper:
    return Paper(paper.what, paper.kind, paper.width, paper.height, ink_box(pdf_path, lock), paper.instead)


def page_sizes(pdf_path: Path, lock: AbstractContextManager | None = None) -> list[tuple[float, float]]:
    import pypdfium2

    with lock or nullcontext():
        doc = pypdfium2.PdfDocument(str(pdf_path))
        try:
            return [tuple(doc.get_page_size(i)) for i in range(len(doc))]
        finally:
            doc.close()


def ink_box(pdf_path: Path, lock: AbstractContextManager | None = None,
            dpi: float = 36) -> tuple[float, float, float, float] | None:
    """Where anything is drawn on any page (left, top, right, bottom in points from the top-left corner), read from
    the pages drawn at `dpi` (a pixel = 2 points: the edge is known to within a millimetre); None if all blank.
    `lock`: held around each call into PDFium, which is not thread-safe (the window passes ui/pdfium.PDFIUM)."""
    import pypdfium2
    from PIL import ImageChops

    box = None
    scale = dpi / 72
    with lock or nullcontext():
        doc = pypdfium2.PdfDocument(str(pdf_path))
    try:
        for i in range(len(doc)):
            with lock or nullcontext():
                page = doc[i]
                try:
                    bitmap = page.render(scale=scale, grayscale=True)
                    try:
                        image = bitmap.to_pil().convert("L")
                    finally:
                        bitmap.close()
                finally:
                    page.close()
            found = ImageChops.invert(image).point(lambda v: 255 if v > 8 else 0).getbbox()
            if found:
                left, top, right, bottom = (v / scale for v in found)
                box = (left, top, right, bottom) if box is None else (
                    min(box[0], left), min(box[1], top), max(box[2], right), max(box[3], bottom))
    finally:
        with lock or nullcontext():
            doc.close()
    return box


def margin_text(points: float) -> str:
    return f"{round(points / MM + 1e-9, 1):.1f}".removesuffix(".0") + " mm"
