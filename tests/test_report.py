"""The end-of-night report: numbers read back from the PDF equal the database, CSV totals equal the PDF's,
year over year with two events, and an empty night that says "no data yet" (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pypdf
from reportlab.graphics.charts.legends import Legend
from sqlalchemy import text

from nightout_desk.cli import main
from nightout_desk.printing.report_charts import stock_chart
from nightout_desk.printing.report_pdf import render_report
from nightout_desk.printing.report_summary import tiles
from nightout_desk.services import events
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.context import Desk
from nightout_desk.services.demo import create_demo
from nightout_desk.services.report import build_report
from nightout_desk.services.report.tables import report_tables, write_report_csv
from nightout_desk.services.stations import incidents, stations, waivers
from nightout_desk.services.stations import tallies as station_tallies


def _pdf_text(path) -> tuple[list[str], str]:
    pages = [p.extract_text() for p in pypdf.PdfReader(str(path)).pages]
    return pages, " ".join(" ".join(p.split()) for p in pages)


def _from_database(db, event_id) -> dict[str, int]:
    """The night's totals straight from the tables, without the report code."""
    eid = event_id.hex if db.is_sqlite else str(event_id)
    q = {
        "households": "SELECT count(*) FROM check_ins c WHERE c.event_id = :e AND NOT EXISTS "
                      "(SELECT 1 FROM check_in_undos u WHERE u.check_in_id = c.id)",
        "people": "SELECT coalesce(sum(adults + kids), 0) FROM check_ins c WHERE c.event_id = :e AND NOT EXISTS "
                  "(SELECT 1 FROM check_in_undos u WHERE u.check_in_id = c.id)",
        "walk_ups": "SELECT count(*) FROM check_ins c JOIN households h ON h.id = c.household_id WHERE "
                    "c.event_id = :e AND h.source = 'walk-up' AND NOT EXISTS "
                    "(SELECT 1 FROM check_in_undos u WHERE u.check_in_id = c.id)",
        "tallies": "SELECT coalesce(sum(count), 0) FROM tallies WHERE event_id = :e",
        "waivers": "SELECT count(*) FROM waivers WHERE event_id = :e",
        "kits": "SELECT coalesce(sum(count), 0) FROM child_id_kit_handouts WHERE event_id = :e",
        "incidents": "SELECT count(*) FROM incidents WHERE event_id = :e AND kind <> 'note'",
    }
    with db.engine.connect() as conn:
        return {k: int(conn.execute(text(sql), {"e": eid}).scalar()) for k, sql in q.items()}


def _from_csv(value: str, kind: str):
    return {"int": int, "hours": float, "money": lambda v: round(float(v) * 100)}.get(kind, str)(value)


def test_report_numbers_read_back_from_the_pdf_equal_the_database(db, tmp_path):
    event = create_demo(db, households=120, seed=7)
    desk = Desk(db, event.id, "Lt. Jordan", "lieutenant", "Desk 1")
    truth = _from_database(db, event.id)
    assert truth["households"] > 0 and truth["tallies"] > 0
    report = build_report(desk)
    pdf = render_report(report, tmp_path / "night.pdf")
    pages, everything = _pdf_text(pdf)
    first = " ".join(pages[0].split())
    assert f"{truth['people']:,} people" in first
    assert f"{truth['households']:,} households" in first
    assert f"{truth['walk_ups']:,} families" in first
    assert f"{truth['tallies']:,} visits" in first
    assert f"{truth['kits']:,} · {truth['waivers']:,}" in first
    assert re.search(rf"INCIDENTS {truth['incidents']} ", first)
    assert "Compared with Riverside National Night Out" in first  # the demo's previous year
    # the detail tables' total rows carry the same numbers
    a = report.attendance
    assert f"Total {a.households:,} {a.adults:,} {a.kids:,} {truth['people']:,} {truth['people']:,}" in everything
    assert f"Total {truth['tallies']:,} " in everything
    # every page has the footer with its number and the event
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Riverside National Night Out" in page and "Generated" in page


def test_csv_totals_equal_the_pdf_totals(sqlite_db, tmp_path):
    event = create_demo(sqlite_db, households=80, seed=11)
    desk = Desk(sqlite_db, event.id, "Lt. Jordan", "lieutenant", "Desk 1")
    report = build_report(desk)
    pdf = render_report(report, tmp_path / "night.pdf")
    _, everything = _pdf_text(pdf)
    written = write_report_csv(report, tmp_path / "csv")
    tables = report_tables(report)
    assert {p.stem for p in written} == set(tables)
    checked = 0
    for path in written:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        t = tables[path.stem]
        if t.total is None:
            continue
        header, body, total = rows[0], rows[1:-1], rows[-1]
        assert total[0] == "Total" and header == list(t.header)
        for i, kind in enumerate(t.kinds):
            if kind == "int" and i < len(t.kinds) - (1 if path.stem == "arrivals_per_15_min" else 0):
                assert int(total[i]) == sum(int(r[i]) for r in body), (path.stem, header[i])
        printed = " ".join(t.cell(v, i) for i, v in enumerate(t.total) if v != "")
        assert printed in everything, (path.stem, printed)
        csv_as_printed = " ".join(t.cell(_from_csv(v, t.kinds[i]), i) for i, v in enumerate(total) if v != "")
        assert csv_as_printed == printed
        checked += 1
    assert checked >= 5


def _night(db, name: str, on: dt.date, families: int, walk_ups: int) -> Desk:
    event = events.create_event(db, name=name, on=on, place="Riverside Park")
    desk = Desk(db, event.id, "Pat", "organizer", "Desk 1")
    for i in range(families):
        h = households.add_household(desk, family_name=f"Family {i}", adults_expected=2, kids_expected=2)
        checkins.check_in(desk, h.id)
    for i in range(walk_ups):
        checkins.walk_up(desk, f"Walk-up {i}", adults=1, kids=1)
    return desk


def test_year_over_year_compares_with_the_last_event_with_arrows_and_percentages(db, tmp_path):
    _night(db, "Riverside NNO 2025", dt.date(2025, 8, 5), families=4, walk_ups=2)  # 20 people, 6 households
    desk = _night(db, "Riverside NNO 2026", dt.date(2026, 8, 4), families=5, walk_ups=1)  # 22 people, 6 households
    report = build_report(desk)
    c = report.comparison
    assert c is not None and c.previous_name == "Riverside NNO 2025"
    by = {x.measure: x for x in c.changes}
    assert (by["People attending"].now, by["People attending"].before) == (22, 20)
    assert by["People attending"].words == "▲ 10% up"
    assert by["Households"].words == "= same"
    assert by["Walk-up households"].words == "▼ 50% down"
    _, everything = _pdf_text(render_report(report, tmp_path / "yoy.pdf"))
    assert "People attending 22 20 ▲ 10% up" in everything
    assert "Walk-up households 1 2 ▼ 50% down" in everything
    # the earlier event compares with nothing
    assert build_report(Desk(db, events.previous_event(db, desk.event_id).id)).comparison is None


def test_an_empty_night_reports_no_data_yet_without_failing(desk, tmp_path):
    report = build_report(desk)
    assert report.is_empty and report.attendance is None and report.stations is None and report.comparison is None
    pages, everything = _pdf_text(render_report(report, tmp_path / "empty.pdf"))
    assert "No data yet" in pages[0] and "Nobody has been checked in yet." in everything
    assert "no station has counted participants" in everything
    assert "No incidents recorded" in everything
    assert write_report_csv(report, tmp_path / "csv") == []


def test_a_half_recorded_night_reports_what_it_has(desk, tmp_path):
    house = next(s for s in stations.list_stations(desk) if s.name == "Bounce house")
    h = households.add_household(desk, family_name="Okafor")
    waivers.record(desk, h.id, child_first_name="Chidi", child_age=8, guardian_name="Ngozi", rules_read=True)
    station_tallies.scan(desk, house.id, h.ticket_code)
    report = build_report(desk)
    assert report.attendance is None  # counted at a station, never checked in at the desk
    assert report.stations.participants == 1 and report.stations.waivers == 1
    _, everything = _pdf_text(render_report(report, tmp_path / "half.pdf"))
    assert "Bounce house" in everything and "Nobody has been checked in yet." in everything


def test_report_and_waiver_form_from_the_command_line(sqlite_db, tmp_path, capsys, monkeypatch):
    url = str(sqlite_db.path)
    assert main(["--db", url, "demo", "--households", "60"]) == 0
    monkeypatch.setenv("NIGHTOUT_PIN", "2026")  # the demo's organizer signs the report out (its notes may name people)
    out, folder = tmp_path / "report.pdf", tmp_path / "tables"
    assert main(["--db", url, "--operator", "Demo Organizer",
                 "report", "--out", str(out), "--csv", str(folder)]) == 0
    assert len(pypdf.PdfReader(str(out)).pages) >= 4
    assert (folder / "arrivals_per_15_min.csv").exists() and (folder / "station_tallies.csv").exists()
    desk = Desk(sqlite_db, events.latest_event(sqlite_db).id, "Pat", "organizer")
    waivers.set_text(desk, "Riverside rules: one child at a time in the bounce house, shoes off, socks on.")
    form = tmp_path / "waiver.pdf"
    assert main(["--db", url, "print", "waivers", "--out", str(form)]) == 0
    _, words = _pdf_text(form)
    assert "Riverside rules: one child at a time" in words and "Dunk tank, Bounce house" in words
    assert "I have read the rules" in words
    capsys.readouterr()
    assert main(["--db", url, "--operator", "Demo Organizer",
                 "report", "--out", str(tmp_path)]) == 1  # a folder, not a file: one line, exit 1
    assert capsys.readouterr().err.count("\n") == 1


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(start) + len(start):text.index(end, text.index(start))]


def test_households_by_neighbourhood_plots_households_like_its_table(sqlite_desk, tmp_path):
    desk = sqlite_desk
    checkins.walk_up(desk, "Big family", adults=2, kids=7, neighbourhood="Old Town")  # 1 household, 9 people
    for name in ("Ames", "Boyd", "Cole"):
        checkins.walk_up(desk, name, adults=1, kids=0, neighbourhood="Mill Creek")  # 3 households, 3 people
    report = build_report(desk)
    assert [(g.name, g.households) for g in report.attendance.by_neighbourhood][:2] == [("Mill Creek", 3),
                                                                                          ("Old Town", 1)]
    _, everything = _pdf_text(render_report(report, tmp_path / "night.pdf"))
    chart = _between(everything, "Households by neighbourhood", "Neighbourhood Households People")
    assert sorted(re.findall(r"\b\d+\b", chart)) == ["1", "3"]  # the bars' values: households, not 9 and 3 people
    assert "Mill Creek 3 3 Old Town 1 9" in everything  # the table under it: households, then people


def test_the_volunteers_tile_says_which_figure_changed_since_last_year(sqlite_db):
    event = create_demo(sqlite_db, households=60, seed=5)
    report = build_report(Desk(sqlite_db, event.id, "Lt. Jordan", "lieutenant", "Desk 1"))
    label, value, _sub, change = next(t for t in tiles(report) if t[0] == "VOLUNTEERS")
    v, year = report.volunteers, report.comparison.previous_date.year
    hours = next(c for c in report.comparison.changes if c.measure == "Volunteer hours")
    assert value == f"{v.volunteers:,} · {v.hours:,.1f} h"  # two figures in the big value...
    assert change == f"{v.hours:,.1f} h {hours.words} on {year}"  # ...so the change names the one it is about


def test_incidents_are_counted_alike_on_the_front_page_the_station_table_and_the_incident_list(sqlite_db,
                                                                                              tmp_path):
    event = create_demo(sqlite_db, households=60, seed=5)
    desk = Desk(sqlite_db, event.id, "Lt. Jordan", "lieutenant", "Desk 1")
    incidents.report(desk, "safety", "Loose cable across the path by the food trucks")  # at no station
    truth = _from_database(sqlite_db, event.id)["incidents"]
    report = build_report(desk)
    notes = sum(1 for i in report.incidents if i.kind == "note")
    assert notes >= 1 and len(report.incidents) == truth + notes  # the demo has a note among its incidents
    assert report_tables(report)["station_tallies"].total[-1] == truth
    pages, everything = _pdf_text(render_report(report, tmp_path / "night.pdf"))
    first = " ".join(pages[0].split())
    assert re.search(rf"INCIDENTS {truth} {truth} incidents \(\d+ still open\) and {notes} notes? ", first)
    assert re.search(rf"Incidents and notes {truth} incidents \(\d+ still open\) and {notes} notes?, by time",
                     everything)
    assert "Elsewhere in the park" in everything


def test_the_giveaway_chart_legend_is_drawn_inside_its_chart():
    drawing = stock_chart([("Bike helmet (youth)", 31, 5), ("Bottled water", 210, 270)], 460)
    legend = next(x for x in drawing.contents if isinstance(x, Legend))
    bars = next(x for x in drawing.contents if not isinstance(x, Legend))
    _x0, bottom, _x1, top = legend.getBounds()
    assert bottom >= 0  # not hanging below the drawing, under the table that follows
    assert top < bars.getBounds()[1]  # and below the axis labels, not over them
