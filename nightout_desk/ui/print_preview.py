"""Preview a PDF made by `nightout_desk.printing`, then print it on the system printer or save it (reusable).

Any area can use it: `PrintPreviewDialog(pdf_path, title, parent, settings=state.settings).exec()`; give it the
`paper` it is printed on (a label stock: `printers.paper.for_stock`) and a `job_title` when the window's title is not
what the job should be called ("Badges — Avery 5392 — 42").
Pages are rendered with PDFium (`ui/pdfium.py`, one lock for every call into it) off the GUI thread: the preview's
pages by `ui/page_view.py`, the printout by a worker behind a progress dialog with Cancel. Print… goes the way the
command line does (`nightout_desk/printers`): the paper is checked against the printer chosen in Qt's dialog (100 %
or one sentence saying what would fit), then the PDF itself goes to CUPS as a named job with every choice of the
dialog (`ui/printer_choice.py`), or is drawn at the printer's own resolution where there is no CUPS. The calibration
offset shown is always the chosen printer's (`LaptopSettings.printer_offsets`, millimetres right and down; the
preview's printer list and the dialog's both move it) and saving writes only that printer's entry. A QPrinter that
writes a PDF file (the dialog's "Print to File") gets the pages drawn at 100 %, never stretched to another size.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
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
from nightout_desk.printers import jobs
from nightout_desk.printers import paper as papers
from nightout_desk.printers.catalogue import MM, mm_text
from nightout_desk.ui.background_job import run_with_progress
from nightout_desk.ui.messages import show_error
from nightout_desk.ui.page_view import PageView
from nightout_desk.ui.pdfium import PDFIUM, opened, page_count, render_in, render_page
from nightout_desk.ui.printer_choice import PrinterOffsets, job_options, page_ranges

__all__ = ["PageView", "PrintPreviewDialog", "page_count", "print_pdf", "printers_available", "render_page"]

log = logging.getLogger(__name__)
PRINT_DPI = 300  # the most a page is drawn at for a PDF-file QPrinter (scaled up evenly to its resolution)
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
    """Paint the chosen pages onto `printer` (a PDF file, or a printer where there is no CUPS) at 100 %, on paper the
    PDF's size: PrintRefused when the printer will not take that size (Qt would quietly give another, and the pages
    used to be stretched to it, width and height apart). False if cancelled or the painter failed. Runs on any
    thread; `progress(done, total)` per page, `cancelled()` looked at before each page."""
    with opened(pdf_path) as doc:
        with PDFIUM:
            count = len(doc)
            first_w, first_h = doc.get_page_size(0)
        chosen = jobs.page_list(page_ranges(printer), count)
        printer.setFullPage(True)
        size = QPageSize(QSizeF(first_w, first_h), QPageSize.Unit.Point, "",
                         QPageSize.SizeMatchPolicy.FuzzyOrientationMatch)
        printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        got = printer.pageLayout().fullRect(QPageLayout.Unit.Point)
        if abs(got.width() - first_w) > 1.5 or abs(got.height() - first_h) > 1.5:
            raise jobs.PrintRefused(f"“{printer.printerName() or 'The printer'}” did not take "
                                    f"{mm_text(first_w, first_h)} paper, so nothing was printed.")
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            scale = printer.resolution() / 72  # device dots per point: the same across and down
            dx, dy = offset_mm[0] * MM * scale, offset_mm[1] * MM * scale
            for n, i in enumerate(chosen):
                if progress is not None:
                    progress(n, len(chosen))
                if cancelled is not None and cancelled():
                    printer.abort()
                    return False
                if n:
                    printer.newPage()
                image = render_in(doc, i, min(PRINT_DPI, printer.resolution()))
                with PDFIUM:
                    w_pt, h_pt = doc.get_page_size(i)
                painter.drawImage(QRectF(dx, dy, w_pt * scale, h_pt * scale), image)
        finally:
            ok = painter.end()
        if not ok:
            log.warning("printing %s: the painter could not finish", pdf_path)
        return ok


class PrintPreviewDialog(QDialog):
    """Preview, then Print… (system printer, with a calibration offset per printer) or Save as PDF…."""

    def __init__(self, pdf_path: Path, title: str, parent: QWidget | None = None,
                 settings: LaptopSettings | None = None, suggested_name: str = "printout.pdf",
                 paper: papers.Paper | None = None, job_title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("printPreviewDialog")
        self.setWindowTitle(title)
        self.pdf_path = Path(pdf_path)
        self.settings = settings
        self.suggested_name = suggested_name
        self.paper = paper
        self.printed = False
        self._fitted = False
        self.saved_to: Path | None = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setCopyCount(1)

        self.pages = PageView(self)
        count = self.pages.show_pdf(self.pdf_path)
        self.page_count = count
        self.job_title = job_title or f"{title} — {count} page{'s' if count != 1 else ''}"
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
        self.printer_choice = QComboBox(objectName="previewPrinter")
        self.printer_choice.setAccessibleName(self.tr("Printer whose calibration offset is shown"))
        self.printer_choice.addItems(QPrinterInfo.availablePrinterNames())
        self.printer_choice.setCurrentText(self.printer.printerName())
        self.printer_choice.setVisible(self.printer_choice.count() > 0)
        printer_label = QLabel(self.tr("Printer:"))
        printer_label.setVisible(self.printer_choice.count() > 0)
        bottom.addWidget(printer_label)
        bottom.addWidget(self.printer_choice)
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
        self.offsets = PrinterOffsets(settings, self.offset_x, self.offset_y)
        self.offsets.show_for(self.printer.printerName())
        self.printer_choice.currentTextChanged.connect(self._choose_printer)
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
    def _choose_printer(self, printer_name: str) -> None:
        """The preview's printer list (or Qt's dialog) chose a printer: its offset is shown, and used."""
        if printer_name and printer_name != self.printer_choice.currentText():
            self.printer_choice.setCurrentText(printer_name)  # comes back here through currentTextChanged
            return
        if printer_name:
            self.printer.setPrinterName(printer_name)
        self.offsets.show_for(printer_name)

    def _load_offset(self, printer_name: str) -> None:
        """Show `printer_name`'s saved offset (what was typed is not saved anywhere)."""
        self.offsets.printer = ""
        self.offsets.show_for(printer_name)

    def _save_offset(self, printer_name: str) -> None:
        """Save the boxes as `printer_name`'s offset: its entry only."""
        self.offsets.printer = printer_name
        self.offsets.keep()

    # --- actions ---------------------------------------------------------------------------------------------------
    def print_now(self) -> None:
        if not printers_available():
            QMessageBox.information(self, self.tr("No printer"), self.tr(NO_PRINTER))
            return
        self.printer.setPrinterName(self.printer_choice.currentText() or self.printer.printerName())
        dialog = QPrintDialog(self.printer, self)
        dialog.setMinMax(1, max(1, self.page_count))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
        self.offsets.follow(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            self._choose_printer(self.printer.printerName())  # the boxes show, and print with, its own offset
            self.offsets.keep()
        self.print_to(self.printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print off the GUI thread, behind a progress dialog with Cancel: to a system printer the way the command
        line does (checked, the PDF itself, a named job); a PDF-file QPrinter (tests, "Print to File") gets the pages
        drawn at 100 %. Cancel stops before the next page and is not an error."""
        offset = (self.offset_x.value(), self.offset_y.value())
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
            name, options = printer.printerName(), job_options(printer, self.job_title, offset)
            sending = self.tr("Sending “{job}” to {printer}…").format(job=self.job_title, printer=name)
            result = run_with_progress(self, self.tr("Printing"), sending,
                                       lambda _progress, _cancelled: jobs.send(self.pdf_path, self._paper(), name,
                                                                               options, lock=PDFIUM))
        else:
            result = run_with_progress(self, self.tr("Printing"), self.tr("Sending pages to the printer…"),
                                       lambda progress, cancelled: print_pdf(self.pdf_path, printer, offset,
                                                                             progress, cancelled))
        ok = result.error is None and bool(result.value)
        if result.error is not None:
            show_error(self, self.tr("Not printed"), result.error)
        elif not ok and not result.cancelled:
            QMessageBox.warning(self, self.tr("Not printed"), self.tr(NOT_PRINTED))
        self.printed = ok
        return ok

    def _paper(self) -> papers.Paper:
        """What this printout is printed on, with where its ink lies (read on the worker, PDFium locked)."""
        if self.paper is not None:
            return papers.with_ink(self.paper, self.pdf_path, PDFIUM)
        return papers.for_document(self.windowTitle(), self.pdf_path, PDFIUM)

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
