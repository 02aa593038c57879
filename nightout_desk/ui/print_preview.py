"""Preview a PDF made by `nightout_desk.printing`, then print it on the system printer or save it (reusable).

Any area can use it: `PrintPreviewDialog(pdf_path, title, parent, settings=state.settings).exec()`.
Pages are rendered with PDFium (`pypdfium2`): this PySide6 build ships no QtPdf module, and PDFium renders
reportlab's embedded fonts and vector QR codes faithfully. Printing rasterizes each page at about 300 dpi onto
the `QPrinter` (frescobaldi's way), shifted by the calibration offset saved for that printer in
`LaptopSettings.printer_offsets` (millimetres, right and down), so sheet labels line up with the die cuts.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.config import LaptopSettings

log = logging.getLogger(__name__)
PRINT_DPI = 300
POINTS_PER_MM = 72 / 25.4
NO_PRINTER = ("No printer is set up on this laptop. Use “Save as PDF…” and print the file from another computer, "
              "or add the printer in the system settings and try again.")


def page_count(pdf_path: Path) -> int:
    doc = pypdfium2.PdfDocument(str(pdf_path))
    try:
        return len(doc)
    finally:
        doc.close()


def render_page(pdf_path: Path, index: int, dpi: float) -> QImage:
    """One page as a QImage at `dpi` (white background)."""
    doc = pypdfium2.PdfDocument(str(pdf_path))
    try:
        return _render(doc[index], dpi)
    finally:
        doc.close()


def _render(page, dpi: float) -> QImage:  # noqa: ANN001 - a pypdfium2 page
    bitmap = page.render(scale=dpi / 72)
    pil = bitmap.to_pil().convert("RGB")
    data = pil.tobytes("raw", "RGB")
    return QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def print_pdf(pdf_path: Path, printer: QPrinter, offset_mm: tuple[float, float] = (0.0, 0.0),
              progress: QProgressDialog | None = None) -> bool:
    """Paint every page onto `printer`, each page sized like the PDF's; False if cancelled or the painter failed."""
    doc = pypdfium2.PdfDocument(str(pdf_path))
    try:
        first_w, first_h = doc[0].get_size()
        printer.setFullPage(True)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize(QRectF(0, 0, first_w, first_h).size(),
                                                              QPageSize.Unit.Point)),
                                          QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            for i in range(len(doc)):
                if progress is not None:
                    progress.setValue(i)
                    QApplication.processEvents()
                    if progress.wasCanceled():
                        printer.abort()
                        return False
                if i:
                    printer.newPage()
                page = doc[i]
                image = _render(page, PRINT_DPI)
                w_pt, h_pt = page.get_size()
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
    finally:
        doc.close()


class PageView(QScrollArea):
    """The pages one under the other, as they will print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreviewPages")
        self.setAccessibleName("Pages as they will print")
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setStyleSheet("QScrollArea { background: #777; }")
        self.zoom = 1.0
        self.pdf_path: Path | None = None

    def show_pdf(self, pdf_path: Path) -> int:
        self.pdf_path = pdf_path
        return self._render()

    def fit_width(self) -> None:
        """Zoom so that a page fills the width of the view."""
        if self.pdf_path is None:
            return
        doc = pypdfium2.PdfDocument(str(self.pdf_path))
        try:
            width_pt = doc[0].get_size()[0] if len(doc) else 612
        finally:
            doc.close()
        self.set_zoom((self.viewport().width() - 48) / (width_pt * 96 / 72))

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.25, min(4.0, zoom))
        self._render()

    def _render(self) -> int:
        box = QWidget()
        box.setStyleSheet("background: #777;")
        layout = QVBoxLayout(box)
        layout.setSpacing(16)
        layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        count = 0
        if self.pdf_path is not None:
            dpi = 96 * self.zoom * (self.devicePixelRatioF() or 1.0)
            doc = pypdfium2.PdfDocument(str(self.pdf_path))
            try:
                count = len(doc)
                for i in range(count):
                    pixmap = QPixmap.fromImage(_render(doc[i], dpi))
                    pixmap.setDevicePixelRatio(self.devicePixelRatioF() or 1.0)
                    label = QLabel()
                    label.setPixmap(pixmap)
                    label.setAccessibleName(f"Page {i + 1} of {count}")
                    label.setStyleSheet("background: white; border: 1px solid #333;")
                    layout.addWidget(label, alignment=Qt.AlignmentFlag.AlignHCenter)
            finally:
                doc.close()
        self.setWidget(box)
        return count


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
        self.summary = QLabel(f"{title}: {count} page{'s' if count != 1 else ''}", objectName="printPreviewSummary")
        zoom_out = QPushButton("Zoom out", objectName="zoomOutButton")
        zoom_in = QPushButton("Zoom in", objectName="zoomInButton")
        zoom_out.clicked.connect(lambda: self.pages.set_zoom(self.pages.zoom / 1.25))
        zoom_in.clicked.connect(lambda: self.pages.set_zoom(self.pages.zoom * 1.25))
        self.print_button = QPushButton("Print…", objectName="printButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_now)
        self.save_button = QPushButton("Save as PDF…", objectName="savePdfButton")
        self.save_button.clicked.connect(lambda: self.save_as())  # clicked(bool) must not reach save_as as a path
        close = QPushButton("Close", objectName="closePreviewButton")
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(zoom_out)
        top.addWidget(zoom_in)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel("Printer offset (mm), right / down:"))
        self.offset_x = QDoubleSpinBox(objectName="offsetRight", minimum=-20, maximum=20, singleStep=0.5, decimals=1)
        self.offset_y = QDoubleSpinBox(objectName="offsetDown", minimum=-20, maximum=20, singleStep=0.5, decimals=1)
        self.offset_x.setAccessibleName("Calibration offset to the right, in millimetres")
        self.offset_y.setAccessibleName("Calibration offset downwards, in millimetres")
        for box in (self.offset_x, self.offset_y):
            box.setToolTip("If labels print off the die cuts on this printer, shift them here; saved per printer.")
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
            QMessageBox.information(self, "No printer", NO_PRINTER)
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
        """Print every page (with a cancellable progress dialog); tests call this with a PDF-file QPrinter."""
        count = page_count(self.pdf_path)
        progress = QProgressDialog("Sending pages to the printer…", "Cancel", 0, count, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        ok = print_pdf(self.pdf_path, printer, (self.offset_x.value(), self.offset_y.value()), progress)
        progress.setValue(count)
        if not ok:
            QMessageBox.warning(self, "Not printed", "The pages were not all sent to the printer. "
                                                     "Check that it is on and has labels, then try again.")
        self.printed = ok
        return ok

    def save_as(self, target: str | None = None) -> Path | None:
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, "Save as PDF", self.suggested_name, "PDF files (*.pdf)")
            if not target:
                return None
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            shutil.copyfile(self.pdf_path, path)
        except OSError as exc:
            QMessageBox.warning(self, "Not saved", f"The PDF could not be saved: {exc.strerror or exc}.")
            return None
        self.saved_to = path
        return path
