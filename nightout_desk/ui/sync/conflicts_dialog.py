"""File › Sync conflicts…: what laptops did while apart that an organizer should look at, as the merge rules listed
it (`services/sync list_conflicts`): what happened, what stands, what was set aside, on which laptops and when.
An organizer may mark one as looked at; it stays in the list, marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nightout_desk import clock
from nightout_desk.services.sync.conflicts import ConflictInfo, mark_resolved
from nightout_desk.services.sync.engine import list_conflicts
from nightout_desk.ui.rows_model import RowsTableModel
from nightout_desk.ui.sign_in import attempt
from nightout_desk.ui.state import AppState

COL_KIND, COL_WHAT, COL_STANDS, COL_SET_ASIDE, COL_LAPTOPS, COL_STATE = range(6)


def _when(c: ConflictInfo) -> str:
    moment = c.loser_at or c.winner_at
    return clock.hhmm(moment) if moment else ""


class ConflictsModel(RowsTableModel):
    _HEADERS = (QT_TRANSLATE_NOOP("ConflictsModel", "Kind"), QT_TRANSLATE_NOOP("ConflictsModel", "What happened"),
                QT_TRANSLATE_NOOP("ConflictsModel", "What stands"), QT_TRANSLATE_NOOP("ConflictsModel", "Set aside"),
                QT_TRANSLATE_NOOP("ConflictsModel", "Laptops"), QT_TRANSLATE_NOOP("ConflictsModel", "Looked at"))

    def cells(self, row: ConflictInfo) -> tuple[str, ...]:
        laptops = " / ".join(d for d in dict.fromkeys((row.winner_device, row.loser_device)) if d)
        state = self.tr("yes, by {operator}").format(operator=row.resolved_by) if row.resolved else self.tr("not yet")
        return (row.kind.capitalize(), row.summary, row.winner, row.loser,
                " · ".join(part for part in (laptops, _when(row)) if part), state)

    def tooltip(self, row: ConflictInfo, column: int) -> str | None:
        return row.summary if column == COL_WHAT else None

    def foreground(self, row: ConflictInfo) -> QColor | None:
        return QColor("#666666") if row.resolved else None  # also said in words in "Looked at"


class ConflictsDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.setObjectName("syncConflictsDialog")
        self.setAccessibleName(self.tr("Sync conflicts"))
        self.resize(1000, 420)
        self.heading = QLabel(objectName="syncConflictsHeading")
        self.model = ConflictsModel(self)
        self.table = QTableView(objectName="syncConflictsTable")
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.table.setAccessibleName(self.tr("Conflicts between laptops"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        self.resolve_button = QPushButton(self.tr("Mark as looked at"), objectName="syncConflictResolve")
        self.resolve_button.setAccessibleName(self.tr("Mark the chosen conflict as looked at"))
        self.resolve_button.clicked.connect(self.mark_chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = list_conflicts(self.state.desk)
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        still = sum(1 for c in rows if not c.resolved)
        if not rows:
            self.heading.setText(self.tr("No conflicts: the laptops' work fitted together."))
        else:
            self.heading.setText(self.tr("{still} of %n conflicts not looked at yet. Nothing was lost: what was set "
                                         "aside is also in the audit log.", "", len(rows)).format(still=still))

    def mark_chosen(self) -> None:
        chosen: Any = self.model.row(self.table.currentIndex().row())
        if chosen is None:
            return
        done = attempt(self, self.tr("Sync conflicts"), lambda: mark_resolved(self.state.desk, chosen.id), self.state)
        if done is None:
            return  # said in words; the list stays as it was
        self.refresh()


def open_conflicts(state: AppState, parent: QWidget | None = None) -> ConflictsDialog:
    dialog = ConflictsDialog(state, parent)
    dialog.show()
    return dialog
