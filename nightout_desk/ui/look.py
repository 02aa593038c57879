"""The look every screen shares: text as large as the system's (or the laptop's setting), greys readable at 4.5:1.

WCAG 2 asks 4.5:1 between text and its background. Qt's placeholder grey is the text colour at half strength
(about 4.0:1 on white), so the palette gets a darker one; the tables' "Undone" grey is chosen the same way.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

READABLE_GREY = "#5f5f5f"  # 6.4:1 on white, 5.9:1 on the alternate row grey: placeholders, undone rows
MIN_POINTS = 11.0  # readable at arm's length; a larger system font is kept
TEXT_PERCENT_RANGE = (50, 300)


def text_points(system_points: float, percent: int) -> float:
    """The app's text size: the system's (at least MIN_POINTS), times the laptop's setting in percent."""
    low, high = TEXT_PERCENT_RANGE
    return max(system_points, MIN_POINTS) * min(max(percent, low), high) / 100


def apply_look(app: QApplication, text_percent: int = 100) -> None:
    """Set the application's font size and readable greys (call before any window is built)."""
    font = app.font()
    wanted = text_points(font.pointSizeF(), text_percent)
    if abs(wanted - font.pointSizeF()) > 0.01:
        font.setPointSizeF(wanted)
        app.setFont(font)
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(READABLE_GREY))
    app.setPalette(palette)
