"""Text folding for search: accent- and case-insensitive, phone numbers as digits."""

from __future__ import annotations

import re
import unicodedata

_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")


def fold(value: str | None) -> str:
    """'Zoë Nguyễn-O'Brien' -> "zoe nguyen-o'brien": lower case, accents stripped, spaces collapsed."""
    if not value:
        return ""
    text = unicodedata.normalize("NFKD", value.casefold().translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split())


def digits(value: str | None) -> str:
    return "".join(ch for ch in (value or "") if ch.isdigit())


def compact_code(value: str | None) -> str:
    """A scanned or typed code without spaces and dashes, upper case: 'h7k3-qwpx' -> 'H7K3QWPX'."""
    return _NON_ALNUM.sub("", value or "").upper()
