"""Money as integer cents: reading what a volunteer types ("$1,250", "40.5") and showing it ("$1,250.00")."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from nightout_desk.services.errors import InvalidInput

MAX_CENTS = 10_000_000_00  # ten million dollars: anything above is a typo
_CLEAN = re.compile(r"[\s$,]")


def parse_money(text: str | int | None, label: str = "The amount") -> int:
    """Cents from '$1,250.00', '40.5' or 40; '' or None is 0."""
    if text is None:
        return 0
    if isinstance(text, int):
        cents = text * 100
    else:
        raw = _CLEAN.sub("", str(text))
        if not raw:
            return 0
        try:
            value = Decimal(raw)
        except InvalidOperation:
            raise InvalidInput(f"{label} must be a number of dollars, like 25 or 1,250.00 — not “{text}”.") from None
        if value != value.quantize(Decimal("0.01")):
            raise InvalidInput(f"{label} has more than two digits after the decimal point (“{text}”).")
        cents = int(value * 100)
    if cents < 0:
        raise InvalidInput(f"{label} cannot be negative.")
    if cents > MAX_CENTS:
        raise InvalidInput(f"{label} looks too large (“{text}”); please check it.")
    return cents


def format_money(cents: int | None) -> str:
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    dollars, rest = divmod(abs(cents), 100)
    return f"{sign}${dollars:,}.{rest:02d}"
