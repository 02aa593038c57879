"""The screens' language: English or Spanish, from the laptop setting `language` ("system", "en", "es").

The translations are Qt's: each area's compiled .qm (resources/translations/<language>/<area>.qm, made by
tools/translations.py) and Qt's own qtbase_<language>.qm for its dialogs' buttons. English loads its .qm files too:
they hold only the plural forms ("1 household" / "2 households"). Chosen once at start; View › Language… changes
the setting for the next start.
"""

from __future__ import annotations

import logging
from importlib.resources import as_file

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nightout_desk.config import resource

log = logging.getLogger(__name__)
LANGUAGES = ("en", "es")
SETTINGS = ("system", "en", "es")  # the laptop setting's values
_shown = ["en"]  # the language install_translators last installed: screens that build texts of their own ask it


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """"en" or "es": the setting, or for "system" (and anything unknown) the system's language when it is Spanish."""
    if setting in LANGUAGES:
        return setting
    locale = system or QLocale.system()
    return "es" if locale.language() == QLocale.Language.Spanish else "en"


def screens_language() -> str:
    """"en" or "es": the language the screens speak now (the Reports screen builds its report in it)."""
    return _shown[-1]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the translators for `language`; returns them (the caller keeps them alive). A missing file
    is logged and skipped: the screens then show English, never nothing."""
    installed = []
    _shown.append(language)
    if language != "en":
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", folder):
            app.installTranslator(qt_own)
            installed.append(qt_own)
        else:
            log.warning("Qt's own translation qtbase_%s.qm not found in %s", language, folder)
    folder = resource("translations", language)
    if not folder.is_dir():
        log.warning("no translations for %s in the package", language)
        return installed
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".qm"):
            continue
        translator = QTranslator(app)
        with as_file(entry) as path:  # a real file in every install (lrelease's output, memory-mapped by Qt)
            loaded = translator.load(str(path))
        if loaded:
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s could not be loaded", entry.name)
    return installed


def remove_translators(app: QCoreApplication, installed: list[QTranslator]) -> None:
    for translator in installed:
        app.removeTranslator(translator)
    if len(_shown) > 1:
        _shown.pop()
