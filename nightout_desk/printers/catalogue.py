"""The printers this computer has, each with its paper sizes and the printable area of each (Qt's QPrinterInfo).

On Linux and macOS Qt reads CUPS (libcups, which honours ``CUPS_SERVER``), on Windows the system's spooler. Qt needs
an application object for its printer plug-in: the window has one; the command line gets a QCoreApplication here.
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4  # points per millimetre


@dataclass(frozen=True)
class PaperSize:
    key: str  # the print system's name for it ("Letter", "A4", "w175h283"…), sent back with the job
    name: str  # as people read it ("US Letter")
    width: float  # points, portrait
    height: float
    margins: tuple[float, float, float, float]  # what the printer cannot print on: left, top, right, bottom (points)

    def label(self) -> str:
        return f"{self.name} ({mm_text(self.width, self.height)})"


@dataclass(frozen=True)
class Printer:
    name: str
    sizes: tuple[PaperSize, ...]
    any_size: tuple[float, float, float, float] | None  # custom sizes it takes: min w, min h, max w, max h (points)
    duplex: bool
    resolution: int  # dots per inch it prints at (the highest it offers)
    is_default: bool


def mm_text(width: float, height: float) -> str:
    """62 × 100 mm (whole millimetres unless a tenth matters)."""
    def one(v: float) -> str:
        return f"{v / MM:.1f}".removesuffix(".0")
    return f"{one(width)} × {one(height)} mm"


_app = None  # the QCoreApplication made for the command line, kept alive


def _qt_ready() -> None:
    global _app
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        _app = QCoreApplication([])


def list_printers() -> list[Printer]:
    """Every printer, the default first."""
    _qt_ready()
    from PySide6.QtPrintSupport import QPrinterInfo

    found = [_printer(info) for info in QPrinterInfo.availablePrinters()]
    return sorted(found, key=lambda p: (not p.is_default, p.name.casefold()))


def _printer(info) -> Printer:  # noqa: ANN001 (a QPrinterInfo)
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    probe = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    sizes = []
    for size in info.supportedPageSizes():
        probe.setPageSize(size)
        m = probe.pageLayout().minimumMargins()  # points: the device's own unprintable edges for this size
        w, h = size.size(QPageSize.Unit.Point).toTuple()
        sizes.append(PaperSize(size.key(), size.name(), w, h, (m.left(), m.top(), m.right(), m.bottom())))
    any_size = None
    if info.supportsCustomPageSizes():
        low = info.minimumPhysicalPageSize().size(QPageSize.Unit.Point)
        high = info.maximumPhysicalPageSize().size(QPageSize.Unit.Point)
        any_size = (low.width(), low.height(), high.width(), high.height())
    duplex = any(mode.name != "DuplexNone" for mode in info.supportedDuplexModes())
    resolution = max(info.supportedResolutions() or [600])
    return Printer(info.printerName(), tuple(sizes), any_size, duplex, resolution, info.isDefault())
