"""File › Import attendees…: the import dialog set up for pre-registered households."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from nightout_desk.services.checkin import attendee_import
from nightout_desk.services.checkin.attendee_columns import GENERIC_FIELDS
from nightout_desk.ui.import_dialog import ImportDialog, ImportKind, open_import
from nightout_desk.ui.state import AppState

translate = QCoreApplication.translate

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


def open_attendee_import(parent: QWidget | None, state: AppState) -> ImportDialog:
    """The dialog in the screens' language (its title, intro and noun translated when it opens)."""
    kind = replace(ATTENDEES, **{k: translate("AttendeeImport", getattr(ATTENDEES, k))
                                 for k in ("title", "noun", "intro")})
    return open_import(parent, state, kind)
