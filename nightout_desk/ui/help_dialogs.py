"""Help › Keyboard shortcuts and Help › Guide for the night: two windows a volunteer may keep open beside the desk.

The shortcuts come from `nightout_desk.shortcuts` (the one list, also printed as the cheat sheet); the guide is a
short HTML page bundled in `resources/guide/` with its pictures, read from the package: no network.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from nightout_desk.config import resource
from nightout_desk.shortcuts import GROUPS
from nightout_desk.ui.language import screens_language
from nightout_desk.ui.messages import show_error
from nightout_desk.ui.sign_in import state_of

GUIDE = ("guide", "guide.html")


def shortcuts_html(spanish: bool = False) -> str:
    """The list in English or Spanish: the Spanish words are the ones the cheat sheet prints (shortcuts.py keeps
    both), so the window and the sheet taped to the table say the same."""
    cell = "<td style='padding:3px 16px 3px 0; vertical-align:top'>"
    parts = []
    for group in GROUPS:
        rows = "".join(f"<tr>{cell}<b>{html.escape(label)}</b></td>{cell}{html.escape(what)}</td></tr>"
                       for label, what in (s.in_language(spanish) for s in group.shortcuts))
        title = group.title_es if spanish else group.title
        parts.append(f"<h3 style='margin:10px 0 4px 0'>{html.escape(title)}</h3><table>{rows}</table>")
    return "".join(parts)


class _HelpWindow(QDialog):
    """Not modal: it can stay open while the line moves (a scan still checks in)."""

    def __init__(self, name: str, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.text = QTextBrowser(objectName=f"{name}Text")
        self.text.setOpenLinks(False)  # links are the app's own (quick start, the shortcuts), never the web
        self.text.anchorClicked.connect(self._link)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 40)

    def _link(self, url: QUrl) -> None:
        parent = self.parentWidget()
        if url.scheme() == "help" and parent is not None and hasattr(parent, url.path()):
            getattr(parent, url.path())()  # help:quick_start, help:keyboard_shortcuts


class ShortcutsDialog(_HelpWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("shortcutsDialog", self.tr("Keyboard shortcuts"), parent)
        self.text.setAccessibleName(self.tr("Every keyboard shortcut, by task"))
        self.text.setHtml(shortcuts_html(screens_language() == "es"))
        self.print_button = QPushButton(self.tr("Save the cheat sheet as PDF…"), objectName="shortcutsCheatSheet")
        self.print_button.setAccessibleName(self.tr("Save the one-page cheat sheet to print and tape to the table"))
        self.print_button.clicked.connect(self.save_cheat_sheet)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)

    def save_cheat_sheet(self, target: str | None = None) -> Path | None:
        """Written straight away: one page, in the event's language (`nightout-desk print cheat-sheet --language`
        makes the same); English when the window has no event."""
        from nightout_desk.printing.cheat_sheet import write_cheat_sheet
        from nightout_desk.services.wording.language import desk_language
        from nightout_desk.services.wording.words import Words

        if target is None:
            suggested = str(Path.home() / "cheat-sheet.pdf")
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the cheat sheet"), suggested,
                                                    self.tr("PDF files (*.pdf)"))
        if not target:
            return None
        state = state_of(self)
        try:
            words = Words(desk_language(state.desk)) if state is not None else Words()
            return write_cheat_sheet(Path(target), words=words)
        except Exception as exc:  # noqa: BLE001 - said to the user (a full disk, a database out of reach)
            show_error(self, self.tr("Cheat sheet not saved"), exc)
            return None


class GuideDialog(_HelpWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("guideDialog", self.tr("Guide for the night"), parent)
        self.text.setAccessibleName(self.tr("Guide for the night"))
        page = resource(*GUIDE)
        folder = Path(str(page)).parent  # a real folder in editable, wheel and bundle installs alike
        self.text.setSearchPaths([str(folder)])
        self.text.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        self.text.setHtml(page.read_text(encoding="utf-8"))


def show_help(parent: QWidget, kind: type[_HelpWindow]) -> _HelpWindow:
    """One window of each kind per main window: asking again brings it to the front."""
    dialog = parent.findChild(kind) or kind(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
