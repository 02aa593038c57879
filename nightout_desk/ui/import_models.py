"""Qt item models of the import dialog: the column mapping (one combo per field) and plain read-only tables."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from nightout_desk.services.importing import Field
from nightout_desk.ui.rows_model import RowsTableModel

NOT_IMPORTED = "— not imported —"
Index = QModelIndex | QPersistentModelIndex


class RowsModel(RowsTableModel):
    """A read-only table of text rows under a header (the preview, the skipped rows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header: tuple[str, ...] = ()

    def headers(self) -> tuple[str, ...]:
        return self._header

    def set_rows(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:  # type: ignore[override]
        self._header = tuple(header)
        super().set_rows([tuple(r) for r in rows])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()] if index.column() < len(self._rows[index.row()]) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return value if len(value) <= 80 else value[:80] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and len(value) > 80:
            return value[:1000]
        return None

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]


class MappingModel(QAbstractTableModel):
    """Field | column in the file. Editing a column emits `columnChosen(field key, column name or "")`."""

    COL_FIELD, COL_COLUMN = 0, 1
    _HEADERS = ("Field", "Column in the file")
    columnChosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: tuple[Field, ...] = ()
        self.columns: tuple[str, ...] = ()
        self._chosen: dict[str, str] = {}
        self._missing: set[str] = set()

    def set_mapping(self, fields: Sequence[Field], columns: Sequence[str], chosen: dict[str, str]) -> None:
        self.beginResetModel()
        self.fields, self.columns, self._chosen = tuple(fields), tuple(c for c in columns if c), dict(chosen)
        have = set(chosen)
        self._missing = {f.key for f in self.fields if f.required and f.key not in have
                         and not have.intersection(f.satisfied_by)}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.COL_COLUMN else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        f = self.fields[index.row()]
        if index.column() == self.COL_FIELD:
            if role == Qt.ItemDataRole.DisplayRole:
                mark = " (required)" if f.required else ""
                return f"{f.label}{mark}" + (" — missing" if f.key in self._missing else "")
            if role == Qt.ItemDataRole.FontRole and f.required:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and f.key in self._missing:
                return QColor("#b00020")
            if role == Qt.ItemDataRole.ToolTipRole:
                return f.hint or None
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._chosen.get(f.key, "") or (NOT_IMPORTED if role == Qt.ItemDataRole.DisplayRole else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{f.label}: {self._chosen.get(f.key) or 'not imported'}"
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.COL_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        column = "" if value in (None, NOT_IMPORTED) else str(value)
        key = self.fields[index.row()].key
        if self._chosen.get(key, "") == column:
            return False
        self._chosen[key] = column
        self.dataChanged.emit(index, index)
        self.columnChosen.emit(key, column)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._HEADERS[section]
        return None

    def row_of(self, key: str) -> int:
        return next(i for i, f in enumerate(self.fields) if f.key == key)


class ColumnChoiceDelegate(QStyledItemDelegate):
    """A combo box listing the file's columns (and "not imported"); a choice is committed at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        model: MappingModel = index.model()
        combo = QComboBox(parent)
        combo.addItems([NOT_IMPORTED, *model.columns])
        field = model.fields[index.row()]
        combo.setAccessibleName(f"Column for {field.label.lower()}")
        combo.setObjectName(f"importColumn_{field.key}")
        combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the table's keys open it (see MappingView)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole) or NOT_IMPORTED
        i = editor.findText(value)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(i, 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:  # noqa: N802
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
