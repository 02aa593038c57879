"""What receipts and thank-you letters share: the organization's heading, colours, wrapped paragraphs, a footer."""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch

from nightout_desk.printing import fonts
from nightout_desk.printing.page_edge import EDGE

PAGE_W, PAGE_H = letter
MARGIN = 0.8 * inch
NAVY = HexColor("#1F3A5F")
ACCENT = HexColor("#C8A24A")  # a warm gold rule under the heading
INK = HexColor("#222222")
MUTED = HexColor("#5A6472")
SOFT = HexColor("#EEF2F7")
VOID_RED = Color(0.78, 0.1, 0.1, alpha=0.18)


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Lines of at most `width` points; a word longer than a line is cut."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if fonts.text_width(candidate, size, bold) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while fonts.text_width(word, size, bold) > width and len(word) > 1:
                cut = len(word)
                while cut > 1 and fonts.text_width(word[:cut], size, bold) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def paragraph(c, x: float, y: float, text: str, width: float, size: float = 10, leading: float | None = None,  # noqa: ANN001
              bold: bool = False, color=INK) -> float:  # noqa: ANN001
    """Draw wrapped text from baseline y downwards; returns the y below the last line."""
    leading = leading or size * 1.35
    c.setFillColor(color)
    for line in wrap(text, width, size, bold):
        fonts.draw_text(c, x, y, line, size, bold)
        y -= leading
    return y


def heading(c, name: str, address: list[str], contact: str, right_title: str, right_lines: list[str]) -> float:  # noqa: ANN001
    """The organization at the left, the document's title and number at the right; returns the y below."""
    fonts.register()
    top = PAGE_H - MARGIN
    c.setFillColor(NAVY)
    c.rect(EDGE, PAGE_H - EDGE - 0.22 * inch, PAGE_W - 2 * EDGE, 0.22 * inch, stroke=0, fill=1)  # inside what prints
    left_w = PAGE_W * 0.55 - MARGIN
    size = fonts.fit_size(name, left_w, 17, 11, bold=True)
    y = top - 4
    for line in wrap(name, left_w, size, bold=True)[:2]:
        fonts.draw_text(c, MARGIN, y, line, size, bold=True)
        y -= size * 1.2
    c.setFillColor(MUTED)
    for line in [*address, contact]:
        if line:
            fonts.draw_text(c, MARGIN, y, fonts.elide(line, left_w, 9.5), 9.5)
            y -= 12.5
    right = PAGE_W - MARGIN
    c.setFillColor(NAVY)
    ry = top - 4
    fonts.draw_text(c, right, ry, right_title.upper(), 13, bold=True, align="right")
    ry -= 18
    c.setFillColor(INK)
    for i, line in enumerate(right_lines):
        fonts.draw_text(c, right, ry, line, 10.5 if i == 0 else 9.5, bold=i == 0, align="right")
        ry -= 14
    y = min(y, ry) - 6
    c.setStrokeColor(ACCENT)
    c.setLineWidth(2)
    c.line(MARGIN, y, PAGE_W - MARGIN, y)
    return y - 24


def footer(c, text: str, right: str = "") -> None:  # noqa: ANN001
    c.setStrokeColor(SOFT)
    c.setLineWidth(1)
    c.line(MARGIN, MARGIN + 14, PAGE_W - MARGIN, MARGIN + 14)
    c.setFillColor(MUTED)
    if text:
        size = fonts.fit_size(text, PAGE_W - 2 * MARGIN - 120, 8.5, 6)
        fonts.draw_text(c, MARGIN, MARGIN, text, size)
    if right:
        fonts.draw_text(c, PAGE_W - MARGIN, MARGIN, right, 8.5, align="right")


def signature(c, x: float, y: float, name: str, title: str, width: float = 2.6 * inch) -> float:  # noqa: ANN001
    c.setStrokeColor(INK)
    c.setLineWidth(0.7)
    c.line(x, y, x + width, y)
    c.setFillColor(INK)
    y -= 13
    if name:
        fonts.draw_text(c, x, y, name, 10, bold=True)
        y -= 13
    if title:
        c.setFillColor(MUTED)
        fonts.draw_text(c, x, y, title, 9.5)
        y -= 13
    return y


def void_mark(c, text: str, stamp: str = "VOID") -> None:  # noqa: ANN001
    """A large diagonal `stamp` across the page, and `text` (why, in words) at the top."""
    c.saveState()
    c.setFillColor(VOID_RED)
    c.translate(PAGE_W / 2, PAGE_H / 2)
    c.rotate(35)
    fonts.draw_text(c, 0, -60, stamp, fonts.fit_size(stamp, PAGE_W, 170, 60, bold=True), bold=True, align="centre")
    c.restoreState()
    c.setFillColor(HexColor("#B01515"))
    size = fonts.fit_size(text, PAGE_W - 2 * MARGIN, 11, 7, bold=True)
    fonts.draw_text(c, PAGE_W / 2, PAGE_H - 0.45 * inch, text, size, bold=True, align="centre")
