"""Thank-you letters as PDF: the organization's heading, the donor's address (window-envelope friendly), the body."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from nightout_desk.printing import fonts
from nightout_desk.printing.letterhead import INK, MARGIN, PAGE_H, PAGE_W, footer, heading, paragraph, signature
from nightout_desk.printing.progress import Cancelled, Progress, step, written_aside
from nightout_desk.services.donations.letters import Letter
from nightout_desk.services.wording.words import Words

BODY_SIZE = 11.5


def write_letters(letters: list[Letter], out: Path, footer_text: str = "", progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> Path:
    """Write the letters to one PDF (written aside, then moved into place); `progress(done, total)` per letter,
    `cancelled()` stops it (PrintCancelled, no file left)."""
    fonts.register()
    out = Path(out)
    with written_aside(out) as tmp:
        c = Canvas(tmp, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
        c.setTitle((letters[0].words if letters else Words())("letter.title"))
        for i, letter in enumerate(letters):
            step(i, len(letters), progress, cancelled)
            _letter(c, letter, footer_text)
            c.showPage()
        if not letters:
            c.showPage()
        c.save()
        step(len(letters), len(letters), progress, cancelled)
    return out


def _letter(c: Canvas, k: Letter, footer_text: str) -> None:
    y = heading(c, k.org_name, k.org_address, k.org_contact, "", [])
    width = PAGE_W - 2 * MARGIN
    c.setFillColor(INK)
    fonts.draw_text(c, MARGIN, y, k.date, 11)
    # the address sits where a #10 window envelope shows it (about 2.2" from the top)
    y = min(y - 28, PAGE_H - 2.3 * inch)
    attn = [k.words("receipt.attn", name=k.donor_contact)] if k.donor_contact else []
    for line in [k.donor_name, *attn, *k.donor_address]:
        fonts.draw_text(c, MARGIN, y, fonts.elide(line, width * 0.6, 11), 11)
        y -= 14.5
    y -= 26
    for text in k.body:
        if y < MARGIN + 140:
            footer(c, footer_text)
            c.showPage()
            y = PAGE_H - MARGIN
        y = paragraph(c, MARGIN, y, text, width, BODY_SIZE, leading=BODY_SIZE * 1.45) - 9
    y -= 40
    signature(c, MARGIN, y, k.signer_name, k.signer_title)
    footer(c, footer_text)
