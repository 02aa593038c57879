"""A small read-only table model for lists of frozen dataclasses (columns = (header, value function))."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from nightout_desk.ui.rows_model import RowsTableModel

Column = tuple[str, Callable[[object], object]]

STATUS_COLOURS = {  # background, text — the status is always also written in words
    "open": ("#DCEFDC", "#1B5E20"),
    "paused": ("#FFF0CC", "#7A4A00"),
    "closed": ("#E6E6E6", "#424242"),
    "setting up": ("#DDE8F6", "#173F73"),
}


class RowsModel(RowsTableModel):
    def __init__(self, columns: Sequence[Column], parent=None,  # noqa: ANN001
                 colour: Callable[[object], str | None] | None = None,
                 right_aligned: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.colour = colour
        self.right_aligned = set(right_aligned)

    def headers(self) -> list[str]:
        return [column[0] for column in self.columns]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            value = self.columns[index.column()][1](item)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.colour is not None and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            key = self.colour(item)
            if key in STATUS_COLOURS:
                bg, fg = STATUS_COLOURS[key]
                return QBrush(QColor(bg if role == Qt.ItemDataRole.BackgroundRole else fg))
        return None
