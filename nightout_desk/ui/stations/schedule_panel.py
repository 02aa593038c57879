"""The demonstration schedule of a station: add, move, cancel or restore a demonstration."""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from nightout_desk import clock
from nightout_desk.services.stations import schedule as station_schedule
from nightout_desk.services.stations.board import StationRow
from nightout_desk.ui.sign_in import attempt
from nightout_desk.ui.state import AppState
from nightout_desk.ui.stations.table_models import ScheduleModel


class SchedulePanel(QWidget):
    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.station: StationRow | None = None
        layout = QVBoxLayout(self)
        self.model = ScheduleModel(self)
        self.table = QTableView(objectName="scheduleTable")
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.table.setAccessibleName(self.tr("Demonstration schedule"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        layout.addWidget(self.table, 1)
        form = QHBoxLayout()
        self.time = QTimeEdit(objectName="demoTime", displayFormat="HH:mm")
        soon = clock.local(clock.now())
        self.time.setTime(QTime(soon.hour, soon.minute - soon.minute % 15).addSecs(30 * 60))
        self.time.setAccessibleName(self.tr("Demonstration start time"))
        self.minutes = QSpinBox(objectName="demoMinutes", minimum=1, maximum=station_schedule.MAX_MINUTES, value=20,
                                suffix=self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        self.title = QLineEdit(objectName="demoTitle", placeholderText=self.tr("Title, e.g. K-9 demonstration"))
        self.title.setAccessibleName(self.tr("Demonstration title"))
        self.add_button = QPushButton(self.tr("Add"), objectName="addDemoButton")
        self.add_button.setAccessibleName(self.tr("Add this demonstration to the schedule"))
        self.move_button = QPushButton(self.tr("Change selected"), objectName="rescheduleDemoButton")
        self.cancel_button = QPushButton(self.tr("Cancel / restore selected"), objectName="cancelDemoButton")
        for w in (QLabel(self.tr("At")), self.time, self.minutes, self.title):
            form.addWidget(w)
        form.setStretchFactor(self.title, 1)
        for b, slot in ((self.add_button, self.add), (self.move_button, self.move), (self.cancel_button, self.cancel)):
            b.clicked.connect(slot)
            form.addWidget(b)
        layout.addLayout(form)
        self.title.returnPressed.connect(self.add)

    def show_station(self, station: StationRow | None) -> None:
        if station is not None and (self.station is None or station.id != self.station.id):
            self.title.setText(station.name if station.kind in ("k9", "equipment") else "")
        self.station = station
        self.refresh()

    def refresh(self) -> None:
        if self.station is None:
            self.model.set_rows([])
            return
        current = self.table.currentIndex().row()
        self.model.set_rows(station_schedule.schedule(self.state.desk, self.station.id))
        if 0 <= current < self.model.rowCount():
            self.table.selectRow(current)

    def _selected(self):  # noqa: ANN202
        return self.model.row(self.table.currentIndex().row())

    def _picked(self, *_args) -> None:
        d = self._selected()
        if d is not None:
            self.time.setTime(QTime.fromString(d.local_time, "HH:mm"))
            self.minutes.setValue(d.minutes)
            self.title.setText(d.title)

    def _run(self, title: str, fn) -> None:  # noqa: ANN001
        if attempt(self, title, lambda: fn() or True, self.state) is None:
            return
        self.refresh()
        self.changed.emit()

    def add(self) -> None:
        if self.station is not None:
            self._run(self.tr("Demonstration not added"), lambda: station_schedule.add_demonstration(
                self.state.desk, self.station.id, self.title.text(), self.time.time().toString("HH:mm"),
                self.minutes.value()))

    def move(self) -> None:
        d = self._selected()
        if d is not None:
            self._run(self.tr("Demonstration not changed"), lambda: station_schedule.reschedule(
                self.state.desk, d.id, self.time.time().toString("HH:mm"), self.minutes.value(), self.title.text()))

    def cancel(self) -> None:
        d = self._selected()
        if d is not None:
            self._run(self.tr("Demonstration not changed"), lambda: station_schedule.cancel(self.state.desk, d.id,
                                                                                            not d.cancelled))
