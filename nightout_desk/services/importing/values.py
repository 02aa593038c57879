"""Reading one cell the way people type it: counts ("2", "two", "2 adults"), yes/no, full names, lengths."""

from __future__ import annotations

import hashlib
import re

from nightout_desk.services.importing.skips import RowSkipped
from nightout_desk.text import fold

_WORDS = {"zero": 0, "none": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_YES = {"yes", "y", "true", "t", "1", "x", "ok", "oui", "si", "sí", "ja", "agree", "agreed", "i agree", "checked",
        "opt in", "opted in", "✓", "✔"}
_NUMBER = re.compile(r"\d+")
# words that belong to a family name when it is written after the first name ("Maria de la Cruz")
_PARTICLES = {"de", "del", "della", "la", "le", "van", "von", "der", "den", "da", "di", "du", "dos", "das", "st",
              "st.", "ter", "ten", "bin", "ibn", "al", "el", "mac", "mc", "o"}


def whole_number(text: str, label: str, *, default: int | None = None, maximum: int = 99) -> int | None:
    """'2', ' 2 ', '2 adults', 'two' -> 2; blank -> default; anything else skips the row with a reason."""
    value = text.strip()
    if not value:
        return default
    words = fold(value)
    if words in _WORDS:
        return _WORDS[words]
    numbers = _NUMBER.findall(value)
    if value.startswith("-"):
        raise RowSkipped(f"{label} “{value}” is below zero")
    if len(numbers) != 1 or re.search(r"\d[.,]\d", value):
        raise RowSkipped(f"{label} “{_short(value)}” is not a whole number")
    number = int(numbers[0])
    if number > maximum:
        raise RowSkipped(f"{label} “{value}” is more than {maximum}")
    return number


def yes_no(text: str) -> bool:
    """A consent column: 'Yes', 'y', 'TRUE', 'x', 'I agree...' -> True; blank, 'No' and anything else -> False."""
    value = fold(text).strip(" .!")
    return value in _YES or value.startswith(("yes", "i agree", "i consent"))


def split_full_name(text: str) -> tuple[str, str]:
    """(family name, first names): 'Smith, John' -> ('Smith', 'John'); 'John Smith' -> ('Smith', 'John');
    'Maria de la Cruz' -> ('de la Cruz', 'Maria'); 'John & Ann Smith' -> ('Smith', 'John & Ann')."""
    value = " ".join(text.split())
    if "," in value:
        family, _, first = value.partition(",")
        return family.strip(), first.strip(" ,")
    words = value.split(" ")
    if len(words) == 1:
        return value, ""
    start = len(words) - 1
    while start > 1 and fold(words[start - 1]) in _PARTICLES:
        start -= 1
    return " ".join(words[start:]), " ".join(words[:start])


def limited(value: str, limit: int, label: str) -> str:
    """The value, or the row is skipped when it cannot fit (a column shifted, or a pasted essay)."""
    if len(value) > limit:
        raise RowSkipped(f"the {label} is {len(value):,} characters long (at most {limit}) — is a column shifted?")
    return value


def identity_ref(prefix: str, *parts: str) -> str:
    """A stable external reference for a row without an id of its own: 'csv:' + a hash of its folded identity."""
    normal = "\x1f".join(fold(p) for p in parts)
    return f"{prefix}:{hashlib.sha256(normal.encode('utf-8')).hexdigest()[:20]}"


def _short(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[:limit] + "…"
