"""The import dialog every CSV import uses: choose a file, check what was recognised, fix the columns, import.

It knows nothing of households: an `ImportKind` gives it the fields, the formats and the service's two functions —
`preview(desk, path, mapping, fmt) -> ImportPreview` (writes nothing) and `run(desk, path, mapping, fmt) ->
ImportResult` — where `mapping` is the user's choices, field key -> column name ("" = not imported). Each area
(check-in, volunteers, donations) declares its `ImportKind` and opens it with `open_import()`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.services.context import Desk
from nightout_desk.services.errors import UserError
from nightout_desk.services.importing import Field, ImportPreview, ImportResult
from nightout_desk.ui.import_models import ColumnChoiceDelegate, FileRowsModel, MappingModel
from nightout_desk.ui.messages import explain
from nightout_desk.ui.state import AppState

log = logging.getLogger(__name__)
SKIPPED_HEADER = ("Line", "Why it will be skipped")


@dataclass(frozen=True)
class ImportKind:
    title: str  # "Import attendees"
    noun: str  # "households", "volunteers", "donations"
    area: str  # the area whose screens refresh after an import (AppState.dataChanged)
    fields: tuple[Field, ...]  # shown in the mapping before a file is read
    preview: Callable[[Desk, Path, Mapping[str, str], str], ImportPreview]
    run: Callable[[Desk, Path, Mapping[str, str], str], ImportResult]
    formats: tuple[tuple[str, str], ...] = (("auto", "Recognise automatically"),)  # (key, label)
    intro: str = ""
    file_filter: str = "CSV files (*.csv *.txt *.tsv);;All files (*)"


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult, after a successful import

    def __init__(self, kind: ImportKind, state: AppState, parent: QWidget | None = None,
                 start_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.kind, self.state = kind, state
        self.path: Path | None = None
        self.chosen: dict[str, str] = {}  # the user's column choices (field key -> column name, "" = none)
        self.current: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.start_folder = start_folder or _default_folder()
        self.setWindowTitle(kind.title)
        self.setObjectName("importDialog")
        self.resize(1180, 680)
        self._build()
        self._show_nothing_yet()

    # --- building -------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        if self.kind.intro:
            intro = QLabel(self.kind.intro, wordWrap=True)
            layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel("File:"))
        self.file_edit = QLineEdit(objectName="importFilePath", readOnly=True)
        self.file_edit.setAccessibleName("Chosen file")
        self.file_edit.setPlaceholderText("No file chosen yet")
        row.addWidget(self.file_edit, 1)
        self.file_button = QPushButton("&Choose file…", objectName="importFileButton")
        self.file_button.setAccessibleName("Choose the file to import")
        self.file_button.clicked.connect(self.ask_for_file)
        row.addWidget(self.file_button)
        self.format_combo = QComboBox(objectName="importFormat")
        self.format_combo.setAccessibleName("Read the file as")
        for key, label in self.kind.formats:
            self.format_combo.addItem(label, key)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        if len(self.kind.formats) > 1:
            row.addWidget(QLabel("Read as:"))
            row.addWidget(self.format_combo)
        else:
            self.format_combo.hide()
        layout.addLayout(row)
        self.detected = QLabel(objectName="importDetected", wordWrap=True)
        self.detected.setAccessibleName("What was recognised in the file")
        self.detected.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detected)

        self.mapping_model = MappingModel(self)
        self.mapping_model.columnChosen.connect(self._column_chosen)
        self.mapping_view = _table("importMapping", "Which column holds each field", self.mapping_model,
                                   MappingView)
        self.mapping_view.setItemDelegateForColumn(MappingModel.COL_COLUMN, ColumnChoiceDelegate(self.mapping_view))
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_view.horizontalHeader().setStretchLastSection(True)
        self.preview_model = FileRowsModel(self)
        self.preview_view = _table("importPreview", "The first rows as they will be imported", self.preview_model)
        self.skipped_model = FileRowsModel(self)
        self.skipped_view = _table("importSkipped", "Rows that will be skipped, and why", self.skipped_model)
        self.skipped_view.horizontalHeader().setStretchLastSection(True)

        self.mapping_box = _box("Columns", self.mapping_view)
        self.preview_box = _box("First rows, as they will be imported", self.preview_view)
        self.skipped_box = _box("Rows that will be skipped", self.skipped_view)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview_box)
        right.addWidget(self.skipped_box)
        right.setSizes([330, 170])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.mapping_box)
        split.addWidget(right)
        split.setSizes([450, 730])
        layout.addWidget(split, 1)

        bottom = QHBoxLayout()
        self.summary = QLabel(objectName="importSummary", wordWrap=True)
        self.summary.setAccessibleName("Import summary")
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.summary.setFont(font)
        bottom.addWidget(self.summary, 1)
        self.run_button = QPushButton(objectName="importRunButton", default=True)
        self.run_button.setAccessibleName("Import")
        self.run_button.clicked.connect(self.run_import)
        self.close_button = QPushButton("Cancel", objectName="importCloseButton")
        self.close_button.setAccessibleName("Close this window")
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.run_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

    # --- actions --------------------------------------------------------------------------------------------------
    def ask_for_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, f"{self.kind.title}: choose a file", str(self.start_folder),
                                              self.kind.file_filter)
        if name:
            self.choose_file(Path(name))

    def choose_file(self, path: Path) -> None:
        """Read `path` and show what importing it would do (the user's earlier column choices are forgotten)."""
        self.path = path
        self.start_folder = path.parent
        self.chosen = {}
        self.result = None
        self.file_edit.setText(str(path))
        self.refresh()

    def format_key(self) -> str:
        return self.format_combo.currentData() or "auto"

    def refresh(self) -> None:
        if self.path is None:
            self._show_nothing_yet()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = self.kind.preview(self.state.desk, self.path, dict(self.chosen), self.format_key())
        except Exception as exc:
            if not isinstance(exc, UserError):
                log.error("import preview failed", exc_info=exc)
            self._show_problem(explain(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._show(preview)

    def run_import(self) -> None:
        if self.current is None or not self.current.can_import or self.path is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.kind.run(self.state.desk, self.path, dict(self.chosen), self.format_key())
        except Exception as exc:
            if not isinstance(exc, UserError):
                log.error("import failed", exc_info=exc)
            self._set_summary(f"Nothing was imported: {explain(exc)}", problem=True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.result = result
        self.refresh()  # the rows now show "already there"
        self._set_summary(result.summary())
        self.run_button.setEnabled(False)
        self.run_button.setText("Imported")
        self.close_button.setText("Close")
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.imported.emit(result)

    # --- showing --------------------------------------------------------------------------------------------------
    def _show_nothing_yet(self) -> None:
        self.current = None
        self.detected.setText("Choose the CSV file exported from the sign-up site (Eventbrite, SignUpGenius, a "
                              "spreadsheet…). Nothing is imported until you press Import.")
        self.mapping_model.set_mapping(self.kind.fields, (), {})
        self.preview_model.set_rows((), ())
        self.skipped_model.set_rows((), SKIPPED_HEADER)
        self._set_summary("")
        self._set_run_button(None)

    def _show_problem(self, message: str) -> None:
        self.current = None
        self.detected.setText("")
        self.mapping_model.set_mapping(self.kind.fields, (), {})
        self.preview_model.set_rows((), ())
        self.skipped_model.set_rows((), SKIPPED_HEADER)
        self._set_summary(f"This file cannot be imported: {message}", problem=True)
        self._set_run_button(None)

    def _show(self, p: ImportPreview) -> None:
        self.current = p
        titles = f" · {len(p.title_lines)} title line(s) skipped" if p.title_lines else ""
        self.detected.setText(f"<b>{p.format_name}</b> · {p.encoding} · {p.delimiter}-separated · header on line "
                              f"{p.header_line}{titles} · {p.rows_read} rows")
        self.mapping_model.set_mapping(p.fields, p.columns, dict(p.mapping))
        for row in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(self.mapping_model.index(row, MappingModel.COL_COLUMN))
        self.mapping_view.resizeColumnToContents(0)
        if p.problem:  # show the file as it is, so the user can see which column holds what
            self.preview_model.set_rows(p.raw_sample, ("Line", *p.columns))
        else:
            self.preview_model.set_rows(p.sample, p.sample_header)
        self.preview_view.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            self.preview_view.setColumnWidth(column, min(self.preview_view.columnWidth(column), 260))
        self.skipped_model.set_rows([(str(s.line), s.reason) for s in p.skipped], SKIPPED_HEADER)
        self.skipped_view.resizeColumnToContents(0)
        self.skipped_box.setTitle(f"Rows that will be skipped ({len(p.skipped)})")
        shown = len(p.sample)
        total = p.to_create + p.already_there
        if p.problem:
            self.preview_box.setTitle("The file's first rows, as they are — choose the columns on the left")
        else:
            self.preview_box.setTitle(f"First rows, as they will be imported ({shown} of {total})" if total > shown
                                      else "Rows, as they will be imported")
        self._set_summary(p.summary(), problem=bool(p.problem))
        self._set_run_button(p)

    def _set_run_button(self, p: ImportPreview | None) -> None:
        count = p.to_create if p else 0
        self.run_button.setText(f"&Import {count} {self.kind.noun}" if count else "&Import")
        self.run_button.setAccessibleName(self.run_button.text().replace("&", ""))
        self.run_button.setEnabled(bool(p and p.can_import))
        self.close_button.setText("Cancel")

    def _set_summary(self, text: str, problem: bool = False) -> None:
        self.summary.setText(f"⚠ {text}" if problem and text else text)
        self.summary.setStyleSheet("color: #b00020;" if problem else "")

    def _column_chosen(self, key: str, column: str) -> None:
        self.chosen[key] = column
        QTimer.singleShot(0, self.refresh)  # not from inside the combo's own signal: the refresh rebuilds it

    def _format_changed(self, _index: int) -> None:
        self.chosen = {}
        if self.path is not None:
            self.refresh()


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


def open_import(parent: QWidget | None, state: AppState, kind: ImportKind) -> ImportDialog:
    """Show an import dialog (modal, deleted when closed); after each successful import the screens refresh."""
    dialog = ImportDialog(kind, state, parent)
    dialog.imported.connect(lambda _result: state.dataChanged.emit(kind.area))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)
    dialog.show()
    return dialog


def _table(name: str, accessible: str, model, cls: type[QTableView] = QTableView) -> QTableView:  # noqa: ANN001
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


def _box(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    inner = QVBoxLayout(box)
    inner.setContentsMargins(6, 6, 6, 6)
    inner.addWidget(widget)
    return box


def _default_folder() -> Path:
    downloads = Path.home() / "Downloads"
    return downloads if downloads.is_dir() else Path.home()
