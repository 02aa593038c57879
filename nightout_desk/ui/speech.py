"""What a screen reader says: result lines whose accessible name is their message, announced as they change.

Orca and NVDA speak a label's accessible *name*; a fixed name ("Check-in result") with the message only in the
description left a blind volunteer hearing "return" after Enter. So a result line's name is its message and its
description says what the line is; and each new message is also sent as an accessibility announcement (Qt ≥ 6.8,
AT-SPI `Announcement`, UIA notifications), which a reader speaks without the keyboard leaving the search box.
"""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """The words of a label's text (rich text's tags and line breaks gone), as a reader should say them."""
    return " ".join(html.unescape(_TAG.sub(" ", text.replace("<br>", ". "))).split())


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    """Ask the screen reader to say `text` now (nothing is sent while no assistive technology listens)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def show_result(label: QLabel, text: str, what: str, urgent: bool = False, if_changed: bool = False) -> None:
    """Put a result on `label`: its words on screen, as its accessible name, and announced if it is on screen.
    `what` (e.g. "Check-in result") becomes the description; `urgent` interrupts the reader (a refusal);
    `if_changed` keeps a line refreshed by a timer (a summary, a status) quiet while its words stay the same."""
    spoken = plain(text)
    same = label.accessibleName() == spoken
    label.setText(text)
    label.setAccessibleName(spoken or what)
    label.setAccessibleDescription(what)
    if label.isVisible() and not (if_changed and same):
        announce(label, spoken, urgent)


def name_with_value(widget: QWidget, what: str, value: str) -> None:
    """A figure's name carries its value ("Participants counted at this station: 12")."""
    widget.setAccessibleName(f"{what}: {plain(value)}" if value else what)
