"""Qt's own print dialog, shown offscreen against the tests' CUPS (tests/print_system.py): every choice it offers
reaches the print job, and the calibration offset shown is always the chosen printer's."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QRadioButton, QSpinBox
from reportlab.pdfgen.canvas import Canvas

from nightout_desk.config import LaptopSettings
from nightout_desk.printers import jobs
from nightout_desk.printers import paper as papers
from nightout_desk.ui.printer_choice import PrinterOffsets, job_options
from tests.print_system import ANY_PAPER, LETTER_ONLY


def _seven_pages(path):
    c = Canvas(str(path), pagesize=(612, 792))
    for n in range(1, 8):
        c.drawString(72, 700, f"Page number {n}")
        c.showPage()
    c.save()
    return path


def _dialog(qtbot, printer, pick):
    dialog = QPrintDialog(printer)
    dialog.setMinMax(1, 7)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    qtbot.addWidget(dialog)
    dialog.show()
    chooser = dialog.findChild(QComboBox, "printers")
    chooser.setCurrentIndex(chooser.findText(pick))
    return dialog


@pytest.mark.parametrize("form", ["from-to", "typed"])
def test_both_forms_of_page_range_copies_collation_and_two_sided_reach_the_job(print_system, qtbot, tmp_path, form):
    """Defect 3: "Pages from 2 to 3" was ignored (all 7 pages printed) while "Pages: 2-3" worked."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = _dialog(qtbot, printer, LETTER_ONLY)
    if form == "from-to":
        dialog.findChild(QRadioButton, "printRange").setChecked(True)
        dialog.findChild(QSpinBox, "from").setValue(2)
        dialog.findChild(QSpinBox, "to").setValue(3)
    else:
        dialog.findChild(QRadioButton, "pagesRadioButton").setChecked(True)
        dialog.findChild(QLineEdit, "pagesLineEdit").setText("2-3")
    dialog.findChild(QSpinBox, "copies").setValue(2)
    dialog.findChild(QCheckBox, "collate").setChecked(form == "typed")
    dialog.findChild(QRadioButton, "duplexLong").setChecked(True)
    dialog.accept()
    assert printer.printerName() == LETTER_ONLY
    options = job_options(printer, "Report — test", (0.0, 0.0))
    assert (options.pages, options.copies, options.collate, options.two_sided) == ("2-3", 2, form == "typed",
                                                                                   "long-edge")

    pdf = _seven_pages(tmp_path / "seven.pdf")
    sent = jobs.send(pdf, papers.for_document("The test", pdf), printer.printerName(), options)
    printed = print_system.output(int(sent.job.rsplit("-", 1)[1]))
    texts = [p.extract_text().strip() for p in pypdf.PdfReader(printed).pages]
    job = next(j for j in print_system.jobs(LETTER_ONLY) if j.id == int(sent.job.rsplit("-", 1)[1]))
    assert job.name == "Report — test" and job.attributes["sides"] == "two-sided-long-edge"
    assert job.attributes["copies"] == "2" and job.attributes["page-ranges"] == "2-3"
    if options.collate:  # collated copies are whole sets in the job; uncollated ones the printer makes itself
        assert texts == ["Page number 2", "Page number 3"] * 2
    else:
        assert texts == ["Page number 2", "Page number 3"]


def test_the_offset_shown_follows_the_printer_chosen_and_saves_only_its_own(print_system, qtbot, tmp_path,
                                                                           monkeypatch):
    """Defect 2: the preview showed Qt's first printer's offset, printing to another printer used it, and saved it
    as that printer's. Now the boxes follow the printer chosen in the dialog and keep each printer's entry apart."""
    monkeypatch.setenv("NIGHTOUT_CONFIG_DIR", str(tmp_path))
    settings = LaptopSettings()
    settings.printer_offsets = {ANY_PAPER: [0.0, 0.0], LETTER_ONLY: [2.0, 1.5]}
    settings.save()
    right, down = QDoubleSpinBox(minimum=-20, maximum=20), QDoubleSpinBox(minimum=-20, maximum=20)
    qtbot.addWidget(right)
    qtbot.addWidget(down)
    offsets = PrinterOffsets(settings, right, down)
    offsets.show_for(LETTER_ONLY)
    assert offsets.value == (2.0, 1.5)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(LETTER_ONLY)
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    offsets.follow(dialog)
    dialog.show()
    chooser = dialog.findChild(QComboBox, "printers")
    chooser.setCurrentIndex(chooser.findText(ANY_PAPER))
    assert offsets.printer == ANY_PAPER and offsets.value == (0.0, 0.0)
    dialog.accept()
    offsets.keep()
    assert LaptopSettings.load().printer_offsets == {ANY_PAPER: [0.0, 0.0], LETTER_ONLY: [2.0, 1.5]}
    right.setValue(1.0)  # calibrating AnyPaper, then looking at LetterOnly's: each keeps its own
    offsets.show_for(LETTER_ONLY)
    assert offsets.value == (2.0, 1.5)
    assert LaptopSettings.load().printer_offsets == {ANY_PAPER: [1.0, 0.0], LETTER_ONLY: [2.0, 1.5]}
