"""The end-of-night count sheet: every giveaway item with a box to write what is on the shelf (a blind count)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from nightout_desk.printing import fonts
from nightout_desk.printing.letterhead import INK, MARGIN, MUTED, NAVY, PAGE_H, PAGE_W, SOFT, footer, heading
from nightout_desk.services.inventory.stock import ItemInfo

ROW_H = 30


def write_count_sheet(event_title: str, items: list[ItemInfo], out: Path, printed_at: str) -> Path:
    """Expected quantities are left off on purpose: people count what they see, the reconcile screen compares."""
    fonts.register()
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    c = Canvas(str(tmp), pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    c.setTitle("Giveaway count sheet")
    width = PAGE_W - 2 * MARGIN
    cols = [("Item", MARGIN + 6), ("Category", MARGIN + 3.0 * inch), ("Unit", MARGIN + 4.3 * inch),
            ("Counted", MARGIN + 5.0 * inch)]
    page, rows = 1, list(items)
    while True:
        y = heading(c, event_title, [f"Printed {printed_at}"], "", "Giveaway count sheet", [f"Page {page}"])
        c.setFillColor(INK)
        fonts.draw_text(c, MARGIN, y, "Counted by: ______________________     Checked by: ______________________"
                                      "     Time: ________", 10)
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
        footer(c, "Count what is on the shelf, then enter the numbers in Inventory › Reconcile count.")
        c.showPage()
        if not rows:
            break
        page += 1
    c.save()
    tmp.replace(out)
    return out
