"""The rest of the printouts in Spanish, read back after the English: the year statements (the IRS sentences in
Spanish with the official English beneath, as on a Spanish receipt), the keyboard cheat sheet, the giveaway count
sheet, and the hours letters' page when there is nothing to print. Each Spanish page is also rendered at 60 dpi
(NIGHTOUT_SHOTS keeps them to be looked at) and checked for words past the margins."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess

from nightout_desk.cli import main
from nightout_desk.printing import hours_letters as hours_pdf
from nightout_desk.printing.cheat_sheet import write_cheat_sheet
from nightout_desk.printing.count_sheet import write_count_sheet
from nightout_desk.printing.statements import write_statements
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.donations import statements
from nightout_desk.services.inventory import stock as inventory
from nightout_desk.services.volunteers import hours_letters
from nightout_desk.services.wording import language
from nightout_desk.services.wording.words import Words
from nightout_desk.shortcuts import GROUPS
from tests.donation_helpers import PAL, hardware, set_up
from tests.test_spanish_printouts import ENGLISH_DATE, SPANISH_DATE, SPANISH_DAY, english_left, text_of

LETTER_W = 612


def outside(pdf, tmp_path, margin: float) -> list[str]:
    """Words poppler finds nearer the page's left or right edge than `margin` points."""
    html = tmp_path / f"{pdf.stem}.html"
    subprocess.run(["pdftotext", "-bbox", str(pdf), str(html)], check=True)
    return [word for x0, x1, word in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" '
                                                r'yMax="[\d.]+">([^<]*)', html.read_text(encoding="utf-8"))
            if float(x0) < margin - 1 or float(x1) > LETTER_W - margin + 1]


def pages_png(pdf, tmp_path) -> int:
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / pdf.stem)], check=True)
    made = sorted(tmp_path.glob(f"{pdf.stem}-*.png"))
    if os.environ.get("NIGHTOUT_SHOTS"):
        for p in made:
            shutil.copy(p, os.environ["NIGHTOUT_SHOTS"])
    return len(made)


SPANISH_STATEMENT = ("ESTADO ANUAL", "RECIBIDO CON AGRADECIMIENTO DE", "Contribuciones en 2026, en todos los eventos",
                     "Fecha de recepción", "Donación", "Monto en efectivo", "Recibido a cambio", "Nada",
                     "Total en efectivo en 2026", "PARA SUS REGISTROS FISCALES", "Donación 1 (",
                     "se limita al exceso del dinero aportado ($250.00)", "Texto oficial en inglés (IRS):",
                     "¡Gracias por su apoyo en 2026!", "Cheque n.º 1042", "Atención: Sam Patel",
                     "No se proporcionaron bienes ni servicios a cambio de la donación 2.", "Año 2026",
                     "Conserve este recibo")
ENGLISH_STATEMENT = ("YEAR STATEMENT", "RECEIVED WITH THANKS", "at every event", "Date received", "Cash amount",
                     "Given in return", "Total cash contributions", "FOR YOUR TAX RECORDS", "Thank you for",
                     "Please keep this receipt", "Issued ", "Attn:", "Nothing", "Year 2026")


def test_year_statements_in_spanish_keep_the_official_english_beneath(sqlite_desk, tmp_path):
    set_up(sqlite_desk, PAL)
    donor = hardware(sqlite_desk)
    donations.record(sqlite_desk, donor.id, kind="check", amount="250", check_number="4417",
                     received_on=dt.date(2026, 8, 4), returned_description="two dinner tickets", returned_value="40")
    donations.record(sqlite_desk, donor.id, kind="check", amount="100", check_number="1042",
                     received_on=dt.date(2026, 9, 30))
    english = write_statements(statements.year_statements(sqlite_desk, 2026), tmp_path / "en.pdf")
    en_text, en_pages = text_of(english)
    language.set_language(sqlite_desk, "es")
    made = statements.year_statements(sqlite_desk, 2026)
    spanish = write_statements(made, tmp_path / "statement_es.pdf")
    text, pages = text_of(spanish)
    # the official English beneath the Spanish adds about nine small lines to the tax box: the thanks and the
    # signature go over to a second page (a statement whose gifts got nothing back stays on one, below)
    assert en_pages == 1 and pages == 2
    missing = [p for p in SPANISH_STATEMENT if p not in text]
    assert not missing, missing
    assert "30 de septiembre de 2026" in text and SPANISH_DATE.search(text)
    # the official English beneath: the gifts' sentences and the tax status, nothing else in English
    assert "limited to the excess of the money contributed ($250.00)" in text and "section 501(c)(3)" in text
    assert "No goods or services were provided in return for gift 2." in text
    left = english_left(text, ENGLISH_STATEMENT)
    assert not left, left
    assert "Date received" in en_text and "Texto oficial" not in en_text and ENGLISH_DATE.search(en_text)
    assert made[0].legal_english and made[0].language == "es"
    assert outside(spanish, tmp_path, 0.75 * 72) == [] and pages_png(spanish, tmp_path) == 2


def test_a_spanish_statement_of_gifts_that_got_nothing_back_keeps_its_one_page(sqlite_desk, tmp_path):
    set_up(sqlite_desk, PAL)
    donor = hardware(sqlite_desk)
    for day, amount in ((dt.date(2026, 8, 4), "40"), (dt.date(2026, 11, 30), "60")):
        donations.record(sqlite_desk, donor.id, kind="cash", amount=amount, received_on=day)
    english = write_statements(statements.year_statements(sqlite_desk, 2026), tmp_path / "en.pdf")
    language.set_language(sqlite_desk, "es")
    spanish = write_statements(statements.year_statements(sqlite_desk, 2026), tmp_path / "es1.pdf")
    text, pages = text_of(spanish)
    assert pages == text_of(english)[1] == 1
    assert "No se proporcionaron bienes ni servicios a cambio de estas contribuciones." in text
    assert "30 de noviembre de 2026" in text and "Efectivo" in text


def test_the_cheat_sheet_in_spanish_stays_one_page(tmp_path, capsys):
    english = write_cheat_sheet(tmp_path / "en.pdf", "Noche de Riverside")
    spanish = write_cheat_sheet(tmp_path / "cheat_es.pdf", "Noche de Riverside", Words("es"))
    text, pages = text_of(spanish)
    assert pages == text_of(english)[1] == 1
    assert "Teclas en la mesa" in text and "Ayuda › Atajos de teclado" in text
    for group in GROUPS:
        assert group.title_es and group.title_es in text, group.title
        for s in group.shortcuts:
            assert s.what_es and s.what_es.split()[0] in text, s.what
    assert not english_left(text, ("Keys at the table", "At the check-in desk", "find a family", "Scan a ticket",
                                   "undo this laptop", "quick start card", "Help ›"))
    assert outside(spanish, tmp_path, 0.5 * 72) == [] and pages_png(spanish, tmp_path) == 1
    out = tmp_path / "cli.pdf"
    assert main(["print", "cheat-sheet", "--language", "es", "--out", str(out)]) == 0
    assert "Teclas en la mesa" in text_of(out)[0]
    assert main(["print", "cheat-sheet", "--language", "fr", "--out", str(out)]) == 1
    assert "choose en (English) or es (Spanish)" in capsys.readouterr().err


def test_the_count_sheet_in_spanish(sqlite_desk, tmp_path):
    for n in range(25):
        inventory.add_item(sqlite_desk, name=f"Paquete de lápices {n:02d}", category="Útiles escolares", unit="pack")
    items = inventory.levels(sqlite_desk)
    at = dt.datetime(2026, 8, 4, 20, 45)
    english = write_count_sheet("Riverside National Night Out 2026", items, tmp_path / "en.pdf", at)
    spanish = write_count_sheet("Riverside National Night Out 2026", items, tmp_path / "count_es.pdf", at,
                                Words("es"))
    en_text, en_pages = text_of(english)
    text, pages = text_of(spanish)
    assert pages == en_pages == 2
    for phrase in ("CONTEO DE OBSEQUIOS", "Impreso el 4 de agosto de 2026 20:45", "Página 2", "Contado por",
                   "Revisado por", "Artículo", "Categoría", "Unidad", "Contados", "Inventario › Conciliar conteo"):
        assert phrase in text, phrase
    assert not english_left(text, ("Giveaway count sheet", "Printed", "Counted by", "Checked by", "Category",
                                   "Inventory ›", "August"))
    assert "Printed August 4, 2026 20:45" in en_text
    assert outside(spanish, tmp_path, 0.75 * 72) == [] and pages_png(spanish, tmp_path) == 2


def test_the_count_sheet_command_prints_in_the_events_language(sqlite_desk, tmp_path):
    inventory.add_item(sqlite_desk, name="Casco de bicicleta", category="Seguridad", unit="each")
    language.set_language(sqlite_desk, "es")
    out = tmp_path / "count.pdf"
    assert main(["--db", str(sqlite_desk.db.path), "print", "count-sheet", "--out", str(out)]) == 0
    text, _ = text_of(out)
    assert "CONTEO DE OBSEQUIOS" in text and SPANISH_DAY.search(text) and SPANISH_DATE.search(text)
    assert not english_left(text, ("Tuesday", "August", "Printed"))


def test_hours_letters_say_there_is_nothing_to_print_in_spanish(sqlite_desk, tmp_path):
    language.set_language(sqlite_desk, "es")
    assert hours_letters.letters(sqlite_desk) == []
    out = tmp_path / "none.pdf"
    hours_pdf.render([], out, words=Words(language.desk_language(sqlite_desk)))
    assert "Ningún voluntario ha registrado horas todavía." in text_of(out)[0]
    cli = tmp_path / "cli.pdf"
    assert main(["--db", str(sqlite_desk.db.path), "--operator", "Pat Organizer", "print", "hours-letters",
                 "--out", str(cli)]) == 0
    text, pages = text_of(cli)
    assert pages == 1 and "Ningún voluntario ha registrado horas todavía." in text and "No volunteer" not in text
