"""View › Language…: the screens' language for this laptop, used from the next start (Qt's translations are
installed once, before the first window)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from nightout_desk.config import LaptopSettings
from nightout_desk.ui.language import SETTINGS

translate = QCoreApplication.translate


def choices() -> list[str]:
    """The setting's values as the list shows them; each language named in its own words."""
    return [translate("LanguageDialog", "The system's language"), "English", "Español"]


def ask_language(parent: QWidget, settings: LaptopSettings) -> None:
    names = choices()
    current = SETTINGS.index(settings.language) if settings.language in SETTINGS else 0
    name, ok = QInputDialog.getItem(parent, translate("LanguageDialog", "Language"),
                                    translate("LanguageDialog", "Language of the screens on this laptop:"),
                                    names, current, False)
    if not ok or names.index(name) == current:
        return
    settings.language = SETTINGS[names.index(name)]
    try:
        settings.save()
    except OSError as exc:
        QMessageBox.warning(parent, translate("LanguageDialog", "Language"), translate(
            "LanguageDialog", "The language could not be kept: {why}.").format(why=exc.strerror or exc))
        return
    QMessageBox.information(parent, translate("LanguageDialog", "Language"), translate(
        "LanguageDialog", "Saved. The screens change language the next time NightOut Desk starts."))
