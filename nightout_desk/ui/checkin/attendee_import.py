"""File › Import attendees…: the import dialog set up for pre-registered households."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from nightout_desk.services.checkin import attendee_import
from nightout_desk.services.checkin.attendee_columns import GENERIC_FIELDS
from nightout_desk.ui.import_dialog import ImportDialog, ImportKind, open_import
from nightout_desk.ui.state import AppState

INTRO = QT_TRANSLATE_NOOP("AttendeeImport", "Import the families who signed up in advance: an <b>Eventbrite attendee "
                          "report</b> (Orders › Attendee report › Export to CSV) is recognised as it is — one "
                          "household per order; any other list is read as a <b>generic CSV</b> where you say which "
                          "column holds what. Eventbrite's barcode, attendee and order numbers (or a ticket-code "
                          "column) are kept, so the ticket on a parent's phone checks the family in. Importing the "
                          "same file again adds nothing twice, only the codes of tickets bought since.")

ATTENDEES = ImportKind(title=QT_TRANSLATE_NOOP("AttendeeImport", "Import attendees"),
                       noun=QT_TRANSLATE_NOOP("AttendeeImport", "households"), area="households",
                       fields=GENERIC_FIELDS, intro=INTRO, formats=attendee_import.FORMATS,
                       preview=attendee_import.preview, run=attendee_import.run, action="checkin.import")


# the fields' labels and hints and the formats' names the services give, in the screens' language
WORDS = (
    QT_TRANSLATE_NOOP("AttendeeImport", "Family name"),
    QT_TRANSLATE_NOOP("AttendeeImport", "or a full-name column"),
    QT_TRANSLATE_NOOP("AttendeeImport", "Full name"),
    QT_TRANSLATE_NOOP("AttendeeImport", "“Smith, John” or “John Smith”"),
    QT_TRANSLATE_NOOP("AttendeeImport", "First names"),
    QT_TRANSLATE_NOOP("AttendeeImport", "Phone"),
    QT_TRANSLATE_NOOP("AttendeeImport", "Email"),
    QT_TRANSLATE_NOOP("AttendeeImport", "ZIP"),
    QT_TRANSLATE_NOOP("AttendeeImport", "Neighbourhood"),
    QT_TRANSLATE_NOOP("AttendeeImport", "Adults"),
    QT_TRANSLATE_NOOP("AttendeeImport", "Kids"),
    QT_TRANSLATE_NOOP("AttendeeImport", "People in the party"),
    QT_TRANSLATE_NOOP("AttendeeImport", "adults = people − kids"),
    QT_TRANSLATE_NOOP("AttendeeImport", "Ticket code"),
    QT_TRANSLATE_NOOP("AttendeeImport", "scanned at the desk, it finds the family"),
    QT_TRANSLATE_NOOP("AttendeeImport", "Notes"),
    QT_TRANSLATE_NOOP("AttendeeImport", "Consent to contact"),
    QT_TRANSLATE_NOOP("AttendeeImport", "Recognise automatically"),
    QT_TRANSLATE_NOOP("AttendeeImport", "Eventbrite attendee report"),
    QT_TRANSLATE_NOOP("AttendeeImport", "Generic CSV (choose the columns)"),
)


def in_language(kind: ImportKind) -> ImportKind:
    """The kind in the screens' language (translated when opened)."""
    return kind.in_language("AttendeeImport")


def open_attendee_import(parent: QWidget | None, state: AppState) -> ImportDialog:
    return open_import(parent, state, in_language(ATTENDEES))
