"""The look every screen shares: text as large as the system's (or the laptop's setting), greys readable at 4.5:1.

WCAG 2 asks 4.5:1 between text and its background. Qt's placeholder grey is the text colour at half strength
(about 4.0:1 on white), so the palette gets a darker one; the tables' "Undone" grey is chosen the same way.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

READABLE_GREY = "#5f5f5f"  # 6.4:1 on white, 5.9:1 on the alternate row grey: placeholders, undone rows
MIN_POINTS = 11.0  # readable at arm's length; a larger system font is kept
TEXT_PERCENT_RANGE = (50, 300)


def text_points(system_points: float, percent: int) -> float:
    """The app's text size: the system's (at least MIN_POINTS), times the laptop's setting in percent."""
    low, high = TEXT_PERCENT_RANGE
    return max(system_points, MIN_POINTS) * min(max(percent, low), high) / 100


_SYSTEM_POINTS = "nightoutSystemPoints"  # the system's text size, kept on the app the first time it is changed
_SCALE = "nightoutFontScale"  # a widget whose text is a multiple of the app's (the search box, banners, counts)


def apply_look(app: QApplication, text_percent: int = 100) -> None:
    """Set the application's font size and readable greys: before any window is built, and again when the laptop's
    text size changes (View › Text size…; screens without a size of their own follow at once)."""
    font = app.font()
    if app.property(_SYSTEM_POINTS) is None:
        app.setProperty(_SYSTEM_POINTS, font.pointSizeF())
    wanted = text_points(float(app.property(_SYSTEM_POINTS)), text_percent)
    if abs(wanted - font.pointSizeF()) > 0.01:
        font.setPointSizeF(wanted)
        app.setFont(font)
    for widget in app.allWidgets():  # a font set on a widget does not follow the app's: set it again
        if widget.property(_SCALE) is not None:
            _set_scaled(widget, app.font().pointSizeF())
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(READABLE_GREY))
    app.setPalette(palette)


def scaled(widget: QWidget, factor: float, *, bold: bool | None = None, at_least: float = 0.0) -> QWidget:
    """Make `widget`'s text `factor` times the app's (and at least `at_least` times MIN_POINTS), now and whenever
    the laptop's text size changes (View › Text size…); returns the widget."""
    widget.setProperty(_SCALE, (factor, at_least))
    if bold is not None:
        font = widget.font()
        font.setBold(bold)
        widget.setFont(font)
    app = QApplication.instance()
    _set_scaled(widget, app.font().pointSizeF() if app else MIN_POINTS)
    return widget


def _set_scaled(widget: QWidget, app_points: float) -> None:
    factor, at_least = widget.property(_SCALE)
    font = widget.font()
    font.setPointSizeF(max(app_points * factor, MIN_POINTS * at_least))
    widget.setFont(font)
