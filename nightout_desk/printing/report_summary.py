"""The report's first page: the night in one minute, for the lieutenant (big numbers, year over year, what to know)."""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

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
    return f"{figure + ' ' if figure else ''}{change.words} on {report.comparison.previous_date.year}"


def tiles(report: NightReport) -> list[tuple[str, str, str, str]]:
    """(label, big value, one line of detail, change vs last time) for each tile of the summary page."""
    a, v, d, g, s = report.attendance, report.volunteers, report.donations, report.giveaways, report.stations
    out = []
    if a:
        out.append(("ATTENDANCE", f"{a.people:,} people",
                    f"{a.households:,} households · {a.adults:,} adults, {a.kids:,} kids",
                    _change(report, "People attending")))
        peak = a.peak
        out.append(("PEAK TIME", f"{peak.label}–{peak.starts + timedelta(minutes=15):%H:%M}" if peak else "—",
                    f"{peak.people:,} people arrived in those 15 minutes" if peak else "", ""))
        came = a.show_up_percent
        out.append(("WALK-UPS", f"{a.walk_ups.households:,} families",
                    f"{a.walk_ups.people:,} people; {a.pre_registered.households:,} of {a.registered_households:,} "
                    f"pre-registered came" + (f" ({came:.0f}%)" if came is not None else ""),
                    _change(report, "Walk-up households")))
    else:
        out += [("ATTENDANCE", NO_DATA, "Nobody has been checked in yet.", ""), ("PEAK TIME", "—", "", ""),
                ("WALK-UPS", "—", "", "")]
    out.append(("VOLUNTEERS", f"{v.volunteers:,} · {v.hours:,.1f} h" if v else NO_DATA,
                (f"{v.hours:,.1f} hours verified" + (f", {v.unverified_hours:,.1f} to confirm" if v.unverified_hours
                                                    else "")) if v else "No volunteer hours recorded.",
                _change(report, "Volunteer hours", f"{v.hours:,.1f} h") if v else ""))
    out.append(("DONATIONS", format_value(d.money_cents, "money") if d else NO_DATA,
                (f"from {d.donors:,} donors, {d.donations:,} gifts" +
                 (f"; goods worth {format_value(d.goods_value_cents, 'money')}" if d.goods_value_cents else ""))
                if d else "No donations recorded.", _change(report, "Donations received") if d else ""))
    out.append(("GIVEAWAY STOCK LEFT", f"{g.left:,} items" if g else NO_DATA,
                (f"{g.handed_out:,} handed out of {g.received:,} received"
                 + (f", to {g.households_served:,} households" if g.households_served else "")) if g
                else "No giveaway stock recorded.", ""))
    busiest = s.busiest if s else None
    out.append(("STATIONS", f"{s.participants:,} visits" if s else NO_DATA,
                f"Busiest: {busiest.name} ({busiest.participants:,})" if busiest else "No station tallies yet.", ""))
    out.append(("CHILD-ID KITS · WAIVERS", f"{s.kits:,} · {s.waivers:,}" if s else "—",
                "kits handed out · parents' waivers signed" if s else "", ""))
    real = [i for i in report.incidents if not i.is_note]
    out.append(("INCIDENTS", f"{len(real):,}" if report.incidents else "None",
                incident_words(report.incidents) if report.incidents else "No incidents recorded.", ""))
    return out


def _tile(label: str, value: str, sub: str, change: str, st: dict, width: float) -> Table:
    value_style = st["tile_value"] if len(value) <= 14 else ParagraphStyle("tv2", parent=st["tile_value"], fontSize=15,
                                                                           leading=19)
    if value == NO_DATA:
        value_style = ParagraphStyle("nd", parent=st["tile_value"], fontSize=14, leading=19, textColor=colors.grey)
    cells = [[Paragraph(_esc(label), st["tile_label"])], [Paragraph(_esc(value), value_style)],
             [Paragraph(_esc(sub), st["tile_sub"])], [Paragraph(_esc(change), st["tile_change"])]]
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


def summary_page(report: NightReport, tables: dict[str, ReportTable], st: dict, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("The night in one minute", st["h1"])]
    cells = [_tile(*t, st, width / 3) for t in tiles(report)]
    grid = [cells[i:i + 3] for i in range(0, len(cells), 3)]
    grid = Table(grid, colWidths=[width / 3] * 3, hAlign="LEFT")
    grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                              ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story.append(grid)
    if report.comparison:
        c = report.comparison
        story.append(Paragraph(_esc(f"Compared with {c.previous_name} "
                                    f"({c.previous_date:%B} {c.previous_date.day}, {c.previous_date.year})"), st["h2"]))
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
        story.append(Paragraph("Year over year", st["h2"]))
        story.append(Paragraph("No earlier event in this database to compare with — next year's report will show "
                               "the change from tonight.", st["small"]))
    notes = worth_knowing(report)
    if notes:
        story.append(Paragraph("Worth knowing", st["h2"]))
        for n in notes:
            story.append(Paragraph("• " + _esc(n), st["body"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Details, charts and tables with totals follow on the next pages. The tables are also "
                           "available as CSV files (nightout-desk report --csv).", st["small"]))
    return story


def worth_knowing(report: NightReport) -> list[str]:
    notes = []
    open_incidents = [i for i in report.incidents if i.is_open]
    for i in open_incidents[:3]:
        notes.append(f"Open {i.kind} at {i.at:%H:%M}{' (' + i.station + ')' if i.station else ''}: "
                     f"{i.description[:90]}")
    if report.volunteers and report.volunteers.flagged:
        notes.append(f"{report.volunteers.flagged} volunteer time entries need a coordinator's look before the "
                     f"hours are final.")
    if report.giveaways:
        low = [x.item for x in report.giveaways.items if x.low or x.left == 0]
        if low:
            notes.append("Running low or out: " + ", ".join(low[:5]) + ".")
    if report.stations:
        paused = [x for x in report.stations.lines if x.status.startswith("Paused")]
        for x in paused[:2]:
            notes.append(f"{x.name} ended the night {x.status.lower()}.")
    return notes
