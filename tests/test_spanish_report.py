"""The end-of-night report in Spanish: the demo's night (with last year's to compare) printed in English, then in
Spanish, read back — Spanish titles, tiles, tables, charts and sentences, no English phrase left, Spanish dates,
the same page count, and no word past the page's margins although Spanish runs about a quarter longer."""

from __future__ import annotations

import csv
import re
import subprocess

from nightout_desk.printing.report_pdf import render_report
from nightout_desk.services.context import Desk
from nightout_desk.services.demo import create_demo
from nightout_desk.services.report import build_report
from nightout_desk.services.report.tables import write_report_csv
from nightout_desk.services.wording import language
from tests.test_spanish_printouts import ENGLISH_DATE, SPANISH_DATE, SPANISH_DAY, english_left, text_of

SPANISH_PHRASES = (
    "INFORME DE FIN DE NOCHE", "La noche en un minuto", "ASISTENCIA", "HORA PICO", "SIN INSCRIPCIÓN", "VOLUNTARIOS",
    "DONACIONES", "OBSEQUIOS RESTANTES", "ESTACIONES", "KITS DE ID · PERMISOS", "INCIDENTES", "Comparado con",
    "frente a 2025", "Para tener en cuenta", "Llegadas cada 15 minutos", "Personas que llegan cada 15 minutos",
    "Familias por vecindario", "Familias por código postal", "Participación en las estaciones",
    "Horas de voluntarios por estación", "Donaciones por tipo", "Existencias de obsequios", "Entregados",
    "Restantes", "Incidentes y notas", "Estaciones de actividades", "Demostraciones realizadas", "Página 1 de",
    "Generado a las", "Personas asistentes", "Este año", "La vez anterior", "Sin inscripción", "Inscritas",
    "Efectivo", "por hora.", "sin resolver",
)
ENGLISH_PHRASES = (
    "END-OF-NIGHT REPORT", "The night in one minute", "ATTENDANCE", "PEAK TIME", "WALK-UPS", "Compared with",
    "Worth knowing", "Arrivals per 15 minutes", "People arriving", "Households by", "Participation at",
    "Volunteer hours", "Donations by kind", "Giveaway stock", "Handed out", "Incidents and notes", "Page 1 of",
    "Generated", "People attending", "This year", "Last time", "Walk-ups", "Pre-registered", "still open",
    "by time", " up on ", " down on ", "Demonstrations held", "Status at the end", "Tuesday", "August",
    "visits", "people", "households", "Busiest", "Total cash", "Open lost child", "Setting up", "Paused",
)
PAGE_W, MARGIN = 612, 0.6 * 72


def words_outside_the_margins(pdf, tmp_path) -> list[str]:
    """Every word poppler finds starting left of the margin or ending right of it (a table or chart overflowing)."""
    html = tmp_path / "words.html"
    subprocess.run(["pdftotext", "-bbox", str(pdf), str(html)], check=True)
    out = []
    for x0, x1, word in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)',
                                   html.read_text(encoding="utf-8")):
        if float(x0) < MARGIN - 1 or float(x1) > PAGE_W - MARGIN + 1:
            out.append(f"{word} ({float(x0):.0f}–{float(x1):.0f})")
    return out


def test_the_report_in_spanish_with_last_years_comparison(sqlite_db, tmp_path):
    event = create_demo(sqlite_db, households=150, seed=7)
    desk = Desk(sqlite_db, event.id, "Lt. Jordan", "lieutenant", "Desk 1")
    english = render_report(build_report(desk), tmp_path / "en.pdf")
    en_text, en_pages = text_of(english)
    language.set_language(desk, "es")
    report = build_report(desk)
    spanish = render_report(report, tmp_path / "es.pdf")
    text, pages = text_of(spanish)
    assert pages == en_pages, (pages, en_pages)
    missing = [p for p in SPANISH_PHRASES if p not in text]
    assert not missing, missing
    left = english_left(text, ENGLISH_PHRASES)
    assert not left, left
    assert SPANISH_DAY.search(text) and SPANISH_DATE.search(text) and not ENGLISH_DATE.search(text)
    assert "Worth knowing" in en_text and "Compared with" in en_text  # the English night said them
    # the same numbers in both languages: the attendance tile and the totals row
    a = report.attendance
    assert f"{a.people:,} personas" in text and f"{a.people:,} people" in en_text
    assert f"Total {a.households:,} {a.adults:,} {a.kids:,} {a.people:,} {a.people:,}" in text
    for n in range(1, pages + 1):
        assert f"Página {n} de {pages}" in text
    assert words_outside_the_margins(spanish, tmp_path) == []
    # the CSV tables keep their file names; their headers and totals row speak the report's language
    written = {p.stem: p for p in write_report_csv(report, tmp_path / "csv")}
    with written["arrivals_per_15_min"].open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Hora", "Familias", "Adultos", "Niños", "Personas", "En el lugar"] and rows[-1][0] == "Total"
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(spanish), str(tmp_path / "es")], check=True)
    assert len(list(tmp_path.glob("es-*.png"))) == pages


def test_an_empty_night_says_no_data_in_spanish(desk, tmp_path):
    language.set_language(desk, "es")
    text, pages = text_of(render_report(build_report(desk), tmp_path / "empty.pdf"))
    for phrase in ("Sin datos todavía", "Todavía no se ha registrado a nadie.", "ninguna estación ha contado",
                   "No se registraron incidentes esta noche.", "Comparación con el año anterior"):
        assert phrase in text, phrase
    assert not english_left(text, ("No data yet", "Nobody", "No incidents", "Year over year"))


def test_the_screen_can_still_ask_for_the_report_in_english(sqlite_desk):
    language.set_language(sqlite_desk, "es")
    assert build_report(sqlite_desk).language == "es"
    assert build_report(sqlite_desk, language="en").language == "en"
