"""Sending a printout to a printer: checked first, then the app's own PDF at 100 %, as a job named after what it is.

Where the print system takes PDF (CUPS, on Linux and macOS) the PDF itself goes, with `lp`: text and QR codes reach
the printer as vectors, and CUPS applies the paper, copies, collation, two-sided printing and page ranges. Elsewhere
(Windows) each page is drawn through Qt at the printer's own resolution, pixel for pixel, on a page the size of the
paper. A calibration offset (millimetres right and down, per printer) moves the content — as vectors, in a copy of
the PDF made here — never the paper. `send` returns once the print system accepted the job, and raises otherwise.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from nightout_desk.printers.catalogue import MM, PaperSize, Printer, list_printers
from nightout_desk.printers.fit import check
from nightout_desk.printers.paper import Paper, page_sizes
from nightout_desk.services.errors import UserError

SIDES = {"": "one-sided", "long-edge": "two-sided-long-edge", "short-edge": "two-sided-short-edge"}


class PrintRefused(UserError):
    """The printout does not fit the printer (or there is no such printer): nothing was sent."""


class PrintFailed(UserError):
    """The print system did not take the job."""


@dataclass(frozen=True)
class JobOptions:
    title: str  # the job's name in the queue: "Badges — Avery 5392 — 42"
    copies: int = 1
    collate: bool = True
    pages: str = ""  # page ranges, "2-3,5"; "" for every page
    two_sided: str = ""  # "", "long-edge" or "short-edge"
    offset_mm: tuple[float, float] = (0.0, 0.0)  # the printer's calibration: right, down
    extra: tuple[tuple[str, str], ...] = ()  # other print-system options chosen in a dialog ("page-set", "odd")


@dataclass(frozen=True)
class Sent:
    printer: str
    job: str  # the print system's id for it ("LetterOnly-12"); "" where it gives none
    title: str
    pages: int  # pages of the printout sent (before copies)


def uses_cups() -> bool:
    return sys.platform != "win32" and shutil.which("lp") is not None


def prepare(paper: Paper, printer_name: str, printers: list[Printer] | None = None) -> tuple[Printer, PaperSize]:
    """The printer and its paper for this printout, or PrintRefused in one sentence."""
    printers = list_printers() if printers is None else printers
    printer = next((p for p in printers if p.name == printer_name), None)
    if printer is None:
        names = ", ".join(f"“{p.name}”" for p in printers) or "none"
        raise PrintRefused(f"There is no printer called “{printer_name}” on this computer (it has: {names}).")
    fit = check(paper, printer, printers)
    if not fit.ok:
        raise PrintRefused(fit.problem)
    return printer, fit.size


def page_list(ranges: str, count: int) -> list[int]:
    """"2-3,5" -> [1, 2, 4] (0-based); "" -> every page. A range outside the printout is refused in a sentence."""
    if not ranges.strip():
        return list(range(count))
    chosen: list[int] = []
    for part in ranges.replace(" ", "").split(","):
        m = re.fullmatch(r"(\d+)(?:-(\d*))?", part)
        if not m:
            raise PrintRefused(f"“{ranges}” is not a page range like 2-3,5.")
        first = int(m.group(1))
        last = first if m.group(2) is None else int(m.group(2) or count)
        if not 1 <= first <= last <= count:
            many = "s" if count != 1 else ""
            raise PrintRefused(f"Pages {part} are not in this printout: it has {count} page{many}.")
        chosen += [p - 1 for p in range(first, last + 1) if p - 1 not in chosen]
    return chosen


def send(pdf_path: Path, paper: Paper, printer_name: str, options: JobOptions,
         lock: AbstractContextManager | None = None, printers: list[Printer] | None = None) -> Sent:
    """Check, then send; returns when the print system accepted the job (PrintRefused / PrintFailed otherwise).
    `lock` is held around calls into PDFium (the window passes ui/pdfium.PDFIUM); `printers`, when the caller
    already listed them, spares asking the print system again."""
    printer, size = prepare(paper, printer_name, printers)
    count = len(page_sizes(pdf_path, lock))
    pages = page_list(options.pages, count)
    if options.copies < 1:
        raise PrintRefused("Print at least one copy.")
    with tempfile.TemporaryDirectory(prefix="nightout-print-") as folder:
        source = pdf_path
        if any(options.offset_mm):
            source = shifted(pdf_path, options.offset_mm, Path(folder) / "shifted.pdf", lock)
        if uses_cups():
            job = _lp(source, printer, size, options)
        else:
            job = _drawn(source, printer, size, options, pages, lock)
    return Sent(printer.name, job, options.title, len(pages))


def _lp(pdf: Path, printer: Printer, size: PaperSize, options: JobOptions) -> str:
    command = ["lp", "-d", printer.name, "-t", options.title, "-n", str(options.copies),
               "-o", f"media={size.key}", "-o", "print-scaling=none", "-o", "fit-to-page=false",
               "-o", f"collate={'true' if options.collate else 'false'}",
               "-o", f"sides={SIDES[options.two_sided] if printer.duplex else 'one-sided'}"]
    for key, value in options.extra:
        command += ["-o", f"{key}={value}"]
    if options.pages.strip():
        command += ["-P", options.pages.replace(" ", "")]
    done = subprocess.run([*command, "--", str(pdf)], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or ["no reason given"])[-1].removeprefix("lp: ")
        raise PrintFailed(f"“{printer.name}” did not take the job: {why.rstrip('.')}.")
    m = re.search(r"request id is (\S+)", done.stdout)
    return m.group(1) if m else ""


def shifted(pdf_path: Path, offset_mm: tuple[float, float], target: Path,
            lock: AbstractContextManager | None = None) -> Path:
    """A copy of the PDF with every page's content moved right and down by `offset_mm`, still vectors."""
    import pypdfium2

    dx, dy = offset_mm[0] * MM, offset_mm[1] * MM
    with lock or nullcontext():
        src = pypdfium2.PdfDocument(str(pdf_path))
        out = pypdfium2.PdfDocument.new()
        try:
            for i in range(len(src)):
                width, height = src.get_page_size(i)
                page = out.new_page(width, height)
                content = src.page_as_xobject(i, out)
                placed = content.as_pageobject()
                placed.transform(pypdfium2.PdfMatrix().translate(dx, -dy))  # PDF's y axis points up
                page.insert_obj(placed)
                page.gen_content()
                page.close()
            out.save(str(target))
        finally:
            out.close()
            src.close()
    return target


def _drawn(pdf: Path, printer: Printer, size: PaperSize, options: JobOptions, pages: list[int],
           lock: AbstractContextManager | None) -> str:
    """No CUPS: each page drawn at the printer's resolution, one image pixel to one printer dot, at 100 %."""
    import pypdfium2
    from PySide6.QtCore import QMarginsF, QPointF, QSizeF
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    qprinter = QPrinter(QPrinterInfo.printerInfo(printer.name), QPrinter.PrinterMode.HighResolution)
    qprinter.setResolution(printer.resolution)
    qprinter.setDocName(options.title)
    qprinter.setFullPage(True)
    page_size = QPageSize(QSizeF(size.width, size.height), QPageSize.Unit.Point, size.name,
                          QPageSize.SizeMatchPolicy.ExactMatch)
    qprinter.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    qprinter.setDuplex({"": QPrinter.DuplexMode.DuplexNone, "long-edge": QPrinter.DuplexMode.DuplexLongSide,
                        "short-edge": QPrinter.DuplexMode.DuplexShortSide}[options.two_sided])
    qprinter.setCopyCount(options.copies)
    qprinter.setCollateCopies(options.collate)
    ours = 1 if qprinter.supportsMultipleCopies() else options.copies  # copies the driver will not make
    order = ([p for _ in range(ours) for p in pages] if options.collate else
             [p for p in pages for _ in range(ours)])
    dpi = qprinter.resolution()
    painter = QPainter()
    if not painter.begin(qprinter):
        raise PrintFailed(f"“{printer.name}” could not be opened for printing.")
    try:
        with lock or nullcontext():
            doc = pypdfium2.PdfDocument(str(pdf))
        for n, index in enumerate(order):
            if n:
                qprinter.newPage()
            with lock or nullcontext():
                page = doc[index]
                bitmap = page.render(scale=dpi / 72)
                pil = bitmap.to_pil().convert("RGB")
                bitmap.close()
                page.close()
            image = QImage(pil.tobytes("raw", "RGB"), pil.width, pil.height, pil.width * 3,
                           QImage.Format.Format_RGB888)
            painter.drawImage(QPointF(0, 0), image)  # same dots per inch: 100 %, never stretched
        with lock or nullcontext():
            doc.close()
    finally:
        ok = painter.end()
    if not ok:
        raise PrintFailed(f"“{printer.name}” did not take every page.")
    return ""
