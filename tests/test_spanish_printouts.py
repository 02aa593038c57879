"""Every printout in the event's language: printed in English, switched to Spanish, printed again and read back —
Spanish phrases there, no English phrase left, dates in Spanish form, as many pages, QR codes still scanning."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from nightout_desk.cli import main
from nightout_desk.printing import badges as badge_pdf
from nightout_desk.printing import hours_letters as hours_pdf
from nightout_desk.printing import tickets as ticket_pdf
from nightout_desk.printing.letters import write_letters
from nightout_desk.printing.receipts import write_receipts
from nightout_desk.printing.waiver_form import render_waiver_form
from nightout_desk.services.checkin import households
from nightout_desk.services.checkin import tickets as ticket_service
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.donations import letters, receipts
from nightout_desk.services.errors import InvalidInput, PermissionDenied
from nightout_desk.services.stations import waivers
from nightout_desk.services.volunteers import badges, hours_letters, timeclock
from nightout_desk.services.volunteers import roster as volunteers
from nightout_desk.services.wording import language
from nightout_desk.services.wording.texts import TEXTS
from nightout_desk.services.wording.words import Words
from tests.donation_helpers import PAL, hardware, set_up, zoe

SPANISH_DAY = re.compile(r"(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d{1,2} de "
                         r"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
                         r" de \d{4}")
SPANISH_DATE = re.compile(SPANISH_DAY.pattern.split(", ", 1)[1])
ENGLISH_DATE = re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|December)"
                          r" \d{1,2}, \d{4}")


def text_of(pdf) -> tuple[str, int]:
    pages = PdfReader(str(pdf)).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages)), len(pages)


def english_left(text: str, phrases: tuple[str, ...]) -> list[str]:
    return [p for p in phrases if p.lower() in text.lower()]


def qr_codes(pdf, tmp_path) -> set[str]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    return {r.text for p in sorted(tmp_path.glob("page*.png")) for r in zxingcpp.read_barcodes(Image.open(p))}


def in_spanish(desk) -> None:
    language.set_language(desk, "es")


def test_every_text_has_english_and_spanish_and_the_same_placeholders():
    for key, (english, spanish) in TEXTS.items():
        assert spanish, key
        assert english or key == "receipt.official_english", key
        assert sorted(re.findall(r"\{(\w+)\}", english)) == sorted(re.findall(r"\{(\w+)\}", spanish)) or not english


def test_dates_and_money_in_each_language_without_the_os_locale():
    es, en = Words("es"), Words("en")
    assert es.day(date(2026, 8, 4)) == "martes, 4 de agosto de 2026"
    assert en.day(date(2026, 8, 4)) == "Tuesday, August 4, 2026"
    assert es.long_date(date(2027, 1, 31)) == "31 de enero de 2027"
    assert es.money(125000) == en.money(125000) == "$1,250.00"  # US dollars as US Spanish writes them
    assert es.join(["$40.00", "24 cascos"]) == "$40.00 y 24 cascos" and es.join(["Ana", "Isabel"]) == "Ana e Isabel"
    assert es.count(1, "count.adults") == "1 adulto" and es.count(3, "count.kids") == "3 niños"
    assert Words("fr").language == "en"


def test_only_an_organizer_sets_the_language_and_a_wrong_one_is_refused_in_a_sentence(desk):
    with pytest.raises(InvalidInput, match="choose en .English. or es .Spanish."):
        language.set_language(desk, "fr")
    with pytest.raises(PermissionDenied):
        language.set_language(desk.with_operator("Val", "volunteer"), "es")
    assert language.desk_language(desk) == "en"
    assert language.set_language(desk, "Español") == "es"
    assert language.desk_language(desk) == "es"


def test_tickets_in_spanish_scan_and_keep_their_pages(sqlite_desk, tmp_path):
    for n in range(10):
        households.add_household(sqlite_desk, family_name=f"Hernández-Villalobos {n}", first_names="María, José",
                                 adults_expected=2, kids_expected=n % 3)
    english, en_pages = text_of(_tickets(sqlite_desk, tmp_path / "en.pdf"))
    in_spanish(sqlite_desk)
    pdf = _tickets(sqlite_desk, tmp_path / "es.pdf")
    text, pages = text_of(pdf)
    assert pages == en_pages == 2
    assert "BOLETO FAMILIAR" in text and "Muéstrelo en la mesa de registro" in text and SPANISH_DAY.search(text)
    assert not english_left(text, ("FAMILY TICKET", "Show this", "Tuesday")) and not ENGLISH_DATE.search(text)
    assert "FAMILY TICKET" in english
    sheet = ticket_service.ticket_sheet(sqlite_desk)
    assert qr_codes(pdf, tmp_path) == {t.code for t in sheet.tickets}


def _tickets(desk, out):
    ticket_pdf.render(ticket_service.ticket_sheet(desk), "letter", out)
    return out


@pytest.mark.parametrize("stock", ["avery-5392", "avery-5395", "dk-11202"])
def test_badges_role_labels_in_spanish_and_every_qr_scans(sqlite_desk, tmp_path, stock):
    people = [volunteers.add_volunteer(sqlite_desk, first_name=f, last_name=last, role=r, organization=o)
              for f, last, r, o in (("Dana", "Reyes", "officer", "Riverside PD"),
                                    ("Zoë", "Nguyễn-O'Brien", "youth", "Explorer Post 12"),
                                    ("Sam", "Patel", "civilian", "Riverside Hardware"))]
    households.add_household(sqlite_desk, family_name="García", first_names="María, José", adults_expected=2,
                             kids_expected=1)
    badge_pdf.render(badges.badge_sheet(sqlite_desk, "all"), stock, tmp_path / "en.pdf")
    en_pages = text_of(tmp_path / "en.pdf")[1]
    in_spanish(sqlite_desk)
    sheet = badges.badge_sheet(sqlite_desk, "all")
    badge_pdf.render(sheet, stock, tmp_path / "es.pdf")
    text, pages = text_of(tmp_path / "es.pdf")
    assert pages == en_pages
    for label in ("AGENTE", "JOVEN", "CIVIL", "FAMILIA", "2 adultos · 1 niño"):
        assert label in text, label
    assert SPANISH_DAY.search(text)
    assert not english_left(text, ("OFFICER", "YOUTH", "CIVILIAN", "HOUSEHOLD", "adults", "kid")), text
    assert qr_codes(tmp_path / "es.pdf", tmp_path) == {b.code for b in sheet.badges} | {p.badge_code for p in people}


SPANISH_RECEIPT = ("RECIBIDO CON AGRADECIMIENTO DE", "Fecha de recepción", "Descripción", "Monto en efectivo",
                   "PARA SUS REGISTROS FISCALES", "organización exenta de impuestos según la sección 501(c)(3)",
                   "se limita al exceso del dinero aportado ($250.00)", "Texto oficial en inglés (IRS):",
                   "Conserve este recibo", "¡Gracias por apoyar")
ENGLISH_LABELS = ("RECEIVED WITH THANKS", "Date received", "Cash amount", "FOR YOUR TAX RECORDS", "Thank you for",
                  "Please keep this receipt", "Issued ", "Cash contribution")


def test_a_spanish_receipt_says_the_irs_statements_in_spanish_and_keeps_the_official_english(sqlite_desk, tmp_path):
    set_up(sqlite_desk, PAL)
    gift = {"kind": "check", "amount": "250", "check_number": "4417", "returned_description": "two dinner tickets",
            "returned_value": "40"}
    english = donations.record(sqlite_desk, hardware(sqlite_desk).id, **gift)
    in_spanish(sqlite_desk)
    spanish = donations.record(sqlite_desk, zoe(sqlite_desk).id, **gift)
    goods = donations.record(sqlite_desk, zoe(sqlite_desk).id, kind="in-kind", description="Cascos de bicicleta",
                             quantity=24, estimated_value="480")
    write_receipts(receipts.printable(sqlite_desk, [english.receipt_id]), tmp_path / "en.pdf")
    write_receipts(receipts.printable(sqlite_desk, [spanish.receipt_id, goods.receipt_id]), tmp_path / "es.pdf")
    en_text, en_pages = text_of(tmp_path / "en.pdf")
    text, pages = text_of(tmp_path / "es.pdf")
    assert en_pages == 1 and pages == 2  # one page a receipt, in Spanish too
    for phrase in SPANISH_RECEIPT:
        assert phrase in text, phrase
    assert "Cheque n.º 4417" in text and "Los bienes donados se describen sin valor" in text
    assert SPANISH_DATE.search(text)
    # the official English statements, beneath: the limit sentence and the tax status, nothing else in English
    assert "limited to the excess of the money contributed ($250.00)" in text and "section 501(c)(3)" in text
    assert not english_left(text, ENGLISH_LABELS), english_left(text, ENGLISH_LABELS)
    assert "Date received" in en_text and "Texto oficial" not in en_text  # an English receipt stays as it was


def test_thank_you_letters_use_the_spanish_template(sqlite_desk, tmp_path):
    set_up(sqlite_desk, PAL)
    donor = zoe(sqlite_desk)
    donations.record(sqlite_desk, donor.id, kind="cash", amount="40")
    donations.record(sqlite_desk, donor.id, kind="in-kind", description="cascos", quantity=24, estimated_value="4")
    write_letters(letters.letters(sqlite_desk), tmp_path / "en.pdf")
    en_pages = text_of(tmp_path / "en.pdf")[1]
    in_spanish(sqlite_desk)
    write_letters(letters.letters(sqlite_desk), tmp_path / "es.pdf")
    text, pages = text_of(tmp_path / "es.pdf")
    assert pages == en_pages == 1
    assert "Estimado/a Zoë" in text and "$40.00 y 24 cascos" in text and "Con nuestro sincero agradecimiento" in text
    assert SPANISH_DATE.search(text) and not ENGLISH_DATE.search(text)
    assert not english_left(text, ("Dear ", "thank you", "On behalf", " and 24"))


def test_the_waiver_form_in_spanish_with_its_spanish_text(sqlite_desk, tmp_path):
    render_waiver_form(waivers.blank_form(sqlite_desk), tmp_path / "en.pdf")
    in_spanish(sqlite_desk)
    render_waiver_form(waivers.blank_form(sqlite_desk), tmp_path / "es.pdf")
    text, pages = text_of(tmp_path / "es.pdf")
    assert pages == text_of(tmp_path / "en.pdf")[1] == 1
    for phrase in ("PERMISO Y EXENCIÓN", "Niños que participan", "Firma del padre, madre o tutor",
                   "Soy el padre, la madre o el tutor legal", "Para: "):
        assert phrase in text, phrase
    assert SPANISH_DATE.search(text)
    assert not english_left(text, ("PERMISSION AND WAIVER", "Children taking part", "Signature", "I am the parent"))
    # an organizer's own English rules are never replaced by a default they did not write
    waivers.set_text(sqlite_desk, "Riverside rules: one child at a time, shoes off, listen to the volunteer.")
    assert waivers.text(sqlite_desk, "es").startswith("Riverside rules")
    waivers.set_text(sqlite_desk, "Reglas de Riverside: un niño a la vez, sin zapatos.", "es")
    assert waivers.blank_form(sqlite_desk).text.startswith("Reglas de Riverside")


def test_hours_letters_in_spanish(sqlite_desk, tmp_path):
    from datetime import timedelta

    from nightout_desk import clock

    v = volunteers.add_volunteer(sqlite_desk, first_name="Zoë", last_name="Nguyễn-O'Brien",
                                 organization="Explorer Post 12", role="youth")
    start = clock.now().replace(second=0, microsecond=0) - timedelta(hours=4)
    timeclock.add_entry(sqlite_desk, v.id, start, start + timedelta(hours=2.75), reason="hoja de turno")
    hours_pdf.render(hours_letters.letters(sqlite_desk, signer="Lt. Maria Lopez"), tmp_path / "en.pdf")
    in_spanish(sqlite_desk)
    hours_pdf.render(hours_letters.letters(sqlite_desk, signer="Lt. Maria Lopez"), tmp_path / "es.pdf")
    text, pages = text_of(tmp_path / "es.pdf")
    assert pages == text_of(tmp_path / "en.pdf")[1] == 1
    for phrase in ("Horas de servicio comunitario", "A quien corresponda", "Esta carta confirma que Zoë",
                   "2.75 horas (2 h 45 min)", "Horas de servicio verificadas", "registro del organizador",
                   "Organizador, "):
        assert phrase in text, phrase
    assert SPANISH_DATE.search(text) and not ENGLISH_DATE.search(text)
    assert "Sin turno" in text
    assert not english_left(text, ("To whom", "This letter", "hours (", "Verified", "Organizer,", "entered by",
                                   "No shift"))


def test_events_set_language_on_the_command_line(sqlite_desk, capsys):
    pat = ["--db", str(sqlite_desk.db.path), "--operator", "Pat Organizer"]
    assert main([*pat, "events", "set", "--language", "klingon"]) == 1
    assert "choose en (English) or es (Spanish)" in capsys.readouterr().err
    assert main([*pat, "events", "set", "--language", "es"]) == 0
    assert "Español" in capsys.readouterr().out
    assert language.desk_language(sqlite_desk) == "es"
