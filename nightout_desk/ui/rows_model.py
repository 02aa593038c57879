"""The base of every read-only table in the app: the services' rows under a header (Qt model/view).

A table names its columns with `COL_*` constants and a `_HEADERS` tuple and says what one row shows: `cells(row)`
gives its texts in column order (also the accessible text of each cell); `tooltip`, `background`, `foreground` and
`font` add to it where they return something, and the columns in `RIGHT_ALIGNED` hold numbers. Rows are replaced
whole with `set_rows()` inside beginResetModel()/endResetModel() (a table whose columns come with its rows, like the
import preview, passes the header too); `rowCount()` is 0 for a valid parent (a flat table). Editable tables
override `data()`, `flags()` and `setData()` and keep the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RowsTableModel(QAbstractTableModel):
    _HEADERS: tuple[str, ...] = ()
    RIGHT_ALIGNED: tuple[int, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers: tuple[str, ...] | None = None

    # --- rows --------------------------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], headers: Sequence[str] | None = None) -> None:
        """Show these rows (and, for a table whose columns come with its rows, this header)."""
        self.beginResetModel()
        self._rows = list(rows)
        if headers is not None:
            self._headers = tuple(headers)
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        if self._headers is not None:
            return self._headers
        # _HEADERS are marked with QT_TRANSLATE_NOOP(<the model's class name>, ...) where an area is translated
        return tuple(QCoreApplication.translate(type(self).__name__, h) for h in self._HEADERS)

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, number: int) -> Any:
        """The row shown at `number`, None past either end (no current row is -1)."""
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def text(self, number: int, column: int) -> str:
        return self.cells(self._rows[number])[column]

    # --- what a row shows (subclasses) ------------------------------------------------------------------------------
    def cells(self, row: Any) -> Sequence[str]:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def background(self, row: Any) -> QColor | None:
        return None

    def foreground(self, row: Any) -> QColor | None:
        return None

    def font(self, row: Any, column: int) -> QFont | None:
        return None

    # --- Qt ------------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        # asked on every cell a view paints: counted, not translated
        return 0 if parent.isValid() else len(self._HEADERS if self._headers is None else self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()  # translated only for the role shown, not for each role a view asks about
            if section < len(headers):
                return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cells(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.RIGHT_ALIGNED else None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colour = self.background(row) if role == Qt.ItemDataRole.BackgroundRole else self.foreground(row)
            return None if colour is None else QBrush(colour)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        return None
