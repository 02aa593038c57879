"""Incidents and notes at the stations: record one (kind, station, what happened) and mark it resolved."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.services.stations import incidents
from nightout_desk.services.stations.board import StationRow
from nightout_desk.ui.messages import show_error
from nightout_desk.ui.state import AppState
from nightout_desk.ui.stations.table_models import IncidentsModel
from nightout_desk.ui.stations.words import incident_kind


class IncidentsPanel(QWidget):
    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.station: StationRow | None = None
        layout = QVBoxLayout(self)
        self.model = IncidentsModel(self)
        self.table = QTableView(objectName="incidentTable")
        self.table.setAccessibleName(self.tr("Incidents and notes"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # one Tab stop: ↑/↓ move inside, Tab goes on to the form
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        form = QHBoxLayout()
        self.kind = QComboBox(objectName="incidentKind")
        for kind in incidents.KINDS:
            self.kind.addItem(incident_kind(kind), kind)
        self.kind.setAccessibleName(self.tr("What happened"))
        self.description = QLineEdit(objectName="incidentDescription", placeholderText=self.tr(
            "What happened, who, what was done (e.g. boy, 6, red shirt…)"))
        self.description.setAccessibleName(self.tr("Incident description"))
        self.description.returnPressed.connect(self.record)
        self.record_button = QPushButton(self.tr("Record at this station"), objectName="recordIncidentButton")
        self.record_button.clicked.connect(self.record)
        self.resolve_button = QPushButton(self.tr("Resolve selected…"), objectName="resolveIncidentButton")
        self.resolve_button.clicked.connect(self.resolve)
        kind_label = QLabel(self.tr("What happened:"), buddy=self.kind)  # a reader names the combo by it, not its value
        for w in (kind_label, self.kind, self.description, self.record_button, self.resolve_button):
            form.addWidget(w)
        form.setStretchFactor(self.description, 1)
        layout.addLayout(form)

    def show_station(self, station: StationRow | None) -> None:
        self.station = station
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(incidents.list_incidents(self.state.desk))  # every station's: the whole night at a glance

    def record(self) -> None:
        try:
            incidents.report(self.state.desk, self.kind.currentData(), self.description.text(),
                             self.station.id if self.station else None)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Incident not recorded"), exc)
            return
        self.description.clear()
        self.refresh()
        self.changed.emit()

    def resolve(self) -> None:
        item = self.model.row(self.table.currentIndex().row())
        if item is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Resolve incident"), self.tr("How was it resolved?") + "\n\n"
                                        + item.description)
        if not ok:
            return
        try:
            incidents.resolve(self.state.desk, item.id, text)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Incident not resolved"), exc)
            return
        self.refresh()
        self.changed.emit()
