"""The app's icon in every format the three platforms want, made from the one source, resources/icons/nightout-desk.svg.

Called by build.spec (the bundle's build); also runnable by hand: `.venv/bin/python tools/app_icons.py OUT_DIR`.
Qt renders the SVG (QtSvg, already in the app); Pillow writes the Windows .ico and the macOS .icns.
Linux gets PNGs in the freedesktop hicolor layout (icons/hicolor/SIZExSIZE/apps/nightout-desk.png).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "nightout-desk.svg"
NAME = "nightout-desk"
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows Explorer and the taskbar pick from


def render(size: int) -> bytes:
    """The source drawn at size x size pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # QPainter needs one
    renderer = QSvgRenderer(QByteArray(SOURCE.read_bytes()))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def make_icons(out: Path) -> dict[str, Path]:
    """Writes NAME.ico, NAME.icns and the hicolor PNGs under out; returns {"ico", "icns", "hicolor"} paths."""
    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    big = Image.open(io.BytesIO(render(1024))).convert("RGBA")
    for size in LINUX_SIZES:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        # each size drawn from the vectors, not scaled down from one picture: sharp at 16 px too
        (folder / f"{NAME}.png").write_bytes(render(size))
    ico, icns = out / f"{NAME}.ico", out / f"{NAME}.icns"
    big.save(ico, sizes=[(s, s) for s in ICO_SIZES])
    big.save(icns)  # Pillow writes every ICNS size from 16 to 1024 (retina) from the largest
    return {"ico": ico, "icns": icns, "hicolor": out / "hicolor"}


if __name__ == "__main__":
    for kind, path in make_icons(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")).items():
        print(f"{kind}: {path}")
