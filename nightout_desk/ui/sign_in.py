"""An action that needs more than the desk's role says so and offers to sign in right there, then carries on.

`attempt(parent, title, action)` runs `action()`; when a service refuses it with PermissionDenied that a sign-in
would cure (`exc.needs`), it asks "This needs an organizer. Sign in?", shows the PIN dialog preset to that role, and
on success runs the action again — so the action must read `state.desk` when it runs, not before. Any other failure is
shown as `show_error` shows it (`attempt` is `show_error` with this one question in front). A dialog given a desk when
it opened reads it through `FollowsDesk`, so the action run again after the sign-in uses the new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from nightout_desk.services import permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import PermissionDenied
from nightout_desk.ui.messages import said, show_error
from nightout_desk.ui.operator_dialog import OperatorDialog
from nightout_desk.ui.state import AppState

T = TypeVar("T")
translate = QCoreApplication.translate
NEEDS = {  # what a refusal needs, by role (services/context.py ROLES), in the screens' language
    "volunteer": (QT_TRANSLATE_NOOP("SignIn", "This needs a volunteer. Sign in?"),
                  QT_TRANSLATE_NOOP("SignIn", "{action}: this needs a volunteer.")),
    "organizer": (QT_TRANSLATE_NOOP("SignIn", "This needs an organizer. Sign in?"),
                  QT_TRANSLATE_NOOP("SignIn", "{action}: this needs an organizer.")),
    "lieutenant": (QT_TRANSLATE_NOOP("SignIn", "This needs a lieutenant / admin. Sign in?"),
                   QT_TRANSLATE_NOOP("SignIn", "{action}: this needs a lieutenant / admin.")),
}


def state_of(widget: QWidget | None) -> AppState | None:
    """The AppState of the window `widget` is in (a screen, a dialog opened from the main window)."""
    while widget is not None:
        found = getattr(widget, "state", None)
        if isinstance(found, AppState):
            return found
        widget = widget.parentWidget()
    return None


class FollowsDesk:
    """Mixed into a dialog that is given a desk: `self.desk` is its window's desk as it is now (someone may have
    signed in from the dialog), else the desk it was given (a dialog opened on its own)."""

    _given_desk: Desk

    @property
    def desk(self) -> Desk:
        state = state_of(self) if isinstance(self, QWidget) else None
        return state.desk if state is not None else self._given_desk

    @desk.setter
    def desk(self, desk: Desk) -> None:
        self._given_desk = desk


def offer_sign_in(parent: QWidget | None, title: str, exc: PermissionDenied, state: AppState | None = None) -> bool:
    """Ask to sign in as the role `exc` needs; True once someone with it has (the desk changed in `state`)."""
    state = state or state_of(parent)
    if state is None or not exc.needs:
        return False
    question, why = (translate("SignIn", text) for text in NEEDS[exc.needs])
    answer = QMessageBox.question(parent, title, f"{question}\n\n{said(exc)}",
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    dialog = OperatorDialog(state.desk, state.settings, parent, role=exc.needs,
                            why=why.format(action=title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    state.set_desk(dialog.desk)
    return True


def with_sign_in(parent: QWidget | None, title: str, action: Callable[[], T], state: AppState | None = None) -> T:
    """`action()`, signing in first if it needs more than the desk has; raises what it raised (the refusal itself
    when no one signed in), for a form that says its problems in its own words."""
    state = state or state_of(parent)
    try:
        return action()
    except PermissionDenied as exc:
        if not exc.needs or state is None or not offer_sign_in(parent, title, exc, state):
            raise
    return action()


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


def allowed(parent: QWidget | None, title: str, action: str, state: AppState | None = None) -> bool:
    """True when the desk may do `action` (permissions.RULES), after signing in if it had to; else False (said why).
    For a screen that asks before it opens a form or starts a job; the service checks again when it runs."""
    state = state or state_of(parent)
    if state is None:
        return False
    return bool(attempt(parent, title, lambda: permissions.require(state.desk, action) or True, state))
