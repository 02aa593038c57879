"""One scan path for the whole window: a keyboard-wedge scanner's burst is caught wherever the focus is.

A USB scanner in keyboard mode types a code a few milliseconds a key and ends with Enter; people type tens of
milliseconds a key at best. The listener watches every key press the application delivers (an application-wide
event filter) without holding any back: keys reach the focused widget as usual, and the listener remembers what
that widget held before the burst began. When Enter ends a burst that was fast enough (every gap within the laptop's
`scan_gap_ms`), long enough and shaped like a code, the Enter is swallowed, the widget gets back what it held (the
half-typed walk-up keeps its name, a count box its number, a table its current row) and `scanned(code)` is emitted.
Anything else — slow typing, a short word, Enter after a pause — is left exactly as the widget received it.

Modal dialogs are left alone: a scan there types into the dialog, as it would in any other program.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from nightout_desk.services.codes import looks_like_scan_code

DEFAULT_GAP_MS = 35  # scanners: 1–20 ms a key; the fastest typists' runs of six keys: 60 ms and more
MIN_LENGTH = 6  # the shortest code a scan can carry (ours are 8; platforms' longer)
MODIFIERS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
             Qt.Key.Key_CapsLock}

Restore = Callable[[], None]


def _snapshot(widget: QWidget) -> Restore:
    """A way to put the widget back as it was before the burst's first key."""
    if isinstance(widget, QLineEdit):
        text, pos = widget.text(), widget.cursorPosition()
        return lambda: (widget.setText(text), widget.setCursorPosition(pos))
    if isinstance(widget, QAbstractSpinBox):
        text = widget.text()
        value = widget.value() if hasattr(widget, "value") else None
        if value is not None:
            return lambda: widget.setValue(value) if widget.value() != value or widget.text() != text else None
        return lambda: widget.lineEdit().setText(text) if widget.lineEdit() else None
    if isinstance(widget, QComboBox):
        index = widget.currentIndex()
        edit_text = widget.lineEdit().text() if widget.isEditable() and widget.lineEdit() else None

        def restore_combo() -> None:
            widget.setCurrentIndex(index)
            if edit_text is not None:
                widget.lineEdit().setText(edit_text)
        return restore_combo
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        text = widget.toPlainText()
        return lambda: widget.setPlainText(text) if widget.toPlainText() != text else None
    if isinstance(widget, QAbstractItemView):
        current = QPersistentModelIndex(widget.currentIndex())
        selected = [QPersistentModelIndex(i) for i in widget.selectionModel().selectedIndexes()] \
            if widget.selectionModel() else []

        def restore_view() -> None:  # a keyboard search moved the current row: put it and the selection back
            model = widget.selectionModel()
            if model is None:
                return
            model.clear()
            if current.isValid():
                model.setCurrentIndex(QModelIndex(current), QItemSelectionModel.SelectionFlag.NoUpdate)
            for index in selected:
                if index.isValid():
                    model.select(QModelIndex(index), QItemSelectionModel.SelectionFlag.Select)
        return restore_view
    return lambda: None


class ScanListener(QObject):
    """Installed on the QApplication for one main window; `scanned(code)` is the window's single scan entry."""

    scanned = Signal(str)

    def __init__(self, window: QWidget, gap_ms: int = DEFAULT_GAP_MS, *, leave_to: Callable[[QWidget], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.gap = max(1, gap_ms) / 1000
        self.leave_to = leave_to  # widgets with their own scan handling (the dedicated scan boxes)
        self._reset()

    def _reset(self) -> None:
        self.buffer = ""
        self.last_at = 0.0
        self.target: QWidget | None = None
        self.restore: Restore = lambda: None

    def set_gap_ms(self, gap_ms: int) -> None:
        self.gap = max(1, gap_ms) / 1000

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        receiver = focus if focus is not None else self.window
        if obj is not receiver or receiver.window() is not self.window and not self._owned(receiver):
            return False  # each key once (not again as it propagates to parents), only for this window
        now = time.perf_counter()
        key = event.key()
        if key in MODIFIERS:
            return False  # a scanner presses Shift for capitals: not the end of a burst
        quick = bool(self.buffer) and now - self.last_at <= self.gap and receiver is self.target
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code = self.buffer
            is_scan = quick and len(code) >= MIN_LENGTH and looks_like_scan_code(code)
            restore = self.restore
            self._reset()
            if not is_scan or QApplication.activeModalWidget() is not None or self.leave_to(receiver):
                return False
            restore()
            self.scanned.emit(code)
            return True
        text = event.text()
        plain = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if len(text) != 1 or not text.isprintable() or plain:
            self._reset()  # Tab, arrows, Backspace, shortcuts: whatever was typed is the user's
            return False
        if quick:
            self.buffer += text
        else:
            self.buffer, self.target, self.restore = text, receiver, _snapshot(receiver)
        self.last_at = now
        return False

    def _owned(self, widget: QWidget) -> bool:
        """A non-modal tool window of ours (the station board, a preview) counts as part of the main window."""
        parent = widget.window().parentWidget()
        while parent is not None:
            if parent is self.window:
                return True
            parent = parent.parentWidget()
        return False
