"""The one set of matching rules behind every search box, the same on SQLite and PostgreSQL.

A query is cleaned and folded once (`text.search_words`: at most 8 words and 200 characters, NUL, control characters,
lone surrogates and non-characters dropped, accents and case folded); every word must appear in the row's folded
`search_text` (kept with `text.fold` too), as typed or, when it holds separators, without them (`text.word_forms`).
Words are matched with LIKE, `_`, `%` and `\\` escaped, with an explicit ESCAPE: as both sides are folded to lower
case, SQLite's case-insensitive LIKE and PostgreSQL's case-sensitive one give the same rows. The check-in search
(services/checkin/households.py) follows the same rules and adds SQLite's trigram index in front of them.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_

from nightout_desk.text import LIKE_ESCAPE, like_contains, word_forms


def contains_word(column: ColumnElement[str], word: str) -> ColumnElement[bool]:
    """`column` holds `word` in one of its forms."""
    forms = [column.like(like_contains(form), escape=LIKE_ESCAPE) for form in word_forms(word)]
    return forms[0] if len(forms) == 1 else or_(*forms)


def contains_every_word(column: ColumnElement[str], words: list[str]) -> list[ColumnElement[bool]]:
    """One condition per word of `text.search_words(query)`: AND them (an empty list matches everything)."""
    return [contains_word(column, word) for word in words]
