"""The report's first page: the night in one minute, for the lieutenant (big numbers, year over year, what to know)."""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from nightout_desk.printing import fonts
from nightout_desk.printing.report_charts import GOLD, LIGHT, NAVY
from nightout_desk.services.report.model import NO_DATA, Change, NightReport, incident_words
from nightout_desk.services.report.tables import ReportTable, format_value


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _change(report: NightReport, measure: str, figure: str = "") -> str:
    """'▲ 17% up on 2025'; with `figure`, the figure the change is about first ('29.1 h ▼ 46% down on 2025'), for
    a tile whose big value holds two figures."""
    if report.comparison is None:
        return ""
    change: Change | None = next((c for c in report.comparison.changes if c.measure == measure), None)
    if change is None:
        return ""
    said = report.words("tile.change", change=change.said(report.words), year=report.comparison.previous_date.year)
    return f"{figure + ' ' if figure else ''}{said}"


def tiles(report: NightReport) -> list[tuple[str, str, str, str]]:
    """(label, big value, one line of detail, change vs last time) for each tile of the summary page."""
    a, v, d, g, s = report.attendance, report.volunteers, report.donations, report.giveaways, report.stations
    w = report.words
    no_data = w("report.no_data")
    out = []
    if a:
        out.append((w("tile.attendance"), w("tile.people", n=f"{a.people:,}"),
                    w("tile.who_came", households=f"{a.households:,}", adults=f"{a.adults:,}", kids=f"{a.kids:,}"),
                    _change(report, "People attending")))
        peak = a.peak
        out.append((w("tile.peak"), f"{peak.label}–{peak.starts + timedelta(minutes=15):%H:%M}" if peak else "—",
                    w("tile.peak_people", n=f"{peak.people:,}") if peak else "", ""))
        came = a.show_up_percent
        out.append((w("tile.walk_ups"), w("tile.families", n=f"{a.walk_ups.households:,}"),
                    w("tile.walk_ups_sub", people=f"{a.walk_ups.people:,}", came=f"{a.pre_registered.households:,}",
                      registered=f"{a.registered_households:,}",
                      share=f" ({came:.0f}%)" if came is not None else ""),
                    _change(report, "Walk-up households")))
    else:
        out += [(w("tile.attendance"), no_data, w("tile.nobody"), ""), (w("tile.peak"), "—", "", ""),
                (w("tile.walk_ups"), "—", "", "")]
    out.append((w("tile.volunteers"), f"{v.volunteers:,} · {v.hours:,.1f} h" if v else no_data,
                (w("tile.hours_verified", hours=f"{v.hours:,.1f}")
                 + (w("tile.to_confirm", hours=f"{v.unverified_hours:,.1f}") if v.unverified_hours else ""))
                if v else w("tile.no_hours"),
                _change(report, "Volunteer hours", f"{v.hours:,.1f} h") if v else ""))
    out.append((w("tile.donations"), format_value(d.money_cents, "money") if d else no_data,
                (w("tile.from_donors", donors=f"{d.donors:,}", gifts=f"{d.donations:,}")
                 + (w("tile.goods_worth", value=format_value(d.goods_value_cents, "money"))
                    if d.goods_value_cents else ""))
                if d else w("tile.no_donations"), _change(report, "Donations received") if d else ""))
    out.append((w("tile.stock"), w("tile.items", n=f"{g.left:,}") if g else no_data,
                (w("tile.handed_out", out=f"{g.handed_out:,}", received=f"{g.received:,}")
                 + (w("tile.to_households", n=f"{g.households_served:,}") if g.households_served else "")) if g
                else w("tile.no_stock"), ""))
    busiest = s.busiest if s else None
    out.append((w("tile.stations"), w("tile.visits", n=f"{s.participants:,}") if s else no_data,
                w("tile.busiest", name=busiest.name, n=f"{busiest.participants:,}") if busiest
                else w("tile.no_tallies"), ""))
    out.append((w("tile.kits"), f"{s.kits:,} · {s.waivers:,}" if s else "—", w("tile.kits_sub") if s else "", ""))
    real = [i for i in report.incidents if not i.is_note]
    out.append((w("tile.incidents"), f"{len(real):,}" if report.incidents else w("tile.none"),
                incident_words(report.incidents, w) if report.incidents else w("tile.no_incidents"), ""))
    return out


def _tile(label: str, value: str, sub: str, change: str, st: dict, width: float, no_data: str = NO_DATA) -> Table:
    value_style = st["tile_value"] if len(value) <= 14 else ParagraphStyle("tv2", parent=st["tile_value"], fontSize=15,
                                                                           leading=19)
    if value in (NO_DATA, no_data):
        value_style = ParagraphStyle("nd", parent=st["tile_value"], fontSize=14, leading=19, textColor=colors.grey)
    cells = [[Paragraph(_esc(label), st["tile_label"])], [Paragraph(_esc(value), value_style)],
             [Paragraph(_esc(sub), st["tile_sub"])], [Paragraph(_esc(change), _one_line(change, st["tile_change"],
                                                                                     width - 20))]]
    t = Table(cells, colWidths=[width - 6], rowHeights=[14, 26, 30, 14])
    t.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F5F7FA")),
        ("LINEBEFORE", (0, 0), (0, -1), 3, GOLD),
        ("BOX", (0, 0), (-1, -1), 0.5, LIGHT),
    ]))
    return t


def _one_line(text: str, style: ParagraphStyle, width: float) -> ParagraphStyle:
    """The style made small enough (down to 6.5 pt) for `text` to stay on its one line of the tile."""
    size = fonts.fit_font_size(text, style.fontName, width, style.fontSize, 6.5)
    return style if size >= style.fontSize else ParagraphStyle("fit", parent=style, fontSize=size, leading=size + 2)


def summary_page(report: NightReport, tables: dict[str, ReportTable], st: dict, width: float) -> list[Flowable]:
    w = report.words
    story: list[Flowable] = [Paragraph(_esc(w("report.one_minute")), st["h1"])]
    cells = [_tile(*t, st, width / 3, w("report.no_data")) for t in tiles(report)]
    grid = [cells[i:i + 3] for i in range(0, len(cells), 3)]
    grid = Table(grid, colWidths=[width / 3] * 3, hAlign="LEFT")
    grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                              ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story.append(grid)
    if report.comparison:
        c = report.comparison
        story.append(Paragraph(_esc(w("yoy.compared", name=c.previous_name, date=w.long_date(c.previous_date))),
                               st["h2"]))
        t = tables["year_over_year"]
        rows = [list(t.header)] + [list(r) for r in t.rows]
        table = Table(rows, colWidths=[width * 0.34, width * 0.2, width * 0.2, width * 0.26], hAlign="LEFT")
        regular, bold = st["body"].fontName, st["cellb"].fontName
        style = [("FONT", (0, 0), (-1, -1), regular, 9), ("FONT", (0, 0), (-1, 0), bold, 9),
                 ("TEXTCOLOR", (0, 0), (-1, 0), NAVY), ("LINEBELOW", (0, 0), (-1, 0), 1, NAVY),
                 ("ALIGN", (1, 0), (2, -1), "RIGHT"), ("LEFTPADDING", (3, 0), (3, -1), 14),
                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        for i, change in enumerate(c.changes, start=1):
            colour = colors.HexColor("#2F6B3A") if change.now > change.before else (
                colors.HexColor("#9B2C2C") if change.now < change.before else colors.grey)
            style += [("TEXTCOLOR", (3, i), (3, i), colour), ("FONT", (3, i), (3, i), bold, 9)]
            if i % 2 == 0:
                style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F3F5F8")))
        table.setStyle(TableStyle(style))
        story.append(table)
    else:
        story.append(Paragraph(_esc(w("yoy.heading")), st["h2"]))
        story.append(Paragraph(_esc(w("yoy.none")), st["small"]))
    notes = worth_knowing(report)
    if notes:
        story.append(Paragraph(_esc(w("worth.heading")), st["h2"]))
        for n in notes:
            story.append(Paragraph("• " + _esc(n), st["body"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph(_esc(w("report.details_follow")), st["small"]))
    return story


def worth_knowing(report: NightReport) -> list[str]:
    w = report.words
    notes = []
    open_incidents = [i for i in report.incidents if i.is_open]
    for i in open_incidents[:3]:
        notes.append(w("worth.open", kind=w.label(f"incident.{i.kind}", i.kind), time=f"{i.at:%H:%M}",
                       station=f" ({i.station})" if i.station else "", description=i.description[:90]))
    if report.volunteers and report.volunteers.flagged:
        flagged = report.volunteers.flagged
        notes.append(w("worth.flagged_one") if flagged == 1 else w("worth.flagged", n=flagged))
    if report.giveaways:
        low = [x.item for x in report.giveaways.items if x.low or x.left == 0]
        if low:
            notes.append(w("worth.low", items=", ".join(low[:5])))
    if report.stations:
        paused = [x for x in report.stations.lines if x.paused]
        for x in paused[:2]:
            notes.append(w("worth.paused", name=x.name, status=x.status.lower()))
    return notes
