"""The window icon, drawn from resources/icons/nightout-desk.svg: the one source of every icon file the build makes
(tools/app_icons.py: .ico, .icns, PNGs) and of the icon title bars and task switchers show at run time."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from nightout_desk.config import resource

SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """Each size drawn from the vectors (sharp at 16 px too); an empty icon if the file is missing or unreadable."""
    source, icon = resource("icons", "nightout-desk.svg"), QIcon()
    renderer = QSvgRenderer(QByteArray(source.read_bytes())) if source.is_file() else None
    if renderer is None or not renderer.isValid():
        return icon
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon
