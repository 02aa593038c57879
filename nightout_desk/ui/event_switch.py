"""File › New event… and File › Switch event…: the window of the other event takes this one's place.

A new window rather than the same one re-pointed: the background sync works on one event, and screens keep lists
they read once (stations, neighbourhoods); a window built for the event has them all right, as at start. The old
window stops its timers, key filters and workers and lets go of its screens.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from nightout_desk.services import desk_names, events
from nightout_desk.ui.event_dialog import EventDialog
from nightout_desk.ui.sign_in import allowed
from nightout_desk.ui.state import AppState
from nightout_desk.ui.switch_event_dialog import SwitchEventDialog

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
NO_ACCOUNT = {  # the role this laptop had, which the operator has no account for in the event opened
    "organizer": QT_TRANSLATE_NOOP("EventSwitch", "{name} has no organizer account in this event: working as a "
                                                  "volunteer. Ctrl+Shift+O signs in."),
    "lieutenant": QT_TRANSLATE_NOOP("EventSwitch", "{name} has no lieutenant / admin account in this event: working "
                                                   "as a volunteer. Ctrl+Shift+O signs in."),
}


def new_event(window: QMainWindow) -> QMainWindow | None:
    """File › New event…: an organizer's (offered a sign-in first); the laptop then opens it."""
    state = window.state
    if not allowed(window, translate("EventSwitch", "New event"), "event.create", state):
        return None
    dialog = EventDialog(state.desk.db, state.desk, window, new=True)
    if not dialog.exec() or dialog.created_event is None:
        return None
    made = dialog.created_event
    successor = open_event(window, made.id)
    demo = desk_names.demo_accounts(state.desk.db, made.id)
    if demo and not made.is_demo:  # the demo's PIN is in the README and was printed: not for a real night
        QMessageBox.warning(successor, translate("EventSwitch", "The demo's accounts"), translate(
            "EventSwitch", "“{event}” has the demo's accounts ({names}), whose PIN was printed for everyone to see.\n\n"
                           "Before the night, a lieutenant adds the town's own accounts in Settings › Operators… and "
                           "removes the demo's.").format(event=made.name, names=", ".join(demo)))
    return successor


def switch_event(window: QMainWindow) -> QMainWindow | None:
    dialog = SwitchEventDialog(window.state.desk, window)
    if not dialog.exec() or dialog.chosen is None or dialog.chosen == window.state.desk.event_id:
        return None
    return open_event(window, dialog.chosen)


def open_event(window: QMainWindow, event_id: uuid.UUID) -> QMainWindow:
    """The main window for `event_id`, shown where this one was; remembered for the next start."""
    state = window.state
    desk = events.desk_at(state.desk, event_id)
    state.settings.last_event = str(event_id)
    try:
        state.settings.save()
    except OSError as exc:  # the laptop keeps working; only the next start opens the default event
        log.warning("the event opened was not remembered: %s", exc)
    successor = type(window)(AppState(desk, state.settings), idle_lock_ms=window.desk_lock.idle_ms)
    if window.isMaximized():
        successor.showMaximized()
    else:
        successor.setGeometry(window.geometry())
        successor.show()
    window.successor = successor  # kept alive by the window the start-up holds
    window.retire()
    if desk.role != state.desk.role and state.desk.role in NO_ACCOUNT:
        successor.statusBar().showMessage(
            translate("EventSwitch", NO_ACCOUNT[state.desk.role]).format(name=desk.operator), 15_000)
    return successor
