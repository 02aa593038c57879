"""The Donations and Reports screens in Spanish (issue 15): words, plurals and services' sentences in Spanish, the
report built in the screens' language even for an English event, nothing clipped at 1366x768."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from nightout_desk.services.donations import donors
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.wording.language import desk_language
from nightout_desk.ui import language
from nightout_desk.ui.donations.donation_dialog import DonationDialog
from nightout_desk.ui.donations.donations_tab import DonationsTab
from nightout_desk.ui.reports.reports_tab import ReportsTab
from nightout_desk.ui.state import AppState

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)


@pytest.fixture
def spanish(qapp):
    tool.compile_all()
    installed = language.install_translators(qapp, "es")
    yield
    language.remove_translators(qapp, installed)
    assert language.screens_language() == "en"


def clipped(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and widget.pixmap().isNull():
            if widget.sizeHint().width() > widget.width():
                found.append(f"label {widget.text()!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.minimumSizeHint().width() > widget.width():
                found.append(f"button {widget.text()!r}")
    return found


def test_the_reports_screen_speaks_spanish_for_an_english_event(qtbot, sqlite_desk, spanish):
    assert desk_language(sqlite_desk) == "en"
    tab = ReportsTab(AppState(sqlite_desk))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.report.language == "es"
    assert tab.findChild(QAbstractButton, "printReportButton").text() == "Imprimir / vista previa…"
    assert "Sin datos todavía" in tab.findChild(QLabel, "reportTileValue0").text()
    assert "Sin datos todavía — todavía no se ha registrado a nadie." in tab.findChild(QLabel, "chartArrivals").text()
    assert "No se registraron incidentes esta noche." in tab.findChild(QLabel, "reportIncidents").text()
    assert not clipped(tab), clipped(tab)


def test_the_donations_screen_in_spanish_counts_and_explains(qtbot, sqlite_desk, spanish):
    zoe = donors.add_donor(sqlite_desk, kind="person", name="Zoë Nguyễn-O'Brien")
    donations.record(sqlite_desk, zoe.id, kind="cash", amount="25")
    tab = DonationsTab(AppState(sqlite_desk))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.findChild(QAbstractButton, "recordDonationButton").text() == "Registrar donación…  (Ctrl+N)"
    assert tab.totals.text().startswith("1 donante · 1 donación · $25.00 en dinero")
    assert tab.donations_model.headerData(2, Qt.Orientation.Horizontal) == "Tipo"
    assert tab.donations_model.data(tab.donations_model.index(0, 2)) == "Efectivo"
    assert not clipped(tab), clipped(tab)

    dialog = DonationDialog(sqlite_desk, tab, donor_id=zoe.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.amount, "12,50")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text().startswith("El monto «12,50» tiene las comas en lugares equivocados")
    assert dialog.isVisible()
