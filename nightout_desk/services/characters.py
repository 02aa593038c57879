"""Characters that are not text, refused in every value a file or a dialog gives before it is stored.

Control characters (C0 and C1, DEL) other than tab and line breaks, surrogates (a lone one cannot be written as
UTF-8 at all) and Unicode's non-characters (U+FFFE, U+FFFF, U+FDD0-FDEF and the last two of every plane). PostgreSQL
refuses a NUL inside a text value (and the whole transaction with it) while SQLite keeps it, and search can then never
find "Smi\\0th": so both refuse it alike, in words, before anything is written. Invisible format characters (a
zero-width joiner in an emoji or a Persian name) are text and kept; `text.fold` drops them for search only.
"""

from __future__ import annotations

import re

from nightout_desk.services.errors import InvalidInput

_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
                       + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}"
                                 for plane in range(17)) + "]")


def not_text(value: str | None) -> str:
    """'' for text; else the first character that is not text, in words: 'a NUL character (U+0000)'."""
    if not value or value.isprintable():  # every character refused here is also not printable: the quick answer
        return ""
    found = _NOT_TEXT.search(value)
    if found is None:
        return ""
    code = ord(found.group())
    if code == 0:
        kind = "a NUL character"
    elif 0xD800 <= code <= 0xDFFF:
        kind = "half of a character (a lone surrogate)"
    elif code < 0xA0:
        kind = "a control character"
    else:
        kind = "a character Unicode reserves as a non-character"
    return f"{kind} (U+{code:04X})"


def require_text(values: dict, labels: dict[str, str] | None = None) -> None:
    """InvalidInput naming the first text value that holds a character that is not text."""
    for key, value in values.items():
        if isinstance(value, str) and not value.isprintable() and (bad := not_text(value)):
            label = (labels or {}).get(key, key.replace("_", " "))
            raise InvalidInput(f"The {label} holds {bad}, which is not text: retype it.")
