"""Spanish screens: every string of an area marked done has a finished Spanish translation, no string the code shows
is left out of its .ts (a new tr() without a translation fails here), no visible text is left as a bare literal, and
the window in Spanish at 1366x768 shows its menus, tabs and check-in desk in Spanish with no label or button clipped.

The areas and their source files are listed in tools/translations.py AREAS; an area joins DONE_AREAS when its
screens are wholly translated (docs/architecture.md "Languages" says what is left).
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from nightout_desk.areas import AREAS
from nightout_desk.services.checkin import households
from nightout_desk.ui import language, service_words, tabs
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.state import AppState

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

DONE_AREAS = ("main", "checkin", "start", "sync", "checkin_dialogs", "volunteers", "stations", "inventory",
              "donations", "reports", "donations_organization", "dialogs")
SHOTS = os.environ.get("NIGHTOUT_SHOTS")  # a folder: the Spanish window is saved there as PNG to be looked at
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def test_every_screen_module_is_in_exactly_one_area():
    listed = [p for area in tool.AREAS for p in tool.sources(area)]
    assert len(listed) == len(set(listed)), "a module is in two areas"
    assert set(listed) == set((ROOT / "nightout_desk" / "ui").rglob("*.py"))


@pytest.mark.parametrize("area", DONE_AREAS)
def test_every_string_of_a_done_area_has_its_spanish(area):
    spanish = tool.read_ts(tool.ts_path("es", area))
    unfinished = [source for (_c, source), message in spanish.items() if not tool.is_finished(message)]
    assert not unfinished, f"{area}: no Spanish yet for {unfinished}"
    for (context, source), message in spanish.items():
        forms = tool.translations(message)
        assert len(forms) == (2 if tool.is_plural(source) else 1), (context, source)
        for text in forms:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source, text)


@pytest.mark.parametrize("area", DONE_AREAS)
def test_lupdate_finds_nothing_missing_from_the_ts_files(area):
    """A tr() added without running `tools/translations.py update` and translating fails here."""
    found = tool.extracted(area)
    assert found == set(tool.read_ts(tool.ts_path("es", area))), "run: python tools/translations.py update " + area
    english = tool.read_ts(tool.ts_path("en", area))
    assert set(english) == {k for k in found if tool.is_plural(k[1])}
    assert all(tool.is_finished(m) for m in english.values()), f"{area}: English plural forms missing"


# Calls whose string argument is shown to the user; a literal (or an f-string with words of its own) passed to one
# of them in a done area has escaped translation.
SHOWN = {"setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setAccessibleName",
         "setAccessibleDescription", "setStatusTip", "setTitle", "addMenu", "addTab", "insertTab", "setTabText",
         "showMessage", "show_message", "_problem", "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton",
         "QGroupBox", "addRow", "setHorizontalHeaderLabels", "information", "warning", "critical", "question",
         "about", "getInt", "getItem", "getText", "attempt", "allowed", "offer_sign_in", "with_sign_in", "addItem",
         "addItems", "setSuffix", "setPrefix", "setSpecialValueText", "show_result", "announce", "_action",
         "people_box", "_may", "ResultBanner", "setEmptyText"}
SHOWN_KEYWORDS = {"text", "toolTip", "placeholderText", "windowTitle", "title", "what"}


NOT_WORDS = re.compile(r"[a-z][A-Za-z0-9_.-]*|((Ctrl|Shift|Alt)\+)+.*|F\d+")  # names, states, keys


def has_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]{2}", node.value)) and not NOT_WORDS.fullmatch(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(has_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return has_words(node.left) or has_words(node.right)
    return False


def bare_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if isinstance(node.func, ast.Attribute) and getattr(node.func.value, "id", "") == "log":
                continue  # the log is English
            args = list(node.args) if name in SHOWN else []
            args += [k.value for k in node.keywords
                     if k.arg in SHOWN_KEYWORDS or (name in SHOWN and k.arg != "objectName")]
            found += [f"{path.name}:{a.lineno} {ast.unparse(a)[:60]}" for a in args if has_words(a)]
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id.endswith("HEADERS")
                                                   for t in node.targets):
            values = node.value.elts if isinstance(node.value, ast.Tuple | ast.List) else []
            found += [f"{path.name}:{v.lineno} {ast.unparse(v)[:60]}" for v in values if has_words(v)]
    return found


@pytest.mark.parametrize("area", DONE_AREAS)
def test_no_shown_text_of_a_done_area_is_a_bare_literal(area):
    left = [line for path in tool.sources(area) for line in bare_literals(path)]
    assert not left, "shown without tr():\n" + "\n".join(left)


def test_every_area_title_is_offered_for_translation():
    assert {info.title for info in AREAS} <= set(tabs.TITLES)


def test_the_language_comes_from_the_setting_or_the_system():
    spanish, american = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico), QLocale("en_US")
    assert language.chosen_language("system", spanish) == "es"
    assert language.chosen_language("system", american) == "en"
    assert language.chosen_language("en", spanish) == "en"
    assert language.chosen_language("es", american) == "es"
    assert language.chosen_language("klingon", american) == "en"


@pytest.fixture
def spanish(qapp):
    tool.compile_all()
    installed = language.install_translators(qapp, "es")
    assert len(installed) >= len(DONE_AREAS) + 1  # Qt's own qtbase_es.qm and an area's file at least
    yield
    language.remove_translators(qapp, installed)


def test_a_service_sentence_reaches_the_desk_in_spanish(spanish):
    said = service_words.in_language("Adults and kids must be whole numbers between 0 and 30.")
    assert said == "Adultos y niños deben ser números enteros entre 0 y 30."
    assert service_words.in_language("A sentence nobody taught it.") == "A sentence nobody taught it."


def clipped(window: QWidget) -> list[str]:
    """Visible labels and buttons whose text needs more room than they have (word-wrapped labels excepted)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and widget.pixmap().isNull():
            if widget.sizeHint().width() > widget.width():
                found.append(f"label {widget.text()!r}: {widget.sizeHint().width()} > {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.minimumSizeHint().width() > widget.width():
                found.append(f"button {widget.text()!r}: {widget.minimumSizeHint().width()} > {widget.width()}")
    return found


def test_the_window_in_spanish_at_1366x768(qtbot, sqlite_desk, spanish):
    households.add_household(sqlite_desk, family_name="García", first_names="José", zip_code="12346",
                             adults_expected=2, kids_expected=2)
    window = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Ver", "&Configuración", "A&yuda"]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Registro", "Voluntarios", "Estaciones", "Donaciones", "Inventario", "Informes"]
    assert "hogares" in window.counts_label.text() or "hogar" in window.counts_label.text()
    search = window.findChild(QLineEdit, "checkinSearch")
    assert search.placeholderText().startswith("Nombre, teléfono")
    assert window.findChild(QAbstractButton, "walkUpButton").text().startswith("Sin registro")
    qtbot.keyClicks(search, "ZZZZ9999")
    qtbot.keyClick(search, "\r")
    banner = window.findChild(QLabel, "checkinBanner")
    qtbot.waitUntil(lambda: "NO ENCONTRADO" in banner.text())
    search.clear()
    qtbot.keyClicks(search, "Garc")
    qtbot.waitUntil(lambda: window.findChild(QWidget, "checkinResults").model().rowCount() == 1)
    qtbot.keyClick(search, "\r")
    qtbot.waitUntil(lambda: "REGISTRADOS" in banner.text())
    assert "2 adultos, 2 niños" in banner.text()
    QApplication.processEvents()
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "spanish-checkin.png"))
    assert not clipped(window), clipped(window)
