"""Calendar-year statements as PDF: one letter-size statement per donor (services/donations/statements.py), in the
receipts' style — the organization's heading, the donor, a line per gift, the year's money total, the tax box."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from nightout_desk.printing import fonts
from nightout_desk.printing.letterhead import (
    INK,
    MARGIN,
    MUTED,
    NAVY,
    PAGE_H,
    PAGE_W,
    SOFT,
    footer,
    heading,
    paragraph,
    signature,
    wrap,
)
from nightout_desk.printing.progress import Cancelled, Progress, step, written_aside
from nightout_desk.services.donations.statements import StatementGift, YearStatement
from nightout_desk.services.wording.words import Words

BOTTOM = MARGIN + 40  # keep clear of the footer
COL_NO, COL_DATE, COL_AMOUNT, COL_BACK = 0.3 * inch, 1.25 * inch, 0.95 * inch, 1.75 * inch


def write_statements(statements: list[YearStatement], out: Path, progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> Path:
    """Write every statement to one PDF (written aside, then moved into place); `progress(done, total)` per
    statement, `cancelled()` stops it (PrintCancelled, no file left)."""
    fonts.register()
    out = Path(out)
    first = statements[0] if statements else None
    with written_aside(out) as tmp:
        c = Canvas(tmp, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
        w = first.words if first else None
        c.setTitle(w("statements.title", year=first.year) if first and len(statements) != 1
                   else w("statements.one_title", donor=first.donor_name, year=first.year) if first
                   else "Year statements")
        c.setAuthor(first.org_name if first else "NightOut Desk")
        for i, st in enumerate(statements):
            step(i, len(statements), progress, cancelled)
            _statement(c, st)
            c.showPage()
        if not statements:
            c.showPage()
        c.save()
        step(len(statements), len(statements), progress, cancelled)
    return out


def _top(c: Canvas, st: YearStatement, continued: bool = False) -> float:
    w = st.words
    right = [w("statement.year", year=st.year), w("receipt.issued", date=st.issued_on)] + (
        [w("receipt.continued")] if continued else [])
    y = heading(c, st.org_name, list(st.org_address), st.org_contact, w("statement.heading"), right)
    footer(c, st.footer, f"{st.donor_name} · {st.year}")
    return y


def _statement(c: Canvas, st: YearStatement) -> None:
    y = _top(c, st)
    width = PAGE_W - 2 * MARGIN
    c.setFillColor(MUTED)
    w = st.words
    fonts.draw_text(c, MARGIN, y, w("receipt.received_from"), 8.5, bold=True)
    y -= 17
    c.setFillColor(INK)
    fonts.draw_text(c, MARGIN, y, fonts.elide(st.donor_name, width * 0.7, 13, True), 13, bold=True)
    y -= 15
    for line in ([w("receipt.attn", name=st.donor_contact)] if st.donor_contact else []) + list(st.donor_address):
        fonts.draw_text(c, MARGIN, y, fonts.elide(line, width * 0.7, 10), 10)
        y -= 13
    c.setFillColor(NAVY)
    fonts.draw_text(c, MARGIN, y - 6, w("statement.every_event", title=st.title), 11, bold=True)
    y -= 36
    y = _table(c, st, y, width)
    y = _tax_box(c, st, y - 6, width)
    need = 90 if st.signer_name else 50
    if y - need < BOTTOM:
        c.showPage()
        y = _top(c, st, continued=True)
    c.setFillColor(NAVY)
    y -= 10
    fonts.draw_text(c, MARGIN, y, st.thanks, fonts.fit_size(st.thanks, width, 15, 9, bold=True), bold=True)
    y -= 44
    if st.signer_name or st.signer_title:
        signature(c, MARGIN, y, st.signer_name, st.signer_title)


def _gift_lines(g: StatementGift, width: float, w: Words) -> list[tuple[str, float, bool]]:
    """The gift column: what was given, then its event and receipt number, small."""
    lines = [(part, 10, False) for part in wrap(g.description, width, 10)]
    where = g.event_name + (w("statement.receipt", number=g.receipt_number) if g.receipt_number else "")
    return lines + [(part, 8, True) for part in wrap(where, width, 8)]


def _table(c: Canvas, st: YearStatement, y: float, width: float) -> float:
    right = PAGE_W - MARGIN
    x_date = MARGIN + COL_NO
    col_date = min(1.75 * inch, max([COL_DATE] + [fonts.text_width(g.on, 10) + 8 for g in st.gifts]))  # Spanish
    x_gift = x_date + col_date
    x_back = right - COL_BACK
    x_amount = x_back - 10  # right edge of the amount
    gift_w = x_amount - COL_AMOUNT - x_gift - 6
    w = st.words

    def header(y: float) -> float:
        c.setFillColor(SOFT)
        c.rect(MARGIN, y - 6, width, 20, stroke=0, fill=1)
        c.setFillColor(NAVY)
        fonts.draw_text(c, MARGIN + 4, y, "#", 9, bold=True)
        for x, key, room, align in ((x_date, "receipt.date_received", col_date - 4, "left"),
                                    (x_gift, "statement.gift", gift_w, "left"),
                                    (x_amount, "receipt.cash_amount", COL_AMOUNT + 4, "right"),
                                    (x_back, "statement.given_back", COL_BACK, "left")):
            label = w(key)
            fonts.draw_text(c, x, y, label, fonts.fit_size(label, room, 9, 7, bold=True), bold=True, align=align)
        return y - 22

    y = header(y)
    for g in st.gifts:
        parts = _gift_lines(g, gift_w, w)
        back = wrap(f"{g.returned} ({g.returned_value})" if g.returned else w("statement.nothing"), COL_BACK - 4, 9)
        height = max(sum(13 if size == 10 else 10 for _, size, _ in parts), 12 * len(back))
        if y - height < BOTTOM + 60:
            c.showPage()
            y = header(_top(c, st, continued=True))
        c.setFillColor(INK)
        fonts.draw_text(c, MARGIN + 4, y, str(g.number), 10, bold=True)
        fonts.draw_text(c, x_date, y, g.on, fonts.fit_size(g.on, col_date - 6, 10, 8))
        fonts.draw_text(c, x_amount, y, g.amount or "—", 10.5, bold=bool(g.amount), align="right")
        by = y
        for part in back:
            c.setFillColor(INK if g.returned else MUTED)
            fonts.draw_text(c, x_back, by, part, 9)
            by -= 12
        gy = y
        for part, size, small in parts:
            c.setFillColor(MUTED if small else INK)
            fonts.draw_text(c, x_gift, gy, part, size)
            gy -= 13 if size == 10 else 10
        y -= height + 4
        c.setStrokeColor(SOFT)
        c.setLineWidth(0.8)
        c.line(MARGIN, y + 8, right, y + 8)
    y -= 6
    c.setFillColor(INK)
    label = w("statement.total", year=st.year)
    fonts.draw_text(c, x_amount - COL_AMOUNT - 6, y, label, 10.5, bold=True, align="right")
    fonts.draw_text(c, x_amount, y, st.money_total or "$0.00", 12, bold=True, align="right")
    return y - 26


def _tax_box(c: Canvas, st: YearStatement, y: float, width: float) -> float:
    """The box of what was given back, gift by gift; it goes on over as many pages as a long year needs."""
    inner = width - 24
    blocks = [(s, 10, True) for s in st.statements] + [(st.tax_line, 9.5, False)] + [(n, 9, False) for n in st.notes]
    if st.legal_english:  # a Spanish statement: the IRS's sentences in their official English, small, beneath
        blocks += [(st.words("receipt.official_english"), 7.5, True)] + [(t, 7.5, False) for t in st.legal_english]
    heights = [len(wrap(text, inner, size, bold)) * size * 1.35 + 5 for text, size, bold in blocks]
    while blocks:
        room = y - BOTTOM - 32  # the box's heading and padding; the thanks follow, on the next page if need be
        take = 0
        while take < len(blocks) and sum(heights[:take + 1]) <= room:
            take += 1
        if take == 0:
            if y < PAGE_H - 3 * inch:  # not even one block here: a new page
                c.showPage()
                y = _top(c, st, continued=True)
                continue
            take = 1  # a block taller than a page: drawn as it is
        y = _box(c, blocks[:take], sum(heights[:take]), y, width, inner, st.words("receipt.tax_records"))
        blocks, heights = blocks[take:], heights[take:]
        if blocks:
            c.showPage()
            y = _top(c, st, continued=True)
    return y


def _box(c: Canvas, blocks: list[tuple[str, float, bool]], height: float, y: float, width: float,
         inner: float, heading: str) -> float:
    box_h = height + 32
    c.setStrokeColor(NAVY)
    c.setLineWidth(0.8)
    c.setFillColor(SOFT)
    c.roundRect(MARGIN, y - box_h, width, box_h, 6, stroke=1, fill=1)
    c.setFillColor(NAVY)
    fonts.draw_text(c, MARGIN + 12, y - 16, heading, 8.5, bold=True)
    ty = y - 32
    for text, size, bold in blocks:
        ty = paragraph(c, MARGIN + 12, ty, text, inner, size, bold=bold, color=INK if bold else MUTED) - 5
    return y - box_h - 12
