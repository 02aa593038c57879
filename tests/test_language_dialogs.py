"""The two dialogs where an organizer chooses Spanish printouts: Event settings' "Printouts in" and the Organization
dialog's Spanish letter and receipt footer, driven through their widgets and checked on what then prints."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTabWidget

from nightout_desk.services import audit
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import organization
from nightout_desk.services.wording import language
from nightout_desk.ui.donations.organization_dialog import OrganizationDialog
from nightout_desk.ui.event_dialog import EventDialog
from tests.donation_helpers import PAL, set_up

SHOTS = os.environ.get("NIGHTOUT_SHOTS")  # a folder: the dialogs are saved there as PNG to be looked at


def _shot(widget, name: str) -> None:
    widget.show()
    widget.grab().save(os.path.join(SHOTS, name)) if SHOTS else None


def _settings_changes(desk) -> list[str]:
    return [e.summary for e in audit.recent(desk, action="setting changed")]


def test_an_organizer_chooses_spanish_printouts_in_event_settings(qtbot, sqlite_desk):
    dialog = EventDialog(sqlite_desk.db, sqlite_desk)
    qtbot.addWidget(dialog)
    choice = dialog.findChild(QComboBox, "eventLanguage")
    assert choice.isEnabled() and choice.currentData() == "en" and choice.accessibleName() == "Printouts in"
    assert [choice.itemText(i) for i in range(choice.count())] == ["English", "Español"]
    choice.setCurrentIndex(choice.findData("es"))
    _shot(dialog, "event_dialog_es.png")
    dialog.accept()
    assert language.desk_language(sqlite_desk) == "es"
    assert _settings_changes(sqlite_desk) == ["language"]
    again = EventDialog(sqlite_desk.db, sqlite_desk)
    qtbot.addWidget(again)
    assert again.findChild(QComboBox, "eventLanguage").currentData() == "es"
    again.accept()  # saved unchanged: no second audit entry
    assert _settings_changes(sqlite_desk) == ["language"]


def test_a_volunteer_sees_the_language_but_cannot_change_it(qtbot, sqlite_desk):
    volunteer = sqlite_desk.with_operator("Val", "volunteer")
    dialog = EventDialog(volunteer.db, volunteer)
    qtbot.addWidget(dialog)
    choice = dialog.findChild(QComboBox, "eventLanguage")
    assert not choice.isEnabled() and "organizer" in choice.toolTip()
    assert language.desk_language(sqlite_desk) == "en"


def test_the_first_event_can_be_set_up_in_spanish(qtbot, sqlite_db):
    dialog = EventDialog(sqlite_db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "eventName"), "Noche de Riverside")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "setupName"), "Dana Reyes")
    for name in ("setupPin", "setupPinAgain"):
        qtbot.keyClicks(dialog.findChild(QLineEdit, name), "2468")
    choice = dialog.findChild(QComboBox, "eventLanguage")
    choice.setCurrentIndex(choice.findData("es"))
    dialog.accept()
    assert dialog.findChild(QLabel, "eventError").text() == ""
    assert language.desk_language(Desk(sqlite_db, dialog.created_event.id)) == "es"


def test_the_spanish_letter_and_footer_are_edited_on_the_thank_you_letter_tab(qtbot, sqlite_desk):
    set_up(sqlite_desk, PAL)
    dialog = OrganizationDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    pages = dialog.findChild(QTabWidget, "orgPages")
    body = dialog.findChild(QPlainTextEdit, "orgLetterBodyEs")
    footer = dialog.findChild(QLineEdit, "orgFooterEs")
    assert pages.tabText(pages.indexOf(body.parentWidget())) == "Thank-you letter"
    assert body.toPlainText().startswith("Estimado/a {donor_name}") and footer.text().startswith("Conserve")
    body.setPlainText("Querido/a {donor_name}: gracias por {gift_description}.")
    footer.setText("Guarde este recibo.")
    pages.setCurrentWidget(body.parentWidget())
    _shot(dialog, "organization_letter_tab.png")
    dialog.save()
    org = organization.get(sqlite_desk)
    assert org.letter_body_es.startswith("Querido/a") and org.footer_es == "Guarde este recibo."
    assert org.letter_body.startswith("Dear {donor_name}")  # the English letter untouched
    # a placeholder that does not exist is refused in a sentence and nothing typed is lost
    dialog = OrganizationDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    dialog.findChild(QPlainTextEdit, "orgLetterBodyEs").setPlainText("Hola {nombre}")
    dialog.save()
    assert "{nombre}" in dialog.findChild(QLabel, "orgProblem").text()
    assert dialog.findChild(QPlainTextEdit, "orgLetterBodyEs").toPlainText() == "Hola {nombre}"
