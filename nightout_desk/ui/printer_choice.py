"""What the print dialog chose, as a print job for `nightout_desk/printers`, and each printer's own calibration.

`job_options` reads everything Qt's print dialog offers: page ranges in both of its forms ("Pages from 2 to 3" sets the
QPrinter's page ranges; "Pages: 2-3" is kept as a CUPS option only), copies, collation, two-sided printing, odd or
even pages and reverse order (CUPS options, passed on). `PrinterOffsets` keeps the offset boxes on the chosen
printer: they always show that printer's saved offset, follow a change of printer in the preview or in the print
dialog, and saving writes that printer's entry and no other.
"""

from __future__ import annotations

import logging

from PySide6.QtPrintSupport import QPrintDialog, QPrintEngine, QPrinter
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox

from nightout_desk.config import LaptopSettings
from nightout_desk.printers.jobs import JobOptions

log = logging.getLogger(__name__)
CUPS_OPTIONS = 0xFE00  # QPrintEngine's PPK_CupsOptions: the dialog's choices that only CUPS applies, as key, value…
PASSED_ON = ("page-set", "outputorder")  # odd/even pages, reverse order: the print system's to apply
TWO_SIDED = {QPrinter.DuplexMode.DuplexLongSide: "long-edge", QPrinter.DuplexMode.DuplexShortSide: "short-edge",
             QPrinter.DuplexMode.DuplexAuto: "long-edge"}


def cups_options(printer: QPrinter) -> dict[str, str]:
    try:
        values = printer.printEngine().property(QPrintEngine.PrintEnginePropertyKey(CUPS_OPTIONS))
    except (ValueError, TypeError):  # not a CUPS print engine
        return {}
    values = [str(v) for v in (values or [])]
    return dict(zip(values[::2], values[1::2], strict=False))


def page_ranges(printer: QPrinter) -> str:
    """"2-3" from either form of the dialog's page choice; "" for every page."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and not printer.pageRanges().isEmpty():
        return printer.pageRanges().toString()
    return cups_options(printer).get("page-ranges", "")


def job_options(printer: QPrinter, title: str, offset_mm: tuple[float, float]) -> JobOptions:
    cups = cups_options(printer)
    extra = tuple((k, v) for k, v in cups.items() if k in PASSED_ON and v)
    return JobOptions(title, copies=max(1, printer.copyCount()), collate=printer.collateCopies(),
                      pages=page_ranges(printer), two_sided=TWO_SIDED.get(printer.duplex(), ""),
                      offset_mm=offset_mm, extra=extra)


class PrinterOffsets:
    """The calibration boxes of one preview, kept on the chosen printer (see the module's docstring)."""

    def __init__(self, settings: LaptopSettings | None, right: QDoubleSpinBox, down: QDoubleSpinBox) -> None:
        self.settings = settings
        self.right, self.down = right, down
        self.printer = ""

    @property
    def value(self) -> tuple[float, float]:
        return (self.right.value(), self.down.value())

    def show_for(self, printer_name: str) -> None:
        """Show this printer's saved offset; what was typed for the printer before is kept under its own name."""
        if printer_name == self.printer:
            return
        self.keep()
        self.printer = printer_name
        saved = self.settings.printer_offsets.get(printer_name, [0.0, 0.0]) if self.settings else [0.0, 0.0]
        self.right.setValue(saved[0])
        self.down.setValue(saved[1])

    def keep(self) -> None:
        """Save the boxes as the current printer's offset (that entry only; nothing written when unchanged)."""
        if self.settings is None or not self.printer:
            return
        value = [self.right.value(), self.down.value()]
        if self.settings.printer_offsets.get(self.printer, [0.0, 0.0]) == value:
            return
        self.settings.printer_offsets[self.printer] = value
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("printer offset not saved: %s", exc)

    def follow(self, dialog: QPrintDialog) -> None:
        """Follow the printer chosen in Qt's own print dialog while it is open (its list is named "printers")."""
        chosen = dialog.findChild(QComboBox, "printers")
        if chosen is not None:
            chosen.currentTextChanged.connect(lambda name: self.show_for(name) if name else None)
