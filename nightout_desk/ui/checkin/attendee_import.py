"""File › Import attendees…: the import dialog set up for pre-registered households."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from nightout_desk.services.checkin import attendee_import
from nightout_desk.services.checkin.attendee_columns import GENERIC_FIELDS
from nightout_desk.ui.import_dialog import ImportDialog, ImportKind, open_import
from nightout_desk.ui.state import AppState

INTRO = ("Import the families who signed up in advance: an <b>Eventbrite attendee report</b> (Orders › Attendee "
         "report › Export to CSV) is recognised as it is — one household per order; any other list is read as a "
         "<b>generic CSV</b> where you say which column holds what. Eventbrite's barcode, attendee and order numbers "
         "(or a ticket-code column) are kept, so the ticket on a parent's phone checks the family in. Importing the "
         "same file again adds nothing twice, only the codes of tickets bought since.")

ATTENDEES = ImportKind(title="Import attendees", noun="households", area="households", fields=GENERIC_FIELDS,
                       intro=INTRO, formats=attendee_import.FORMATS, preview=attendee_import.preview,
                       run=attendee_import.run, action="checkin.import")


def open_attendee_import(parent: QWidget | None, state: AppState) -> ImportDialog:
    return open_import(parent, state, ATTENDEES)
