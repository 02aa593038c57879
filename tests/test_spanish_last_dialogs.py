"""The last screens put into Spanish (issue 15): the Organization dialog, Event settings, the shortcut list of
Help › Keyboard shortcuts, the import's field list, and the print preview and printer choice, each opened on a
Spanish desk, read back for Spanish words and checked for clipped labels and buttons at most 1366x768
(`NIGHTOUT_SHOTS=DIR` saves each as PNG to be looked at)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTabWidget, QWidget

from nightout_desk.ui import language
from nightout_desk.ui.donations.organization_dialog import OrganizationDialog
from tests.donation_helpers import set_up
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
