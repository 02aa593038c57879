"""A station's details an organizer edits: kind, location, opening hours, capacity, whether it needs a waiver."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.services.stations import stations
from nightout_desk.services.stations.board import StationRow
from nightout_desk.ui.sign_in import attempt
from nightout_desk.ui.state import AppState
from nightout_desk.ui.stations.words import kind_label


class DetailsPanel(QWidget):
    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.station: StationRow | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(objectName="stationName")
        self.kind = QComboBox(objectName="stationKind")
        for key in stations.KINDS:
            self.kind.addItem(kind_label(key), key)
        self.location = QLineEdit(objectName="stationLocation",
                                  placeholderText=self.tr("Where in the park, e.g. North lawn"))
        hours = QHBoxLayout()
        self.opens = QLineEdit(objectName="stationOpens", placeholderText="17:00")
        self.closes = QLineEdit(objectName="stationCloses", placeholderText="20:45")
        self.opens.setAccessibleName(self.tr("Opens at"))
        self.closes.setAccessibleName(self.tr("Closes at"))
        closes_label = QLabel(self.tr("closes"), buddy=self.closes)
        for w in (self.opens, self.closes):
            w.setMaximumWidth(90)
        hours.addWidget(self.opens)
        hours.addWidget(closes_label)
        hours.addWidget(self.closes)
        hours.addStretch(1)
        self.capacity = QSpinBox(objectName="stationCapacity", minimum=0, maximum=10000,
                                 specialValueText=self.tr("no limit"))
        self.needs_waiver = QCheckBox(self.tr("A parent's waiver is needed to take part"),
                                      objectName="stationNeedsWaiver")
        for label, w in ((self.tr("Name"), self.name), (self.tr("Kind"), self.kind),
                         (self.tr("Location"), self.location),
                         (self.tr("Opens"), hours), (self.tr("Capacity (people at once)"), self.capacity),
                         ("", self.needs_waiver)):
            if isinstance(w, QWidget):
                w.setAccessibleName(label or w.text())
                form.addRow(label, w)  # the row's label is the field's buddy
            else:
                form.addRow(QLabel(label, buddy=self.opens), w)
        layout.addLayout(form)
        save = QPushButton(self.tr("Save details"), objectName="saveStationDetails")
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_station(self, station: StationRow | None) -> None:
        if station is None or (self.station is not None and station.id == self.station.id):
            self.station = station
            return  # keep what the organizer is typing
        self.station = station
        info = stations.get_station(self.state.desk, station.id)
        self.name.setText(info.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(info.kind)))
        self.location.setText(info.location)
        self.opens.setText(info.opens_at)
        self.closes.setText(info.closes_at)
        self.capacity.setValue(info.capacity or 0)
        self.needs_waiver.setChecked(info.needs_waiver)

    def save(self) -> None:
        if self.station is None:
            return
        station = self.station

        def save_details() -> bool:
            if self.name.text().strip() != station.name:
                stations.rename_station(self.state.desk, station.id, self.name.text())
            stations.update_station(self.state.desk, station.id, kind=self.kind.currentData(),
                                    location=self.location.text(), opens_at=self.opens.text(),
                                    closes_at=self.closes.text(), capacity=self.capacity.value() or None,
                                    needs_waiver=self.needs_waiver.isChecked())
            return True

        if not attempt(self, self.tr("Details not saved"), save_details, self.state):
            return
        self.changed.emit()
