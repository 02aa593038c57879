"""Parents' waivers: the list, recording one (find the family, the child, the guardian, "read the rules"),
editing the waiver text and printing the blank form for paper sign-ups."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.printing.progress import Cancelled, Progress
from nightout_desk.services.checkin import households
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.stations import stations, waivers
from nightout_desk.ui.messages import show_error
from nightout_desk.ui.pdf_job import make_pdf, stop_if_cancelled
from nightout_desk.ui.sign_in import attempt
from nightout_desk.ui.state import AppState
from nightout_desk.ui.stations.table_models import WaiversModel


class WaiverDialog(QDialog):
    """Record one child's waiver; the waiver text is shown so the volunteer can read it to the guardian."""

    def __init__(self, state: AppState, parent: QWidget | None = None, household_id: uuid.UUID | None = None,
                 station_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.saved: waivers.WaiverInfo | None = None
        self.setObjectName("waiverDialog")
        self.setWindowTitle(self.tr("Record a parent's waiver"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Read this to the parent or guardian (or let them read it):")))
        rules = QPlainTextEdit(waivers.text(state.desk), objectName="waiverTextShown", readOnly=True)
        rules.setAccessibleName(self.tr("Waiver text to read to the guardian"))
        rules.setMaximumHeight(170)
        layout.addWidget(rules)
        form = QFormLayout()
        find_row = QHBoxLayout()
        self.find = QLineEdit(objectName="waiverFind",
                              placeholderText=self.tr("Scan the ticket, or type the family name"))
        self.find.setAccessibleName(self.tr("Find the family"))
        self.find.returnPressed.connect(self.look_up)
        find_button = QPushButton(self.tr("Find"), objectName="waiverFindButton")
        find_button.clicked.connect(self.look_up)
        find_row.addWidget(self.find, 1)
        find_row.addWidget(find_button)
        form.addRow(self.tr("Family"), find_row)
        self.family = QComboBox(objectName="waiverFamily")
        self.family.setAccessibleName(self.tr("Family the waiver is for"))
        form.addRow(self.tr("Waiver for"), self.family)
        self.child = QLineEdit(objectName="waiverChild")
        self.child.setAccessibleName(self.tr("Child's first name"))
        form.addRow(self.tr("Child's first name"), self.child)
        self.age = QSpinBox(objectName="waiverAge", minimum=0, maximum=waivers.MAX_AGE, value=7,
                            suffix=self.tr(" years"))
        self.age.setAccessibleName(self.tr("Child's age"))
        form.addRow(self.tr("Age"), self.age)
        self.guardian = QLineEdit(objectName="waiverGuardian")
        self.guardian.setAccessibleName(self.tr("Parent or guardian's name"))
        form.addRow(self.tr("Parent / guardian"), self.guardian)
        self.station = QComboBox(objectName="waiverStation")
        self.station.setAccessibleName(self.tr("Which station the waiver covers"))
        self.station.addItem(self.tr("All activities that need a waiver"), None)
        for st in stations.list_stations(state.desk):
            if st.needs_waiver:
                self.station.addItem(st.name, st.id)
        if station_id is not None:
            self.station.setCurrentIndex(max(0, self.station.findData(station_id)))
        form.addRow(self.tr("Covers"), self.station)
        self.rules_read = QCheckBox(self.tr("The guardian has read the rules (or had them read out) and agrees"),
                                    objectName="waiverRulesRead")
        form.addRow("", self.rules_read)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveWaiverButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if household_id is not None:
            h = households.get(state.desk, household_id)
            self.family.addItem(f"{h.display_name} · {h.ticket_code}", h.id)
            self.child.setFocus()
        else:
            self.find.setFocus()

    def look_up(self) -> None:
        text = self.find.text()
        found = households.find_by_code(self.state.desk, text)
        matches = [found] if found else households.search(self.state.desk, text)
        self.family.clear()
        for h in matches:
            self.family.addItem(f"{h.display_name} · {h.ticket_code}", h.id)
        if not matches:
            self.family.addItem(self.tr("No family found — check the spelling or the ticket"), None)
        else:
            self.child.setFocus()

    def save(self) -> None:
        household_id = self.family.currentData()
        if household_id is None:
            show_error(self, self.tr("Waiver not saved"),
                       InvalidInput(self.tr("Find the family first (scan their ticket).")))
            return
        try:
            self.saved = waivers.record(self.state.desk, household_id, child_first_name=self.child.text(),
                                        child_age=self.age.value(), guardian_name=self.guardian.text(),
                                        rules_read=self.rules_read.isChecked(), station_id=self.station.currentData())
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Waiver not saved"), exc)
            return
        self.accept()


class WaiverTextDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Waiver text (all laptops)"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.editor = QPlainTextEdit(waivers.text(state.desk), objectName="waiverTextEditor")
        self.editor.setAccessibleName(self.tr("Waiver text"))
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        if attempt(self, self.tr("Waiver text not saved"),
                   lambda: waivers.set_text(self.state.desk, self.editor.toPlainText()) or True, self.state) is None:
            return
        self.accept()


class WaiversPanel(QWidget):
    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.station_id: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        self.model = WaiversModel(self)
        self.table = QTableView(objectName="waiverTable")
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.table.setAccessibleName(self.tr("Waivers on file"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for text, name, slot in ((self.tr("Record a waiver…"), "recordWaiverButton", lambda: self.record()),
                                 (self.tr("Edit the waiver text…"), "editWaiverTextButton", self.edit_text),
                                 (self.tr("Print blank forms…"), "printWaiverFormButton", self.print_form)):
            b = QPushButton(text, objectName=name)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)

    def show_station(self, station) -> None:  # noqa: ANN001
        self.station_id = station.id if station is not None and station.needs_waiver else None
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(waivers.list_waivers(self.state.desk))

    def record(self, household_id: uuid.UUID | None = None) -> bool:
        dialog = WaiverDialog(self.state, self, household_id, self.station_id)
        if dialog.exec():
            self.refresh()
            self.changed.emit()
            return True
        return False

    def edit_text(self) -> None:
        WaiverTextDialog(self.state, self).exec()

    def print_form(self) -> None:
        from nightout_desk.printing.waiver_form import render_waiver_form
        from nightout_desk.ui.print_preview import PrintPreviewDialog

        desk = self.state.desk
        folder = Path(tempfile.mkdtemp(prefix="nightout-waiver-"))

        def work(_progress: Progress, cancelled: Cancelled) -> Path:  # off the GUI thread
            path = render_waiver_form(waivers.blank_form(desk), folder / "waiver-form.pdf")
            stop_if_cancelled(cancelled)
            return path

        try:
            path = make_pdf(self, self.tr("Blank waiver form"), work)
        except Exception as exc:  # noqa: BLE001
            path = None
            show_error(self, self.tr("The form could not be made"), exc)
        if path is None:
            shutil.rmtree(folder, ignore_errors=True)
            return
        PrintPreviewDialog(path, self.tr("Blank waiver form"), self, settings=self.state.settings,
                           suggested_name="waiver-form.pdf").exec()
