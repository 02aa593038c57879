"""The right-hand side of the check-in desk: live counters, recent check-ins from every laptop, and undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.ui.checkin.counters_panel import CountersPanel
from nightout_desk.ui.checkin.table_models import RecentCheckInsModel

if TYPE_CHECKING:
    from nightout_desk.services.checkin.checkins import Counters, RecentCheckIn


class RecentPanel(QWidget):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.counters = CountersPanel(self)
        self.recent_model = RecentCheckInsModel(self)
        self.recent = QTableView(objectName="recentCheckins")
        self.recent.setAccessibleName(self.tr("Recent check-ins"))
        self.recent.setModel(self.recent_model)
        self.recent.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.setTabKeyNavigation(False)  # one Tab stop: ↑/↓ move inside, Tab goes on to the undo reason
        self.recent.verticalHeader().hide()
        header = self.recent.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecentCheckInsModel.COL_FAMILY, QHeaderView.ResizeMode.Stretch)
        self.undo_reason = QLineEdit(objectName="undoReason", placeholderText=self.tr("Reason (optional)"))
        self.undo_reason.setAccessibleName(self.tr("Reason for the undo"))
        self.undo_button = QPushButton(self.tr("Undo selected"), objectName="undoButton")
        self.undo_button.setAccessibleName(self.tr("Undo the selected check-in"))
        self.undo_button.setToolTip(self.tr("Undo the check-in picked in the list. "
                                    "Ctrl+Z offers to undo this laptop's last one."))
        self.undo_button.setAccessibleDescription("Ctrl+Z anywhere on the screen offers to undo this laptop's "
                                                  "last check-in")
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_reason, 1)
        undo_row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counters)
        title = QLabel(self.tr("<b>Recent check-ins</b> (all desks)"))
        title.setBuddy(self.recent)
        layout.addWidget(title)
        layout.addWidget(self.recent, 1)
        layout.addLayout(undo_row)
        self.setMinimumWidth(420)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def show_night(self, counts: Counters, recent: list[RecentCheckIn]) -> None:
        """New figures and rows; the selected check-in stays selected across a refresh."""
        self.counters.show_counters(counts)
        selected = self.recent_model.check_in(self.recent.currentIndex().row())
        self.recent_model.set_rows(recent)
        if selected is not None:
            for i, r in enumerate(recent):
                if r.check_in_id == selected.check_in_id:
                    self.recent.selectRow(i)
                    break
        self.recent.scrollToTop()  # the newest check-ins stay in sight, above a row picked further down

    def selected_check_in(self) -> RecentCheckIn | None:
        """The check-in picked in the list, if one is."""
        if not self.recent.selectionModel().hasSelection():
            return None
        return self.recent_model.check_in(self.recent.currentIndex().row())
