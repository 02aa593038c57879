"""The desk locks: Ctrl+L, or no key, click or scan for N minutes (the laptop setting `lock_after_minutes`), drops an
organizer or lieutenant back to the volunteer role. The check-in desk keeps working for the next family; anything more
asks for a PIN again (ui/sign_in.py). An idle lock also closes the dialogs left open (what was typed in them is lost:
a walked-away laptop must not keep an organizer's form open)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from nightout_desk.lazy import lazy_module
from nightout_desk.ui.state import AppState

# what counts as someone at the laptop (a scanner types keys, so a scan counts too)
_PRESENCE = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                       QEvent.Type.TouchBegin, QEvent.Type.MouseMove})


operators = lazy_module("nightout_desk.services.operators")  # loaded when the desk first locks

class DeskLock(QObject):
    locked = Signal(str)  # why (in words), after the desk went back to the volunteer role

    def __init__(self, state: AppState, parent: QObject | None = None, *, idle_ms: int | None = None) -> None:
        super().__init__(parent)
        self.state = state
        minutes = state.settings.lock_after_minutes
        self.idle_ms = idle_ms if idle_ms is not None else max(0, minutes) * 60_000
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        state.deskChanged.connect(self._restart)
        self._restart()

    def set_idle_ms(self, idle_ms: int) -> None:
        self.idle_ms = idle_ms
        self._restart()

    def _restart(self) -> None:
        if self.idle_ms > 0 and self.state.desk.role != "volunteer":
            self.timer.start(self.idle_ms)
        else:
            self.timer.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _PRESENCE and self.timer.isActive():
            self.timer.start(self.idle_ms)
        return False

    def lock(self, why: str = "", shown: str = "") -> bool:
        """Back to the volunteer role; False when the desk already was. `why` is written in the audit log (English),
        `shown` is the same in the screens' language (the `locked` signal's)."""
        if not why:
            why, shown = "locked with Ctrl+L", self.tr("locked with Ctrl+L")
        if self.state.desk.role == "volunteer":
            return False
        try:
            desk = operators.lock_desk(self.state.desk, why)
        except Exception:  # noqa: BLE001 - the lock must happen even when the log cannot be written
            desk = self.state.desk.with_operator(operators.LOCKED_DESK_OPERATOR, "volunteer")
        self.state.set_desk(desk)
        self.locked.emit(shown or why)
        return True

    def _idle(self) -> None:
        minutes = round(self.idle_ms / 60_000, 1)
        words = f"{minutes:g} minute{'s' if minutes != 1 else ''}" if minutes >= 1 else f"{self.idle_ms} ms"
        if minutes >= 1 and minutes == int(minutes):
            shown = self.tr("no one at the laptop for %n minutes", "", int(minutes))
        else:
            short = f"{minutes:g} min" if minutes >= 1 else f"{self.idle_ms} ms"  # tests' short times
            shown = self.tr("no one at the laptop for {time}").format(time=short)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget.isModal():
                widget.reject()
        self.lock(f"no one at the laptop for {words}", shown)

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
