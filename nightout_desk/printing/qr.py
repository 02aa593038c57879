"""QR codes drawn as vector paths: fast to build, sharp at any size, quiet zone respected (reusable by any printout).

Speed: `qrcode` by default builds the symbol eight times to pick the best mask (~1.5 ms a code). Our payloads are
short upper-case codes ("V7K3QWPX", "H7K3QWPX") that fit version 1 in alphanumeric mode, so the version and the mask
are fixed (mask 2 scores well on these symbols; every mask is valid QR and any decoder reads it) and the symbol is
built once. Drawing: the dark modules of each row are merged into runs, and all runs are one filled path, so a code
is one PDF path instead of ~200 rectangles. Error correction Q (25%) for badges that get bent, scuffed and laminated.
"""

from __future__ import annotations

from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_Q
from qrcode.exceptions import DataOverflowError

QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004 asks for 4)
FIXED_MASK = 2


@lru_cache(maxsize=2048)
def matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The symbol's modules (no quiet zone), dark = True."""
    qr = qrcode.QRCode(version=1, error_correction=ERROR_CORRECT_Q, mask_pattern=FIXED_MASK, border=0)
    qr.add_data(data, optimize=0)
    try:
        qr.make(fit=False)
    except DataOverflowError:  # a longer payload: the smallest version that fits, still one fixed mask
        qr = qrcode.QRCode(version=None, error_correction=ERROR_CORRECT_Q, mask_pattern=FIXED_MASK, border=0)
        qr.add_data(data, optimize=0)
        qr.make(fit=True)
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


def modules_with_quiet_zone(data: str) -> int:
    return len(matrix(data)) + 2 * QUIET_ZONE


@lru_cache(maxsize=2048)
def _runs(data: str) -> tuple[tuple[int, int, int], ...]:
    """(row, first column, length) of each horizontal run of dark modules."""
    out = []
    for r, row in enumerate(matrix(data)):
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                out.append((r, start, c - start))
            else:
                c += 1
    return tuple(out)


def draw_qr(canvas, data: str, x: float, y: float, size: float, white_background: bool = True) -> None:  # noqa: ANN001
    """Draw the code with its quiet zone in the square (x, y, size) — y is the bottom edge, as in reportlab.

    The runs are written in module units under one transform (row 0 at the top), as a single filled path: short
    integers instead of ~60 formatted floats per code, and one fill, so no renderer draws seams between modules.
    """
    total = modules_with_quiet_zone(data)
    module = size / total
    if white_background:
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.saveState()
    canvas.translate(x + QUIET_ZONE * module, y + size - QUIET_ZONE * module)
    canvas.scale(module, -module)
    canvas.addLiteral("\n".join(f"{c} {r} {n} 1 re" for r, c, n in _runs(data)) + "\nf")
    canvas.restoreState()


def write_png(data: str, path, module_px: int = 12) -> None:  # noqa: ANN001 - a Path or a binary file
    """The same symbol as `draw_qr` prints (same version, mask and quiet zone) as a black-and-white PNG, `module_px`
    pixels a module (12: 348 px for our codes, sharp in an email or a mail-merge letter). Pillow draws it."""
    from PIL import Image  # only the ticket export needs it

    modules = matrix(data)
    side = len(modules) + 2 * QUIET_ZONE
    image = Image.new("1", (side, side), 1)
    image.putdata([0 if 0 <= r - QUIET_ZONE < len(modules) and 0 <= c - QUIET_ZONE < len(modules)
                   and modules[r - QUIET_ZONE][c - QUIET_ZONE] else 1 for r in range(side) for c in range(side)])
    image = image.resize((side * module_px, side * module_px), Image.Resampling.NEAREST)
    image.save(path, format="PNG", optimize=True)
