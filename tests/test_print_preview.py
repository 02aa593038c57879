"""The print preview every area opens: its buttons clicked as a volunteer clicks them (pytest-qt, offscreen)."""

from __future__ import annotations

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from reportlab.pdfgen import canvas

from nightout_desk.ui.print_preview import PrintPreviewDialog


def _printout(path) -> None:
    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "Thank you, Riverside Grocery")
    c.showPage()
    c.drawString(72, 720, "Second page")
    c.save()


def test_save_as_pdf_button_saves_the_printout_where_the_volunteer_chose(qtbot, tmp_path, monkeypatch):
    source = tmp_path / "made.pdf"
    _printout(source)
    target = tmp_path / "for the lieutenant"  # typed without .pdf: the dialog adds it
    asked = []

    def choose(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog = PrintPreviewDialog(source, "Thank-you letters", suggested_name="letters.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # the real button, clicked(bool) and all
    saved = tmp_path / "for the lieutenant.pdf"
    assert asked == ["letters.pdf"]
    assert dialog.saved_to == saved
    pages = pypdf.PdfReader(str(saved)).pages
    assert len(pages) == 2 and "Thank you, Riverside Grocery" in pages[0].extract_text()


def test_save_as_pdf_cancelled_saves_nothing(qtbot, tmp_path, monkeypatch):
    source = tmp_path / "made.pdf"
    _printout(source)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog = PrintPreviewDialog(source, "Badges")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_to is None and sorted(p.name for p in tmp_path.iterdir()) == ["made.pdf"]
