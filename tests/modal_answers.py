"""Answering the modal dialogs a screen opens, as a person at the desk would, and never hanging on one.

`Answers(step, step, ...)` answers the real QMessageBox, QInputDialog and sign-in dialog in turn: a timer turns inside
each dialog's own event loop and gives the dialog on top to the next step. A modal no step was written for, or a step
that finds another dialog than it expects, is closed and said in `problems`, so the test fails in words.

`ModalWatchdog` (used by tests/conftest.py for every test with `qtbot`) closes a question or message box nobody has
answered for `after_s` seconds and says which: a test that forgot one fails instead of hanging the run.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from nightout_desk.ui.operator_dialog import OperatorDialog

Step = Callable[[QWidget], None]
WAITING_KINDS = (QMessageBox, QInputDialog, QFileDialog, OperatorDialog)  # dialogs that only wait for a person


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QMessageBox) else ""
    text = text or (widget.labelText() if isinstance(widget, QInputDialog) else "")
    return f"{type(widget).__name__} “{widget.windowTitle()}”" + (f": {text}" if text else "")


def close(widget: QWidget) -> None:
    if isinstance(widget, QMessageBox) and widget.escapeButton() is not None:
        widget.escapeButton().click()
    elif isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


class Answers(QObject):
    def __init__(self, *steps: Step, every_ms: int = 20) -> None:
        super().__init__()
        self.steps = list(steps)
        self.seen: list[str] = []  # every dialog answered, in order ("QMessageBox “Edit donor”: This needs …")
        self.problems: list[str] = []
        self._answering = False
        self._in_hand: list[QWidget] = []  # dialogs whose step has not returned yet
        self.timer = QTimer(self, interval=every_ms, timeout=self._tick)
        self.timer.start()

    def _tick(self) -> None:
        widget = QApplication.activeModalWidget()
        if (self._answering or widget is None or not widget.isVisible() or not isinstance(widget, QDialog)
                or widget in self._in_hand):  # a form whose step is still filling it (its question came and went)
            return
        self.seen.append(describe(widget))
        if not self.steps:
            self.problems.append(f"not expected: {describe(widget)}")
            close(widget)
            return
        # answered from a timer of its own: a step may open the next dialog (a form's Save asking to sign in), and
        # Qt does not run this repeating timer again until its slot returns
        self._answering = True
        step = self.steps.pop(0)
        QTimer.singleShot(0, lambda: self._answer(step, widget))

    def _answer(self, step: Step, widget: QWidget) -> None:
        self._answering = False
        self._in_hand.append(widget)
        try:
            step(widget)
        except Exception as exc:  # noqa: BLE001 - said in `problems`; the dialog must not stay up
            self.problems.append(f"{describe(widget)}: {exc}")
            if widget.isVisible():
                close(widget)
        finally:
            self._in_hand.remove(widget)

    @property
    def ended(self) -> bool:
        """Every step answered (the last one too, not only taken), or a problem said."""
        return (not self.steps and not self._answering and not self._in_hand) or bool(self.problems)

    @property
    def all_answered(self) -> bool:
        return not self.steps and not self._answering and not self._in_hand and not self.problems

    def stop(self) -> None:
        self.timer.stop()


# --- steps ----------------------------------------------------------------------------------------------------------
def _box(widget: QWidget, starts: str) -> QMessageBox:
    assert isinstance(widget, QMessageBox), f"expected a question, got {describe(widget)}"
    assert widget.text().startswith(starts), f"expected “{starts}…”, got “{widget.text()}”"
    return widget


def yes(starts: str = "") -> Step:
    return lambda w: _box(w, starts).button(QMessageBox.StandardButton.Yes).click()


def no(starts: str = "") -> Step:
    return lambda w: _box(w, starts).button(QMessageBox.StandardButton.No).click()


def ok(starts: str = "") -> Step:
    """A message (information, warning) read and closed."""
    return lambda w: close(_box(w, starts))


def type_text(text: str) -> Step:
    def step(w: QWidget) -> None:
        assert isinstance(w, QInputDialog), f"expected a question to type into, got {describe(w)}"
        w.setTextValue(text)
        w.accept()
    return step


def sign_in(name: str, pin: str, role: str = "organizer") -> Step:
    """The sign-in dialog, preset to the role the action needs: the account's name and PIN typed, OK pressed."""
    def step(w: QWidget) -> None:
        assert isinstance(w, OperatorDialog), f"expected the sign-in dialog, got {describe(w)}"
        assert w.role.currentData() == role, f"the sign-in asks for {w.role.currentData()}, not {role}"
        w.name.setCurrentText(name)
        w.pin.setText(pin)
        w.accept()  # a wrong PIN keeps the dialog up, saying so; the next step sees it again
    return step


def wrong_pin_said() -> Step:
    """The sign-in dialog still up after a wrong PIN, saying so: Cancel."""
    def step(w: QWidget) -> None:
        assert isinstance(w, OperatorDialog), f"expected the sign-in dialog again, got {describe(w)}"
        assert "Wrong PIN" in w.error.text(), f"the dialog says “{w.error.text()}”"
        w.reject()
    return step


def close_dialog(title_starts: str) -> Step:
    """A window the action opened (a print preview, a form): seen, then closed."""
    def step(w: QWidget) -> None:
        assert w.windowTitle().startswith(title_starts), f"expected “{title_starts}…”, got {describe(w)}"
        close(w)
    return step


class ModalWatchdog(QObject):
    """Closes a question or message box left unanswered for `after_s` seconds; `left` says which were."""

    def __init__(self, after_s: float = 15.0) -> None:
        super().__init__()
        self.after_s = after_s
        self.left: list[str] = []
        self._up: tuple[QWidget, float] | None = None
        self.timer = QTimer(self, interval=250, timeout=self._tick)
        self.timer.start()

    def _tick(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not isinstance(widget, WAITING_KINDS) or not widget.isVisible():
            self._up = None
            return
        if self._up is None or self._up[0] is not widget:
            self._up = (widget, time.monotonic())
            return
        if time.monotonic() - self._up[1] >= self.after_s:
            self.left.append(describe(widget))
            self._up = None
            close(widget)

    def stop(self) -> None:
        self.timer.stop()
