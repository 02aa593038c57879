"""The Stations tab, the station board and the Reports tab, driven like a volunteer would (pytest-qt, offscreen)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pypdf
import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QPushButton

from nightout_desk import clock
from nightout_desk.services import audit, events
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.context import Desk
from nightout_desk.services.demo import create_demo
from nightout_desk.services.stations import board as station_board
from nightout_desk.services.stations import schedule as station_schedule
from nightout_desk.services.stations import stations
from nightout_desk.services.stations import tallies as station_tallies
from nightout_desk.services.stations.board import StationStaffing
from nightout_desk.ui.reports.reports_tab import ReportsTab
from nightout_desk.ui.state import AppState
from nightout_desk.ui.stations.station_board import BoardLine, StationBoard, station_details
from nightout_desk.ui.stations.stations_tab import StationsTab


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def _tab(qtbot, desk, station: str) -> StationsTab:
    tab = StationsTab(AppState(desk))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.select(next(r.id for r in tab.model.rows if r.name == station))
    return tab


def test_plus_one_plus_five_and_a_pause_with_a_reason(qtbot, sqlite_desk, warnings):
    tab = _tab(qtbot, sqlite_desk, "Arts and crafts")
    qtbot.mouseClick(tab.findChild(QPushButton, "tallyPlusOne"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.counter.plus_five, Qt.MouseButton.LeftButton)
    assert tab.counter.count_label.text() == "6"
    assert "Counted +5 at Arts and crafts — 6 tonight." == tab.counter.result.text()
    qtbot.mouseClick(tab.counter.minus_one, Qt.MouseButton.LeftButton)
    assert tab.counter.count_label.text() == "5"
    crafts = tab.current.id
    assert station_tallies.totals(sqlite_desk)[crafts] == 5
    assert "5" in tab.model.data(tab.model.index(tab.list.currentIndex().row(), 2))

    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)  # no reason given
    assert warnings and "Say why the station is paused" in warnings[-1]
    tab.pause_reason.setEditText("Weather")
    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    assert tab.status_label.text() == "❚❚ Paused — Weather"  # in words, not only in colour
    row = tab.list.currentIndex().row()
    assert tab.model.data(tab.model.index(row, 1)) == "❚❚ Paused — Weather"
    assert tab.model.data(tab.model.index(row, 1), Qt.ItemDataRole.BackgroundRole) is not None
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert tab.status_label.text() == "● Open"
    changes = [a.summary for a in audit.recent(sqlite_desk) if a.action == "station status changed"]
    assert changes == ["Arts and crafts: Open", "Arts and crafts: Paused — Weather"]


def test_an_organizer_adds_face_painting_and_it_is_selected(qtbot, sqlite_desk, monkeypatch, warnings):
    tab = _tab(qtbot, sqlite_desk, "Music")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Face painting", True))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.current.name == "Face painting" and tab.title.text() == "Face painting"
    assert tab.tabs.currentWidget() is tab.details
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)  # the same name again
    assert warnings == ["There is already a station called “Face painting”."]


def test_a_ticket_without_a_waiver_is_refused_in_words_at_the_bounce_house(qtbot, sqlite_desk):
    h = households.add_household(sqlite_desk, family_name="Haddad", kids_expected=2)
    tab = _tab(qtbot, sqlite_desk, "Bounce house")
    qtbot.keyClicks(tab.counter.scan, h.ticket_code)
    qtbot.keyClick(tab.counter.scan, Qt.Key.Key_Return)
    assert tab.counter.result.text().startswith("NOT COUNTED — No waiver on file for the Haddad family")
    assert tab.counter.waiver_button.isVisibleTo(tab) and tab.counter.count_label.text() == "0"
    assert tab.counter.scan.text() == ""  # ready for the next child


def test_the_kits_row_says_no_fingerprints_or_photos_are_stored(qtbot, sqlite_desk):
    tab = _tab(qtbot, sqlite_desk, "Fingerprinting / child ID")
    assert tab.counter.kits.isVisibleTo(tab)
    texts = " ".join(lbl.text() for lbl in tab.counter.kits.findChildren(QLabel))
    assert "no fingerprints, no photos" in texts
    qtbot.mouseClick(tab.counter.kits.findChild(QPushButton, "kitPlusFive"), Qt.MouseButton.LeftButton)
    assert tab.counter.kits_label.text() == "Child-ID kits handed out: 5"
    assert station_tallies.kits_total(sqlite_desk) == 5


def _tonight(db) -> tuple[Desk, str]:
    """An event held today, with a demonstration an hour from now (so the board has a countdown)."""
    soon = clock.local(clock.now() + timedelta(hours=1))
    event = events.create_event(db, name="Tonight's Night Out", on=soon.date(), place="Riverside Park")
    desk = Desk(db, event.id, "Pat", "organizer", "Desk 1")
    return desk, f"{soon:%H:%M}"


def test_the_station_board_opens_and_counts_down_to_the_next_demo(qtbot, sqlite_db):
    desk, at = _tonight(sqlite_db)
    tab = _tab(qtbot, desk, "K-9 demonstration")
    station_schedule.add_demonstration(desk, tab.current.id, "K-9 demo with Max", at, 20)
    tab.refresh()
    assert tab.countdown.text().startswith(f"Next demonstration: K-9 demo with Max at {at} — in ")
    qtbot.mouseClick(tab.board_button, Qt.MouseButton.LeftButton)
    board = tab.board
    assert isinstance(board, StationBoard) and board.isVisible()
    assert board.findChild(QLabel, "boardNextDemo0").text() == "K-9 demo with Max"
    countdown = board.findChild(QLabel, "boardCountdown0").text()
    assert countdown in ("in 60 min", "in 59 min", "in 1 h 00 min")
    assert board.findChild(QLabel, "boardEvent").text() == "Tonight's Night Out"
    assert board.refresher.isActive() and board.ticker.isActive()  # it refreshes itself
    statuses = [board.findChild(QLabel, f"boardStatus{i}").text() for i in range(11)]
    assert set(statuses) == {"SETTING UP"}
    board.close()


def test_the_reports_tab_shows_no_data_yet_then_charts_and_saves_a_pdf(qtbot, sqlite_db, tmp_path):
    desk, _ = _tonight(sqlite_db)
    tab = ReportsTab(AppState(desk))
    qtbot.addWidget(tab)
    assert "No data yet" in tab.findChild(QLabel, "reportTileValue0").text()
    assert isinstance(tab.findChild(QLabel, "chartArrivals"), QLabel)
    checkins.walk_up(desk, "García", adults=2, kids=1, zip_code="12346")
    qtbot.mouseClick(tab.findChild(QPushButton, "refreshReportButton"), Qt.MouseButton.LeftButton)
    assert tab.findChild(QLabel, "reportTileValue0").text() == "3 people"
    assert isinstance(tab.findChild(QChartView, "chartArrivals"), QChartView)
    saved = tab.save_pdf(str(tmp_path / "tonight.pdf"))
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(saved)).pages)
    assert "3 people" in text and "Tonight's Night Out" in text


def test_the_reports_tab_plots_households_by_neighbourhood_as_its_title_says(qtbot, sqlite_desk):
    checkins.walk_up(sqlite_desk, "Big family", adults=2, kids=7, neighbourhood="Old Town")  # 1 household, 9 people
    checkins.walk_up(sqlite_desk, "Ames", adults=1, kids=0, neighbourhood="Mill Creek")
    checkins.walk_up(sqlite_desk, "Boyd", adults=1, kids=0, neighbourhood="Mill Creek")
    tab = ReportsTab(AppState(sqlite_desk))
    qtbot.addWidget(tab)
    view = tab.findChild(QChartView, "chartNeighbourhoods")
    assert view.chart().title() == "Households by neighbourhood"
    bars = view.chart().series()[0].barSets()[0]
    assert sorted(bars.at(i) for i in range(bars.count())) == [1.0, 2.0]  # households, not 9 and 2 people


def _evening(db, monkeypatch, hhmm: str) -> tuple[Desk, datetime]:
    """An event on August 4 with the laptop's clock at `hhmm` that evening (moved on with the returned setter)."""
    event = events.create_event(db, name="Riverside Night Out", on=date(2026, 8, 4), place="Riverside Park")
    at = {"now": datetime.combine(date(2026, 8, 4), time(*map(int, hhmm.split(":")))).astimezone().astimezone(UTC)}
    monkeypatch.setattr(clock, "now", lambda: at["now"])
    return Desk(db, event.id, "Pat", "organizer", "Desk 1"), at


def _board_row(board: StationBoard, station: str) -> int:
    return next(i for i in range(30) if board.findChild(QLabel, f"boardStation{i}").text().startswith(station))


def test_the_board_says_each_station_s_status_and_next_demonstration_in_words(qtbot, sqlite_db, monkeypatch):
    desk, clock_at = _evening(sqlite_db, monkeypatch, "19:18")
    by_name = {s.name: s.id for s in stations.list_stations(desk)}
    for name in ("K-9 demonstration", "Arts and crafts", "Music", "Dunk tank"):
        stations.set_status(desk, by_name[name], "open")
    stations.set_status(desk, by_name["Dunk tank"], "paused", "Refilling the tank")
    stations.set_status(desk, by_name["First aid"], "closed")
    station_schedule.add_demonstration(desk, by_name["K-9 demonstration"], "K-9 demo with Max", "19:30", 20)
    station_schedule.add_demonstration(desk, by_name["Arts and crafts"], "Paint-a-badge", "19:10", 20)
    station_schedule.add_demonstration(desk, by_name["Music"], "Jazz band", "18:00", 30)
    board = StationBoard(AppState(desk))
    qtbot.addWidget(board)
    board.resize(1280, 720)
    board.show()

    def line(kind: str, station: str) -> str:
        return board.findChild(QLabel, f"{kind}{_board_row(board, station)}").text()

    assert line("boardStatus", "K-9 demonstration") == "OPEN"
    assert line("boardStatus", "Dunk tank") == "PAUSED"
    assert line("boardStation", "Dunk tank") == "Dunk tank — Refilling the tank"  # the reason, in words
    assert line("boardStatus", "First aid") == "CLOSED"
    paused_chip = board.findChild(QLabel, f"boardStatus{_board_row(board, 'Dunk tank')}")
    assert paused_chip.width() >= paused_chip.fontMetrics().horizontalAdvance("PAUSED")  # a word, not a 1-px line
    assert line("boardStationDemo", "K-9 demonstration") == "K-9 demo with Max at 19:30 · in 12 min"
    assert line("boardStationDemo", "Arts and crafts") == "Paint-a-badge at 19:10 · now"
    assert line("boardStationDemo", "Music") == "Jazz band at 18:00 · done"
    # next demonstrations: time, title, station and countdown; the one over is gone from the list
    kinds = ("boardDemoTime", "boardNextDemo", "boardDemoPlace", "boardCountdown")
    shown = [tuple(board.findChild(QLabel, f"{kind}{i}").text() for kind in kinds) for i in range(2)]
    assert shown == [("19:10", "Paint-a-badge", "Arts and crafts", "now, until 19:30"),
                     ("19:30", "K-9 demo with Max", "K-9 demonstration", "in 12 min")]
    assert board.findChild(QLabel, "boardDemoTime2") is None
    for i in range(2):  # time and countdown are shown whole, never squeezed to nothing
        for name in (f"boardDemoTime{i}", f"boardCountdown{i}"):
            label = board.findChild(QLabel, name)
            assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), name
    clock_at["now"] += timedelta(minutes=13)  # the countdowns are live
    board.tick()
    assert line("boardStationDemo", "K-9 demonstration") == "K-9 demo with Max at 19:30 · now"
    assert board.findChild(QLabel, "boardCountdown1").text() == "now, until 19:50"
    board.close()


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
def test_nothing_on_the_station_board_is_cut_off_on_a_laptop_or_a_tv(qtbot, sqlite_db, size):
    event = create_demo(sqlite_db, households=60, seed=3)
    board = StationBoard(AppState(Desk(sqlite_db, event.id, "Pat", "organizer", "Desk 1")))
    qtbot.addWidget(board)
    board.resize(*size)
    board.show()
    qtbot.waitExposed(board)
    assert board.findChild(QLabel, "boardStatus0").text() == "OPEN"
    assert board.cut_lines() == []  # no line ends in "…"
    window = board.rect()
    for label in board.findChildren(QLabel):
        box = label.rect().translated(label.mapTo(board, label.rect().topLeft()))
        assert window.contains(box), (label.objectName(), label.text(), box)  # nothing below or beside the edge
        if not isinstance(label, BoardLine):
            assert label.width() >= label.sizeHint().width(), (label.objectName(), label.text())
    name = board.findChild(QLabel, "boardStation0")
    assert name.font().pixelSize() >= 16 * size[1] / 720  # big enough to read across the tent


def test_the_stations_tab_says_who_is_on_duty_without_saying_on_duty_twice(qtbot, sqlite_db):
    event = create_demo(sqlite_db, households=60, seed=3)
    tab = StationsTab(AppState(Desk(sqlite_db, event.id, "Pat", "organizer", "Desk 1")))
    qtbot.addWidget(tab)
    staffed = [r for r in tab.model.rows if r.staffing is not None and r.staffing.needed]
    assert staffed
    for row in staffed:
        tab.select(row.id)
        facts = tab.facts.text()
        assert row.staffing.words in facts and facts.count("on duty") == 1, facts  # "2 of 3 on duty (Ana, Ben)"


def test_the_board_says_expected_not_on_duty_when_nobody_booked_has_clocked_in(sqlite_desk):
    row = next(r for r in station_board.snapshot(sqlite_desk).stations if r.name == "K-9 demonstration")
    booked = replace(row, location="Ball field", staffing=StationStaffing(("Ana Ruiz", "Ben Cho"), 2, "0 of 2 on duty",
                                                                          booked_only=True))
    assert station_details(booked) == "Ball field  ·  Expected: Ana Ruiz, Ben Cho"
    here = replace(booked, staffing=StationStaffing(("Ana Ruiz", "Ben Cho", "Cy Dee", "Di Eve"), 4, "4 of 4 on duty"))
    assert station_details(here) == "Ball field  ·  On duty: Ana Ruiz, Ben Cho, Cy Dee +1 more"
