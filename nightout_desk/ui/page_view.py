"""The preview's pages, one under the other, rendered off the GUI thread.

Each page first shows as a white placeholder of its printed size; a `PageRenderer` thread renders the pages (the
one in view first, then those after it, then those before) and each appears as it is done. A zoom resizes the
placeholders at once and starts a new pass; the old pass stops at its next page and anything it still delivers is
dropped (each pass has a generation number). Closing the view stops its pass the same way; a thread that is still
finishing a page is kept in `_passes` until it has ended (a QThread must not be deleted while it runs), and the
process waits for the last page at exit.
"""

from __future__ import annotations

import atexit
import logging
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QThread, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from nightout_desk.ui.pdfium import opened, page_sizes, render_in

log = logging.getLogger(__name__)
SCREEN_DPI = 96
_passes: set[PageRenderer] = set()  # passes that may still run, kept from the garbage collector until they end


@atexit.register
def _finish_passes() -> None:
    for renderer in list(_passes):
        renderer.stop()
        renderer.wait()


class PageRenderer(QThread):
    """Renders the pages of one PDF at one resolution, in the given order, until stopped."""

    rendered = Signal(int, int, QImage)  # generation, page index, picture

    def __init__(self, pdf_path: Path, dpi: float, order: list[int], generation: int) -> None:
        super().__init__()
        self.pdf_path = pdf_path
        self.dpi = dpi
        self.order = order
        self.generation = generation
        self._stop = threading.Event()
        _passes.difference_update([p for p in _passes if p.isFinished()])  # freed here, outside their signals
        _passes.add(self)

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            with opened(self.pdf_path) as doc:
                for index in self.order:
                    if self._stop.is_set():
                        return
                    self.rendered.emit(self.generation, index, render_in(doc, index, self.dpi))
        except Exception:  # a page that cannot be drawn stays a placeholder; the log says why
            log.exception("previewing %s", self.pdf_path)


class PageView(QScrollArea):
    """The pages one under the other, as they will print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreviewPages")
        self.setAccessibleName(self.tr("Pages as they will print"))
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setStyleSheet("QScrollArea { background: #777; }")
        self.zoom = 1.0
        self.pdf_path: Path | None = None
        self.sizes: list[tuple[float, float]] = []
        self.pages: list[QLabel] = []
        self.generation = 0
        self.renderer: PageRenderer | None = None
        self._started: int | None = None  # the generation whose pass was started
        self._kick = QTimer(self, singleShot=True, interval=0)  # several zooms in a row make one pass
        self._kick.timeout.connect(self._start)

    # --- what is shown ---------------------------------------------------------------------------------------------
    def show_pdf(self, pdf_path: Path) -> int:
        """Lay out a placeholder per page; the pages are rendered once the view is shown. Returns the page count."""
        self.pdf_path = Path(pdf_path)
        self.sizes = page_sizes(self.pdf_path)
        box = QWidget()
        box.setStyleSheet("background: #777;")
        layout = QVBoxLayout(box)
        layout.setSpacing(16)
        layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages = []
        for i in range(len(self.sizes)):
            label = QLabel(self.tr("Page {page}…").format(page=i + 1), alignment=Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(self.tr("Page {page} of {pages}").format(page=i + 1, pages=len(self.sizes)))
            label.setStyleSheet("background: white; border: 1px solid #333; color: #999;")
            layout.addWidget(label, alignment=Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(label)
        self.setWidget(box)
        self._size_placeholders()
        self._schedule()
        return len(self.sizes)

    def fit_width(self) -> None:
        """Zoom so that a page fills the width of the view."""
        if self.pdf_path is None:
            return
        width_pt = self.sizes[0][0] if self.sizes else 612
        self.set_zoom((self.viewport().width() - 48) / (width_pt * SCREEN_DPI / 72))

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.25, min(4.0, zoom))
        self._size_placeholders()
        self._schedule()

    def page_pixels(self, index: int) -> tuple[int, int]:
        """A page's size on screen at the current zoom, in device-independent pixels."""
        w_pt, h_pt = self.sizes[index]
        scale = self.zoom * SCREEN_DPI / 72
        return round(w_pt * scale), round(h_pt * scale)

    def _size_placeholders(self) -> None:
        self.generation += 1  # anything rendered before this zoom is stale
        ratio = self.devicePixelRatioF() or 1.0
        for i, label in enumerate(self.pages):
            w, h = self.page_pixels(i)
            label.setFixedSize(w + 2, h + 2)  # the 1 px border on each side
            old = label.pixmap()
            if old is not None and not old.isNull():  # the old picture, stretched, until the new one comes
                stretched = old.scaled(round(w * ratio), round(h * ratio), Qt.AspectRatioMode.IgnoreAspectRatio,
                                       Qt.TransformationMode.FastTransformation)
                stretched.setDevicePixelRatio(ratio)
                label.setPixmap(stretched)

    # --- rendering, off the GUI thread -----------------------------------------------------------------------------
    def _schedule(self) -> None:
        """Start a rendering pass when control returns to the event loop."""
        self._kick.start()

    def _start(self) -> None:
        if self.pdf_path is None or not self.pages or not self.isVisible() or self._started == self.generation:
            return
        self.stop()
        self._started = self.generation
        ratio = self.devicePixelRatioF() or 1.0
        self.renderer = PageRenderer(self.pdf_path, SCREEN_DPI * self.zoom * ratio, self._order(), self.generation)
        self.renderer.rendered.connect(self._rendered)
        self.renderer.start()

    def _order(self) -> list[int]:
        """The first page in view, the pages after it, then those before it."""
        top = self.verticalScrollBar().value()
        first = next((i for i, label in enumerate(self.pages) if label.geometry().bottom() >= top), 0)
        return [*range(first, len(self.pages)), *range(first)]

    def _rendered(self, generation: int, index: int, image: QImage) -> None:
        if generation != self.generation or index >= len(self.pages):
            return  # rendered for a zoom (or a document) no longer shown
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF() or 1.0)
        self.pages[index].setPixmap(pixmap)
        self.pages[index].setProperty("renderedFor", generation)

    def rendered_pages(self) -> int:
        """How many pages show their picture at the current zoom (the others are still placeholders)."""
        return sum(1 for label in self.pages if label.property("renderedFor") == self.generation)

    def stop(self) -> None:
        """Stop the pass under way (it ends after its current page); what it still sends is dropped."""
        if self.renderer is not None:
            self.renderer.rendered.disconnect(self._rendered)
            self.renderer.stop()
            self.renderer = None
        self._started = None

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)
        self._schedule()
