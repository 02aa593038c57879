"""Reconcile the end-of-night count: type what was counted, see the differences, record them as 'counted' moves."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.services.inventory import stock as inventory
from nightout_desk.services.inventory.stock import ItemInfo
from nightout_desk.ui.messages import said as explain  # the services' sentence, translated
from nightout_desk.ui.rows_model import RIGHT, RowsTableModel
from nightout_desk.ui.sign_in import FollowsDesk, with_sign_in

DIFF_BG = QColor("#fff0c2")


class CountModel(RowsTableModel):
    """The items, with a column to type the counted quantity in (its only editable cell); counts are kept by row."""

    COL_ITEM, COL_UNIT, COL_EXPECTED, COL_COUNTED, COL_DIFF = range(5)
    _HEADERS = (QT_TRANSLATE_NOOP("CountModel", "Item"), QT_TRANSLATE_NOOP("CountModel", "Unit"),
                QT_TRANSLATE_NOOP("CountModel", "On hand (ledger)"), QT_TRANSLATE_NOOP("CountModel", "Counted"),
                QT_TRANSLATE_NOOP("CountModel", "Difference"))

    def __init__(self, items: list[ItemInfo], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.set_rows(items)
        self.counted: dict[int, int] = {}

    @property
    def items(self) -> list[ItemInfo]:
        return self.rows

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.COL_COUNTED else base

    def difference(self, row: int) -> int | None:
        if row not in self.counted:
            return None
        return self.counted[row] - self._rows[row].on_hand

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        i, row, col = self._rows[index.row()], index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.COL_ITEM:
                return i.name
            if col == self.COL_UNIT:
                return i.unit
            if col == self.COL_EXPECTED:
                return str(i.on_hand)
            if col == self.COL_COUNTED:
                return str(self.counted[row]) if row in self.counted else ""
            diff = self.difference(row)
            if diff is None:
                return self.tr("not counted") if role == Qt.ItemDataRole.DisplayRole else ""
            if diff == 0:
                return self.tr("matches")
            return (self.tr("{diff} (missing)") if diff < 0 else self.tr("{diff} (extra)")).format(diff=f"{diff:+d}")
        if role == Qt.ItemDataRole.BackgroundRole and col == self.COL_DIFF and self.difference(row):
            return QBrush(DIFF_BG)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_EXPECTED, self.COL_COUNTED):
            return RIGHT
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001, N802
        if role != Qt.ItemDataRole.EditRole or index.column() != self.COL_COUNTED:
            return False
        text = str(value).strip()
        if text == "":
            self.counted.pop(index.row(), None)
        elif text.isdigit():
            self.counted[index.row()] = int(text)
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.COL_DIFF))
        return True

    def counts(self) -> dict:
        return {self._rows[row].id: value for row, value in self.counted.items()}


class ReconcileDialog(FollowsDesk, QDialog):
    def __init__(self, desk, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.desk, self.saved = desk, None
        self.setObjectName("reconcileDialog")
        self.setWindowTitle(self.tr("Reconcile the stock count"))
        intro = QLabel(self.tr("Type what was counted on the shelf (from the count sheet). Items left blank are not "
                               "changed. Differences are recorded as “counted” moves; nothing is overwritten."),
                       wordWrap=True)
        self.model = CountModel(inventory.levels(desk), self)
        self.table = QTableView(objectName="countTable")
        self.table.setAccessibleName(self.tr("Counted quantities"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CountModel.COL_ITEM, QHeaderView.ResizeMode.Stretch)
        self.note = QLineEdit(objectName="countNote",
                              placeholderText=self.tr("e.g. end of night, counted by Tom and Aisha"))
        self.note.setAccessibleName(self.tr("Note about the count"))
        self.summary = QLabel(objectName="countSummary")
        self.problem = QLabel(objectName="countProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #a00000; font-weight: bold")
        save = QPushButton(self.tr("Record the count"), objectName="recordCountButton")
        save.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.model.dataChanged.connect(lambda *_: self._summarize())
        self._summarize()
        self.resize(760, 520)
        if self.model.rowCount():  # ready to type the first count; Tab/↓ move on
            self.table.setCurrentIndex(self.model.index(0, CountModel.COL_COUNTED))

    def _summarize(self) -> None:
        diffs = [self.model.difference(r) for r in self.model.counted]
        off = [d for d in diffs if d]
        self.summary.setText(self.tr("{counted} of %n items counted · {differ} differ from the ledger", "",
                                     self.model.rowCount()).format(counted=len(diffs), differ=len(off)))

    def save(self) -> None:
        counts = self.model.counts()
        if not counts:
            self.problem.setText(self.tr("Type at least one counted quantity."))
            return
        try:
            self.saved = with_sign_in(self, self.tr("Record the count"),
                                      lambda: inventory.record_count(self.desk, counts, self.note.text()))
        except Exception as exc:  # noqa: BLE001
            self.problem.setText(explain(exc))
            return
        self.accept()
