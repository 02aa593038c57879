"""Donation receipts as PDF: one letter-size page per receipt, wording frozen at issue (services/receipt_wording)."""

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
    void_mark,
    wrap,
)
from nightout_desk.printing.progress import Cancelled, Progress, step, written_aside
from nightout_desk.services.donations.receipts import PrintableReceipt
from nightout_desk.services.wording.words import Words

BOTTOM = MARGIN + 40  # keep clear of the footer
COL_DATE, COL_AMOUNT_W = 1.75 * inch, 1.2 * inch


def write_receipts(receipts: list[PrintableReceipt], out: Path, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> Path:
    """Write all receipts to one PDF (written aside, then moved into place); `progress(done, total)` per receipt,
    `cancelled()` stops it (PrintCancelled, no file left)."""
    fonts.register()
    out = Path(out)
    with written_aside(out) as tmp:
        c = Canvas(tmp, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
        say = receipts[0].content.words if receipts else Words()
        c.setTitle(say("receipts.title") if len(receipts) != 1 else say("receipts.one_title",
                                                                         number=receipts[0].content.number))
        c.setAuthor(receipts[0].content.org_name if receipts else "NightOut Desk")
        for i, r in enumerate(receipts):
            step(i, len(receipts), progress, cancelled)
            _receipt(c, r)
            c.showPage()
        if not receipts:
            c.showPage()
        c.save()
        step(len(receipts), len(receipts), progress, cancelled)
    return out


def _top(c: Canvas, r: PrintableReceipt, continued: bool = False) -> float:
    k = r.content
    say = k.words
    right = [say("receipt.number", number=k.number), say("receipt.issued", date=k.issued_on)]
    if r.reissue_of:
        right.append(say("receipt.replaces", number=r.reissue_of))
    if r.copy:
        right.append(say("receipt.copy"))
    if continued:
        right.append(say("receipt.continued"))
    title = say("receipt.heading") if k.title == say("receipt.donation_title") else say("receipt.summary_heading")
    y = heading(c, k.org_name, k.org_address, k.org_contact, title, right)
    if r.void:
        voided = say("receipt.voided_on", date=r.voided_on) if r.voided_on else ""
        void_mark(c, say("receipt.void", reason=r.void_reason, when=voided), say("receipt.void_stamp"))
    footer(c, k.footer, say("receipt.footer_right", number=k.number))
    return y


def _receipt(c: Canvas, r: PrintableReceipt) -> None:
    k = r.content
    say = k.words
    y = _top(c, r)
    width = PAGE_W - 2 * MARGIN
    # the donor
    c.setFillColor(MUTED)
    fonts.draw_text(c, MARGIN, y, say("receipt.received_from"), 8.5, bold=True)
    y -= 17
    c.setFillColor(INK)
    fonts.draw_text(c, MARGIN, y, fonts.elide(k.donor_name, width * 0.7, 13, True), 13, bold=True)
    y -= 15
    for line in ([say("receipt.attn", name=k.donor_contact)] if k.donor_contact else []) + k.donor_address:
        fonts.draw_text(c, MARGIN, y, fonts.elide(line, width * 0.7, 10), 10)
        y -= 13
    if k.title != say("receipt.donation_title"):
        c.setFillColor(NAVY)
        fonts.draw_text(c, MARGIN, y - 6, k.title, 11, bold=True)
        y -= 14
    y -= 16
    y = _table(c, r, y, width)
    if k.purpose:
        y = paragraph(c, MARGIN, y, say("receipt.purpose", purpose=k.purpose), width, 9.5, color=MUTED) - 4
    y = _tax_box(c, r, y - 6, width)
    # thanks and signature
    need = 90 if k.signer_name else 50
    if y - need < BOTTOM:
        c.showPage()
        y = _top(c, r, continued=True)
    c.setFillColor(NAVY)
    size = fonts.fit_size(k.thanks, width, 15, 9, bold=True)
    y -= 10
    fonts.draw_text(c, MARGIN, y, k.thanks, size, bold=True)
    y -= 44
    if k.signer_name or k.signer_title:
        signature(c, MARGIN, y, k.signer_name, k.signer_title)


def _table(c: Canvas, r: PrintableReceipt, y: float, width: float) -> float:
    k = r.content
    say = k.words
    # the dates' column widens for a longer date ("30 de septiembre de 2026") rather than run into the description
    col_date = max([COL_DATE, *(6 + fonts.text_width(line.on, 10) + 12 for line in k.lines)])
    desc_x = MARGIN + col_date
    desc_w = width - col_date - COL_AMOUNT_W - 10
    right = PAGE_W - MARGIN
    def header(y: float) -> float:
        c.setFillColor(SOFT)
        c.rect(MARGIN, y - 6, width, 20, stroke=0, fill=1)
        c.setFillColor(NAVY)
        fonts.draw_text(c, MARGIN + 6, y, say("receipt.date_received"), 9, bold=True)
        fonts.draw_text(c, desc_x, y, say("receipt.description"), 9, bold=True)
        fonts.draw_text(c, right - 6, y, say("receipt.cash_amount"), 9, bold=True, align="right")
        return y - 22
    y = header(y)
    for line in k.lines:
        parts = wrap(line.description, desc_w, 10.5)
        if y - 14 * len(parts) < BOTTOM + 60:
            c.showPage()
            y = header(_top(c, r, continued=True))
        c.setFillColor(INK)
        fonts.draw_text(c, MARGIN + 6, y, line.on, 10)
        fonts.draw_text(c, right - 6, y, line.amount or "—", 10.5, bold=bool(line.amount), align="right")
        for part in parts:
            fonts.draw_text(c, desc_x, y, part, 10.5)
            y -= 14
        y -= 4
        c.setStrokeColor(SOFT)
        c.setLineWidth(0.8)
        c.line(MARGIN, y + 8, right, y + 8)
    if k.money_total:
        y -= 6
        c.setFillColor(INK)
        label = say("receipt.total_cash") if len(k.lines) > 1 else say("receipt.one_cash")
        fonts.draw_text(c, right - COL_AMOUNT_W - 10, y, label, 10.5, bold=True, align="right")
        fonts.draw_text(c, right - 6, y, k.money_total, 12, bold=True, align="right")
        y -= 20
    else:
        y -= 6
    return y - 6


def _tax_box(c: Canvas, r: PrintableReceipt, y: float, width: float) -> float:
    k = r.content
    inner = width - 24
    blocks = [(s, 10, True) for s in k.statements] + [(k.tax_line, 9.5, False)] + [(n, 9, False) for n in k.notes]
    if k.legal_english:  # a Spanish receipt: the IRS's statements in their official English, in small type beneath
        blocks += [(k.words("receipt.official_english"), 7.5, True)] + [(t, 7.5, False) for t in k.legal_english]
    heights = [len(wrap(text, inner, size, bold)) * size * 1.35 + 5 for text, size, bold in blocks]
    box_h = sum(heights) + 32
    if y - box_h < BOTTOM + 70:
        c.showPage()
        y = _top(c, r, continued=True)
    c.setStrokeColor(NAVY)
    c.setLineWidth(0.8)
    c.setFillColor(SOFT)
    c.roundRect(MARGIN, y - box_h, width, box_h, 6, stroke=1, fill=1)
    c.setFillColor(NAVY)
    fonts.draw_text(c, MARGIN + 12, y - 16, k.words("receipt.tax_records"), 8.5, bold=True)
    ty = y - 32
    for text, size, bold in blocks:
        ty = paragraph(c, MARGIN + 12, ty, text, inner, size, bold=bold, color=INK if bold else MUTED) - 5
    return y - box_h - 12
