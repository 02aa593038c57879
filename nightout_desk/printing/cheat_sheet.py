"""The keyboard cheat sheet to tape to the table: every shortcut of `nightout_desk.shortcuts`, one Letter page.

Two columns of task groups in big type; the type shrinks step by step only if the list would not fit on one page.
In English or Spanish (`words`); Spanish runs longer, so its type may be a step or two smaller.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from nightout_desk import APP_NAME
from nightout_desk.printing import fonts
from nightout_desk.printing.letterhead import ACCENT, INK, MUTED, NAVY, PAGE_H, PAGE_W, SOFT, wrap
from nightout_desk.printing.progress import written_aside
from nightout_desk.services.wording.words import Words
from nightout_desk.shortcuts import GROUPS, Group

EDGE = 0.5 * inch  # inside what office printers print
GAP = 0.3 * inch  # between the columns
LARGEST, SMALLEST = 14.0, 8.0  # the description's size; keys print a little bigger, headings bigger still


def _key_width(size: float, spanish: bool) -> float:
    return max(fonts.text_width(s.in_language(spanish)[0], size + 1, True) for g in GROUPS
               for s in g.shortcuts) + 0.12 * inch


def _group_lines(group: Group, size: float, column: float, spanish: bool) -> list[tuple[list[str], list[str]]]:
    """Each shortcut's keys and words, wrapped to their part of the column."""
    keys = min(_key_width(size, spanish), column * 0.42)
    out = []
    for s in group.shortcuts:
        label, what = s.in_language(spanish)
        out.append((wrap(label, keys - 0.12 * inch, size + 1, True), wrap(what, column - keys, size)))
    return out


def _group_height(group: Group, size: float, column: float, spanish: bool) -> float:
    rows = sum(max(len(k), len(w)) for k, w in _group_lines(group, size, column, spanish))
    return size * 2.6 + rows * size * 1.3 + len(group.shortcuts) * size * 0.35


def _columns(size: float, column: float, height: float, spanish: bool) -> list[list[Group]] | None:
    """Groups in order, filling the left column then the right; None if they do not fit at this size."""
    columns: list[list[Group]] = [[], []]
    used, at = 0.0, 0
    for group in GROUPS:
        h = _group_height(group, size, column, spanish)
        if used + h > height and columns[at]:
            at, used = at + 1, 0.0
        if at > 1 or h > height:
            return None
        columns[at].append(group)
        used += h
    return columns


def write_cheat_sheet(out: Path, subtitle: str = "", words: Words | None = None) -> Path:
    """`subtitle`: a line under the title (the event's name, when a window prints it); nothing personal.
    `words`: the language (English when not given)."""
    fonts.register()
    w = words or Words()
    title = w("cheat.title")
    out = Path(out)
    with written_aside(out) as tmp:
        c = Canvas(tmp, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
        c.setTitle(f"{APP_NAME} — {title}")
        top = PAGE_H - EDGE
        c.setFillColor(NAVY)
        fonts.draw_text(c, EDGE, top - 26, title, 28, bold=True)
        c.setFillColor(MUTED)
        fonts.draw_text(c, PAGE_W - EDGE, top - 24, subtitle or APP_NAME, 12, align="right")
        c.setStrokeColor(ACCENT)
        c.setLineWidth(2)
        c.line(EDGE, top - 36, PAGE_W - EDGE, top - 36)
        body_top, body_bottom = top - 56, EDGE + 22
        column = (PAGE_W - 2 * EDGE - GAP) / 2
        size = LARGEST
        while (columns := _columns(size, column, body_top - body_bottom, w.spanish)) is None and size > SMALLEST:
            size -= 0.5
        if columns is None:
            raise ValueError("The shortcuts no longer fit on one page: shorten their words.")
        for i, groups in enumerate(columns):
            x, y = EDGE + i * (column + GAP), body_top
            for group in groups:
                y = _draw_group(c, group, x, y, size, column, w.spanish)
        c.setFillColor(MUTED)
        fonts.draw_text(c, EDGE, EDGE, w("cheat.footer"), 9)
        c.showPage()
        c.save()
    return out


def _draw_group(c: Canvas, group: Group, x: float, y: float, size: float, column: float, spanish: bool) -> float:
    lead = size * 1.3
    c.setFillColor(SOFT)
    c.rect(x, y - size * 0.55, column, size * 1.75, stroke=0, fill=1)
    c.setFillColor(NAVY)
    fonts.draw_text(c, x + 6, y, group.title_es if spanish else group.title, size + 2, bold=True)
    y -= size * 2.1
    keys = min(_key_width(size, spanish), column * 0.42)
    for key_lines, lines in _group_lines(group, size, column, spanish):
        c.setFillColor(INK)
        for n, line in enumerate(key_lines):
            fonts.draw_text(c, x + 4, y - n * lead, line, size + 1, bold=True)
        for n, line in enumerate(lines):
            fonts.draw_text(c, x + keys, y - n * lead, line, size)
        y -= max(len(key_lines), len(lines)) * lead + size * 0.35
    return y - size * 0.5
