"""Money as integer cents: reading what a volunteer types ("$1,250", "40.5") and showing it ("$1,250.00")."""

from __future__ import annotations

import re
from decimal import Decimal

from nightout_desk.services.errors import InvalidInput

MAX_CENTS = 10_000_000_00  # ten million dollars: anything above is a typo
# What an amount may look like: "$1,250.00", "1250", "40.5", ".50", "$ 25", "1 250". Only the digits 0-9, thousands
# separated (by commas, or spaces) only between groups of three ("$1,2,3" is not $123.00), one decimal point; no
# exponent ("1e30"), no "Infinity" or "NaN".
_AMOUNT = re.compile(r"(?P<whole>[0-9]{1,3}(?P<sep>[, \u00a0\u202f])[0-9]{3}(?:(?P=sep)[0-9]{3})*|[0-9]+)?"
                     r"(?:\.(?P<cents>[0-9]*))?")
_MISPLACED = re.compile(r"[0-9][0-9, ]*,[0-9, ]*(?:\.[0-9]*)?")


def parse_money(text: str | int | None, label: str = "The amount") -> int:
    """Cents from '$1,250.00', '40.5' or 40; '' or None is 0. Anything else raises `InvalidInput` in words."""
    if text is None:
        return 0
    if isinstance(text, int):
        cents = text * 100
    else:
        raw = str(text).strip()
        if raw.startswith("$"):
            raw = raw[1:].strip()
        if not raw:
            return 0
        cents = int(raw) * 100 if raw.isascii() and raw.isdigit() and len(raw) <= 9 else _cents(raw, text, label)
    if cents < 0:
        raise InvalidInput(f"{label} cannot be negative.")
    if cents > MAX_CENTS:
        raise InvalidInput(f"{label} looks too large (“{text}”); please check it.")
    return cents


def _cents(raw: str, text: object, label: str) -> int:
    if raw.startswith("-"):
        raise InvalidInput(f"{label} cannot be negative.")
    found = _AMOUNT.fullmatch(raw)
    if found is None or not (found["whole"] or found["cents"]):
        if _MISPLACED.fullmatch(raw):
            raise InvalidInput(f"{label} “{text}” has its commas in the wrong places: write it like 1,250.00 "
                               "or 1250 (commas only between groups of three digits, a point before the cents).")
        raise InvalidInput(f"{label} must be a number of dollars, like 25 or 1,250.00 — not “{text}”.")
    whole = re.sub(r"[^0-9]", "", found["whole"] or "") or "0"
    if len(whole.lstrip("0")) > len(str(MAX_CENTS // 100)):
        raise InvalidInput(f"{label} looks too large (“{text}”); please check it.")
    value = Decimal(f"{whole}.{found['cents'] or '0'}")  # both parts digits only: always finite
    if value != value.quantize(Decimal("0.01")):
        raise InvalidInput(f"{label} has more than two digits after the decimal point (“{text}”).")
    return int(value * 100)


def format_money(cents: int | None) -> str:
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    dollars, rest = divmod(abs(cents), 100)
    return f"{sign}${dollars:,}.{rest:02d}"
