"""Preview a PDF made by `nightout_desk.printing`, then print it on the system printer or save it (reusable).

Any area can use it: `PrintPreviewDialog(pdf_path, title, parent, settings=state.settings).exec()`.
Pages are rendered with PDFium (`ui/pdfium.py`, one lock for every call into it) off the GUI thread: the preview's
pages by `ui/page_view.py`, the printout by a worker behind a progress dialog with Cancel. Printing rasterizes each
page at about 300 dpi onto the `QPrinter` (frescobaldi's way; Qt supports a QPainter on a QPrinter in a non-GUI
thread), shifted by the calibration offset saved for that printer in `LaptopSettings.printer_offsets` (millimetres,
right and down), so sheet labels line up with the die cuts.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.config import LaptopSettings
from nightout_desk.ui.background_job import run_with_progress
from nightout_desk.ui.messages import show_error
from nightout_desk.ui.page_view import PageView
from nightout_desk.ui.pdfium import PDFIUM, opened, page_count, render_in, render_page

__all__ = ["PageView", "PrintPreviewDialog", "page_count", "print_pdf", "printers_available", "render_page"]

log = logging.getLogger(__name__)
PRINT_DPI = 300
POINTS_PER_MM = 72 / 25.4
NO_PRINTER = QT_TRANSLATE_NOOP("PrintPreviewDialog", "No printer is set up on this laptop. Use “Save as PDF…” and "
                               "print the file from another computer, or add the printer in the system settings and "
                               "try again.")
NOT_PRINTED = QT_TRANSLATE_NOOP("PrintPreviewDialog", "The pages were not all sent to the printer. Check that it is on "
                                "and has labels, then try again.")


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def print_pdf(pdf_path: Path, printer: QPrinter, offset_mm: tuple[float, float] = (0.0, 0.0),
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> bool:
    """Paint every page onto `printer`, each page sized like the PDF's; False if cancelled or the painter failed.
    Runs on any thread; `progress(done, total)` per page, `cancelled()` looked at before each page."""
    with opened(pdf_path) as doc:
        with PDFIUM:
            count = len(doc)
            first_w, first_h = doc.get_page_size(0)
        printer.setFullPage(True)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize(QRectF(0, 0, first_w, first_h).size(),
                                                              QPageSize.Unit.Point)),
                                          QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            for i in range(count):
                if progress is not None:
                    progress(i, count)
                if cancelled is not None and cancelled():
                    printer.abort()
                    return False
                if i:
                    printer.newPage()
                image = render_in(doc, i, PRINT_DPI)
                with PDFIUM:
                    w_pt, h_pt = doc.get_page_size(i)
                target = painter.viewport()
                scale_x = target.width() / first_w
                scale_y = target.height() / first_h
                dx = offset_mm[0] * POINTS_PER_MM * scale_x
                dy = offset_mm[1] * POINTS_PER_MM * scale_y
                painter.drawImage(QRectF(dx, dy, w_pt * scale_x, h_pt * scale_y), image)
        finally:
            ok = painter.end()
        if not ok:
            log.warning("printing %s: the painter could not finish", pdf_path)
        return ok


class PrintPreviewDialog(QDialog):
    """Preview, then Print… (system printer, with a calibration offset per printer) or Save as PDF…."""

    def __init__(self, pdf_path: Path, title: str, parent: QWidget | None = None,
                 settings: LaptopSettings | None = None, suggested_name: str = "printout.pdf") -> None:
        super().__init__(parent)
        self.setObjectName("printPreviewDialog")
        self.setWindowTitle(title)
        self.pdf_path = Path(pdf_path)
        self.settings = settings
        self.suggested_name = suggested_name
        self.printed = False
        self._fitted = False
        self.saved_to: Path | None = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setCopyCount(1)

        self.pages = PageView(self)
        count = self.pages.show_pdf(self.pdf_path)
        self.summary = QLabel(self.tr("{title}: %n pages", "", count).format(title=title),
                             objectName="printPreviewSummary")
        zoom_out = QPushButton(self.tr("Zoom out"), objectName="zoomOutButton")
        zoom_in = QPushButton(self.tr("Zoom in"), objectName="zoomInButton")
        zoom_out.clicked.connect(lambda: self.pages.set_zoom(self.pages.zoom / 1.25))
        zoom_in.clicked.connect(lambda: self.pages.set_zoom(self.pages.zoom * 1.25))
        self.print_button = QPushButton(self.tr("Print…"), objectName="printButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_now)
        self.save_button = QPushButton(self.tr("Save as PDF…"), objectName="savePdfButton")
        self.save_button.clicked.connect(lambda: self.save_as())  # clicked(bool) must not reach save_as as a path
        close = QPushButton(self.tr("Close"), objectName="closePreviewButton")
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(zoom_out)
        top.addWidget(zoom_in)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Printer offset (mm), right / down:")))
        self.offset_x = QDoubleSpinBox(objectName="offsetRight", minimum=-20, maximum=20, singleStep=0.5, decimals=1)
        self.offset_y = QDoubleSpinBox(objectName="offsetDown", minimum=-20, maximum=20, singleStep=0.5, decimals=1)
        self.offset_x.setAccessibleName(self.tr("Calibration offset to the right, in millimetres"))
        self.offset_y.setAccessibleName(self.tr("Calibration offset downwards, in millimetres"))
        for box in (self.offset_x, self.offset_y):
            box.setToolTip(self.tr("If labels print off the die cuts on this printer, shift them here; saved per "
                                   "printer."))
            bottom.addWidget(box)
        bottom.addStretch(1)
        for b in (self.save_button, self.print_button, close):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self._load_offset(self.printer.printerName())
        self.resize(900, 700)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.pages.fit_width()

    def done(self, result: int) -> None:
        self.pages.stop()  # closing while pages are still drawn: the rest are not wanted
        super().done(result)

    # --- calibration offsets, per printer ------------------------------------------------------------------------
    def _load_offset(self, printer_name: str) -> None:
        dx, dy = (self.settings.printer_offsets.get(printer_name, [0.0, 0.0]) if self.settings else [0.0, 0.0])
        self.offset_x.setValue(dx)
        self.offset_y.setValue(dy)

    def _save_offset(self, printer_name: str) -> None:
        if self.settings is None or not printer_name:
            return
        value = [self.offset_x.value(), self.offset_y.value()]
        if self.settings.printer_offsets.get(printer_name) != value:
            self.settings.printer_offsets[printer_name] = value
            try:
                self.settings.save()
            except OSError as exc:
                log.warning("printer offset not saved: %s", exc)

    # --- actions ---------------------------------------------------------------------------------------------------
    def print_now(self) -> None:
        if not printers_available():
            QMessageBox.information(self, self.tr("No printer"), self.tr(NO_PRINTER))
            return
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name = self.printer.printerName()
        if self.settings and name in self.settings.printer_offsets and \
                not (self.offset_x.value() or self.offset_y.value()):
            self._load_offset(name)
        self._save_offset(name)
        self.print_to(self.printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print every page off the GUI thread, behind a progress dialog with Cancel; tests call this with a
        PDF-file QPrinter. Cancel stops before the next page and is not an error."""
        offset = (self.offset_x.value(), self.offset_y.value())
        result = run_with_progress(self, self.tr("Printing"), self.tr("Sending pages to the printer…"),
                                   lambda progress, cancelled: print_pdf(self.pdf_path, printer, offset, progress,
                                                                         cancelled))
        ok = result.error is None and bool(result.value)
        if result.error is not None:
            show_error(self, self.tr("Not printed"), result.error)
        elif not ok and not result.cancelled:
            QMessageBox.warning(self, self.tr("Not printed"), self.tr(NOT_PRINTED))
        self.printed = ok
        return ok

    def save_as(self, target: str | None = None) -> Path | None:
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.suggested_name,
                                                    self.tr("PDF files (*.pdf)"))
            if not target:
                return None
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            shutil.copyfile(self.pdf_path, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("The PDF could not be saved: {reason}.").format(reason=exc.strerror or exc))
            return None
        self.saved_to = path
        return path
