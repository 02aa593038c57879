"""The tables behind each chart of the report: printed in the PDF and written as CSV, from the same rows.

A `ReportTable` holds raw values (ints, hours as floats, money as cents) and a kind per column; `cell()` formats
a value for print, `csv_cell()` for a spreadsheet. Totals are computed once here, so the PDF and the CSV agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from nightout_desk.services.export import write_csv
from nightout_desk.services.report.build import MEASURES
from nightout_desk.services.report.model import NightReport


@dataclass(frozen=True)
class ReportTable:
    stem: str  # CSV file name
    title: str
    header: tuple[str, ...]
    kinds: tuple[str, ...]  # text | int | hours | money
    rows: tuple[tuple, ...]
    total: tuple | None = None  # the totals row, or None when summing makes no sense

    def cell(self, value: object, column: int) -> str:
        return format_value(value, self.kinds[column])

    def csv_cell(self, value: object, column: int) -> object:
        kind = self.kinds[column]
        if value is None or value == "":
            return ""
        if kind == "money":
            return f"{value / 100:.2f}"
        if kind == "hours":
            return f"{value:.2f}"
        return value


def format_value(value: object, kind: str) -> str:
    if value is None or value == "":
        return "—" if kind != "text" else ""
    if kind == "money":
        return f"${value / 100:,.2f}"
    if kind == "hours":
        return f"{value:,.1f}"
    if kind == "int":
        return f"{value:,}"
    return str(value)


def _sum(rows: tuple[tuple, ...], column: int) -> float:
    return sum(r[column] or 0 for r in rows)


def _table(stem: str, title: str, header: Iterable[str], kinds: tuple[str, ...], rows: Iterable[Iterable],
           total_label: str | None = "Total", last_is_running: bool = False) -> ReportTable:
    rows = tuple(tuple(r) for r in rows)
    total = None
    if total_label is not None:
        total = [total_label]
        for i, kind in enumerate(kinds[1:], start=1):
            if kind in ("int", "money"):
                total.append(int(_sum(rows, i)))
            elif kind == "hours":
                total.append(round(_sum(rows, i), 2))
            else:
                total.append("")
        if last_is_running:
            total[-1] = rows[-1][-1] if rows else 0
        total = tuple(total)
    return ReportTable(stem, title, tuple(header), tuple(kinds), rows, total)


def report_tables(r: NightReport) -> dict[str, ReportTable]:
    """Every table with data, by CSV stem (empty sections give no table); titles and headers in the report's
    language, the CSV files' names in English (scripts find them by name)."""
    w = r.words
    total = w("table.total")

    def cols(*keys: str) -> tuple[str, ...]:
        return tuple(w(f"col.{k}") for k in keys)

    out: list[ReportTable] = []
    a = r.attendance
    if a:
        out.append(_table("arrivals_per_15_min", w("table.arrivals"),
                          cols("time", "households", "adults", "kids", "people", "on_site"),
                          ("text", "int", "int", "int", "int", "int"),
                          [(s.label, s.households, s.adults, s.kids, s.people, s.on_site) for s in a.slots],
                          total, last_is_running=True))
        out.append(_table("walk_ups_vs_pre_registered", w("table.walk_ups"),
                          cols("arrived_as", "households", "people"), ("text", "int", "int"),
                          [(g.name, g.households, g.people) for g in (a.pre_registered, a.walk_ups)], total))
        out.append(_table("households_by_neighbourhood", w("table.by_neighbourhood"),
                          cols("neighbourhood", "households", "people"), ("text", "int", "int"),
                          [(g.name, g.households, g.people) for g in a.by_neighbourhood], total))
        out.append(_table("households_by_zip", w("table.by_zip"), cols("zip", "households", "people"),
                          ("text", "int", "int"), [(g.name, g.households, g.people) for g in a.by_zip], total))
    if r.stations:
        out.append(_table("station_tallies", w("table.stations"),
                          cols("station", "status", "visits", "by_ticket", "waivers", "kits", "incidents"),
                          ("text", "text", "int", "int", "int", "int", "int"),
                          [(x.name, x.status, x.participants, x.scans, x.waivers, x.kits, x.incidents)
                           for x in r.stations.lines], total))
    v = r.volunteers
    if v:
        out.append(_table("volunteer_hours_by_station", w("table.hours_by_station"), cols("station", "hours"),
                          ("text", "hours"), [(x.name, x.hours) for x in v.by_station], total))
        out.append(_table("volunteer_hours_by_organization", w("table.hours_by_organization"),
                          cols("organization", "hours"), ("text", "hours"),
                          [(x.name, x.hours) for x in v.by_organization], total))
    d = r.donations
    if d:
        out.append(_table("donations_by_kind", w("table.donations"), cols("kind", "donations", "amount"),
                          ("text", "int", "money"), [(k.kind, k.donations, k.cents) for k in d.by_kind], total))
    g = r.giveaways
    if g:
        out.append(_table("giveaways", w("table.giveaways"), cols("item", "received", "handed_out", "adjusted", "left"),
                          ("text", "int", "int", "int", "int"),
                          [(x.item, x.received, x.handed_out, x.adjusted, x.left) for x in g.items], total))
    if r.incidents:
        out.append(_table("incidents", w("table.incidents"),
                          cols("time", "station", "what", "description", "resolved", "by"),
                          ("text",) * 6,
                          [(f"{i.at:%H:%M}", i.station or "—", w.label(f"incident.{i.kind}", i.kind), i.description,
                            i.resolution if i.resolved else (w("col.not_resolved") if not i.is_note else ""),
                            i.operator)
                           for i in r.incidents], total_label=None))
    if r.comparison:
        out.append(_table("year_over_year", w("table.compared", name=r.comparison.previous_name),
                          cols("measure", "this_year", "last_time", "change"), ("text", "text", "text", "text"),
                          [(w.label(MEASURES.get(c.measure, ""), c.measure), _measure(c, c.now),
                            _measure(c, c.before), c.said(w)) for c in r.comparison.changes], total_label=None))
    return {t.stem: t for t in out}


def _measure(change, value: float) -> str:  # noqa: ANN001
    if change.money:
        return format_value(int(value), "money")
    if change.hours:
        return format_value(value, "hours")
    return format_value(int(value), "int")


def write_report_csv(r: NightReport, folder: Path) -> list[Path]:
    """One CSV per table (with its totals row), in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for t in report_tables(r).values():
        rows = [[t.csv_cell(v, i) for i, v in enumerate(row)] for row in t.rows]
        if t.total is not None:
            rows.append([t.csv_cell(v, i) for i, v in enumerate(t.total)])
        written.append(write_csv(folder / f"{t.stem}.csv", list(t.header), rows))
    return written
