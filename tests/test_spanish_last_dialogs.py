"""The last screens put into Spanish (issue 15): the Organization dialog, Event settings, the shortcut list of
Help › Keyboard shortcuts, the import's field list, and the print preview and printer choice, each opened on a
Spanish desk, read back for Spanish words and checked for clipped labels and buttons at most 1366x768
(`NIGHTOUT_SHOTS=DIR` saves each as PNG to be looked at)."""

from __future__ import annotations

import os
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from nightout_desk import shortcuts
from nightout_desk.services.importing import Field
from nightout_desk.services.inventory import stock as inventory
from nightout_desk.services.wording import language as printouts
from nightout_desk.ui import language
from nightout_desk.ui.donations.organization_dialog import OrganizationDialog
from nightout_desk.ui.event_dialog import EventDialog
from nightout_desk.ui.help_dialogs import ShortcutsDialog
from nightout_desk.ui.import_models import MappingModel
from nightout_desk.ui.inventory.inventory_tab import InventoryTab
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.print_preview import PrintPreviewDialog
from nightout_desk.ui.state import AppState
from tests.donation_helpers import set_up
from tests.test_donations_screen import when_shown
from tests.test_translations import clipped, tool

SHOTS = os.environ.get("NIGHTOUT_SHOTS")


@pytest.fixture
def spanish(qapp):
    tool.compile_all()
    installed = language.install_translators(qapp, "es")
    yield
    language.remove_translators(qapp, installed)


def looked_at(widget: QWidget, name: str) -> None:
    """Shown at its own size (within a 1366x768 screen), nothing clipped, saved for a person to look at."""
    widget.show()
    QApplication.processEvents()
    assert widget.width() <= 1366 and widget.height() <= 768, widget.size()
    assert not clipped(widget), clipped(widget)
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def test_the_organization_dialog_in_spanish(qtbot, sqlite_desk, spanish):
    set_up(sqlite_desk)
    dialog = OrganizationDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Recibos y cartas: la organización que los emite"
    pages = dialog.findChild(QTabWidget, "orgPages")
    assert [pages.tabText(i) for i in range(pages.count())] == [
        "Recibos", "Carta de agradecimiento", "Cifras del IRS"]
    assert dialog.findChild(QAbstractButton, "orgCharity").text().startswith("Organización exenta")
    assert dialog.findChild(QLineEdit, "orgLegalName").accessibleName() == "Nombre legal"
    for i, name in enumerate(("organization-receipts-es.png", "organization-letter-es.png",
                              "organization-figures-es.png")):
        pages.setCurrentIndex(i)
        looked_at(dialog, name)
    dialog.findChild(QLineEdit, "orgLegalName").clear()
    dialog.save()
    problem = dialog.findChild(QLabel, "orgProblem").text()
    assert problem == "Escriba el nombre legal de la organización, tal como debe aparecer en los recibos."
    assert dialog.isVisible()  # nothing lost: the form stays open with what was typed


def test_event_settings_in_spanish_with_a_spanish_date_and_error(qtbot, sqlite_desk, spanish):
    dialog = EventDialog(sqlite_desk.db, sqlite_desk)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Configuración del evento"
    assert dialog.findChild(QComboBox, "eventLanguage").accessibleName() == "Impresos en"
    date = dialog.findChild(QDateEdit, "eventDate")
    assert " de agosto de " in date.text() or " de " in date.text(), date.text()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Guardar"
    looked_at(dialog, "event-settings-es.png")
    starts = dialog.findChild(QLineEdit, "eventStarts")
    starts.setText("25:00")
    dialog.accept()
    assert dialog.findChild(QLabel, "eventError").text() == "La hora debe ser una hora como 17:00, no «25:00»."
    assert starts.text() == "25:00" and dialog.isVisible()  # nothing lost


def test_the_first_set_up_and_new_event_in_spanish(qtbot, sqlite_db, sqlite_desk, spanish):
    first = EventDialog(sqlite_db)
    qtbot.addWidget(first)
    assert first.windowTitle() == "Prepare su Noche Nacional Contra el Crimen"
    assert first.findChild(QDateEdit, "eventDate").text().split(",")[0] in (
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
    looked_at(first, "first-set-up-es.png")
    first.findChild(QLineEdit, "eventName").setText("Noche de Riverside")
    first.findChild(QLineEdit, "setupName").setText("Dana Reyes")
    first.findChild(QLineEdit, "setupPin").setText("482913")
    first.findChild(QLineEdit, "setupPinAgain").setText("482914")
    first.accept()
    assert first.findChild(QLabel, "eventError").text() == "Los dos PIN no son iguales; escríbalos de nuevo."
    new = EventDialog(sqlite_desk.db, sqlite_desk, new=True)
    qtbot.addWidget(new)
    assert new.windowTitle() == "Nuevo evento"
    looked_at(new, "new-event-es.png")


def test_the_import_field_list_says_required_and_missing_in_spanish(qtbot, spanish):
    model = MappingModel()
    fields = (Field("family_name", "Apellido", required=True), Field("phone", "Teléfono"),
              Field("email", "Correo", required=True))
    model.set_mapping(fields, ["Quién viene", "Correo"], {"email": "Correo"})
    assert [model.index(i, MappingModel.COL_FIELD).data() for i in range(3)] == [
        "Apellido (obligatorio) — falta", "Teléfono", "Correo (obligatorio)"]


def test_help_keyboard_shortcuts_in_spanish_and_the_cheat_sheet_in_the_events_language(qtbot, sqlite_desk, spanish,
                                                                                        tmp_path):
    window = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.findChild(QLabel, "statusDatabase").text().endswith("(esta computadora)")
    window.keyboard_shortcuts()
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    words = dialog.findChild(QTextBrowser, "shortcutsDialogText").toPlainText()
    for group in shortcuts.GROUPS:
        assert group.title_es in words and group.title not in words
        for s in group.shortcuts:
            label, what = s.in_language(True)
            assert label in words and what in words, label
    looked_at(dialog, "shortcuts-es.png")
    english = pypdf.PdfReader(dialog.save_cheat_sheet(str(tmp_path / "en.pdf"))).pages[0].extract_text()
    assert "Keys at the table" in english  # the event prints in English: the sheet taped to its table too
    printouts.set_language(sqlite_desk, "es")
    spanish_sheet = pypdf.PdfReader(dialog.save_cheat_sheet(str(tmp_path / "es.pdf"))).pages[0].extract_text()
    assert "Teclas en la mesa" in spanish_sheet and "En la mesa de registro" in spanish_sheet
    dialog.close()
    window.station_board.close() if getattr(window, "station_board", None) else None


def test_the_count_sheet_from_the_inventory_tab_prints_in_the_events_language(qtbot, sqlite_desk, tmp_path):
    inventory.add_item(sqlite_desk, name="Bike helmets (youth)", category="Safety", unit="helmet")
    printouts.set_language(sqlite_desk, "es")
    tab = InventoryTab(AppState(sqlite_desk))
    qtbot.addWidget(tab)
    target = tmp_path / "count.pdf"

    def save_and_close(dialog: PrintPreviewDialog) -> None:
        dialog.save_as(str(target))
        dialog.accept()

    shown = when_shown(qtbot, PrintPreviewDialog, save_and_close)
    tab.print_count_sheet()
    assert shown and target.exists()
    text = pypdf.PdfReader(str(target)).pages[0].extract_text()
    assert "Bike helmets (youth)" in text and "agosto" in text, text


def test_the_print_preview_in_spanish(qtbot, sqlite_desk, spanish, tmp_path):
    from nightout_desk.printing.cheat_sheet import write_cheat_sheet

    pdf = write_cheat_sheet(tmp_path / "cheat.pdf")
    preview = PrintPreviewDialog(pdf, "Hoja de referencia")
    qtbot.addWidget(preview)
    assert preview.findChild(QLabel, "printPreviewSummary").text() == "Hoja de referencia: 1 página"
    assert [preview.findChild(QAbstractButton, n).text() for n in ("printButton", "savePdfButton", "zoomInButton")] == [
        "Imprimir…", "Guardar como PDF…", "Acercar"]
    looked_at(preview, "print-preview-es.png")
    preview.reject()
