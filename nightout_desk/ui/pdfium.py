"""PDF pages as pictures with PDFium (`pypdfium2`), for the preview and the printer, from any thread.

This PySide6 build ships no QtPdf module, and PDFium renders reportlab's embedded fonts and vector QR codes
faithfully. PDFium is not thread-safe: every call into it, from whichever thread, holds `PDFIUM` — opening and
closing a document, reading a page's size, rendering, and closing the page and its bitmap (closed here, explicitly,
so no garbage collection on another thread ever calls into PDFium outside the lock). Each caller takes the lock per
page, so the preview's renders and a print job take turns page by page.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2
from PySide6.QtGui import QImage

PDFIUM = threading.Lock()


@contextmanager
def opened(pdf_path: Path) -> Iterator[pypdfium2.PdfDocument]:
    """The document, open while the block runs (the caller takes `PDFIUM` around each use of it)."""
    with PDFIUM:
        doc = pypdfium2.PdfDocument(str(pdf_path))
    try:
        yield doc
    finally:
        with PDFIUM:
            doc.close()


def page_sizes(pdf_path: Path) -> list[tuple[float, float]]:
    """Every page's (width, height) in points, read without loading the pages."""
    with opened(pdf_path) as doc, PDFIUM:
        return [tuple(doc.get_page_size(i)) for i in range(len(doc))]


def page_count(pdf_path: Path) -> int:
    with opened(pdf_path) as doc, PDFIUM:
        return len(doc)


def render_in(doc: pypdfium2.PdfDocument, index: int, dpi: float) -> QImage:
    """Page `index` of an open document as a QImage at `dpi` (white background), under the lock."""
    with PDFIUM:
        page = doc[index]
        try:
            bitmap = page.render(scale=dpi / 72)
            try:
                pil = bitmap.to_pil().convert("RGB")
            finally:
                bitmap.close()
        finally:
            page.close()
    data = pil.tobytes("raw", "RGB")
    return QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()


def render_page(pdf_path: Path, index: int, dpi: float) -> QImage:
    """One page as a QImage at `dpi` (white background)."""
    with opened(pdf_path) as doc:
        return render_in(doc, index, dpi)
