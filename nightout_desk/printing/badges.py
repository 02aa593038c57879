"""Name badges and household ticket labels on the stocks event tables own, lined up with the real die cuts.

Sheet geometry (inches unless said; from the manufacturers' published templates, as also used by gLabels):
- Avery 5392 (same die as 74541): 4 x 3 badges, 2 across x 3 down on US Letter, left margin 0.25, top 1.0,
  pitch 4.0 across and 3.0 down (the inserts touch).
- Avery 5395: 3 3/8 x 2 1/3 badges, 2 x 4 on US Letter, left 0.6875, top 0.5833, pitch 3.75 across, 2.5 down.
- A4, 8 per sheet (Avery L7165 / J8165 die): 99.1 x 67.7 mm, 2 x 4, left 4.65 mm, top 13.1 mm, pitch 101.6 x 67.7 mm.
- Brother DK-11202: one 62 x 100 mm die-cut label per page. DK-22205: 62 mm continuous tape, cut at 90 mm.
A calibration offset (mm, right and down) shifts everything for a printer that feeds a little off.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from nightout_desk.printing import fonts
from nightout_desk.printing.progress import Cancelled, Progress, step, written_aside
from nightout_desk.printing.qr import draw_qr
from nightout_desk.services.volunteers.badges import BadgeData, BadgeSheet

BAND_COLOURS = {  # the colour band says the role; the band also says it in words
    "officer": HexColor("#1F3A93"),
    "civilian": HexColor("#1E7B45"),
    "youth": HexColor("#C2570A"),
    "household": HexColor("#6A2C91"),
}
INK = HexColor("#1A1A1A")
GREY = HexColor("#555555")


@dataclass(frozen=True)
class Stock:
    name: str
    title: str
    page_w: float  # points
    page_h: float
    label_w: float
    label_h: float
    cols: int
    rows: int
    left: float  # from the page's left edge to the first label
    top: float  # from the page's top edge to the first label
    pitch_x: float
    pitch_y: float

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    def label_origin(self, index: int, offset: tuple[float, float] = (0.0, 0.0)) -> tuple[float, float]:
        """Bottom-left corner (reportlab coordinates) of the index-th label on its page."""
        slot = index % self.per_page
        col, row = slot % self.cols, slot // self.cols
        x = self.left + col * self.pitch_x + offset[0]
        y = self.page_h - (self.top + row * self.pitch_y) - self.label_h - offset[1]
        return x, y


LETTER = (8.5 * inch, 11 * inch)
A4 = (210 * mm, 297 * mm)
STOCKS: dict[str, Stock] = {s.name: s for s in (
    Stock("avery-5392", "Avery 5392 — 4″ × 3″ name badges, 6 per Letter sheet", *LETTER, 4 * inch, 3 * inch,
          2, 3, 0.25 * inch, 1.0 * inch, 4 * inch, 3 * inch),
    Stock("avery-5395", "Avery 5395 — 3⅜″ × 2⅓″ name badge labels, 8 per Letter sheet", *LETTER, 3.375 * inch,
          (2 + 1 / 3) * inch, 2, 4, 0.6875 * inch, (7 / 12) * inch, 3.75 * inch, 2.5 * inch),
    Stock("dk-11202", "Brother DK-11202 — 62 × 100 mm labels, one per label", 62 * mm, 100 * mm, 62 * mm, 100 * mm,
          1, 1, 0, 0, 62 * mm, 100 * mm),
    Stock("dk-22205", "Brother DK-22205 — 62 mm continuous tape, 90 mm per badge", 62 * mm, 90 * mm, 62 * mm, 90 * mm,
          1, 1, 0, 0, 62 * mm, 90 * mm),
    Stock("a4-8", "A4 sheet — 99.1 × 67.7 mm badges, 8 per sheet (Avery L7165 die)", *A4, 99.1 * mm, 67.7 * mm,
          2, 4, 4.65 * mm, 13.1 * mm, 101.6 * mm, 67.7 * mm),
)}
DEFAULT_STOCK = "avery-5392"


def stock(name: str) -> Stock:
    try:
        return STOCKS[name]
    except KeyError:
        from nightout_desk.services.errors import InvalidInput

        raise InvalidInput(f"Unknown badge stock “{name}”. Choose one of: {', '.join(STOCKS)}.") from None


def _line(c: Canvas, x: float, y: float, text: str, width: float, start: float, minimum: float, bold: bool,
          align: str) -> float:
    """Draw one line shrunk to fit `width` (ellipsis only if even the minimum size is too wide); returns the size."""
    size = fonts.fit_size(text, width, start, minimum, bold)
    text = fonts.elide(text, width, size, bold)
    fonts.draw_text(c, x, y, text, size, bold=bold, align=align)
    return size


def _band(c: Canvas, b: BadgeData, sheet: BadgeSheet, x: float, y: float, w: float, h: float, band_h: float,
          pad: float) -> None:
    """The colour band: the role in words on the left; the event and its date on the right (or below, if narrow)."""
    c.setFillColor(BAND_COLOURS.get(b.role, BAND_COLOURS["civilian"]))
    c.rect(x, y + h - band_h, w, band_h, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    role = b.role_label.upper()
    event = f"{sheet.event_name} · {sheet.event_date}"
    size = band_h * 0.36
    role_w = fonts.text_width(role, size, bold=True)
    room = w - 3 * pad - role_w
    if fonts.fit_size(event, room, size * 0.75, 1, False) >= 6:
        base = y + h - band_h / 2 - size * 0.35
        fonts.draw_text(c, x + pad, base, role, size, bold=True)
        _line(c, x + w - pad, base, event, room, size * 0.75, 6, False, "right")
        return
    size = band_h * 0.3  # narrow label: two rows
    fonts.draw_text(c, x + pad, y + h - band_h * 0.4, role, size, bold=True)
    _line(c, x + pad, y + h - band_h * 0.82, event, w - 2 * pad, size * 0.7, 4.5, False, "left")


def _split(text: str) -> tuple[str, str] | None:
    """Two lines for a long name: at the space or hyphen nearest the middle."""
    cuts = [i for i, ch in enumerate(text) if ch in " -" and 0 < i < len(text) - 1]
    if not cuts:
        return None
    i = min(cuts, key=lambda k: abs(k - len(text) / 2))
    return (text[:i + 1].rstrip(), text[i + 1:].strip()) if text[i] == "-" else (text[:i], text[i + 1:])


def _name(c: Canvas, tx: float, cursor: float, text: str, width: float, start: float, minimum: float, bold: bool,
          align: str, first: bool) -> float:
    """A name line (two if it would otherwise shrink below half size); returns the new baseline cursor."""
    size = fonts.fit_size(text, width, start, minimum, bold)
    parts = _split(text) if size < start * 0.5 else None
    lines = [text]
    if parts:
        two = min(fonts.fit_size(p, width, start, minimum, bold) for p in parts)
        if two > size * 1.3:
            size, lines = two, list(parts)
    for n, line in enumerate(lines):
        cursor -= size * (0.95 if first and n == 0 else 1.2)
        _line(c, tx, cursor, line, width, size, minimum, bold, align)
    return cursor


def draw_badge(c: Canvas, b: BadgeData, sheet: BadgeSheet, x: float, y: float, w: float, h: float) -> None:
    """One badge in the box (x, y, w, h): colour band, first name big, last name, role/station, organization, QR."""
    pad = min(w, h) * 0.06
    band_h = max(h * 0.15, 14)
    _band(c, b, sheet, x, y, w, h, band_h, pad)
    body_top = y + h - band_h - pad
    role_line = " · ".join(p for p in (b.role_label if b.role != "household" else "", b.detail) if p)
    c.setFillColor(INK)
    if w > h * 1.15:  # landscape: text on the left, QR on the right, centred in the space under the band
        code_room = h * 0.07
        qr = min(body_top - y - pad - code_room, w * 0.36)
        qr_x = x + w - pad - qr
        qr_y = y + pad + code_room + (body_top - y - pad - code_room - qr) / 2
        text_w = qr_x - x - 2 * pad
        tx, align = x + pad, "left"
        top_size = h * 0.2
    else:  # portrait: everything centred, QR below
        qr = min(w * 0.62, (body_top - y) * 0.5)
        qr_x = x + (w - qr) / 2
        qr_y = y + pad + h * 0.05
        text_w = w - 2 * pad
        tx, align = x + w / 2, "centre"
        top_size = w * 0.2
    cursor = _name(c, tx, body_top, b.first_line, text_w, top_size, 9, True, align, True)
    if b.second_line:
        cursor = _name(c, tx, cursor - top_size * 0.08, b.second_line, text_w, top_size * 0.5, 6, False, align, False)
    c.setFillColor(GREY)
    small = top_size * 0.3
    for text in (role_line, b.organization):
        if text:
            s3 = fonts.fit_size(text, text_w, small, 5, False)
            cursor -= s3 * 1.45
            if cursor < (qr_y + qr if align == "centre" else y + pad):
                break  # never draw over the QR or off the badge
            _line(c, tx, cursor, text, text_w, small, 5, False, align)
    draw_qr(c, b.code, qr_x, qr_y, qr)
    c.setFillColor(INK)
    code_size = max(5.0, min(h * 0.045, 9))
    fonts.draw_text(c, qr_x + qr / 2, qr_y - code_size * 1.05, b.code_text, code_size, align="centre")


def render(sheet: BadgeSheet, stock_name: str, out: Path | BinaryIO, offset_mm: tuple[float, float] = (0.0, 0.0),
           guides: bool = False, progress: Progress | None = None, cancelled: Cancelled | None = None) -> int:
    """Write the PDF; returns the number of pages. `guides` outlines the die cuts (for a test print on paper).
    `progress(done, total)` hears of every badge drawn; `cancelled()` stops it (PrintCancelled, no file left)."""
    st = stock(stock_name)
    fonts.register()
    with written_aside(out) as target:
        c = Canvas(target, pagesize=(st.page_w, st.page_h))
        c.setTitle(sheet.words("badge.title", event=sheet.event_name))
        c.setAuthor("NightOut Desk")
        c.setSubject(st.title)
        offset = (offset_mm[0] * mm, offset_mm[1] * mm)
        pages = 0
        total = len(sheet.badges)
        for i, badge in enumerate(sheet.badges):
            step(i, total, progress, cancelled)
            if i and i % st.per_page == 0:
                c.showPage()
            if i % st.per_page == 0:
                pages += 1
            x, y = st.label_origin(i, offset)
            if guides:
                c.setStrokeColorRGB(0.75, 0.75, 0.75)
                c.setLineWidth(0.3)
                c.rect(x, y, st.label_w, st.label_h, stroke=1, fill=0)
            draw_badge(c, badge, sheet, x, y, st.label_w, st.label_h)
        if not sheet.badges:
            fonts.draw_text(c, st.page_w / 2, st.page_h / 2, sheet.words("badge.none"), 12, align="centre")
            pages = 1
        c.showPage()
        c.save()
        step(total, total, progress, cancelled)
    return pages
