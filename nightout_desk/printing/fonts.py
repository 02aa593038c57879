"""The Unicode fonts embedded in every PDF, and text drawing that falls back per character to a font that has it.

DejaVu Sans (regular, bold) covers Latin, Greek, Cyrillic, Arabic, Hebrew and more; Droid Sans Fallback (Apache-2.0,
from Debian's fonts-droid-fallback) covers Chinese, Japanese and Korean. `draw_text` splits a string into runs by
which font has each glyph, so "Zoë 李小龙" prints with both. Droid has no bold: bold CJK is drawn filled and stroked.

Right-to-left runs (Arabic, Hebrew) are shaped with HarfBuzz (`uharfbuzz`, through reportlab), which joins Arabic
letters and puts them in visual order; the page then reads right. So that the text layer still says "محمد" (search,
copy and paste, our tests), the ToUnicode map of shaped presentation-form glyphs points back to the base letters
(`_to_unicode_cmap`). Limits: a line is laid out left to right with RTL runs inside it (no full bidi paragraph
reordering for a mostly-RTL line with embedded Latin); Indic scripts are not shaped and DejaVu lacks most of them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import as_file

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from nightout_desk.config import resource

REGULAR = "NightOutSans"
BOLD = "NightOutSans-Bold"
FALLBACK = "NightOutFallback"  # CJK
FAKE_BOLD_STROKE = 0.035  # of the font size, for the fallback font's "bold"


def _register_font(name: str, filename: str) -> None:
    """Register resources/fonts/<filename> (reportlab wants a file path; it reads the whole file at once)."""
    with as_file(resource("fonts", filename)) as path:
        pdfmetrics.registerFont(TTFont(name, str(path)))


@cache
def register() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) shipped in resources/fonts; returns the (regular, bold) font names."""
    _register_font(REGULAR, "DejaVuSans.ttf")
    _register_font(BOLD, "DejaVuSans-Bold.ttf")
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    return REGULAR, BOLD


@cache
def _fallback() -> str:
    """Loaded only when a string needs it (the file is 4 MB; only the glyphs used are embedded)."""
    _register_font(FALLBACK, "DroidSansFallbackFull.ttf")
    return FALLBACK


@cache
def _cmap(font_name: str) -> dict[int, int]:
    return pdfmetrics.getFont(font_name).face.charToGlyph


_ORIGINAL_CMAP = ttfonts.makeToUnicodeCMap


def _base_letters(code: int) -> str:
    """An Arabic presentation form (what shaping produces) as the letters it stands for: U+FEE3 -> 'م'."""
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return unicodedata.normalize("NFKC", chr(code)).replace(" ", "") or chr(code)
    return chr(code)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with shaped presentation forms mapped back to their base letters."""
    text = _ORIGINAL_CMAP(fontname, subset)
    if not any(0xFB50 <= v <= 0xFDFF or 0xFE70 <= v <= 0xFEFF for v in subset):
        return text
    for i, v in enumerate(subset):
        base = _base_letters(v)
        if base != chr(v):
            target = base.encode("utf-16-be").hex().upper()
            text = text.replace(f"<{i:02X}> <{v:04X}>", f"<{i:02X}> <{target}>", 1)
    return text


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _is_strong_ltr(ch: str) -> bool:
    return unicodedata.bidirectional(ch) == "L"


@dataclass(frozen=True)
class Run:
    text: str
    font: str
    fake_bold: bool
    rtl: bool


@lru_cache(maxsize=4096)
def runs(text: str, bold: bool = False) -> tuple[Run, ...]:
    """The string split into runs by the font that has the glyph and by direction (RTL runs are shaped)."""
    primary = register()[1 if bold else 0]
    main = _cmap(primary)
    out: list[Run] = []
    chars = list(text)
    # neutrals (spaces, hyphens) between two right-to-left letters belong to the right-to-left run
    rtl_flags = [_is_rtl(c) for c in chars]
    for i, c in enumerate(chars):
        if not rtl_flags[i] and not _is_strong_ltr(c) and not c.isdigit():
            before = next((rtl_flags[j] for j in range(i - 1, -1, -1) if rtl_flags[j] or _is_strong_ltr(chars[j])),
                          False)
            after = next((rtl_flags[j] for j in range(i + 1, len(chars)) if rtl_flags[j] or _is_strong_ltr(chars[j])),
                         False)
            rtl_flags[i] = before and after
    for c, rtl in zip(chars, rtl_flags, strict=True):
        if ord(c) in main or c in " \t" or unicodedata.category(c).startswith("Z"):
            font, fake = primary, False
        elif ord(c) in _cmap(_fallback()):
            font, fake = FALLBACK, bold
        else:
            font, fake = primary, False  # nobody has it: the primary font's empty box, the text layer keeps it
        if out and out[-1].font == font and out[-1].rtl == rtl:
            out[-1] = Run(out[-1].text + c, font, fake, rtl)
        else:
            out.append(Run(c, font, fake, rtl))
    return tuple(out)


@lru_cache(maxsize=4096)
def _shaped(text: str, font: str, size: float):  # noqa: ANN202 - a reportlab ShapedStr
    return ttfonts.shapeStr(text, font, size)


def _run_width(run: Run, size: float) -> float:
    if run.rtl and ttfonts.uharfbuzz is not None:
        return sum(g.x_advance for g in _shaped(run.text, run.font, size).__shapeData__) * size / 1000
    return pdfmetrics.stringWidth(run.text, run.font, size)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return sum(_run_width(r, size) for r in runs(text, bold))


def fit_size(text: str, max_width: float, start: float, minimum: float = 5.0, bold: bool = False) -> float:
    """The largest size <= start at which `text` fits in max_width points (never below minimum)."""
    width = text_width(text, start, bold)
    if width <= max_width or width == 0:
        return start
    return max(minimum, start * max_width / width * 0.999)


def fit_font_size(text: str, font: str, max_width: float, start: float, minimum: float = 5.0) -> float:
    """Kept for callers that draw with one font; prefer `fit_size`, which knows the fallback fonts."""
    return fit_size(text, max_width, start, minimum, bold=font == BOLD)


def elide(text: str, max_width: float, size: float, bold: bool = False) -> str:
    """Cut with an ellipsis so that it fits at `size` (for text that must not shrink further)."""
    if text_width(text, size, bold) <= max_width:
        return text
    while text and text_width(text + "…", size, bold) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_text(canvas, x: float, y: float, text: str, size: float, bold: bool = False,  # noqa: ANN001 - a Canvas
              align: str = "left") -> float:
    """Draw `text` at baseline y, left / centre / right aligned on x, with per-character font fallback.

    Uses the canvas's current fill colour (and strokes with it for the fallback font's bold). Returns the width.
    """
    parts = runs(text, bold)
    if not parts:
        return 0.0
    width = text_width(text, size, bold)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    any_fake = any(r.fake_bold for r in parts)
    if any_fake:
        canvas.saveState()
        canvas.setStrokeColor(canvas._fillColorObj)
        canvas.setLineWidth(size * FAKE_BOLD_STROKE)
    t = canvas.beginText(x, y)
    faked = False
    for run in parts:
        t.setFont(run.font, size)
        if run.fake_bold != faked:
            t.setTextRenderMode(2 if run.fake_bold else 0)
            faked = run.fake_bold
        if run.rtl and ttfonts.uharfbuzz is not None:
            t.textOut(_shaped(run.text, run.font, size))
        else:
            t.textOut(run.text)
    if faked:
        t.setTextRenderMode(0)
    canvas.drawText(t)
    if any_fake:
        canvas.restoreState()
    return width
