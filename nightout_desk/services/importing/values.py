"""Reading one cell the way people type it: counts ("2", "two", "2 adults"), yes/no, full names, lengths, dates
and times (every import reads them with `calendar_date` and `date_and_time`)."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

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
# Dates as exports and people write them: ISO, American month/day (4- or 2-digit year), English month names
# (read here, not with strptime's %b, which follows the locale Qt sets: "Aug" would fail on a French laptop).
# "Aug 4 2026" (no comma) is not one of them: it stays refused, as it always was.
_MONTHS = {name: number for number, names in enumerate(
    (("JAN", "JANUARY"), ("FEB", "FEBRUARY"), ("MAR", "MARCH"), ("APR", "APRIL"), ("MAY",), ("JUN", "JUNE"),
     ("JUL", "JULY"), ("AUG", "AUGUST"), ("SEP", "SEPT", "SEPTEMBER"), ("OCT", "OCTOBER"), ("NOV", "NOVEMBER"),
     ("DEC", "DECEMBER")), start=1) for name in names}
_ISO = re.compile(r"(?P<year>\d{4})([-/])(?P<month>\d{1,2})\2(?P<day>\d{1,2})")  # 2026-08-04, 2026/08/04
_US = re.compile(r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})")  # 8/4/2026, 08/04/26
_MONTH_FIRST = re.compile(r"(?P<month>[A-Z]+) (?P<day>\d{1,2}), ?(?P<year>\d{4})")  # Aug 4, 2026
_DAY_FIRST = re.compile(r"(?P<day>\d{1,2}) (?P<month>[A-Z]+) (?P<year>\d{4})")  # 4 August 2026
# A time after the date (the text is upper-cased first): "T17:00", " 05:00 PM" (SignUpGenius), " 09:14:22-04:00"
# (Eventbrite), " 18:22:05.123Z", ", 5 PM", " AT 17:00 UTC".
_TIME = re.compile(r"(?:T|\s+AT\s+|,?\s+)(?P<hour>\d{1,2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?"
                   r"\s*(?P<half>[AP]M)?\s*(?P<zone>Z|[+-]\d{2}:?\d{2}|[A-Z]{3,4})?$")
_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})")
_DOTS = re.compile(r"(?<!\d)\.|\.(?!\d)")  # "p.m." -> "pm", "Aug." -> "Aug"; "22.5" (a fraction) is kept
YEARS = (1900, 2100)  # the years a date in a file may have


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
    number = int(numbers[0]) if len(numbers[0]) <= 18 else maximum + 1  # int() refuses 4,300+ digits
    if number > maximum:
        raise RowSkipped(f"{label} “{_short(value)}” is more than {maximum:,}")
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


def fits(model: type, values: Mapping[str, object], labels: Mapping[str, str] | None = None) -> None:
    """Skip the row when a text value is longer than `model`'s column for it holds: PostgreSQL refuses it (and the
    whole run with it) while SQLite keeps it, so the preview checks every length the run will write, alike."""
    for key, length in _lengths(model):
        value = values.get(key)
        if isinstance(value, str) and len(value) > length:
            limited(value, length, (labels or {}).get(key, key.replace("_", " ")))


@functools.cache
def _lengths(model: type) -> tuple[tuple[str, int], ...]:
    """(column, length) for each of `model`'s columns of limited length (String(200)...)."""
    return tuple((c.key, c.type.length) for c in model.__table__.columns if getattr(c.type, "length", None))


def calendar_date(text: str, label: str = "date") -> date:
    """'2026-08-04', '8/4/2026', '08/04/26', 'Aug 4, 2026', '4 August 2026' -> that day. A time after it
    ('2026-08-03 18:22:05', '08/04/2026 05:00 PM EDT') is allowed and the day is the one written (no time zone
    conversion). Anything else skips the row with a reason."""
    written = _written(text)
    if written is None:
        raise RowSkipped(f"the {label} “{_short(text)}” is not a date like 2026-08-04 or 08/04/2026")
    return written[0]


def date_and_time(text: str, label: str) -> datetime:
    """The dates `calendar_date` reads followed by a time: '08/04/2026 05:00 PM' (SignUpGenius),
    '2026-07-01 09:14:22-04:00' (Eventbrite), '2026-08-04T17:00', 'Aug 4, 2026 5 p.m.'. Returned aware, in this
    laptop's time zone: a time without a zone is this laptop's local time, one with an offset (or Z, UTC, GMT) is
    converted. A date alone, or a zone name other than UTC/GMT (EDT...), skips the row with a reason."""
    written = _written(text)
    try:
        if written is None or written[1] is None:
            raise ValueError(text)
        zone = _zone(written[2])
    except ValueError:
        raise RowSkipped(f"the {label} “{_short(text)}” is not a date and time like 08/04/2026 05:00 PM") from None
    return datetime.combine(written[0], written[1], tzinfo=zone).astimezone()  # years 1900-2100: no overflow


def _written(text: str) -> tuple[date, time | None, str] | None:
    """(day, time of day or None, time zone as written or "") from a cell; None when it is not a date."""
    value = " ".join(_DOTS.sub("", text).upper().split())
    at, zone = None, ""
    found = _TIME.search(value)
    if found:
        hour, minute, second = int(found["hour"]), int(found["minute"] or 0), int(found["second"] or 0)
        if found["half"]:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if found["half"] == "PM" else 0)
        elif found["minute"] is None:  # "2026-08-04 17": an hour alone is not a time
            return None
        try:
            at = time(hour, minute, second)
        except ValueError:
            return None
        zone, value = found["zone"] or "", value[:found.start()]
    day = _day(value)
    return (day, at, zone) if day is not None else None


def _day(value: str) -> date | None:
    for pattern in (_ISO, _US, _MONTH_FIRST, _DAY_FIRST):
        found = pattern.fullmatch(value)
        if found is None:
            continue
        month = found["month"]
        month_number = int(month) if month.isdigit() else _MONTHS.get(month)
        year = int(found["year"])
        if len(found["year"]) == 2:  # as strptime's %y: 69-99 are 1969-1999, 00-68 are 2000-2068
            year += 1900 if year >= 69 else 2000
        if not YEARS[0] <= year <= YEARS[1]:  # "0001-01-01" or "9999-12-31 23:00-05:00" is a typo, not a night out
            return None
        try:
            return date(year, month_number, int(found["day"])) if month_number else None
        except ValueError:
            return None
    return None


def _zone(written: str) -> tzinfo | None:
    """None for local time (no zone written), else the zone; ValueError for a name that cannot be placed (EDT)."""
    if not written:
        return None
    if written in ("Z", "UTC", "GMT"):
        return UTC
    offset = _OFFSET.fullmatch(written)
    if offset is None:
        raise ValueError(f"unknown time zone {written}")
    minutes = int(offset[2]) * 60 + int(offset[3])
    return timezone(timedelta(minutes=-minutes if offset[1] == "-" else minutes))  # ValueError past 24 h


def identity_ref(prefix: str, *parts: str) -> str:
    """A stable external reference for a row without an id of its own: 'csv:' + a hash of its folded identity."""
    normal = "\x1f".join(fold(p) for p in parts)
    return f"{prefix}:{hashlib.sha256(normal.encode('utf-8')).hexdigest()[:20]}"


def _short(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[:limit] + "…"
