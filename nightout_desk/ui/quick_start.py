"""Help › Quick start…: the desk's keys and what a scan does, on one card a new volunteer can keep open."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

KEYS = (  # (keys, what they do) — the same keys docs/ui.md lists with their screens; translated when shown
    (QT_TRANSLATE_NOOP("QuickStart", "Type, then Enter"),
     QT_TRANSLATE_NOOP("QuickStart", "find a family by name, phone, email or ticket code; Enter checks in the one "
                                     "highlighted")),
    ("↑ / ↓, Esc", QT_TRANSLATE_NOOP("QuickStart", "choose another family in the list; clear the search box")),
    (QT_TRANSLATE_NOOP("QuickStart", "Scan a ticket"),
     QT_TRANSLATE_NOOP("QuickStart", "anywhere in the window, whatever has the cursor: the family is checked in and "
                                     "the Check-in screen comes forward. A volunteer's badge clocks them in or out; "
                                     "on the Stations screen a ticket counts a visit there. An unknown code says NOT "
                                     "FOUND and changes nothing.")),
    ("F2", QT_TRANSLATE_NOOP("QuickStart", "walk-up family (Enter saves, Esc cancels; F6 uses the family already "
                                           "registered)")),
    ("Alt+A, Alt+K", QT_TRANSLATE_NOOP("QuickStart", "adults, kids arriving")),
    ("F3", QT_TRANSLATE_NOOP("QuickStart", "correct the last check-in's counts")),
    ("F4", QT_TRANSLATE_NOOP("QuickStart", "edit the selected family")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("QuickStart", "undo this laptop's last check-in: it names the family and time "
                                               "first — Enter undoes, Esc keeps")),
    ("Alt+1 … Alt+9, Alt+0",
     QT_TRANSLATE_NOOP("QuickStart", "Check-in: hand out a giveaway to the family just checked in; put the last one "
                                     "back. Stations: Alt+1 / Alt+5 count visitors, Alt+0 takes one back")),
    ("Ctrl+1 … Ctrl+6", QT_TRANSLATE_NOOP("QuickStart", "switch screens")),
    ("Ctrl+B", QT_TRANSLATE_NOOP("QuickStart", "the station board for a TV")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("QuickStart", "change who is at the desk")),
)


def cheat_sheet() -> str:
    cell = "<td style='padding:3px 14px 3px 0'>"
    said = [(QCoreApplication.translate("QuickStart", keys), QCoreApplication.translate("QuickStart", what))
            for keys, what in KEYS]
    rows = "".join(f"<tr>{cell}<b>{keys}</b></td>{cell}{what}</td></tr>" for keys, what in said)
    return f"<table>{rows}</table>"


class QuickStartDialog(QDialog):
    """Not modal: it can stay open beside the desk while the line moves (a scan still checks in)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickStartDialog")
        self.setWindowTitle(self.tr("Quick start"))
        self.sheet = QLabel(cheat_sheet(), objectName="quickStartKeys")
        self.sheet.setTextFormat(Qt.TextFormat.RichText)
        self.sheet.setWordWrap(True)
        self.sheet.setAccessibleName(self.tr("Keys and scanning at the desk"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet)
        layout.addWidget(buttons)
        self.sheet.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.adjustSize()  # tall enough for every line: nothing below the edge


def show_quick_start(parent: QWidget) -> QuickStartDialog:
    """Show the card (one per window: asking again brings it to the front)."""
    dialog = parent.findChild(QuickStartDialog) or QuickStartDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
