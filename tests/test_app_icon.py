"""The window icon is drawn from the one SVG source at every size a title bar or task switcher asks for."""

from __future__ import annotations

from PySide6.QtCore import QSize

from nightout_desk.ui.app_icon import SIZES, app_icon


def test_window_icon_is_drawn_from_the_svg_at_every_size(qapp) -> None:
    icon = app_icon()
    assert {s.width() for s in icon.availableSizes()} == set(SIZES)
    image = icon.pixmap(QSize(256, 256)).toImage()
    assert image.size() == QSize(256, 256)
    star, badge, corner = (image.pixelColor(x, y) for x, y in ((128, 60), (20, 128), (1, 1)))
    assert (star.red(), star.green(), star.blue()) == (0xF4, 0xC2, 0x4F)  # the gold star
    assert (badge.red(), badge.green(), badge.blue()) == (0x1F, 0x3A, 0x6B)  # the navy ground
    assert corner.alpha() == 0  # the rounded corners stay transparent
