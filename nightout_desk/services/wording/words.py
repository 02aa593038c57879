"""`Words(language)`: a printout's texts by key, dates and money in that language's forms, without the OS locale.

Dates: English "Tuesday, August 4, 2026"; Spanish "martes, 4 de agosto de 2026" (weekday and month in lower case,
as Spanish writes them). Money stays US dollars written "$1,250.00" in both: US Spanish (CLDR's es-US, the IRS's
and the Census Bureau's Spanish forms) keeps the period for cents and the comma for thousands, and a "1.250,00 $"
would read as a different amount to a donor's tax preparer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from nightout_desk.services.money import format_money
from nightout_desk.services.wording.language import ENGLISH, LANGUAGES, SPANISH
from nightout_desk.services.wording.texts import TEXTS

MONTHS = {
    ENGLISH: ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"),
    SPANISH: ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre"),
}
WEEKDAYS = {  # Monday first, as date.weekday() counts
    ENGLISH: ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    SPANISH: ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}


@dataclass(frozen=True)
class Words:
    language: str = ENGLISH

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            object.__setattr__(self, "language", ENGLISH)

    @property
    def spanish(self) -> bool:
        return self.language == SPANISH

    def __call__(self, key: str, **values: object) -> str:
        """The text `key` in this language, its {placeholders} filled from `values`."""
        english, spanish = TEXTS[key]
        text = spanish if self.spanish else english
        return text.format(**values) if values else text

    def label(self, key: str, default: str) -> str:
        """A label the app offers (a status, a kind) in this language; `default` (what was typed) when none is kept."""
        return self(key) if key in TEXTS else default

    def count(self, n: int, key: str) -> str:
        """'1 adult' / '2 adults', '1 adulto' / '2 adultos': `key` holds 'one|many' in each language."""
        one, many = self(key).split("|")
        return f"{n} {one if n == 1 else many}"

    def long_date(self, d: date) -> str:
        """'August 4, 2026' / '4 de agosto de 2026'."""
        month = MONTHS[self.language][d.month - 1]
        return f"{d.day} de {month} de {d.year}" if self.spanish else f"{month} {d.day}, {d.year}"

    def day(self, d: date) -> str:
        """'Tuesday, August 4, 2026' / 'martes, 4 de agosto de 2026'."""
        return f"{WEEKDAYS[self.language][d.weekday()]}, {self.long_date(d)}"

    def short_date(self, d: date | datetime) -> str:
        """'Aug 4, 2026' / '4 ago 2026'."""
        month = MONTHS[self.language][d.month - 1][:3]
        return f"{d.day} {month} {d.year}" if self.spanish else f"{month} {d.day}, {d.year}"

    def money(self, cents: int | None) -> str:
        """'$1,250.00' in both languages (see the module's docstring)."""
        return format_money(cents)

    def join(self, parts: list[str]) -> str:
        """'a, b and c' / 'a, b y c' (Spanish writes 'e' before an i- sound: 'Ana e Isabel')."""
        if len(parts) <= 1:
            return "".join(parts)
        last = parts[-1]
        word = self("and")
        if self.spanish and last.lower().startswith(("i", "hi")) and not last.lower().startswith(("hie", "ia", "io")):
            word = "e"
        return f"{', '.join(parts[:-1])} {word} {last}"
