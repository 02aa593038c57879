"""A blank waiver form for paper sign-ups at the dunk tank and the bounce house (the event's editable waiver text)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Paragraph

from nightout_desk.printing import fonts
from nightout_desk.printing.report_charts import GOLD, GREY, NAVY
from nightout_desk.services.stations.waivers import WaiverForm

PAGE_W, PAGE_H = LETTER
MARGIN = 0.7 * inch
CHILD_ROWS = 4


def render_waiver_form(form: WaiverForm, out: Path, copies: int = 1) -> Path:
    regular, bold = fonts.register()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".pdf.tmp")
    c = pdfcanvas.Canvas(str(tmp), pagesize=LETTER)
    c.setTitle(form.words("waiver.title", event=form.event_name))
    c.setAuthor("NightOut Desk")
    for _ in range(max(1, copies)):
        _page(c, form, regular, bold)
        c.showPage()
    c.save()
    tmp.replace(out)
    return out


def _line(c: pdfcanvas.Canvas, x: float, y: float, width: float, label: str, regular: str) -> None:
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.7)
    c.line(x, y, x + width, y)
    c.setFont(regular, 7.5)
    c.setFillColor(GREY)
    c.drawString(x, y - 10, label)
    c.setFillColor(colors.black)


def _page(c: pdfcanvas.Canvas, form: WaiverForm, regular: str, bold: str) -> None:
    width = PAGE_W - 2 * MARGIN
    c.setFillColor(NAVY)
    c.rect(0, PAGE_H - 1.0 * inch, PAGE_W, 1.0 * inch, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(0, PAGE_H - 1.0 * inch - 3, PAGE_W, 3, stroke=0, fill=1)
    c.setFont(bold, 9)
    c.drawString(MARGIN, PAGE_H - 0.35 * inch, form.words("waiver.heading"))
    c.setFillColor(colors.white)
    size = fonts.fit_font_size(form.event_name, bold, width, 18, 10)
    c.setFont(bold, size)
    c.drawString(MARGIN, PAGE_H - 0.65 * inch, form.event_name)
    c.setFont(regular, 9.5)
    c.drawString(MARGIN, PAGE_H - 0.86 * inch, " · ".join(x for x in (form.event_date, form.place) if x)[:110])

    y = PAGE_H - 1.35 * inch
    c.setFillColor(NAVY)
    c.setFont(bold, 11)
    stations = ", ".join(form.stations) if form.stations else form.words("waiver.any_station")
    c.drawString(MARGIN, y, form.words("waiver.for", stations=stations))
    y -= 0.15 * inch
    paragraphs = [p for p in form.text.split("\n") if p.strip()]
    room = y - 4.6 * inch  # the fill-in part needs the rest of the page
    for size in (10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6):  # the whole text always prints, smaller if it is long
        body = ParagraphStyle("w", fontName=regular, fontSize=size, leading=size * 1.4)
        laid = [Paragraph(t.replace("&", "&amp;").replace("<", "&lt;"), body) for t in paragraphs]
        heights = [p.wrap(width, room)[1] for p in laid]
        if sum(heights) + 6 * len(laid) <= room:
            break
    for p, h in zip(laid, heights, strict=True):
        p.drawOn(c, MARGIN, y - h)
        y -= h + 6

    y -= 0.35 * inch  # a short text leaves room for more children's lines
    child_rows = min(10, CHILD_ROWS + max(0, int((y - 4.45 * inch) / (0.3 * inch))))
    c.setFont(bold, 10.5)
    c.setFillColor(NAVY)
    c.drawString(MARGIN, y, form.words("waiver.children"))
    y -= 0.32 * inch
    col = [MARGIN, MARGIN + 3.1 * inch, MARGIN + 4.0 * inch]
    c.setFont(bold, 8)
    c.setFillColor(GREY)
    heads = (form.words(k) for k in ("waiver.child_name", "waiver.age", "waiver.station"))
    for x, label in zip(col, heads, strict=True):
        c.drawString(x, y + 4, label)
    c.setFillColor(colors.black)
    for _ in range(child_rows):
        y -= 0.3 * inch
        c.setLineWidth(0.6)
        c.line(col[0], y, col[1] - 12, y)
        c.line(col[1], y, col[2] - 12, y)
        c.line(col[2], y, MARGIN + width, y)
    y -= 0.55 * inch
    half = width / 2 - 10
    _line(c, MARGIN, y, half, form.words("waiver.parent_name"), regular)
    _line(c, MARGIN + width / 2 + 10, y, half, form.words("waiver.ticket"), regular)
    y -= 0.5 * inch
    _line(c, MARGIN, y, half, form.words("waiver.phone"), regular)
    _line(c, MARGIN + width / 2 + 10, y, half, form.words("waiver.when"), regular)
    y -= 0.45 * inch
    c.setLineWidth(1)
    c.rect(MARGIN, y - 2, 11, 11, stroke=1, fill=0)
    c.setFont(bold, 10)
    c.drawString(MARGIN + 18, y, form.words("waiver.read_rules"))
    y -= 0.55 * inch
    _line(c, MARGIN, y, half, form.words("waiver.signature"), regular)
    c.setFont(regular, 7.5)
    c.setFillColor(GREY)
    c.drawString(MARGIN, 0.55 * inch, form.words("waiver.for_volunteer"))
    c.drawRightString(MARGIN + width, 0.38 * inch, form.words("waiver.keep"))
