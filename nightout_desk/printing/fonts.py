"""The Unicode TTF embedded in every PDF, registered once with reportlab."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from nightout_desk.config import resources_dir

REGULAR = "NightOutSans"
BOLD = "NightOutSans-Bold"


@cache
def register() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) shipped in resources/fonts; returns the (regular, bold) font names."""
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD


def fit_font_size(text: str, font: str, max_width: float, start: float, minimum: float = 5.0) -> float:
    """The largest size <= start at which `text` fits in max_width points (never below minimum)."""
    register()
    width = pdfmetrics.stringWidth(text, font, start)
    if width <= max_width or width == 0:
        return start
    return max(minimum, start * max_width / width * 0.999)
