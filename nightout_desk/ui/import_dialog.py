"""The import dialog every CSV import uses: choose a file, check what was recognised, fix the columns, import.

It knows nothing of households: an `ImportKind` gives it the fields, the formats and the service's two functions —
`preview(desk, path, mapping, fmt) -> ImportPreview` (writes nothing) and `run(desk, path, mapping, fmt, progress=,
should_stop=) -> ImportResult` — where `mapping` is the user's choices, field key -> column name ("" = not imported).
Each area (check-in, volunteers, donations) declares its `ImportKind` and opens it with `open_import()`.

Both run off the GUI thread (`ui/import_job.py`): the preview reads and checks the whole file behind a busy bar; the
import writes a batch at a time behind a progress bar with Cancel, which stops it between two batches — what was
written stays, and the dialog says how much ("Imported 3,000 of 20,000 households; run the import again to finish").
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.services.context import Desk
from nightout_desk.services.errors import UserError
from nightout_desk.services.importing import Field, ImportPreview, ImportResult
from nightout_desk.services.importing.batches import ImportInterrupted
from nightout_desk.ui.import_job import ImportJob
from nightout_desk.ui.import_models import ColumnChoiceDelegate, FileRowsModel, MappingModel
from nightout_desk.ui.import_views import MappingView, box, table
from nightout_desk.ui.look import scaled
from nightout_desk.ui.messages import said
from nightout_desk.ui.sign_in import allowed
from nightout_desk.ui.state import AppState

log = logging.getLogger(__name__)
SKIPPED_HEADER = (QT_TRANSLATE_NOOP("ImportDialog", "Line"),
                  QT_TRANSLATE_NOOP("ImportDialog", "Why it will be skipped"))
BUSY_AFTER_MS = 250  # a file read faster than this shows no busy bar (no flicker for a small list)


@dataclass(frozen=True)
class ImportKind:
    title: str  # "Import attendees"
    noun: str  # "households", "volunteers", "donations"
    area: str  # the area whose screens refresh after an import (AppState.dataChanged)
    fields: tuple[Field, ...]  # shown in the mapping before a file is read
    preview: Callable[[Desk, Path, Mapping[str, str], str], ImportPreview]
    run: Callable[..., ImportResult]  # run(desk, path, mapping, fmt, progress=..., should_stop=...)
    formats: tuple[tuple[str, str], ...] = (("auto", QT_TRANSLATE_NOOP("ImportDialog", "Recognise automatically")),)
    intro: str = ""
    file_filter: str = QT_TRANSLATE_NOOP("ImportDialog", "CSV files (*.csv *.txt *.tsv);;All files (*)")
    action: str = ""  # the permissions.RULES action the run needs: asked (signing in) before it starts

    def in_language(self, context: str) -> ImportKind:
        """This kind with its title, intro, noun, fields and formats in the screens' language, from the translation
        `context` its module marks them in (QT_TRANSLATE_NOOP); translated when a dialog opens."""
        def said(text: str) -> str:
            return QCoreApplication.translate(context, text) if text else text

        fields = tuple(replace(f, label=said(f.label), hint=said(f.hint)) for f in self.fields)
        return replace(self, title=said(self.title), noun=said(self.noun), intro=said(self.intro), fields=fields,
                       formats=tuple((key, said(label)) for key, label in self.formats))


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult, after an import wrote something (finished or stopped)
    previewShown = Signal()  # a preview (or the reason the file cannot be imported) is on screen

    def __init__(self, kind: ImportKind, state: AppState, parent: QWidget | None = None,
                 start_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.kind, self.state = kind, state
        self.path: Path | None = None
        self.chosen: dict[str, str] = {}  # the user's column choices (field key -> column name, "" = none)
        self.current: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.start_folder = start_folder or _default_folder()
        self._preview_job: ImportJob | None = None  # the newest read of the file (older ones are ignored)
        self._run_job: ImportJob | None = None
        self._jobs: set[ImportJob] = set()  # every thread still running, so none outlives the window unnoticed
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
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
        row.addWidget(QLabel(self.tr("File:")))
        self.file_edit = QLineEdit(objectName="importFilePath", readOnly=True)
        self.file_edit.setAccessibleName(self.tr("Chosen file"))
        self.file_edit.setPlaceholderText(self.tr("No file chosen yet"))
        row.addWidget(self.file_edit, 1)
        self.file_button = QPushButton(self.tr("&Choose file…"), objectName="importFileButton")
        self.file_button.setAccessibleName(self.tr("Choose the file to import"))
        self.file_button.clicked.connect(self.ask_for_file)
        row.addWidget(self.file_button)
        self.format_combo = QComboBox(objectName="importFormat")
        self.format_combo.setAccessibleName(self.tr("Read the file as"))
        for key, label in self.kind.formats:
            self.format_combo.addItem(QCoreApplication.translate("ImportDialog", label), key)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        if len(self.kind.formats) > 1:
            row.addWidget(QLabel(self.tr("Read as:")))
            row.addWidget(self.format_combo)
        else:
            self.format_combo.hide()
        layout.addLayout(row)
        self.detected = QLabel(objectName="importDetected", wordWrap=True)
        self.detected.setAccessibleName(self.tr("What was recognised in the file"))
        self.detected.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detected)

        self.mapping_model = MappingModel(self)
        self.mapping_model.columnChosen.connect(self._column_chosen)
        self.mapping_view = table("importMapping", self.tr("Which column holds each field"), self.mapping_model,
                                   MappingView)
        self.mapping_view.setItemDelegateForColumn(MappingModel.COL_COLUMN, ColumnChoiceDelegate(self.mapping_view))
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_view.horizontalHeader().setStretchLastSection(True)
        self.preview_model = FileRowsModel(self)
        self.preview_view = table("importPreview", self.tr("The first rows as they will be imported"),
                                  self.preview_model)
        self.skipped_model = FileRowsModel(self)
        self.skipped_view = table("importSkipped", self.tr("Rows that will be skipped, and why"), self.skipped_model)
        self.skipped_view.horizontalHeader().setStretchLastSection(True)

        self.mapping_box = box(self.tr("Columns"), self.mapping_view)
        self.preview_box = box(self.tr("First rows, as they will be imported"), self.preview_view)
        self.skipped_box = box(self.tr("Rows that will be skipped"), self.skipped_view)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview_box)
        right.addWidget(self.skipped_box)
        right.setSizes([330, 170])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.mapping_box)
        split.addWidget(right)
        split.setSizes([450, 730])
        layout.addWidget(split, 1)

        self.summary = QLabel(objectName="importSummary", wordWrap=True)  # its own line: the result takes several
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scaled(self.summary, 1.15, bold=True)
        layout.addWidget(self.summary)
        bottom = QHBoxLayout()
        self.progress = QProgressBar(objectName="importProgress", textVisible=True)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(0)
        self.run_button = QPushButton(objectName="importRunButton", default=True)
        self.run_button.setAccessibleName(self.tr("Import"))
        self.run_button.clicked.connect(self.run_import)
        self.cancel_button = QPushButton(self.tr("&Stop importing"), objectName="importCancelButton")
        self.cancel_button.setAccessibleName(self.tr("Stop importing after the rows being written"))
        self.cancel_button.clicked.connect(self.stop_import)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Cancel"), objectName="importCloseButton")
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.run_button)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

    def _skipped_header(self) -> tuple[str, ...]:
        return tuple(self.tr(h) for h in SKIPPED_HEADER)  # marked with QT_TRANSLATE_NOOP("ImportDialog", ...)

    # --- actions --------------------------------------------------------------------------------------------------
    def ask_for_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("{title}: choose a file").format(title=self.kind.title),
                                              str(self.start_folder),
                                              QCoreApplication.translate("ImportDialog", self.kind.file_filter))
        if name:
            self.choose_file(Path(name))

    def choose_file(self, path: Path) -> None:
        """Read `path` and show what importing it would do (the user's earlier column choices are forgotten)."""
        self.path = path
        self.start_folder = path.parent
        self.chosen = {}
        self.result = None
        self.file_edit.setText(str(path))
        self._show_reading()
        self.refresh()

    def format_key(self) -> str:
        return self.format_combo.currentData() or "auto"

    @property
    def busy(self) -> bool:
        """A read of the file or an import is running."""
        return self._preview_job is not None or self._run_job is not None

    def refresh(self) -> None:
        """Read the file again with the current choices, off the GUI thread; the newest read is the one shown."""
        if self.path is None:
            self._show_nothing_yet()
            return
        preview, desk, path, chosen, fmt = (self.kind.preview, self.state.desk, self.path, dict(self.chosen),
                                            self.format_key())
        job = ImportJob(lambda _progress, _stop: preview(desk, path, chosen, fmt), self)
        job.ended.connect(self._preview_ended)
        self._preview_job = job
        self._jobs.add(job)
        self.run_button.setEnabled(False)
        self._busy_timer.start()
        job.start()

    def run_import(self) -> None:
        if self.busy or self.current is None or not self.current.can_import or self.path is None:
            return
        if self.kind.action and not allowed(self, self.kind.title, self.kind.action, self.state):
            return  # the file, its preview and the columns chosen stay as they were
        run, desk, path, chosen, fmt = self.kind.run, self.state.desk, self.path, dict(self.chosen), self.format_key()
        job = ImportJob(lambda progress, stop: run(desk, path, chosen, fmt, progress=progress, should_stop=stop),
                        self)
        job.advanced.connect(self._advanced)
        job.ended.connect(self._import_ended)
        self._run_job = job
        self._jobs.add(job)
        self.result = None
        self._importing(True, self.current.to_create + self.current.to_update)
        job.start()

    def stop_import(self) -> None:
        """Cancel: the import stops after the batch being written (what was written stays)."""
        if self._run_job is None or self._run_job.stop_requested:
            return
        self._run_job.stop()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))
        self._set_summary(self.tr("Stopping after the rows being written… (what is written stays; importing the "
                                  "file again finishes the job)"))

    def reject(self) -> None:
        """Esc or the window's close button while importing: stop the import, keep the window to say what was
        written."""
        if self._run_job is not None:
            self.stop_import()
            return
        super().reject()

    def done(self, result: int) -> None:
        for job in self._jobs:  # the window goes; each thread ends on its own (an import after its current batch)
            job.let_go()
        self._jobs.clear()
        self._preview_job = self._run_job = None
        super().done(result)

    # --- the jobs ending (on the GUI thread) ----------------------------------------------------------------------
    def _preview_ended(self, job: ImportJob) -> None:
        job.wait()
        job.deleteLater()
        self._jobs.discard(job)
        if job is not self._preview_job:
            return  # an older read, overtaken by a newer one
        self._preview_job = None
        self._show_busy(False)
        if job.error is not None:
            if not isinstance(job.error, UserError):
                log.error("import preview failed", exc_info=job.error)
            self._show_problem(said(job.error))
        else:
            self._show(job.value)
        self.previewShown.emit()

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} of {total} {noun} written").format(
            done=f"{done:,}", total=f"{total:,}", noun=self.kind.noun))

    def _import_ended(self, job: ImportJob) -> None:
        job.wait()
        job.deleteLater()
        self._jobs.discard(job)
        self._run_job = None
        self._importing(False)
        error = job.error
        if isinstance(error, ImportInterrupted):  # some batches were written before it failed: they stay
            self.result = error.result
            self._set_summary(f"⚠ {error}", problem=True)
        elif error is not None:
            if not isinstance(error, UserError):
                log.error("import failed", exc_info=error)
            self._set_summary(self.tr("Nothing was imported: {why}").format(why=said(error)), problem=True)
            self._set_run_button(self.current)
            return
        else:
            self.result = job.value
        if self.result.created or self.result.updated:
            self.imported.emit(self.result)
        self.refresh()  # the rows now show "already there" (and what is left to import, after a stop)

    # --- showing --------------------------------------------------------------------------------------------------
    def _importing(self, on: bool, total: int = 0) -> None:
        for widget in (self.file_button, self.format_combo, self.mapping_view):
            widget.setEnabled(not on)
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.cancel_button.setEnabled(on)
        self.cancel_button.setText(self.tr("&Stop importing"))
        self.close_button.setVisible(not on)  # one way to stop while it runs: Stop importing (Esc does the same)
        self.close_button.setEnabled(not on)
        if on:
            self._advanced(0, total)
            self.run_button.setEnabled(False)
            self.run_button.setText(self.tr("Importing…"))
            self._set_summary(self.tr("Importing {count} {noun} from {file}, a few hundred at a time: the desks can "
                                      "keep checking families in meanwhile.").format(
                count=f"{total:,}", noun=self.kind.noun, file=self.path.name))
            self.cancel_button.setFocus()

    def _show_busy(self, on: bool = True) -> None:
        """The busy bar of a read taking a while (a big file); off again when the preview arrives."""
        self._busy_timer.stop()
        if self._run_job is not None:
            return
        self.progress.setVisible(on)
        if on:
            self.progress.setRange(0, 0)  # busy: the preview has no steps to count
            self.progress.setFormat("")
            self._set_summary(self.tr("Reading {file} and checking every row…").format(
                file=self.path.name if self.path else self.tr("the file")))

    # --- showing --------------------------------------------------------------------------------------------------
    def _show_nothing_yet(self) -> None:
        self.current = None
        self.detected.setText(self.tr("Choose the CSV file exported from the sign-up site (Eventbrite, SignUpGenius, "
                                      "a spreadsheet…). Nothing is imported until you press Import."))
        self.mapping_model.set_mapping(self.kind.fields, (), {})
        self.preview_model.set_rows((), ())
        self.skipped_model.set_rows((), self._skipped_header())
        self._set_summary("")
        self._set_run_button(None)

    def _show_reading(self) -> None:
        """A new file is being read: nothing of the previous one stays on screen meanwhile."""
        self.current = None
        self.detected.setText(self.tr("Reading {file}…").format(file=self.path.name))
        self.mapping_model.set_mapping((), (), {})
        self.preview_model.set_rows((), ())
        self.skipped_model.set_rows((), self._skipped_header())
        self._set_summary("")
        self._set_run_button(None)

    def _show_problem(self, message: str) -> None:
        self.current = None
        self.detected.setText("")
        self.mapping_model.set_mapping(self.kind.fields, (), {})
        self.preview_model.set_rows((), ())
        self.skipped_model.set_rows((), self._skipped_header())
        self._set_summary(self.tr("This file cannot be imported: {why}").format(why=message), problem=True)
        self._set_run_button(None)

    def _show(self, p: ImportPreview) -> None:
        self.current = p
        titles = " · " + self.tr("%n title lines skipped", "", len(p.title_lines)) if p.title_lines else ""
        self.detected.setText(self.tr("<b>{format}</b> · {encoding} · {delimiter}-separated · header on line {line}"
                                      "{titles} · {rows} rows").format(
            format=p.format_name, encoding=p.encoding, delimiter=p.delimiter, line=p.header_line, titles=titles,
            rows=f"{p.rows_read:,}"))
        self.mapping_model.set_mapping(p.fields, p.columns, dict(p.mapping))
        for row in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(self.mapping_model.index(row, MappingModel.COL_COLUMN))
        self.mapping_view.resizeColumnToContents(0)
        if p.problem:  # show the file as it is, so the user can see which column holds what
            self.preview_model.set_rows(p.raw_sample, (self.tr("Line"), *p.columns))
        else:
            self.preview_model.set_rows(p.sample, p.sample_header)
        self.preview_view.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            self.preview_view.setColumnWidth(column, min(self.preview_view.columnWidth(column), 260))
        self.skipped_model.set_rows([(str(s.line), s.reason) for s in p.skipped], self._skipped_header())
        self.skipped_view.resizeColumnToContents(0)
        self.skipped_box.setTitle(self.tr("Rows that will be skipped ({count})").format(count=f"{len(p.skipped):,}"))
        shown = len(p.sample)
        total = p.to_create + p.already_there
        if p.problem:
            self.preview_box.setTitle(self.tr("The file's first rows, as they are — choose the columns on the left"))
        else:
            self.preview_box.setTitle(self.tr("First rows, as they will be imported ({shown} of {total})").format(
                shown=shown, total=f"{total:,}") if total > shown else self.tr("Rows, as they will be imported"))
        if self.result is not None:  # after an import: what it did, and what is left to do
            self._show_result(p)
        else:
            self._set_summary(p.summary(), problem=bool(p.problem))
            self._set_run_button(p)

    def _show_result(self, p: ImportPreview) -> None:
        r = self.result
        if not self.summary.text().startswith("⚠"):  # an interrupted import keeps its explanation
            self._set_summary(r.summary())
        if p.can_import:  # stopped (or interrupted) before the end: the rest can be imported now
            self.run_button.setText(self.tr("&Import the other {count} {noun}").format(
                count=f"{p.to_create:,}", noun=self.kind.noun) if p.to_create else self.tr("&Import the rest"))
            self.run_button.setEnabled(True)
        else:
            self.run_button.setText(self.tr("Imported"))
            self.run_button.setEnabled(False)
        self.run_button.setAccessibleName(self.run_button.text().replace("&", ""))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _set_run_button(self, p: ImportPreview | None) -> None:
        count = p.to_create if p else 0
        self.run_button.setText(self.tr("&Import {count} {noun}").format(count=f"{count:,}", noun=self.kind.noun)
                                if count else self.tr("&Import"))
        self.run_button.setAccessibleName(self.run_button.text().replace("&", ""))
        self.run_button.setEnabled(bool(p and p.can_import))
        self.close_button.setText(self.tr("Cancel"))

    def _set_summary(self, text: str, problem: bool = False) -> None:
        self.summary.setText(f"⚠ {text}" if problem and text else text)
        self.summary.setStyleSheet("color: #b00020;" if problem else "")

    def _column_chosen(self, key: str, column: str) -> None:
        self.chosen[key] = column
        self.result = None
        QTimer.singleShot(0, self.refresh)  # not from inside the combo's own signal: the refresh rebuilds it

    def _format_changed(self, _index: int) -> None:
        self.chosen = {}
        self.result = None
        if self.path is not None:
            self.refresh()


def open_import(parent: QWidget | None, state: AppState, kind: ImportKind) -> ImportDialog:
    """Show an import dialog (modal, deleted when closed); after each successful import the screens refresh."""
    dialog = ImportDialog(kind, state, parent)
    dialog.imported.connect(lambda _result: state.dataChanged.emit(kind.area))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)
    dialog.show()
    return dialog


def _default_folder() -> Path:
    downloads = Path.home() / "Downloads"
    return downloads if downloads.is_dir() else Path.home()
