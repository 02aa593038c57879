"""The left-hand side of the check-in desk: the matching households and the bar that checks the chosen one in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QWidget

from nightout_desk.ui.checkin.table_models import SearchResultsModel
from nightout_desk.ui.checkin.walkup_panel import people_box

translate = QCoreApplication.translate


def results_table(model: SearchResultsModel) -> QTableView:
    """Rows are chosen with ↑/↓ from the search box (the table never takes the keyboard) or with the mouse."""
    table = QTableView(objectName="checkinResults")
    table.setAccessibleName(translate("CheckIn", "Matching households"))
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(SearchResultsModel.COL_FIRST, QHeaderView.ResizeMode.Stretch)
    return table


class ArrivalBar(QWidget):
    """Adults and kids actually arriving (Alt+A, Alt+K), Check in, Correct last counts, Edit, Merge."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.adults = people_box("checkinAdults", self.tr("Adults arriving"), 1)
        self.kids = people_box("checkinKids", self.tr("Kids arriving"), 0)
        adults_label = QLabel(self.tr("&Adults:"))
        adults_label.setBuddy(self.adults)
        kids_label = QLabel(self.tr("&Kids:"))
        kids_label.setBuddy(self.kids)
        self.check_in_button = QPushButton(self.tr("Check in  (Enter)"), objectName="checkInButton")
        self.check_in_button.setAccessibleName(self.tr("Check in the selected household"))
        self.check_in_button.setStyleSheet("QPushButton { font-weight: bold; padding: 6px 18px; }")
        self.correct_button = QPushButton(self.tr("Correct last counts  (F3)"), objectName="correctCountsButton")
        self.correct_button.setAccessibleName(self.tr("Change the adults and kids of the last check-in"))
        self.correct_button.setToolTip(self.tr("Set Adults/Kids, then press this to fix the last check-in's counts"))
        self.edit_button = QPushButton(self.tr("Edit  (F4)"), objectName="editHouseholdButton")
        self.edit_button.setAccessibleName(self.tr("Edit the selected household"))
        self.merge_button = QPushButton(self.tr("Merge…"), objectName="mergeButton")
        self.merge_button.setAccessibleName(self.tr("Merge two selected households"))
        self.merge_button.setToolTip(self.tr("Select two households (Ctrl+click) that are the same family"))
        for button, keys in ((self.check_in_button, self.tr("Enter in the search box")), (self.correct_button, "F3"),
                             (self.edit_button, "F4")):
            tip = f"{button.toolTip()}. " if button.toolTip() else ""  # a description replaces the tooltip
            # the keys are QShortcuts of the tab
            button.setAccessibleDescription(tip + self.tr("Shortcut: {keys}").format(keys=keys))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (adults_label, self.adults, kids_label, self.kids, self.check_in_button, self.correct_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.merge_button)
