"""An action that needs more than the desk's role says so and offers to sign in right there, then carries on.

`attempt(parent, title, action)` runs `action()`; when a service refuses it with PermissionDenied that a sign-in
would cure (`exc.needs`), it asks "This needs an organizer. Sign in?", shows the PIN dialog preset to that role, and
on success runs the action again — so the action must read `state.desk` when it runs, not before. Any other failure is
shown as `show_error` shows it (`attempt` is `show_error` with this one question in front).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from nightout_desk.services.context import ROLE_LABELS
from nightout_desk.services.errors import PermissionDenied
from nightout_desk.ui.messages import explain, show_error
from nightout_desk.ui.operator_dialog import OperatorDialog
from nightout_desk.ui.state import AppState

T = TypeVar("T")


def state_of(widget: QWidget | None) -> AppState | None:
    """The AppState of the window `widget` is in (a screen, a dialog opened from the main window)."""
    while widget is not None:
        found = getattr(widget, "state", None)
        if isinstance(found, AppState):
            return found
        widget = widget.parentWidget()
    return None


def offer_sign_in(parent: QWidget | None, title: str, exc: PermissionDenied, state: AppState | None = None) -> bool:
    """Ask to sign in as the role `exc` needs; True once someone with it has (the desk changed in `state`)."""
    state = state or state_of(parent)
    if state is None or not exc.needs:
        return False
    role = ROLE_LABELS[exc.needs].lower()
    a = "an" if role[0] in "aeiou" else "a"
    answer = QMessageBox.question(parent, title, f"This needs {a} {role}. Sign in?\n\n{explain(exc)}",
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    dialog = OperatorDialog(state.desk, state.settings, parent, role=exc.needs,
                            why=f"{title}: this needs {a} {role}.")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    state.set_desk(dialog.desk)
    return True


def attempt(parent: QWidget | None, title: str, action: Callable[[], T], state: AppState | None = None) -> T | None:
    """`action()`, signing in first if it needs more than the desk has; None (after saying why) when it did not
    happen."""
    state = state or state_of(parent)
    try:
        return action()
    except PermissionDenied as exc:
        if not exc.needs or state is None:  # a wrong PIN, a locked account: signing in again would not help
            show_error(parent, title, exc)
            return None
        if not offer_sign_in(parent, title, exc, state):
            return None
    except Exception as exc:  # noqa: BLE001 - said to the user; the log has the detail
        show_error(parent, title, exc)
        return None
    try:
        return action()
    except Exception as exc:  # noqa: BLE001 - said to the user; the log has the detail
        show_error(parent, title, exc)
        return None
