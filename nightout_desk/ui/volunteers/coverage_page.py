"""Coverage: every station's shifts with needed vs booked vs here now — gaps in red and in words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.services.volunteers import hours as volunteer_hours
from nightout_desk.services.volunteers import roster as volunteers
from nightout_desk.services.volunteers import shifts
from nightout_desk.services.volunteers.hours import ShiftCoverage
from nightout_desk.ui.messages import show_error
from nightout_desk.ui.state import AppState
from nightout_desk.ui.volunteers.shift_dialogs import AddShiftDialog, confirm_warnings
from nightout_desk.ui.volunteers.table_models import CoverageModel, role_label


class PickVolunteerDialog(QDialog):
    def __init__(self, state: AppState, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickVolunteerDialog")
        self.setWindowTitle(title)
        self.filter = QLineEdit(objectName="pickVolunteerFilter",
                                placeholderText=self.tr("Type a name or organization…"))
        self.filter.setAccessibleName(self.tr("Find a volunteer"))
        self.list = QListWidget(objectName="pickVolunteerList")
        self.list.setAccessibleName(self.tr("Volunteers"))
        self.people = volunteers.roster(state.desk)
        for v in self.people:
            organization = v.organization or self.tr("no organization")
            item = QListWidgetItem(f"{v.full_name} — {organization} ({role_label(v)})")
            item.setData(256, v.id)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._filter)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(480, 460)

    def _filter(self, text: str) -> None:
        from nightout_desk.text import matches_words, search_words

        words = search_words(text)
        first_visible = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = not matches_words(item.text(), words)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = i
        if first_visible is not None:
            self.list.setCurrentRow(first_visible)

    def chosen(self):  # noqa: ANN201 - a VolunteerInfo or None
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return next(v for v in self.people if v.id == item.data(256))


class CoveragePage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.summary = QLabel(objectName="coverageSummary", wordWrap=True)
        self.model = CoverageModel(self)
        self.table = QTableView(objectName="coverageTable")
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.table.setAccessibleName(self.tr("Coverage of each station's shifts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CoverageModel.COL_PEOPLE, QHeaderView.ResizeMode.Stretch)
        self.add_shift_button = QPushButton(self.tr("Add shift…"), objectName="addShiftButton")
        self.assign_button = QPushButton(self.tr("Assign a volunteer to this shift…"), objectName="assignToShiftButton")
        self.add_shift_button.clicked.connect(self.add_shift)
        self.assign_button.clicked.connect(self.assign_someone)
        self.table.doubleClicked.connect(lambda _i: self.assign_someone())
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_shift_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        stations = volunteer_hours.coverage(self.state.desk)
        selected = self.selected_shift()
        self.model.set_rows(stations)
        shifts_all = [sc for st in stations for sc in st.shifts]
        gaps = [sc for sc in shifts_all if sc.has_gap]
        running = [sc for sc in shifts_all if sc.running]
        here = sum(sc.present for sc in running)
        needed = sum(sc.needed for sc in running)
        left = sum(1 for sc in shifts_all if not sc.ended)
        on_duty = self.tr("Now on duty: {here} of {needed} needed.").format(here=here, needed=needed)
        if gaps:
            self.summary.setText(self.tr("<b style='color:#a00000'>⚠ {gaps} of the %n shifts still to come or running "
                                         "have gaps</b> (rows in red say what is missing).", "", left)
                                 .format(gaps=len(gaps)) + " " + on_duty)
        else:
            self.summary.setText(self.tr("✓ The %n shifts still to come or running are covered.", "", left)
                                 + " " + on_duty)
        self.add_shift_button.setToolTip("" if self.state.desk.role in ("organizer", "lieutenant") else self.tr(
            "Adding a shift needs an organizer: you are asked to sign in when you save"))
        if selected is not None:
            for row in range(self.model.rowCount()):
                item = self.model.shift(row)
                if isinstance(item, ShiftCoverage) and item.shift_id == selected.shift_id:
                    self.table.selectRow(row)

    def selected_shift(self) -> ShiftCoverage | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        item = self.model.shift(rows[0].row()) if rows else None
        return item if isinstance(item, ShiftCoverage) else None

    def add_shift(self) -> None:
        dialog = AddShiftDialog(self.state.desk, self)
        if dialog.exec():
            self.state.dataChanged.emit("volunteers")
            self.refresh()

    def assign_someone(self) -> None:
        sc = self.selected_shift()
        if sc is None:
            QMessageBox.information(self, self.tr("Pick a shift"), self.tr("Choose a shift in the list first."))
            return
        dialog = PickVolunteerDialog(self.state, self.tr("Who takes this shift?"), self)
        if not dialog.exec() or dialog.chosen() is None:
            return
        self.assign(sc.shift_id, dialog.chosen().id)

    def assign(self, shift_id, volunteer_id) -> bool:  # noqa: ANN001
        try:
            warnings = shifts.assignment_warnings(self.state.desk, shift_id, volunteer_id)
            if not confirm_warnings(self, warnings):
                return False
            shifts.assign(self.state.desk, shift_id, volunteer_id, accept_warnings=True)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Not assigned"), exc)
            return False
        self.state.dataChanged.emit("volunteers")
        self.refresh()
        return True
