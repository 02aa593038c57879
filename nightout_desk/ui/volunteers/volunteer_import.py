"""Import volunteers…: the shared import dialog set up for a SignUpGenius report or a generic volunteer CSV."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from nightout_desk.services.volunteers import volunteer_import
from nightout_desk.ui.import_dialog import ImportDialog, ImportKind, open_import
from nightout_desk.ui.state import AppState

INTRO = QT_TRANSLATE_NOOP("VolunteerImport", "Import volunteers and their shifts: a <b>SignUpGenius sign-up report</b> "
                          "(Reports › Sign Up Report › export to CSV) is recognised as it is — each person once, "
                          "booked on every slot they took, stations and shifts added as needed; any other list is "
                          "read as a <b>generic CSV</b> where you say which column holds what. Importing the same "
                          "file again adds nobody twice.")

VOLUNTEERS = ImportKind(title=QT_TRANSLATE_NOOP("VolunteerImport", "Import volunteers"),
                        noun=QT_TRANSLATE_NOOP("VolunteerImport", "volunteers"), area="volunteers",
                        fields=volunteer_import.GENERIC_FIELDS, intro=INTRO, formats=volunteer_import.FORMATS,
                        preview=volunteer_import.preview, run=volunteer_import.run,
                        action="volunteers.import")


# the fields' labels and hints and the formats' names the services give, in the screens' language
WORDS = (
    QT_TRANSLATE_NOOP("VolunteerImport", "First name"),
    QT_TRANSLATE_NOOP("VolunteerImport", "or a full-name column"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Last name"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Full name"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Email"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Phone"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Organization"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Role"),
    QT_TRANSLATE_NOOP("VolunteerImport", "officer, civilian or youth"),
    QT_TRANSLATE_NOOP("VolunteerImport", "T-shirt size"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Birth year"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Guardian's name"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Guardian's phone"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Emergency contact"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Emergency phone"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Notes"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Station"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Shift start"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Shift end"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Recognise automatically"),
    QT_TRANSLATE_NOOP("VolunteerImport", "SignUpGenius sign-up report"),
    QT_TRANSLATE_NOOP("VolunteerImport", "Generic CSV (choose the columns)"),
)


def in_language(kind: ImportKind) -> ImportKind:
    """The kind in the screens' language (translated when opened)."""
    return kind.in_language("VolunteerImport")


def open_volunteer_import(parent: QWidget | None, state: AppState) -> ImportDialog:
    return open_import(parent, state, in_language(VOLUNTEERS))
