"""The base of the read-only list screens, without a widget: rows under a header, replaced whole, sortable."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from nightout_desk.ui.rows_model import RIGHT, RowsTableModel

LATE = QColor("#fff4d6")


@dataclass(frozen=True)
class Family:
    name: str
    people: int
    late: bool = False


class FamiliesModel(RowsTableModel):
    COL_NAME, COL_PEOPLE = range(2)
    _HEADERS = ("Family", "People")
    RIGHT_ALIGNED = (COL_PEOPLE,)

    def cells(self, f: Family) -> tuple[str, ...]:
        return (f.name, str(f.people))

    def background(self, f: Family) -> QColor | None:
        return LATE if f.late else None

    def tooltip(self, f: Family, column: int) -> str | None:
        return "Arrived after 8 pm" if f.late else None


def _model() -> FamiliesModel:
    model = FamiliesModel()
    model.set_rows([Family("Okafor", 5), Family("Alvarez", 3, late=True), Family("Nguyen", 4)])
    return model


def test_set_rows_resets_the_table_and_replaces_every_row(qtbot):
    model = _model()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], timeout=1000):
        model.set_rows([Family("Lindqvist", 2)])
    assert model.rowCount() == 1
    assert model.row(0) == Family("Lindqvist", 2) and model.row(1) is None and model.row(-1) is None
    model.set_rows([])
    assert model.rowCount() == 0 and model.rows == []


def test_a_flat_table_has_no_rows_under_a_row(qtbot):
    model = _model()
    assert model.rowCount() == 3 and model.columnCount() == 2
    under = model.index(0, 0)
    assert model.rowCount(under) == 0 and model.columnCount(under) == 0


def test_headers_come_from_the_headers_tuple_or_with_the_rows(qtbot):
    model = _model()
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(model.columnCount())] == ["Family", "People"]
    assert model.headerData(2, horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None
    model.set_rows([Family("Okafor", 5)], headers=("Who", "How many"))
    assert model.headerData(1, horizontal) == "How many"
    model.set_rows([Family("Nguyen", 4)])  # the header stays until another one comes
    assert model.headerData(0, horizontal) == "Who"


def test_a_cell_shows_its_text_read_aloud_the_same_with_colour_and_tooltip(qtbot):
    model = _model()
    people = model.index(1, FamiliesModel.COL_PEOPLE)
    assert people.data() == "3" and model.text(1, FamiliesModel.COL_NAME) == "Alvarez"
    assert people.data(Qt.ItemDataRole.AccessibleTextRole) == "3"
    assert people.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(1, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert people.data(Qt.ItemDataRole.BackgroundRole).color() == LATE
    assert people.data(Qt.ItemDataRole.ToolTipRole) == "Arrived after 8 pm"
    on_time = model.index(0, FamiliesModel.COL_PEOPLE)
    assert on_time.data(Qt.ItemDataRole.BackgroundRole) is None
    assert on_time.data(Qt.ItemDataRole.ToolTipRole) is None
    assert on_time.data(Qt.ItemDataRole.ForegroundRole) is None and on_time.data(Qt.ItemDataRole.FontRole) is None


def test_a_sort_proxy_orders_the_rows_by_their_text(qtbot):
    model = _model()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(FamiliesModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Alvarez", "Nguyen", "Okafor"]
    proxy.sort(FamiliesModel.COL_PEOPLE, Qt.SortOrder.DescendingOrder)
    first = proxy.mapToSource(proxy.index(0, 0)).row()
    assert model.row(first) == Family("Okafor", 5)
    model.set_rows([*model.rows, Family("Brown", 9)])  # a new list keeps the chosen order
    assert proxy.index(0, FamiliesModel.COL_NAME).data() == "Brown"
