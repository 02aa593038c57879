"""Import volunteers…: the shared import dialog set up for a SignUpGenius report or a generic volunteer CSV."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from nightout_desk.services.volunteers import volunteer_import
from nightout_desk.ui.import_dialog import ImportDialog, ImportKind, open_import
from nightout_desk.ui.state import AppState

INTRO = ("Import volunteers and their shifts: a <b>SignUpGenius sign-up report</b> (Reports › Sign Up Report › "
         "export to CSV) is recognised as it is — each person once, booked on every slot they took, stations and "
         "shifts added as needed; any other list is read as a <b>generic CSV</b> where you say which column holds "
         "what. Importing the same file again adds nobody twice.")

VOLUNTEERS = ImportKind(title="Import volunteers", noun="volunteers", area="volunteers",
                        fields=volunteer_import.GENERIC_FIELDS, intro=INTRO, formats=volunteer_import.FORMATS,
                        preview=volunteer_import.preview, run=volunteer_import.run,
                        action="volunteers.import")


def open_volunteer_import(parent: QWidget | None, state: AppState) -> ImportDialog:
    return open_import(parent, state, VOLUNTEERS)
