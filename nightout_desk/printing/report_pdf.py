"""The end-of-night report as a PDF: a one-minute summary for the lieutenant, then the detail sections with
vector charts and tables with totals; every page carries the event, "page N of M" and the time it was made."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from nightout_desk.printing import fonts
from nightout_desk.printing.page_edge import EDGE
from nightout_desk.printing.progress import Cancelled, Progress, step, written_aside
from nightout_desk.printing.report_charts import GOLD, GREY, LIGHT, NAVY
from nightout_desk.printing.report_sections import detail_sections
from nightout_desk.printing.report_summary import summary_page
from nightout_desk.services.report.model import NightReport
from nightout_desk.services.report.tables import ReportTable, report_tables

PAGE_W, PAGE_H = LETTER
MARGIN = 0.6 * inch
BAND_H = 1.15 * inch
CONTENT_W = PAGE_W - 2 * MARGIN


def styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts.register()
    return {
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=15, leading=19, textColor=NAVY, spaceBefore=4, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=15, textColor=NAVY, spaceBefore=10,
                             spaceAfter=4),
        "body": ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8, leading=10.5, textColor=GREY),
        "nodata": ParagraphStyle("nodata", fontName=regular, fontSize=10, leading=14, textColor=GREY),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=8.5, leading=10.5),
        "tile_value": ParagraphStyle("tv", fontName=bold, fontSize=20, leading=23, textColor=NAVY),
        "tile_label": ParagraphStyle("tl", fontName=bold, fontSize=8.5, leading=11, textColor=GREY),
        "tile_sub": ParagraphStyle("ts", fontName=regular, fontSize=8.5, leading=11),
        "tile_change": ParagraphStyle("tc", fontName=bold, fontSize=8.5, leading=11, textColor=NAVY),
        "center": ParagraphStyle("c", fontName=regular, fontSize=9, leading=12, alignment=TA_CENTER, textColor=GREY),
    }


def data_table(t: ReportTable, st: dict[str, ParagraphStyle], max_rows: int | None = None) -> Table:
    """A table with a navy header, zebra rows, numbers right-aligned and a bold totals row."""
    regular, bold = fonts.register()
    text_cols = {i for i, k in enumerate(t.kinds) if k == "text"}
    head_left = ParagraphStyle("hl", parent=st["cellb"], textColor=colors.white, fontSize=8, leading=10)
    head_right = ParagraphStyle("hr", parent=head_left, alignment=TA_RIGHT)

    def para(value: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(value.replace("&", "&amp;").replace("<", "&lt;"), style)

    def row(values: tuple, style: ParagraphStyle) -> list:
        return [para(t.cell(v, i), style) if i in text_cols else t.cell(v, i) for i, v in enumerate(values)]

    header = [para(h, head_left if i in text_cols else head_right) for i, h in enumerate(t.header)]
    rows = t.rows if max_rows is None else t.rows[:max_rows]
    body = [row(r, st["cell"]) for r in rows]
    data = [header, *body]
    if t.total is not None:
        data.append(row(t.total, st["cellb"]))
    narrow = len(t.header) <= 3
    table_w = CONTENT_W * (0.72 if narrow else 1.0)
    if t.stem == "incidents":
        widths = [0.6 * inch, 1.05 * inch, 0.95 * inch, 2.1 * inch, 1.45 * inch, CONTENT_W - 6.15 * inch]
    else:  # the first (name) column widest, other text columns wider than numbers
        weights = [2.0 if narrow else 2.4] + [1.8 if k == "text" else 1.0 for k in t.kinds[1:]]
        widths = _headers_unbroken(t, [table_w * w / sum(weights) for w in weights], bold)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), regular, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, GOLD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, LIGHT),
    ]
    for i in range(len(t.kinds)):
        if i not in text_cols:
            style.append(("ALIGN", (i, 0), (i, -1), "RIGHT"))
    for r in range(2, len(body) + 1, 2):
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F3F5F8")))
    if t.total is not None:
        style += [("FONT", (0, -1), (-1, -1), bold, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 1, NAVY),
                  ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#E8EDF3"))]
    table.setStyle(TableStyle(style))
    return table


def _headers_unbroken(t: ReportTable, widths: list[float], bold: str) -> list[float]:
    """Widen a number column whose header's longest word would be cut (Spanish "Incidentes"), taking the room from
    the first column: a header may wrap between words, never inside one."""
    widths = list(widths)
    for i, header in enumerate(t.header[1:], start=1):
        need = max(fonts.pdfmetrics.stringWidth(word, bold, 8) for word in header.split()) + 13
        if widths[i] < need:
            widths[0] -= need - widths[i]
            widths[i] = need
    return widths


def no_data_box(text: str, st: dict[str, ParagraphStyle]) -> Table:
    box = Table([[Paragraph(text, st["nodata"])]], colWidths=[CONTENT_W], hAlign="LEFT")
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3F5F8")),
                             ("LINEBEFORE", (0, 0), (0, -1), 3, LIGHT),
                             ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    return box


class _NumberedCanvas(pdfcanvas.Canvas):
    """Draws "Page N of M" once the number of pages is known (reportlab's two-step canvas)."""

    footer_left = ""
    footer_right = ""
    page_words = "Page {n} of {total}"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        regular, _ = fonts.register()
        self.setStrokeColor(LIGHT)
        self.setLineWidth(0.8)
        self.line(MARGIN, 0.55 * inch, PAGE_W - MARGIN, 0.55 * inch)
        self.setFont(regular, 7.5)
        self.setFillColor(GREY)
        left = self.footer_left
        while fonts.pdfmetrics.stringWidth(left, regular, 7.5) > CONTENT_W * 0.42 and len(left) > 10:
            left = left[:-2]
        self.drawString(MARGIN, 0.38 * inch, left if left == self.footer_left else left.rstrip() + "…")
        self.drawCentredString(PAGE_W / 2, 0.38 * inch, self.page_words.format(n=self._pageNumber, total=total))
        self.drawRightString(PAGE_W - MARGIN, 0.38 * inch, self.footer_right)


def _footer_left(report: NightReport) -> str:
    """The event and its date; the short date when the long one would be cut (a long name, a Spanish month)."""
    w, regular = report.words, fonts.register()[0]
    long = f"{report.event_name} · {w.long_date(report.event_date)}"
    if fonts.pdfmetrics.stringWidth(long, regular, 7.5) <= CONTENT_W * 0.42:
        return long
    return f"{report.event_name} · {w.short_date(report.event_date)}"


def _band(report: NightReport):  # noqa: ANN202
    def draw(c: pdfcanvas.Canvas, _doc) -> None:  # noqa: ANN001
        regular, bold = fonts.register()
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(EDGE, PAGE_H - BAND_H, PAGE_W - 2 * EDGE, BAND_H - EDGE, stroke=0, fill=1)  # inside what prints
        c.setFillColor(GOLD)
        c.rect(EDGE, PAGE_H - BAND_H - 4, PAGE_W - 2 * EDGE, 4, stroke=0, fill=1)
        c.setFont(bold, 9)
        c.drawString(MARGIN, PAGE_H - 0.42 * inch, report.words("report.heading"))
        c.setFillColor(colors.white)
        size = fonts.fit_font_size(report.event_name, bold, CONTENT_W, 20, 11)
        c.setFont(bold, size)
        c.drawString(MARGIN, PAGE_H - 0.70 * inch, report.event_name)
        c.setFont(regular, 10)
        when = report.words.day(report.event_date)
        line = " · ".join(x for x in (when, f"{report.starts_at}–{report.ends_at}", report.place) if x)
        c.drawString(MARGIN, PAGE_H - 0.95 * inch, fonts.elide(line, CONTENT_W, 10))
        c.restoreState()
    return draw


def _running_head(report: NightReport):  # noqa: ANN202
    def draw(c: pdfcanvas.Canvas, _doc) -> None:  # noqa: ANN001
        regular, bold = fonts.register()
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(EDGE, PAGE_H - EDGE - 0.28 * inch, PAGE_W - 2 * EDGE, 0.28 * inch, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(bold, 8)
        c.drawString(MARGIN, PAGE_H - EDGE - 0.18 * inch, report.words("report.heading"))
        c.setFont(regular, 8)
        c.drawRightString(PAGE_W - MARGIN, PAGE_H - EDGE - 0.18 * inch, report.event_name[:90])
        c.restoreState()
    return draw


def render_report(report: NightReport, out: Path, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> Path:
    """Write the report PDF to `out` (atomically: a half-written file never replaces a good one).
    `progress(done, total)` counts the story's parts laid out; `cancelled()` stops it (PrintCancelled, no file)."""
    fonts.register()
    st = styles()
    tables = report_tables(report)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    story = [NextPageTemplate("detail"), *summary_page(report, tables, st, CONTENT_W), PageBreak()]
    for item in detail_sections(report, tables, st, CONTENT_W, data_table, no_data_box):
        story.append(item)
    total = len(story)
    w = report.words
    canvas_cls = type("ReportCanvas", (_NumberedCanvas,), {
        "footer_left": _footer_left(report),
        "footer_right": w("report.generated", time=f"{report.generated_at:%H:%M}",
                          date=w.short_date(report.generated_at)),
        "page_words": w("report.page", n="{n}", total="{total}"),
    })
    with written_aside(out) as tmp:
        doc = BaseDocTemplate(tmp, pagesize=LETTER, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                              bottomMargin=0.8 * inch, title=w("report.title", event=report.event_name),
                              author="NightOut Desk", subject=w("report.subject"))
        first = Frame(MARGIN, 0.8 * inch, CONTENT_W, PAGE_H - BAND_H - 0.35 * inch - 0.8 * inch,
                      id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        later = Frame(MARGIN, 0.8 * inch, CONTENT_W, PAGE_H - 0.55 * inch - 0.8 * inch, id="later",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("summary", [first], onPage=_band(report)),
                              PageTemplate("detail", [later], onPage=_running_head(report))])
        # platypus takes the story's parts off the front of the list as it lays them out
        doc.afterFlowable = lambda _flowable: step(total - len(story), total + 1, progress, cancelled)
        doc.build(story, canvasmaker=canvas_cls)
        step(total + 1, total + 1, progress, cancelled)
    return out
