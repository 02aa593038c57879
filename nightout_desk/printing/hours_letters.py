"""Service-hours letters: one page per volunteer, signed by the organizer, for schools, scouts and employers.

Only verified hours are certified (closed entries, and entries an organizer entered or corrected). An entry left
open after its shift is listed as "under review" and not counted until an organizer closes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from nightout_desk import clock
from nightout_desk.printing import fonts
from nightout_desk.printing.progress import Cancelled, Progress, step, written_aside
from nightout_desk.services.volunteers.hours_letters import HoursLetter
from nightout_desk.services.wording.words import Words

NAVY = HexColor("#1F3A93")
GREY = HexColor("#555555")
MARGIN = 1 * inch


def hours_text(hours: float, words: Words | None = None) -> str:
    """2.75 -> '2.75 hours (2 h 45 min)' ('2.75 horas (2 h 45 min)')."""
    minutes = round(hours * 60)
    return (words or Words())("hours.amount", hours=f"{hours:.2f}", h=minutes // 60, m=f"{minutes % 60:02d}")


def _paragraph(c: Canvas, text: str, y: float, size: float = 11, width: float | None = None) -> float:
    """Word-wrapped text from the left margin; returns the next baseline."""
    width = width or LETTER[0] - 2 * MARGIN
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if fonts.text_width(trial, size) > width and line:
            fonts.draw_text(c, MARGIN, y, line, size)
            y -= size * 1.45
            line = word
        else:
            line = trial
    if line:
        fonts.draw_text(c, MARGIN, y, line, size)
        y -= size * 1.45
    return y - size * 0.6


def draw_letter(c: Canvas, letter: HoursLetter) -> None:
    w, h = LETTER
    say = letter.words
    c.setFillColor(NAVY)
    c.rect(0, h - 0.35 * inch, w, 0.35 * inch, stroke=0, fill=1)
    y = h - MARGIN
    fonts.draw_text(c, MARGIN, y, letter.event_name, 16, bold=True)
    c.setFillColor(GREY)
    where = ", ".join(p for p in (letter.place, letter.town) if p)
    fonts.draw_text(c, MARGIN, y - 18, f"{say.long_date(letter.event_date)}{' · ' + where if where else ''}", 10)
    c.setFillColorRGB(0, 0, 0)
    y -= 60
    fonts.draw_text(c, w - MARGIN, y, say.long_date(letter.written_on), 11, align="right")
    y -= 30
    fonts.draw_text(c, MARGIN, y, say("hours.heading"), 13, bold=True)
    y -= 26
    y = _paragraph(c, say("hours.to_whom"), y)
    org = f" ({letter.organization})" if letter.organization else ""
    stations = ", ".join(letter.stations) if letter.stations else say("hours.the_event")
    town = say("hours.in_town", town=letter.town) if letter.town else ""
    y = _paragraph(c, say("hours.confirms", name=letter.volunteer_name, org=org, event=letter.event_name, town=town,
                          date=say.long_date(letter.event_date), stations=stations), y)
    label = say("hours.verified")
    fonts.draw_text(c, MARGIN, y, label, 12)
    fonts.draw_text(c, MARGIN + max(2.4 * inch, fonts.text_width(label, 12) + 10), y,
                    hours_text(letter.verified_hours, say), 12, bold=True)
    y -= 30
    y = _table(c, letter, y)
    if letter.unverified_hours > 0:
        y = _paragraph(c, say("hours.unverified", hours=f"{letter.unverified_hours:.2f}"), y - 4, size=10)
    y = _paragraph(c, say("hours.how"), y - 4)
    y = max(y - 40, MARGIN + 90)
    c.setLineWidth(0.6)
    c.line(MARGIN, y, MARGIN + 3 * inch, y)
    if letter.signer:
        fonts.draw_text(c, MARGIN, y - 15, letter.signer, 11, bold=True)
        fonts.draw_text(c, MARGIN, y - 30, say("hours.organizer", event=letter.event_name), 10)
    else:
        fonts.draw_text(c, MARGIN, y - 15, say("hours.organizer", event=letter.event_name), 10)
    c.setFillColor(GREY)
    fonts.draw_text(c, MARGIN, MARGIN / 2, say("hours.badge", code=letter.badge_code), 8)


def _table(c: Canvas, letter: HoursLetter, y: float) -> float:
    cols = (MARGIN, MARGIN + 2.6 * inch, MARGIN + 3.4 * inch, MARGIN + 4.2 * inch, MARGIN + 4.95 * inch)
    c.setFillColor(GREY)
    heads = (letter.words(k) for k in ("hours.station", "hours.in", "hours.out", "hours.hours", "hours.note"))
    for x, head in zip(cols, heads, strict=True):
        fonts.draw_text(c, x, y, head, 9, bold=True)
    c.setFillColorRGB(0, 0, 0)
    y -= 15
    for line in letter.lines[:14]:
        fonts.draw_text(c, cols[0], y, fonts.elide(line.station, cols[1] - cols[0] - 6, 10), 10)
        fonts.draw_text(c, cols[1], y, clock.hhmm(line.clock_in), 10)
        fonts.draw_text(c, cols[2], y, clock.hhmm(line.clock_out) or "—", 10)
        fonts.draw_text(c, cols[3], y, f"{line.hours:.2f}" if line.verified else f"({line.hours:.2f})", 10)
        note = fonts.elide(line.note, LETTER[0] - MARGIN - cols[4], 8)
        fonts.draw_text(c, cols[4], y, note, 8)
        y -= 15
    if len(letter.lines) > 14:
        fonts.draw_text(c, cols[0], y, letter.words("hours.more", n=len(letter.lines) - 14), 9)
        y -= 15
    return y - 10


def render(letters: list[HoursLetter], out: Path | BinaryIO, progress: Progress | None = None,
           cancelled: Cancelled | None = None, words: Words | None = None) -> int:
    """Write the PDF (one page a volunteer); `progress(done, total)` per letter, `cancelled()` stops it
    (PrintCancelled, no file left). `words`: the event's, for the page that says there is nothing to print (the
    letters carry their own)."""
    fonts.register()
    words = letters[0].words if letters else words or Words()
    with written_aside(out) as target:
        c = Canvas(target, pagesize=LETTER)
        c.setTitle(words("hours.title"))
        c.setAuthor("NightOut Desk")
        for i, letter in enumerate(letters):
            step(i, len(letters), progress, cancelled)
            draw_letter(c, letter)
            c.showPage()
        if not letters:
            fonts.draw_text(c, LETTER[0] / 2, LETTER[1] / 2, words("hours.none"), 12,
                            align="centre")
            c.showPage()
        c.save()
        step(len(letters), len(letters), progress, cancelled)
    return max(1, len(letters))
