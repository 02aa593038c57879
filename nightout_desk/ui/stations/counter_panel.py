"""The station's counter: big "+1" / "+5" buttons, a ticket scan box, the count, and child-ID kits (counts only)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from nightout_desk.services.stations import tallies as station_tallies
from nightout_desk.services.stations.board import StationRow
from nightout_desk.services.stations.waivers import WaiverNeeded
from nightout_desk.ui.look import scaled
from nightout_desk.ui.messages import said as explain  # the services' sentence, translated
from nightout_desk.ui.service_words import in_language
from nightout_desk.ui.speech import name_with_value, show_result
from nightout_desk.ui.state import AppState
from nightout_desk.ui.stations.words import status_label

OK_STYLE = "background:#DCEFDC;color:#1B5E20;border-radius:6px;padding:6px 10px;font-weight:bold;"
REFUSED_STYLE = "background:#FBE3E3;color:#8E1B1B;border-radius:6px;padding:6px 10px;font-weight:bold;"
BIG_BUTTON = "QPushButton{font-size:26px;font-weight:bold;min-width:110px;min-height:64px;}"


class CounterPanel(QFrame):
    counted = Signal()  # the count changed
    waiverWanted = Signal(object)  # household id: the scan was refused for want of a waiver

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.station: StationRow | None = None
        self.refused_household: uuid.UUID | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.count_label = QLabel("0", objectName="stationCount")
        self.count_label.setAccessibleName(self.tr("Participants counted at this station"))
        scaled(self.count_label, 2.6, bold=True)
        self.count_caption = QLabel(self.tr("counted tonight"))
        counts = QVBoxLayout()
        counts.addWidget(self.count_label)
        counts.addWidget(self.count_caption)
        row.addLayout(counts)
        row.addStretch(1)
        self.plus_one = self._button("+1", "tallyPlusOne", self.tr("Count one participant"), lambda: self.add(1))
        self.plus_five = self._button("+5", "tallyPlusFive", self.tr("Count five participants"), lambda: self.add(5))
        self.plus_one.setShortcut("Alt+1")  # Ctrl+digit switches the main window's tabs
        self.plus_five.setShortcut("Alt+5")
        for b in (self.plus_one, self.plus_five):
            b.setStyleSheet(BIG_BUTTON)
            row.addWidget(b)
        self.minus_one = self._button(self.tr("−1 (mistake)"), "tallyMinusOne",
                                      self.tr("Take back one count pressed by mistake"),
                                      self.take_back)
        self.minus_one.setShortcut("Alt+0")
        self.plus_one.setToolTip("Alt+1")
        self.plus_five.setToolTip("Alt+5")
        self.minus_one.setToolTip("Alt+0")
        row.addWidget(self.minus_one, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)

        scan_row = QHBoxLayout()
        self.scan = QLineEdit(objectName="stationScan")
        self.scan.setPlaceholderText(self.tr("Scan a family's ticket (or type its code) and press Enter to count one "
                                            "child"))
        self.scan.setAccessibleName(self.tr("Scan a ticket to count at this station"))
        self.scan.returnPressed.connect(self.scan_ticket)
        scan_row.addWidget(self.scan, 1)
        self.waiver_button = self._button(self.tr("Record a waiver for this family…"), "recordWaiverForScan",
                                          self.tr("Record the missing waiver for the family just refused"),
                                          lambda: self.waiverWanted.emit(self.refused_household))
        self.waiver_button.hide()
        scan_row.addWidget(self.waiver_button)
        layout.addLayout(scan_row)
        self.result = QLabel("", objectName="stationScanResult")
        self.result.setAccessibleName(self.tr("Result of the last count"))
        self.result.setWordWrap(True)
        layout.addWidget(self.result)

        self.kits = QWidget(objectName="childIdKits")
        grid = QGridLayout(self.kits)
        grid.setContentsMargins(0, 6, 0, 0)
        self.kits_label = QLabel("", objectName="kitsCount")
        self.kits_label.setAccessibleName(self.tr("Child-ID kits handed out"))
        grid.addWidget(self.kits_label, 0, 0)
        for col, (text, n, name) in enumerate(((self.tr(" +1 kit "), 1, "kitPlusOne"),
                                               (self.tr(" +5 kits "), 5, "kitPlusFive"),
                                               (self.tr(" −1 kit "), -1, "kitMinusOne")), start=1):
            grid.addWidget(self._button(text, name, self.tr("Count {n} child-ID kits").format(n=f"{n:+d}"),
                                        lambda _=False, n=n: self.kits_out(n)),
                           0, col)
        privacy = QLabel(self.tr("Counts only: this app stores no fingerprints, no photos and no child's details from "
                                 "the ID kits — families take their kit home."))
        privacy.setWordWrap(True)
        privacy.setStyleSheet("color:#555;")
        grid.addWidget(privacy, 1, 0, 1, 4)
        layout.addWidget(self.kits)

    def _button(self, text: str, name: str, accessible: str, slot) -> QPushButton:  # noqa: ANN001
        b = QPushButton(text, objectName=name)
        b.setAccessibleName(accessible)
        b.clicked.connect(slot)
        return b

    def show_station(self, station: StationRow | None) -> None:
        changed = station is None or self.station is None or station.id != self.station.id
        self.station = station
        self.setEnabled(station is not None)
        if station is None:
            self._show_count("—")
            self.kits.hide()
            return
        self._show_count(f"{station.count:,}")
        self.count_caption.setText(self.tr("counted tonight · a waiver is needed to count by ticket")
                                   if station.needs_waiver else self.tr("counted tonight"))
        self.kits.setVisible(station.kind == "fingerprinting")
        if station.kind == "fingerprinting":
            total = station_tallies.kits_total(self.state.desk, station.id)
            self.kits_label.setText(self.tr("Child-ID kits handed out: {total}").format(total=f"{total:,}"))
            self.kits_label.setAccessibleName(self.kits_label.text())
        if changed:
            self._say("", None)

    def _show_count(self, text: str) -> None:
        self.count_label.setText(text)
        name_with_value(self.count_label, self.tr("Participants counted at this station"), text)

    def _say(self, text: str, ok: bool | None) -> None:
        show_result(self.result, text, self.tr("Result of the last count"), urgent=ok is False)
        self.result.setStyleSheet("" if ok is None else OK_STYLE if ok else REFUSED_STYLE)
        if ok is not False:
            self.waiver_button.hide()

    def add(self, n: int) -> None:
        if self.station is None:
            return
        try:
            r = station_tallies.add(self.state.desk, self.station.id, n)
        except Exception as exc:  # noqa: BLE001 - shown in words, never a crash at the station
            self._say(explain(exc), False)
            return
        self._show_count(f"{r.total:,}")
        self._say(self.tr("Counted +{n} at {station} — {total} tonight.").format(n=n, station=r.station_name,
                                                                            total=f"{r.total:,}"), True)
        self.counted.emit()

    def take_back(self) -> None:
        if self.station is None:
            return
        try:
            r = station_tallies.correct(self.state.desk, self.station.id, 1)
        except Exception as exc:  # noqa: BLE001
            self._say(explain(exc), False)
            return
        self._show_count(f"{r.total:,}")
        self._say(self.tr("Took back one — {total} tonight.").format(total=f"{r.total:,}"), True)
        self.counted.emit()

    def scan_ticket(self) -> None:
        code = self.scan.text()
        self.scan.clear()
        self.tally_code(code)

    def tally_code(self, code: str) -> None:
        """A ticket scanned here, or anywhere in the window while this station is on screen: count one child."""
        if self.station is None or not code.strip():
            return
        try:
            r = station_tallies.scan(self.state.desk, self.station.id, code)
        except WaiverNeeded as exc:
            self.refused_household = exc.household_id
            self._say(self.tr("NOT COUNTED — {problem}").format(problem=in_language(str(exc))), False)
            self.waiver_button.show()
            return
        except Exception as exc:  # noqa: BLE001
            self._say(self.tr("NOT COUNTED — {problem}").format(problem=explain(exc)), False)
            return
        self._show_count(f"{r.total:,}")
        said = self.tr("Counted: the {family} family at {station} — {total} tonight.").format(
            family=r.family_name, station=r.station_name, total=f"{r.total:,}")
        if self.station.status != "open":
            said += " " + self.tr("(note: the station is marked {status})").format(
                status=status_label(self.station.status).lower())
        self._say(said, True)
        self.counted.emit()
        self.scan.setFocus()

    def kits_out(self, n: int) -> None:
        if self.station is None:
            return
        try:
            total = station_tallies.hand_out_kits(self.state.desk, self.station.id, n)
        except Exception as exc:  # noqa: BLE001
            self._say(explain(exc), False)
            return
        self.kits_label.setText(self.tr("Child-ID kits handed out: {total}").format(total=f"{total:,}"))
        self.kits_label.setAccessibleName(self.kits_label.text())
        self._say(self.tr("Child-ID kits: {n} — {total} handed out tonight.").format(n=f"{n:+d}", total=f"{total:,}"),
                  True)
        self.counted.emit()
