"""The end-of-night count sheet: every giveaway item with a box to write what is on the shelf (a blind count)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from nightout_desk.printing import fonts
from nightout_desk.printing.letterhead import INK, MARGIN, MUTED, NAVY, PAGE_H, PAGE_W, SOFT, footer, heading
from nightout_desk.services.inventory.stock import ItemInfo
from nightout_desk.services.wording.words import Words

ROW_H = 30


def write_count_sheet(event_title: str, items: list[ItemInfo], out: Path, printed_at: str | datetime,
                      words: Words | None = None) -> Path:
    """Expected quantities are left off on purpose: people count what they see, the reconcile screen compares.
    `printed_at` a local time (worded in `words`'s language) or a text already worded; `words` English if not given."""
    fonts.register()
    w = words or Words()
    if isinstance(printed_at, datetime):
        printed_at = f"{w.long_date(printed_at)} {printed_at:%H:%M}"
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    c = Canvas(str(tmp), pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    c.setTitle(w("count.title"))
    width = PAGE_W - 2 * MARGIN
    cols = [(w("count.item"), MARGIN + 6), (w("count.category"), MARGIN + 3.0 * inch),
            (w("count.unit"), MARGIN + 4.3 * inch), (w("count.counted"), MARGIN + 5.0 * inch)]
    page, rows = 1, list(items)
    while True:
        y = heading(c, event_title, [w("count.printed", when=printed_at)], "", w("count.title"),
                    [w("count.page", n=page)])
        c.setFillColor(INK)
        fonts.draw_text(c, MARGIN, y, w("count.signed"), 10)
        y -= 28
        c.setFillColor(SOFT)
        c.rect(MARGIN, y - 7, width, 22, stroke=0, fill=1)
        c.setFillColor(NAVY)
        for label, x in cols:
            fonts.draw_text(c, x, y, label, 9.5, bold=True)
        y -= 12
        while rows and y - ROW_H > MARGIN + 40:
            item = rows.pop(0)
            y -= ROW_H
            c.setFillColor(INK)
            fonts.draw_text(c, cols[0][1], y + 10, fonts.elide(item.name, 2.8 * inch, 11, True), 11, bold=True)
            c.setFillColor(MUTED)
            fonts.draw_text(c, cols[1][1], y + 10, fonts.elide(item.category, 1.2 * inch, 10), 10)
            fonts.draw_text(c, cols[2][1], y + 10, fonts.elide(item.unit, 0.65 * inch, 10), 10)
            c.setStrokeColor(INK)
            c.setLineWidth(0.8)
            c.rect(cols[3][1], y + 3, 1.2 * inch, ROW_H - 8, stroke=1, fill=0)
            c.setStrokeColor(SOFT)
            c.line(MARGIN, y, MARGIN + width, y)
        footer(c, w("count.footer"))
        c.showPage()
        if not rows:
            break
        page += 1
    c.save()
    tmp.replace(out)
    return out
