"""Text folding for search: accent- and case-insensitive, phone numbers as digits; the one cleaning of a query."""

from __future__ import annotations

import re
import unicodedata

_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")

MAX_QUERY_WORDS = 8  # more words than anyone types; every word is one more condition in the query
MAX_QUERY_CHARS = 200  # of the folded query (a pasted page is cut, not searched)
MIN_COMPACT = 3  # "o'b" -> "ob" is too short to stand for what was typed (and for SQLite's trigram index)
LIKE_ESCAPE = "\\"
# Punctuation inside a word that a search may skip: how phone numbers and codes are written ("555-201",
# "H7K3-QWPX", "(555)") and stray quotes. Not % _ \ & @ and the like, which are looked for as typed.
_SEPARATORS = re.compile("[-\u2010-\u2015.,:;/()\\[\\]+#'\"`\u2018\u2019\u201c\u201d]")


def _is_text(ch: str) -> bool:
    """False for what is not text: control characters other than spaces (NUL...), invisible format characters
    (direction marks, zero-width joiners, soft hyphens), lone surrogates and the non-characters (U+FDD0-FDEF and
    U+xFFFE/xFFFF: U+10FFFF...)."""
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf"):
        return ch.isspace()
    if category == "Cs":
        return False
    code = ord(ch)
    return not (0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE)


def clean(value: str | None) -> str:
    """`value` without the characters that are not text (see _is_text); a tab or a newline stays a space."""
    if not value:
        return ""
    if value.isprintable():  # the usual case: no control, format, surrogate or unassigned character
        return value
    return "".join(ch for ch in value if _is_text(ch))


def fold(value: str | None) -> str:
    """'Zoë Nguyễn-O'Brien' -> "zoe nguyen-o'brien": lower case, accents stripped, spaces collapsed, what is not
    text dropped. Never an ASCII capital ('ℍ' and '𝐉' are 'h' and 'j', as SQLite's LIKE and PostgreSQL's would not
    agree on 'H'), and folding twice changes nothing."""
    if not value:
        return ""
    if value.isascii() and value.isprintable():  # most cells of an import: nothing to strip, decompose or drop
        return " ".join(value.lower().split())
    text = unicodedata.normalize("NFKD", clean(value))  # compatibility forms first: 'ℍ' -> 'H', '₨' -> 'Rs'
    text = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split())


def search_words(query: str | None) -> list[str]:
    """The words every search looks for: the query folded (see fold), cut to MAX_QUERY_CHARS characters and
    MAX_QUERY_WORDS words. No words (empty, only spaces, only characters that are not text): nothing to look for."""
    if not query:
        return []
    folded = fold(query[:MAX_QUERY_CHARS * 8])[:MAX_QUERY_CHARS]  # cut before folding too: a pasted book
    return folded.split()[:MAX_QUERY_WORDS]


def word_forms(word: str) -> tuple[str, ...]:
    """What a search word (from search_words) may match: the word as typed, and, when it holds separators, the word
    without them if that leaves MIN_COMPACT characters or more ("555-201" also finds "555201", "h7k3-qwpx"
    "h7k3qwpx"; "o'b" only "o'b", "100%" only "100%")."""
    compact = _SEPARATORS.sub("", word)
    return (word, compact) if compact != word and len(compact) >= MIN_COMPACT else (word,)


def matches_words(value: str | None, words: list[str]) -> bool:
    """The same rule in Python (for lists filtered on screen): fold(value) holds every word in one of its forms."""
    folded = fold(value)
    return all(any(form in folded for form in word_forms(word)) for word in words)


def like_escaped(word: str) -> str:
    """`word` for a LIKE pattern with ESCAPE LIKE_ESCAPE: '_', '%' and the escape character match themselves."""
    return word.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")


def like_contains(word: str) -> str:
    return f"%{like_escaped(word)}%"


def like_prefix(word: str) -> str:
    return f"{like_escaped(word)}%"


def digits(value: str | None) -> str:
    return "".join(ch for ch in (value or "") if ch.isdigit())


def compact_code(value: str | None) -> str:
    """A scanned or typed code without spaces and dashes, upper case: 'h7k3-qwpx' -> 'H7K3QWPX'."""
    return _NON_ALNUM.sub("", value or "").upper()
