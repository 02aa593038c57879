"""The Stations screen: every station's status (in colour and in words), open / pause (with a reason) / close,
the next demonstration's countdown, the big "+1" / "+5" counter and ticket scan, the schedule, waivers, incidents."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nightout_desk import clock
from nightout_desk.services.stations import board as station_board
from nightout_desk.services.stations import stations
from nightout_desk.services.stations.board import StationRow
from nightout_desk.ui.look import scaled
from nightout_desk.ui.messages import show_error
from nightout_desk.ui.sign_in import attempt
from nightout_desk.ui.speech import show_result
from nightout_desk.ui.state import AppState
from nightout_desk.ui.stations.counter_panel import CounterPanel
from nightout_desk.ui.stations.details_panel import DetailsPanel
from nightout_desk.ui.stations.incidents_panel import IncidentsPanel
from nightout_desk.ui.stations.schedule_panel import SchedulePanel
from nightout_desk.ui.stations.table_models import STATUS_COLOURS, StationsModel, status_words
from nightout_desk.ui.stations.waivers_panel import WaiversPanel
from nightout_desk.ui.stations.words import pause_reason, staffing_words, when_words


class StationsTab(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.current: StationRow | None = None
        self.board = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Stations"))
        scaled(heading, 1.4, bold=True)
        top.addWidget(heading)
        self.summary = QLabel("", objectName="stationsSummary")
        top.addWidget(self.summary, 1)
        self.add_button = QPushButton(self.tr("Add a station…"), objectName="addStationButton")
        self.add_button.setAccessibleName(self.tr("Add a station (organizers)"))
        self.add_button.clicked.connect(self.add_station)
        top.addWidget(self.add_button)
        self.board_button = QPushButton(self.tr("Open the station board (TV)"), objectName="openStationBoard")
        self.board_button.setAccessibleName(self.tr("Open the station board on a second screen"))
        self.board_button.clicked.connect(self.open_board)
        top.addWidget(self.board_button)
        outer.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = StationsModel(self)
        self.list = QTableView(objectName="stationList")
        self.list.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.list.setAccessibleName(self.tr("Stations and their status"))
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._picked())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        legend = QLabel(self.tr("● Open   ❚❚ Paused (with the reason)   ■ Closed   ◔ Setting up"))
        legend.setStyleSheet("color:#555;")
        left_layout.addWidget(legend)
        split.addWidget(left)

        right = QWidget()
        panel = QVBoxLayout(right)
        panel.setContentsMargins(8, 0, 0, 0)
        self.title = QLabel("", objectName="stationTitle")
        scaled(self.title, 1.6, bold=True)
        self.facts = QLabel("", objectName="stationFacts")
        self.facts.setWordWrap(True)
        panel.addWidget(self.title)
        panel.addWidget(self.facts)

        status_row = QHBoxLayout()
        self.status_label = QLabel("", objectName="stationStatus")
        self.status_label.setAccessibleName(self.tr("Station status"))
        scaled(self.status_label, 1.4, bold=True)  # larger than the text around it, and following it (no pixel size)
        status_row.addWidget(self.status_label)
        status_row.addStretch(1)
        self.open_button = QPushButton(self.tr("Open"), objectName="openStationButton")
        self.pause_reason = QComboBox(objectName="pauseReason", editable=True)
        self.pause_reason.addItem("", "")
        for reason in stations.PAUSE_REASONS:  # shown translated, saved in English (the report translates it)
            self.pause_reason.addItem(pause_reason(reason), reason)
        self.pause_reason.setAccessibleName(self.tr("Why the station is paused"))
        self.pause_reason.lineEdit().setPlaceholderText(self.tr("Reason for a pause"))
        self.pause_reason.setMinimumWidth(180)
        self.pause_button = QPushButton(self.tr("Pause"), objectName="pauseStationButton")
        self.close_button = QPushButton(self.tr("Close"), objectName="closeStationButton")
        for b, status, name in ((self.open_button, stations.OPEN, self.tr("Open this station")),
                                (self.pause_button, stations.PAUSED, self.tr("Pause this station")),
                                (self.close_button, stations.CLOSED, self.tr("Close this station"))):
            b.setAccessibleName(name)
            b.clicked.connect(lambda _=False, status=status: self.set_status(status))
        pause_label = QLabel(self.tr("Why:"), buddy=self.pause_reason)  # a reader names the combo by it
        for w in (self.open_button, pause_label, self.pause_reason, self.pause_button, self.close_button):
            status_row.addWidget(w)
        panel.addLayout(status_row)
        self.countdown = QLabel("", objectName="nextDemoCountdown")
        self.countdown.setAccessibleName(self.tr("Next demonstration and its countdown"))
        scaled(self.countdown, 1.15, bold=True)
        panel.addWidget(self.countdown)

        self.counter = CounterPanel(state, right)
        self.counter.counted.connect(self._counted)
        panel.addWidget(self.counter)
        self.tabs = QTabWidget(objectName="stationDetailTabs")
        self.schedule = SchedulePanel(state)
        self.waivers = WaiversPanel(state)
        self.incidents = IncidentsPanel(state)
        self.details = DetailsPanel(state)
        for w, title in ((self.schedule, self.tr("Schedule")), (self.waivers, self.tr("Waivers")),
                         (self.incidents, self.tr("Incidents && notes")), (self.details, self.tr("Details"))):
            self.tabs.addTab(w, title)
            w.changed.connect(self.refresh)
        self.counter.waiverWanted.connect(self._waiver_for_scan)
        panel.addWidget(self.tabs, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([500, 840])
        outer.addWidget(split, 1)

        self.ticker = QTimer(self, interval=1000, timeout=self._tick)
        self.ticker.start()
        self.refresh()
        if self.model.rowCount():
            self.list.selectRow(0)

    # --- data ----------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            snap = station_board.snapshot(self.state.desk)
        except Exception as exc:  # noqa: BLE001 - a refresh must never take the screen down
            self.summary.setText(self.tr("Not refreshed: {problem}").format(problem=exc.__class__.__name__))
            return
        keep = self.current.id if self.current else None
        self.model.set_rows(snap.stations)
        open_now = len(snap.open_now)
        paused = sum(1 for s in snap.stations if s.status == stations.PAUSED)
        visits = sum(s.count for s in snap.stations)
        self.summary.setText("   " + self.tr("{open} open · {paused} paused · %n visits counted tonight", "",
                                                visits).format(open=open_now, paused=paused))
        self.select(keep)

    def select(self, station_id: uuid.UUID | None) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == station_id:
                self.list.selectRow(i)
                self._show(row)
                return
        self._show(self.model.row(self.list.currentIndex().row()))

    def _picked(self) -> None:
        self._show(self.model.row(self.list.currentIndex().row()))

    def _show(self, row: StationRow | None) -> None:
        self.current = row
        if row is None:
            self.title.setText(self.tr("Pick a station on the left"))
            return
        self.title.setText(row.name)
        facts = [row.location or self.tr("Location not set")]
        if row.opens_at or row.closes_at:
            facts.append(self.tr("open {opens}–{closes}").format(opens=row.opens_at or "?",
                                                                   closes=row.closes_at or "?"))
        if row.needs_waiver:
            facts.append(self.tr("needs a parent's waiver"))
        if row.staffing is not None:  # "2 of 3 on duty (Ana, Ben)": the words already say "on duty"
            people = ", ".join(row.staffing.on_duty) or self.tr("nobody clocked in")
            if row.staffing.booked_only:
                people = self.tr("booked: {people}").format(people=people)
            facts.append(staffing_words(row.staffing) + (f" ({people})" if row.staffing.needed else ""))
        self.facts.setText(" · ".join(facts))
        bg, fg = STATUS_COLOURS.get(row.status, ("#EEE", "#000"))
        show_result(self.status_label, f"{row.name}: {status_words(row)}", self.tr("Station status"), if_changed=True)
        self.status_label.setText(status_words(row))  # the title above names the station on screen
        self.status_label.setStyleSheet(f"background:{bg};color:{fg};padding:6px 12px;border-radius:6px;")
        self.open_button.setEnabled(row.status != stations.OPEN)
        self.close_button.setEnabled(row.status != stations.CLOSED)
        self.counter.show_station(row)
        for panel in (self.schedule, self.waivers, self.incidents, self.details):
            panel.show_station(row)
        self._tick()

    def _tick(self) -> None:
        row = self.current
        if row is None or row.demo is None:
            self.countdown.setText(self.tr("No demonstration scheduled here") if row else "")
            return
        d, now = row.demo, clock.now()
        when = d.when(now)
        said = self.tr("running now") if when == "now" else when_words(when)
        which = (self.tr("Last demonstration: {title} at {time} — {when}") if when == "done"
                 else self.tr("Next demonstration: {title} at {time} — {when}"))
        self.countdown.setText(which.format(title=d.title, time=d.local_time, when=said))

    # --- actions -------------------------------------------------------------------------------------------------
    def set_status(self, status: str) -> None:
        if self.current is None:
            return
        reason = self._pause_reason() if status == stations.PAUSED else ""
        try:
            stations.set_status(self.state.desk, self.current.id, status, reason)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Status not changed"), exc)
            return
        self.pause_reason.setCurrentIndex(0)
        self.state.dataChanged.emit("stations")
        self.refresh()

    def _pause_reason(self) -> str:
        """The reason typed or picked; a preset one in English, as the services and the report know it."""
        text = self.pause_reason.currentText()
        index = self.pause_reason.findText(text)
        return self.pause_reason.itemData(index) if index > 0 else text

    def _counted(self) -> None:
        self.state.dataChanged.emit("stations")
        self.refresh()

    def _waiver_for_scan(self, household_id: uuid.UUID | None) -> None:
        self.tabs.setCurrentWidget(self.waivers)
        if self.waivers.record(household_id):
            self.counter._say(self.tr("Waiver saved — scan the ticket again to count the child."), True)
            self.counter.scan.setFocus()

    def add_station(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a station"),
                                        self.tr("Name of the new station (e.g. “Face painting”):"))
        if not ok or not name.strip():
            return
        added = attempt(self, self.tr("Station not added"), lambda: stations.add_station(self.state.desk, name),
                        self.state)
        if added is None:
            return
        self.refresh()
        self.select(added.id)
        self.tabs.setCurrentWidget(self.details)

    def open_board(self) -> None:
        from nightout_desk.ui.stations.station_board import open_board

        self.board = open_board(self.state, self)

    def focus_default(self) -> None:
        self.counter.scan.setFocus()
