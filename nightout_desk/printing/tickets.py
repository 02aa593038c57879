"""Families' tickets as a PDF: family name, the QR of the household's ticket code, the code in words, the event's
name, date, time and place — several to a Letter or A4 page with dashed cut lines, or one per label on the stocks
badges print on (their die geometry is `printing/badges.py`'s, not repeated here).

Text goes through `printing/fonts.py` (Unicode fallback, right-to-left shaping): each line shrinks to fit its room and
is cut with an ellipsis only below its smallest size, so a long family name never leaves its ticket.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from nightout_desk.printing import fonts
from nightout_desk.printing.badges import A4, BAND_COLOURS, GREY, INK, LETTER, STOCKS, Stock
from nightout_desk.printing.progress import Cancelled, Progress, step, written_aside
from nightout_desk.printing.qr import draw_qr
from nightout_desk.services.checkin.tickets import FamilyTicket, TicketSheet
from nightout_desk.services.errors import InvalidInput

# Plain paper, cut by hand: the tickets touch, so one dashed line is one cut.
PAPER: dict[str, Stock] = {s.name: s for s in (
    Stock("letter", "US Letter paper — 8 tickets of 4″ × 2½″, cut on the dashed lines", *LETTER, 4 * inch,
          2.5 * inch, 2, 4, 0.25 * inch, 0.5 * inch, 4 * inch, 2.5 * inch),
    Stock("a4", "A4 paper — 8 tickets of 100 × 70 mm, cut on the dashed lines", *A4, 100 * mm, 70 * mm, 2, 4,
          5 * mm, 8.5 * mm, 100 * mm, 70 * mm),
)}
DEFAULT_STOCK = "letter"
BAND = BAND_COLOURS["household"]
CUT_GREY = (0.55, 0.55, 0.55)
PAPER_INSET = 2.5 * mm  # white around each ticket on paper: a cut a little off the line does not matter


def stocks() -> dict[str, Stock]:
    """Paper first, then the label stocks (Avery, Brother) badges print on."""
    return {**PAPER, **STOCKS}


def ticket_stock(name: str) -> Stock:
    found = stocks().get(name)
    if found is None:
        raise InvalidInput(f"Unknown ticket stock “{name}”. Choose one of: {', '.join(stocks())}.")
    return found


def _line(c: Canvas, x: float, y: float, text: str, width: float, start: float, minimum: float, bold: bool = False,
          align: str = "left") -> float:
    """One line shrunk to fit `width` (an ellipsis only if even `minimum` is too wide); returns the size used."""
    size = fonts.fit_size(text, width, start, minimum, bold)
    fonts.draw_text(c, x, y, fonts.elide(text, width, size, bold), size, bold=bold, align=align)
    return size


def _split(text: str, cuts: tuple[int, ...]) -> list[str]:
    """Cut `text` at these positions: a space goes away, a hyphen stays at the end of its line."""
    lines, begin = [], 0
    for i in cuts:
        lines.append(text[begin:i + 1] if text[i] == "-" else text[begin:i])
        begin = i + 1
    lines.append(text[begin:])
    return [line.strip() for line in lines]


def _wrap(text: str, width: float, start: float, minimum: float, bold: bool, max_lines: int) -> tuple[list[str], float]:
    """`text` on up to `max_lines` lines (cut at spaces and hyphens) at the largest size <= start at which every line
    fits; one more line only when it makes the text at least a quarter bigger. Never below `minimum` (the caller
    elides then)."""
    def size_of(lines: list[str]) -> float:
        return min([start, *(width / w for w in (fonts.text_width(line, 1, bold) for line in lines) if w)])

    best_lines, best = [text], size_of([text])
    if best < start:
        cuts = [i for i, ch in enumerate(text) if ch in " -" and 0 < i < len(text) - 1]
        for n in range(1, min(max_lines, len(cuts) + 1)):
            found = max(((size_of(lines), lines) for combo in itertools.combinations(cuts, n)
                         if all(lines := _split(text, combo))), default=None, key=lambda f: f[0])
            if found is None or found[0] < best * 1.25:
                break
            best, best_lines = found
    return best_lines, max(best, minimum)


def _lines(c: Canvas, x: float, cursor: float, lines: list[str], size: float, width: float, bold: bool,
           align: str, leading: float = 1.15) -> float:
    """Draw wrapped lines downwards from the baseline cursor (the first line already placed); returns the last
    baseline."""
    for n, line in enumerate(lines):
        if n:
            cursor -= size * leading
        _line(c, x, cursor, line, width, size, size, bold=bold, align=align)
    return cursor


def _band(c: Canvas, sheet: TicketSheet, x: float, y: float, w: float, h: float, band_h: float, pad: float) -> None:
    """The coloured band: the event's name, and "Family ticket" on the right when there is room."""
    c.setFillColor(BAND)
    c.rect(x, y + h - band_h, w, band_h, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    size = band_h * 0.42
    base = y + h - band_h / 2 - size * 0.36
    label = sheet.words("ticket.label")
    label_size = size * 0.7
    label_w = fonts.text_width(label, label_size, bold=True)
    room = w - 2 * pad
    if fonts.fit_size(sheet.event_name, room - label_w - pad, size, 1, True) >= size * 0.7:
        fonts.draw_text(c, x + w - pad, base, label, label_size, bold=True, align="right")
        room -= label_w + pad
    _line(c, x + pad, base, sheet.event_name, room, size, 5, bold=True)


def _when_where(sheet: TicketSheet, landscape: bool) -> list[str]:
    """The lines saying when and where, the first in bold: a landscape ticket's narrow text column gets the time on a
    line of its own; a portrait ticket's full width takes it after the date."""
    if landscape:
        return [p for p in (sheet.event_date, sheet.event_time, sheet.place) if p]
    return [p for p in (" · ".join(p for p in (sheet.event_date, sheet.event_time) if p), sheet.place) if p]


def draw_ticket(c: Canvas, t: FamilyTicket, sheet: TicketSheet, x: float, y: float, w: float, h: float) -> None:
    """One ticket in the box (x, y, w, h). Landscape: the family name across the top, then the first names, date and
    place on the left and the QR with its code on the right. Portrait: names, QR and code, date and place, centred."""
    pad = min(w, h) * 0.05
    band_h = max(h * 0.14, 13)
    _band(c, sheet, x, y, w, h, band_h, pad)
    top = y + h - band_h - pad
    landscape = w > h * 1.15
    when_where = _when_where(sheet, landscape)
    name_start = h * 0.16 if landscape else w * 0.15
    code_size = min((h if landscape else w) * 0.075, 12)
    full_w = w - 2 * pad
    tx, align = (x + pad, "left") if landscape else (x + w / 2, "centre")
    if landscape:  # the QR in the same place on every ticket of a sheet, the text on its left
        qr = max(min(top - (y + pad + code_size * 1.6), w * 0.32), 0)
        qr_x, qr_y = x + w - pad - qr, top - qr
        text_w = qr_x - x - 2 * pad
    else:
        text_w = full_w
    c.setFillColor(INK)
    lines, size = _wrap(t.family_name, text_w, name_start, 6, True, 2)
    cursor = _lines(c, tx, top - size * 0.9, lines, size, text_w, True, align, 1.05)
    below_name = cursor - size * 0.35
    # when and where at one size, the largest at which every line fits; drawn bottom up, the date (bold) on top
    detail = min(fonts.fit_size(line, text_w, name_start * 0.36, 4.5, n == 0) for n, line in enumerate(when_where))
    base = y + pad + detail * 0.25
    if landscape:  # at the bottom of the text column, the how-to under them
        c.setFillColor(GREY)
        _line(c, tx, base, sheet.words("ticket.how_to"), text_w, min(detail, name_start * 0.3), 4.5, align=align)
        base += detail * 1.5
    c.setFillColor(INK)
    for n, line in reversed(list(enumerate(when_where))):
        _line(c, tx, base, line, text_w, detail, 4.5, bold=n == 0, align=align)
        base += detail * 1.3
    room_above = base + detail * 0.3  # the first names stay above the date
    if not landscape:  # the QR and its code go in the space left between the names and the date
        room_above += code_size * 1.6
    room = cursor - room_above - (0 if landscape else w * 0.45)  # a portrait ticket keeps room for its QR
    names, small = _wrap(t.first_names, text_w, name_start * 0.42, 5, False, 2) if t.first_names else ([], 0)
    if names and small * (1.45 + 1.15 * (len(names) - 1)) > room:  # too tall: one line, smaller if need be
        small = min(fonts.fit_size(t.first_names, text_w, name_start * 0.42, 4.5), room / 1.45)
        names = [t.first_names] if small >= 4.5 else []  # no room at all: the family name is what counts
    if names:
        c.setFillColor(GREY)
        cursor = _lines(c, tx, cursor - small * 1.4, names, small, text_w, False, align)
        below_name = cursor - small * 0.5
    if not landscape:
        space = below_name - pad * 0.5 - room_above
        qr = max(min(w * 0.6, space), 0)
        qr_x, qr_y = x + (w - qr) / 2, room_above + (space - qr) / 2
    draw_qr(c, t.code, qr_x, qr_y, qr)
    c.setFillColor(INK)
    _line(c, qr_x + qr / 2, qr_y - code_size * 0.9, t.code_text, max(qr, full_w * 0.3), code_size, 5, bold=True,
          align="centre")


def _cut_lines(c: Canvas, st: Stock, rows: int) -> None:
    """Dashed lines along every edge between and around the tickets, across the page, and a pair of scissors."""
    c.saveState()
    c.setStrokeColorRGB(*CUT_GREY)
    c.setLineWidth(0.5)
    c.setDash(4, 3)
    top = st.page_h - st.top
    bottom = top - rows * st.pitch_y if rows < st.rows else 0  # a last page's empty rows are not cut
    for col in range(st.cols + 1):
        x = st.left + col * st.pitch_x
        c.line(x, bottom, x, st.page_h)
    for row in range(rows + 1):
        y = top - row * st.pitch_y
        c.line(0, y, st.page_w, y)
    c.restoreState()
    c.setFillColorRGB(*CUT_GREY)
    fonts.draw_text(c, st.left + 4, top + 2, "✂", 9)


def render(sheet: TicketSheet, stock_name: str, out: Path | BinaryIO, guides: bool = False,
           progress: Progress | None = None, cancelled: Cancelled | None = None) -> int:
    """Write the PDF; returns the number of pages. On label stocks, `guides` outlines the die cuts (a test print).
    `progress(done, total)` hears of every ticket drawn; `cancelled()` stops it (PrintCancelled, no file left)."""
    st = ticket_stock(stock_name)
    paper = st.name in PAPER
    fonts.register()
    with written_aside(out) as target:
        c = Canvas(target, pagesize=(st.page_w, st.page_h))
        c.setTitle(sheet.words("ticket.title", event=sheet.event_name))
        c.setAuthor("NightOut Desk")
        c.setSubject(st.title)
        pages = 0
        tickets = sheet.tickets
        for i, t in enumerate(tickets):
            step(i, len(tickets), progress, cancelled)
            if i % st.per_page == 0:
                if i:
                    c.showPage()
                pages += 1
                if paper:
                    _cut_lines(c, st, -(-min(st.per_page, len(tickets) - i) // st.cols))
            x, y = st.label_origin(i)
            if guides and not paper:
                c.setStrokeColorRGB(0.75, 0.75, 0.75)
                c.setLineWidth(0.3)
                c.rect(x, y, st.label_w, st.label_h, stroke=1, fill=0)
            if paper:
                draw_ticket(c, t, sheet, x + PAPER_INSET, y + PAPER_INSET, st.label_w - 2 * PAPER_INSET,
                            st.label_h - 2 * PAPER_INSET)
            else:
                draw_ticket(c, t, sheet, x, y, st.label_w, st.label_h)
        if not tickets:
            fonts.draw_text(c, st.page_w / 2, st.page_h / 2, sheet.words("ticket.none"), 12, align="centre")
            pages = 1
        c.showPage()
        c.save()
        step(len(tickets), len(tickets), progress, cancelled)
    return pages
