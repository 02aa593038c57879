"""File › Switch event…: every event in the database with its date and place, the demo's marked "(demo)"."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.services import events
from nightout_desk.services.context import Desk
from nightout_desk.services.wording.words import Words
from nightout_desk.ui.language import screens_language


def day_words(e: events.EventInfo) -> str:
    """The event's date in the screens' language ("martes, 3 de agosto de 2027" on Spanish screens)."""
    return Words(screens_language()).day(e.date)


def entry_text(e: events.EventInfo, *, open_now: bool) -> str:
    """'Tuesday, August 3, 2027 — Maple Falls Night Out 2027 · Memorial Park (open now)'."""
    place = f" · {e.place}" if e.place else ""
    now = QCoreApplication.translate("SwitchEventDialog", " (open now)") if open_now else ""
    return f"{day_words(e)} — {e.name}{place}{now}"


class SwitchEventDialog(QDialog):
    """Lists the events, newest first, the one open now chosen; `chosen` is the event picked (Enter or double-click
    opens it). Reads the short list of events once, as it opens."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Switch event"))
        self.setObjectName("switchEventDialog")
        self.chosen: uuid.UUID | None = None
        self.list = QListWidget(objectName="eventList")
        self.list.setAccessibleName(self.tr("Events"))
        # a long name and place wrap onto a second line instead of running off to the right behind a scroll bar
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        for e in events.list_events(desk.db):
            item = QListWidgetItem(entry_text(e, open_now=e.id == desk.event_id))
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setToolTip(self.tr("{name}\n{day}, {starts}–{ends}\nid {id}").format(
                name=e.name, day=day_words(e), starts=e.starts_at, ends=e.ends_at, id=e.id))
            self.list.addItem(item)
            if e.id == desk.event_id:
                self.list.setCurrentItem(item)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open this event"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        label = QLabel(self.tr("&Which event should this laptop work on? It opens that one from now on (a demo only "
                               "while there is no real event)."), wordWrap=True)
        label.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 280)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()
