"""Donations › Import donations…: the shared import dialog set up for a donations CSV."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from nightout_desk.services.donations import donation_import
from nightout_desk.ui.import_dialog import ImportDialog, ImportKind, open_import
from nightout_desk.ui.state import AppState

CONTEXT = "DonationImport"
INTRO = QT_TRANSLATE_NOOP(
    "DonationImport",
    "Import gifts from an <b>online-giving export</b> or a <b>treasurer's spreadsheet</b>: one donation per row. "
    "Donors already on file are recognised by name (and email); receipts are numbered as the rows are added. "
    "A row without a kind of gift but with an amount counts as a card / online payment. Importing the same file "
    "again adds nothing twice.")

DONATIONS = ImportKind(title=QT_TRANSLATE_NOOP("DonationImport", "Import donations"),
                       noun=QT_TRANSLATE_NOOP("DonationImport", "donations"), area="donations",
                       fields=donation_import.FIELDS, intro=INTRO, formats=donation_import.FORMATS,
                       preview=donation_import.preview, run=donation_import.run, action="donations.import")


def open_donation_import(parent: QWidget | None, state: AppState) -> ImportDialog:
    said = {name: QCoreApplication.translate(CONTEXT, getattr(DONATIONS, name)) for name in ("title", "noun", "intro")}
    return open_import(parent, state, replace(DONATIONS, **said))
