"""The import dialog's tables: the column mapping, walked from the keyboard, and the read-only lists of rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QTableView, QVBoxLayout, QWidget

from nightout_desk.ui.import_models import MappingModel


class MappingView(QTableView):
    """The mapping table: ↑/↓ choose a field, Space/Enter/F2 open its column list; Tab moves on to the next widget
    (the combos themselves take focus only by click, so Tab never gets stuck walking them)."""

    OPEN_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() in self.OPEN_KEYS or alt_down:
            row = max(self.currentIndex().row(), 0)
            combo = self.indexWidget(self.model().index(row, MappingModel.COL_COLUMN))
            if combo is not None:
                combo.setFocus()
                combo.showPopup()
                return
        super().keyPressEvent(event)


def table(name: str, accessible: str, model, cls: type[QTableView] = QTableView) -> QTableView:  # noqa: ANN001
    view = cls(objectName=name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves a read-only table instead of walking its cells
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    return view


def box(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    inner = QVBoxLayout(box)
    inner.setContentsMargins(6, 6, 6, 6)
    inner.addWidget(widget)
    return box
