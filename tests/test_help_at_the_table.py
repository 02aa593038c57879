"""Help that helps at the table: every shortcut in one list (nightout_desk/shortcuts.py) that the running window is
checked against, Help › Keyboard shortcuts and its cheat sheet, Help › Guide for the night with its bundled pictures."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QDialog, QTextBrowser, QWidget

from nightout_desk import shortcuts
from nightout_desk.areas import AREAS
from nightout_desk.ui.help_dialogs import GuideDialog, ShortcutsDialog
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.quick_start import QuickStartDialog
from nightout_desk.ui.state import AppState

PORTABLE = QKeySequence.SequenceFormat.PortableText


def bound_in(widget: QWidget) -> dict[str, str]:
    """Every key sequence a QAction, QShortcut or button under `widget` answers to, with what binds it."""
    found: dict[str, str] = {}
    for action in widget.findChildren(QAction):
        for key in action.shortcuts():
            found[key.toString(PORTABLE)] = f"action “{action.text()}”"
    for shortcut in widget.findChildren(QShortcut):
        for key in shortcut.keys():
            found[key.toString(PORTABLE)] = f"shortcut of {shortcut.parent().objectName() or shortcut.parent()}"
    for button in widget.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty() and "&" not in button.text():  # a mnemonic is the label's own
            found[button.shortcut().toString(PORTABLE)] = f"button “{button.text()}”"
    return found


def open_window(qtbot, desk) -> MainWindow:
    win = MainWindow(AppState(desk))
    qtbot.addWidget(win)
    win.show()
    for i in range(win.tabs.count()):  # every screen built (tabs may be built when first shown)
        win.tabs.setCurrentIndex(i)
    win.tabs.setCurrentIndex(0)
    return win


def help_item(win: MainWindow, text: str) -> QAction:
    help_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Help")
    return next(a for a in help_menu.actions() if a.text() == text)


def test_every_shortcut_of_the_window_is_in_the_one_list_and_every_listed_one_is_bound(qtbot, sqlite_desk):
    win = open_window(qtbot, sqlite_desk)
    win.open_station_board()
    bound = {**bound_in(win), **bound_in(win.station_board)}
    standard = {s.standard for g in shortcuts.GROUPS for s in g.shortcuts if s.standard}
    listed = shortcuts.bound_keys() | {k.toString(PORTABLE) for name in standard
                                       for k in QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, name))}
    assert {k: why for k, why in bound.items() if k not in listed} == {}  # bound in the window, not in the list
    assert sorted(listed - set(bound)) == []  # listed, bound nowhere
    assert shortcuts.SCREEN_COUNT == len(AREAS) == win.tabs.count()
    win.station_board.close()


def test_help_keyboard_shortcuts_lists_every_key_by_task_and_saves_the_cheat_sheet(qtbot, sqlite_desk, tmp_path):
    win = open_window(qtbot, sqlite_desk)
    item = help_item(win, "Keyboard shortcuts…")
    assert item.shortcut().toString(PORTABLE) == "Ctrl+/"
    item.trigger()
    dialog = win.findChild(ShortcutsDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()  # it may stay open beside the desk
    words = dialog.findChild(QTextBrowser, "shortcutsDialogText").toPlainText()
    for group in shortcuts.GROUPS:
        assert group.title in words
        for s in group.shortcuts:
            assert s.label in words and s.what in words, s.label
    saved = dialog.save_cheat_sheet(str(tmp_path / "cheat.pdf"))
    assert saved is not None and len(pypdf.PdfReader(saved).pages) == 1
    item.trigger()  # asked again: the same window comes to the front
    assert win.findChildren(ShortcutsDialog) == [dialog]
    dialog.close()


def test_the_guide_opens_from_help_with_every_picture_found_and_links_to_quick_start(qtbot, sqlite_desk):
    win = open_window(qtbot, sqlite_desk)
    help_item(win, "Guide for the night…").trigger()
    dialog = win.findChild(GuideDialog, "guideDialog")
    assert dialog is not None and dialog.isVisible()
    browser = dialog.findChild(QTextBrowser, "guideDialogText")
    doc = browser.document()
    pictures = images_in(doc)
    assert pictures == ["checkin-desk.png", "scan-result.png", "stations.png", "end-of-night-report.png"]
    for name in pictures:  # each resolves to a real image from the package, none is the missing-image icon
        image = doc.resource(QTextDocument.ResourceType.ImageResource, browser.source().resolved(name)) or \
            browser.loadResource(QTextDocument.ResourceType.ImageResource, doc.baseUrl().resolved(name))
        assert image is not None and not image.isNull() and image.width() > 500, name
    text = browser.toPlainText()
    assert "http" not in browser.toHtml().replace("http://www.w3.org", "")  # nothing to fetch from a network
    assert "Quick start" in text and "Ctrl+Z" in text and "NOT FOUND" in text
    from PySide6.QtCore import QUrl

    browser.anchorClicked.emit(QUrl("help:quick_start"))  # the link opens the card, the guide does not repeat it
    assert win.findChild(QuickStartDialog, "quickStartDialog").isVisible()
    win.findChild(QuickStartDialog).close()
    dialog.close()


def images_in(doc: QTextDocument) -> list[str]:
    names: list[str] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


def test_the_guide_pictures_are_bundled_beside_the_page():
    folder = Path(__file__).resolve().parent.parent / "resources" / "guide"
    assert {p.name for p in folder.glob("*.png")} == {"checkin-desk.png", "scan-result.png", "stations.png",
                                                       "end-of-night-report.png"}


def test_help_menu_reads_in_order(qtbot, sqlite_desk):
    win = open_window(qtbot, sqlite_desk)
    help_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions()] == ["Quick start…", "Keyboard shortcuts…", "Guide for the night…",
                                                       "Check the log", "About"]
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in win.findChildren(QDialog))
