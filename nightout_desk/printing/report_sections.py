"""The report's detail sections: each a heading, its chart(s) as vector graphics and its table with totals,
or a plain "no data yet" when the night has none."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from nightout_desk.printing import report_charts as charts
from nightout_desk.services.report.model import NightReport, incident_words
from nightout_desk.services.report.tables import ReportTable

ARRIVAL_ROWS_MAX = 40  # a long night's 15-minute table stays readable; the CSV has every row


def detail_sections(report: NightReport, tables: dict[str, ReportTable], st: dict, width: float,
                    table: Callable[..., Flowable], no_data_box: Callable[..., Flowable]) -> Iterator[Flowable]:
    h1, h2 = st["h1"], st["h2"]
    w = report.words

    def _nodata(_st: dict, what: str) -> Flowable:
        return no_data_box(f"{w('report.no_data')} — {w('nodata.' + what)}", st)

    def block(title: str, *items: Flowable) -> Flowable:
        return KeepTogether([Paragraph(title, h2), *items, Spacer(1, 8)])

    # --- attendance -------------------------------------------------------------------------------------------
    yield Paragraph(w("section.attendance"), h1)
    a = report.attendance
    if a is None:
        yield _nodata(st, "attendance")
    else:
        labels = [s.label for s in a.slots]
        yield charts.arrivals_chart(labels, [s.people for s in a.slots], width, w("chart.arrivals"))
        yield Spacer(1, 6)
        yield charts.on_site_chart(labels, [s.on_site for s in a.slots], width, w("chart.on_site"))
        yield Paragraph(w("section.on_site_note"), st["small"])
        t = tables["arrivals_per_15_min"]
        yield block(t.title, table(t, st))
        t = tables["walk_ups_vs_pre_registered"]
        yield block(t.title, charts.share_pie("",
                                              [(g.name, g.households) for g in (a.pre_registered, a.walk_ups)], width),
                    table(t, st))
        t = tables["households_by_neighbourhood"]
        yield CondPageBreak(3 * 72)
        yield block(t.title, charts.bars("", [g.name for g in a.by_neighbourhood],  # households, as the title says
                                         [g.households for g in a.by_neighbourhood], width), table(t, st))
        t = tables["households_by_zip"]
        yield block(t.title, table(t, st))

    # --- stations ---------------------------------------------------------------------------------------------
    yield CondPageBreak(4 * 72)
    yield Paragraph(w("section.stations"), h1)
    s = report.stations
    if s is None:
        yield _nodata(st, "stations")
    else:
        counted = [x for x in s.lines if x.participants]
        t = tables["station_tallies"]
        yield block(t.title, charts.bars("", [x.name for x in counted],
                                         [x.participants for x in counted], width, color=charts.BLUE),
                    table(t, st),
                    Paragraph(w("section.demonstrations", held=s.demonstrations_held,
                                cancelled=s.demonstrations_cancelled), st["small"]))

    # --- volunteers -------------------------------------------------------------------------------------------
    yield CondPageBreak(4 * 72)
    yield Paragraph(w("section.volunteers"), h1)
    v = report.volunteers
    if v is None:
        yield _nodata(st, "volunteers")
    else:
        more = w("section.more_to_confirm", hours=f"{v.unverified_hours:,.1f}") if v.unverified_hours else ""
        yield Paragraph(w("section.volunteers_line", n=f"{v.volunteers:,}", hours=f"{v.hours:,.1f}", more=more),
                        st["body"])
        for stem in ("volunteer_hours_by_station", "volunteer_hours_by_organization"):
            t = tables[stem]
            yield block(t.title, charts.bars("", [r[0] for r in t.rows], [r[1] for r in t.rows], width,
                                             value_format="{:,.1f} h"), table(t, st))

    # --- donations and giveaways ------------------------------------------------------------------------------
    yield CondPageBreak(4 * 72)
    yield Paragraph(w("section.donations"), h1)
    d = report.donations
    if d is None:
        yield _nodata(st, "donations")
    else:
        t = tables["donations_by_kind"]
        yield Paragraph(w("section.donations_line", n=f"{d.donations:,}", donors=f"{d.donors:,}"), st["body"])
        yield block(t.title, charts.bars("", [k.kind for k in d.by_kind],
                                         [k.cents / 100 for k in d.by_kind], width, color=charts.GOLD,
                                         value_format="${:,.0f}"), table(t, st))
    g = report.giveaways
    if g is None:
        yield _nodata(st, "giveaways")
    else:
        t = tables["giveaways"]
        yield block(t.title, charts.stock_chart([(x.item, x.handed_out, x.left) for x in g.items], width,
                                             (w("chart.handed_out"), w("chart.left"))),
                    table(t, st))

    # --- incidents ----------------------------------------------------------------------------------------------
    yield CondPageBreak(2.5 * 72)
    yield Paragraph(w("section.incidents"), h1)
    if not report.incidents:
        yield Paragraph(w("section.no_incidents"), st["body"])
    else:
        yield Paragraph(w("section.by_time", incidents=incident_words(report.incidents, w)), st["body"])
        yield Spacer(1, 4)
        t = tables["incidents"]
        yield table(t, st)
