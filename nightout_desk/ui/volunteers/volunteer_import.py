"""Import volunteers…: the shared import dialog set up for a SignUpGenius report or a generic volunteer CSV."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from nightout_desk.services.volunteers import volunteer_import
from nightout_desk.ui.import_dialog import ImportDialog, ImportKind, open_import
from nightout_desk.ui.state import AppState

translate = QCoreApplication.translate

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


def open_volunteer_import(parent: QWidget | None, state: AppState) -> ImportDialog:
    """The dialog in the screens' language (its title, intro and noun translated when it opens)."""
    kind = replace(VOLUNTEERS, **{k: translate("VolunteerImport", getattr(VOLUNTEERS, k))
                                  for k in ("title", "noun", "intro")})
    return open_import(parent, state, kind)
