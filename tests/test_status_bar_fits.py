"""The status bar at a larger text size on a 1366 px laptop: what does not fit is shortened with "…", never cut
through the middle of a letter, and the live counts stay whole. Read from the pixels, as a person sees them."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from nightout_desk.config import LaptopSettings
from nightout_desk.services.checkin import checkins
from nightout_desk.ui.look import apply_look
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.state import AppState
from tests.conftest import make_desk

STATUS = ("statusEvent", "statusDatabase", "statusOperator", "statusCounts")


def ink_at_right_edge(widget: QWidget) -> bool:
    """Whether text is drawn in the last two pixel columns of the widget's contents: text cut off by the edge."""
    image: QImage = widget.grab().toImage()
    rect = widget.contentsRect()
    background = widget.palette().color(widget.backgroundRole()).lightness()
    for x in (rect.right() - 1, rect.right()):
        for y in range(rect.top(), rect.bottom() + 1):
            if abs(image.pixelColor(x, y).lightness() - background) > 60:
                return True
    return False


def test_status_bar_shortens_with_an_ellipsis_at_120_percent_and_keeps_the_counts_whole(qtbot, sqlite_db,
                                                                                        monkeypatch, tmp_path):
    monkeypatch.setenv("NIGHTOUT_CONFIG_DIR", str(tmp_path))
    desk = make_desk(sqlite_db, operator="Demo Organizer", device="Check-in laptop 2",
                     name="Riverside National Night Out 2026, Town of Riverside")
    checkins.walk_up(desk, "Nguyen", 2, 2, zip_code="12345")
    app = QApplication.instance()
    font, palette = app.font(), app.palette()
    try:
        apply_look(app, 120)
        window = MainWindow(AppState(desk, LaptopSettings(device_name="Check-in laptop 2")), idle_lock_ms=0)
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        qtbot.waitUntil(lambda: window.findChild(QWidget, "statusCounts").text().startswith("1 household"))
        QApplication.processEvents()
        widgets = {name: window.findChild(QWidget, name) for name in STATUS}
        assert sum(w.sizeHint().width() for w in widgets.values()) > window.width()  # the case: it cannot all fit
        squeezed = [name for name, w in widgets.items() if w.width() < w.sizeHint().width()]
        assert squeezed and "statusCounts" not in squeezed
        assert [name for name in squeezed if ink_at_right_edge(widgets[name])] == []
        counts = widgets["statusCounts"]
        assert counts.width() >= counts.sizeHint().width()
        # the whole texts stay in the widgets, for readers and tests, whatever is drawn
        assert widgets["statusEvent"].text() == "Riverside National Night Out 2026, Town of Riverside"
        assert "Demo Organizer" in widgets["statusOperator"].text()
    finally:
        app.setFont(font)
        app.setPalette(palette)
