"""Qt item models of the import dialog: the column mapping (one combo per field) and plain read-only tables."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from nightout_desk.services.importing import Field
from nightout_desk.ui.rows_model import Index, RowsTableModel

NOT_IMPORTED = QT_TRANSLATE_NOOP("MappingModel", "— not imported —")


def not_imported() -> str:
    """The mapping's "no column" choice, in the screens' language."""
    return QCoreApplication.translate("MappingModel", NOT_IMPORTED)


class FileRowsModel(RowsTableModel):
    """Rows of the file as text under the header that comes with them (the preview, the skipped rows)."""

    WIDEST = 80  # characters shown in a cell; the tooltip holds more

    def cells(self, row: tuple[str, ...]) -> tuple[str, ...]:
        values = (row[c] if c < len(row) else "" for c in range(len(self.headers())))
        return tuple(v if len(v) <= self.WIDEST else v[:self.WIDEST] + "…" for v in values)

    def tooltip(self, row: tuple[str, ...], column: int) -> str | None:
        value = row[column] if column < len(row) else ""
        return value[:1000] if len(value) > self.WIDEST else None


class MappingModel(RowsTableModel):
    """Field | column in the file. Editing a column emits `columnChosen(field key, column name or "")`."""

    COL_FIELD, COL_COLUMN = 0, 1
    _HEADERS = (QT_TRANSLATE_NOOP("MappingModel", "Field"), QT_TRANSLATE_NOOP("MappingModel", "Column in the file"))
    columnChosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: tuple[str, ...] = ()
        self._chosen: dict[str, str] = {}
        self._missing: set[str] = set()

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(self._rows)

    def set_mapping(self, fields: Sequence[Field], columns: Sequence[str], chosen: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows, self.columns, self._chosen = list(fields), tuple(c for c in columns if c), dict(chosen)
        have = set(chosen)
        self._missing = {f.key for f in self._rows if f.required and f.key not in have
                         and not have.intersection(f.satisfied_by)}
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.COL_COLUMN else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        f = self._rows[index.row()]
        if index.column() == self.COL_FIELD:
            if role == Qt.ItemDataRole.DisplayRole:
                if f.key in self._missing:
                    return self.tr("{field} (required) — missing").format(field=f.label)
                return self.tr("{field} (required)").format(field=f.label) if f.required else f.label
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
            return self._chosen.get(f.key, "") or (not_imported() if role == Qt.ItemDataRole.DisplayRole else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{f.label}: {self._chosen.get(f.key) or self.tr('not imported')}"
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.COL_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        column = "" if value in (None, not_imported()) else str(value)
        key = self._rows[index.row()].key
        if self._chosen.get(key, "") == column:
            return False
        self._chosen[key] = column
        self.dataChanged.emit(index, index)
        self.columnChosen.emit(key, column)
        return True

    def row_of(self, key: str) -> int:
        return next(i for i, f in enumerate(self._rows) if f.key == key)


class ColumnChoiceDelegate(QStyledItemDelegate):
    """A combo box listing the file's columns (and "not imported"); a choice is committed at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        model: MappingModel = index.model()
        combo = QComboBox(parent)
        combo.addItems([not_imported(), *model.columns])
        field = model.row(index.row())
        combo.setAccessibleName(QCoreApplication.translate("MappingModel", "Column for {field}").format(
            field=field.label.lower()))
        combo.setObjectName(f"importColumn_{field.key}")
        combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the table's keys open it (see MappingView)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole) or not_imported()
        i = editor.findText(value)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(i, 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:  # noqa: N802
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
