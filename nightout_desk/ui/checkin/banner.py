"""The big coloured result line: checked in / already checked in / not found — in words, not only colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from nightout_desk.ui.look import scaled
from nightout_desk.ui.speech import show_result

STYLES = {
    "idle": ("#eef1f5", "#333333"),
    "ok": ("#1b7f3b", "#ffffff"),
    "already": ("#f0a500", "#1a1a1a"),
    "missing": ("#b00020", "#ffffff"),
    "info": ("#2d5d9f", "#ffffff"),
}


class ResultBanner(QLabel):
    """Its accessible name is the message (announced as it changes); `what` is its description."""

    def __init__(self, parent=None, what: str = "Check-in result") -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("checkinBanner")
        self.what = what
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(64)
        self.state = "idle"
        self.show_message("idle", self.tr("Type a name, phone or ticket code — or scan a ticket.")
)
    def show_message(self, state: str, text: str) -> None:
        self.state = state
        bg, fg = STYLES[state]
        scaled(self, 1.6, bold=state != "idle", at_least=1.6)
        self.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; border-radius: 6px; padding: 8px 14px; }}")
        show_result(self, text, self.what, urgent=state in ("missing", "already"))
