"""Qt table models of the check-in desk: search results and recent check-ins (small, testable without widgets)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from nightout_desk import clock
from nightout_desk.services.checkin.checkins import RecentCheckIn
from nightout_desk.services.checkin.households import HouseholdInfo
from nightout_desk.services.codes import pretty
from nightout_desk.ui.rows_model import RowsTableModel

CHECKED_IN_BG = QColor("#fff4d6")


def people(adults: int, kids: int) -> str:
    return f"{adults} adult{'s' if adults != 1 else ''}, {kids} kid{'s' if kids != 1 else ''}"
UNDONE_FG = QColor("#777777")


class SearchResultsModel(RowsTableModel):
    COL_FAMILY, COL_FIRST, COL_WHERE, COL_EXPECTED, COL_TICKET, COL_STATUS = range(6)
    _HEADERS = ("Family", "First names", "ZIP / neighbourhood", "Expected", "Ticket", "Status")

    def household(self, row: int) -> HouseholdInfo | None:
        return self.row_at(row)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if not index.isValid():
            return None
        h = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_FAMILY:
                return h.family_name + ("  (walk-up)" if h.is_walk_up else "")
            if col == self.COL_FIRST:
                return h.first_names
            if col == self.COL_WHERE:
                return " · ".join(x for x in (h.zip_code, h.neighbourhood) if x)
            if col == self.COL_EXPECTED:
                return people(h.adults_expected, h.kids_expected)
            if col == self.COL_TICKET:
                return pretty(h.ticket_code)
            if col == self.COL_STATUS:
                if h.arrival is None:
                    return "Not yet arrived"
                return f"Checked in {clock.hhmm(h.arrival.at)} at {h.arrival.device}"
        if role == Qt.ItemDataRole.BackgroundRole and h.arrival is not None:
            return QBrush(CHECKED_IN_BG)
        if role == Qt.ItemDataRole.ToolTipRole and h.notes:
            return h.notes
        return None


class RecentCheckInsModel(RowsTableModel):
    COL_TIME, COL_FAMILY, COL_PEOPLE, COL_DESK, COL_STATUS = range(5)
    _HEADERS = ("Time", "Family", "People", "Desk", "Status")

    def check_in(self, row: int) -> RecentCheckIn | None:
        return self.row_at(row)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TIME:
                return clock.hhmm(r.at)
            if col == self.COL_FAMILY:
                return r.family_name + (" (walk-up)" if r.walk_up else "")
            if col == self.COL_PEOPLE:
                return f"{r.adults} + {r.kids}"
            if col == self.COL_DESK:
                return r.device
            if col == self.COL_STATUS:
                return "Undone" if r.undone else "In"
        if role == Qt.ItemDataRole.ForegroundRole and r.undone:
            return QBrush(UNDONE_FG)
        if role == Qt.ItemDataRole.FontRole and r.undone and col == self.COL_FAMILY:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            undone = f" · undone{': ' + r.undo_reason if r.undo_reason else ''}" if r.undone else ""
            return f"{people(r.adults, r.kids)} · ticket {pretty(r.ticket_code)} · by {r.operator}{undone}"
        return None
