"""Search that cannot be broken: the same odd queries through every search service, on SQLite and on PostgreSQL.

Each backend gets the same small data set (with fixed ticket and badge codes, so a random code can never match a
query on one backend only); every query must run without an exception and give the SAME rows on both, and the
wildcard look-alikes must find only what was typed ("a_b" is not "axb", "100%" is not "1000").
"""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from sqlalchemy import event

from nightout_desk import text
from nightout_desk.services.checkin import households
from nightout_desk.services.donations import donors
from nightout_desk.services.volunteers import roster as volunteers
from tests.conftest import make_desk

NAMES = ["O'Brien", "Obama", "A_B Supplies", "Axb Hardware", "Abbott", "100% Juice", "1000 Oaks", "X\\Y Studio",
         "Xy Lounge", "Zoë Nguyễn", "محمد علي", "Smile 😀 Bakery", "Hilbert Hall", "₨ Exchange", "Ab-Cd Club"]

ODD_QUERIES = [
    "o'b", "O'BRIEN", "a_b", "A_B", "100%", "x\\y", "x\\\\y", "%", "_", "\\", "'", "%%", "__", "a%b", "ab",
    "zoe nguyen", "ZOË", "NGUYỄN",
    " ".join(["zoe"] * 2000), " ".join(f"w{i}" for i in range(2000)), "zoe " * 2000 + "nobody",
    "zoe\x00", "\x00", "o'b\x00rien", "\x00" * 50, "\x01\x02\x1f\x7f\x9f",
    "\U0010ffff", "ob\U0010ffff", "\U0010ffffzoe", "\ufffe", "\ufdd0abb",
    "\ud800", "a\ud800", "abb\udfffott", "\ud7ff", "a\ud7ff", "\U0010fffd",
    "😀", "smile 😀", "👨\u200d👩\u200d👧",
    "محمد", "\u200fمحمد", "علي",
    "", "   ", "\t\n\r", "\u00a0\u2003",
    "a" * 10_240, "zoe " + "x" * 10_240,
    "ℍilbert", "ℌ", "rs exchange", "₨", "ab-cd", "abcd", "ab cd",
]

# What the wildcard look-alikes must find (names; the same on both backends)
EXPECTED = {
    "o'b": {"O'Brien"},  # not Obama: "ob" is too short to stand for "o'b"
    "O'BRIEN": {"O'Brien"},
    "o'b\x00rien": {"O'Brien"},
    "a_b": {"A_B Supplies"},  # not "Axb", not "Abbott"
    "A_B": {"A_B Supplies"},
    "100%": {"100% Juice"},  # not "1000 Oaks"
    "x\\y": {"X\\Y Studio"},  # not "Xy Lounge"
    "x\\\\y": set(),
    "a%b": set(),
    "zoe nguyen": {"Zoë Nguyễn"},
    " ".join(["zoe"] * 2000): {"Zoë Nguyễn"},
    "ℍilbert": {"Hilbert Hall"},
    "rs exchange": {"₨ Exchange"},
    "ab-cd": {"Ab-Cd Club"},
    "abcd": set(),  # the compact form of what is typed is looked for, not of what is stored
    "a" * 10_240: set(),
}
# Two characters or fewer on the check-in desk: family names that begin with them
EXPECTED_CONTAINS_ONLY = {"%": {"100% Juice"}, "_": {"A_B Supplies"}, "\\": {"X\\Y Studio"},
                          "😀": {"Smile 😀 Bakery"}}


def _fill(desk):
    codes = []
    for name in NAMES:
        codes.append(households.add_household(desk, family_name=name).ticket_code)
        donors.add_donor(desk, name=name)
        codes.append(volunteers.add_volunteer(desk, first_name=name).badge_code)
    return codes


def _digits_only(n: int, width: int) -> str:
    return "".join("23456789"[int(d)] for d in f"{n:0{width}o}")


SERVICES = {
    "households.search": lambda desk, q: [h.family_name for h in households.search(desk, q)],
    "donors.search": lambda desk, q: [d.name for d in donors.search(desk, q)],
    "volunteers.roster": lambda desk, q: [v.first_name for v in volunteers.roster(desk, q)],
}


@pytest.fixture
def both(sqlite_db, pg_db, monkeypatch):
    """The same data set on a SQLite file and on PostgreSQL, with the same (digit-only) ticket and badge codes."""
    desks = {}
    given = []
    for name, db in (("sqlite", sqlite_db), ("postgresql", pg_db)):
        tickets = (_digits_only(n, 8) for n in itertools.count())
        badges = ("V" + _digits_only(n, 7) for n in itertools.count())
        monkeypatch.setattr(households, "new_ticket_code", lambda t=tickets: next(t))
        monkeypatch.setattr(volunteers, "new_code", lambda _length, prefix="", b=badges: next(b))
        desk = make_desk(db)
        given.append(_fill(desk))
        desks[name] = desk
    assert given[0] == given[1]
    return desks


def _run(run, desk, query):
    try:
        return sorted(run(desk, query))
    except Exception as exc:  # noqa: BLE001 - every failure is collected and reported together below
        return f"raised {type(exc).__name__}: {str(exc)[:120]}"


def test_odd_queries_never_raise_and_give_the_same_rows_on_sqlite_and_postgresql(both):
    problems = []
    for service, run in SERVICES.items():
        for query in ODD_QUERIES:
            got = {backend: _run(run, desk, query) for backend, desk in both.items()}
            shown = ascii(query if len(query) < 40 else query[:30] + f"... ({len(query)} characters)")
            if any(isinstance(rows, str) for rows in got.values()):
                problems.append(f"{service}({shown}): {got}")
                continue
            if got["sqlite"] != got["postgresql"]:
                problems.append(f"{service}({shown}): SQLite {got['sqlite']} but PostgreSQL {got['postgresql']}")
                continue
            wanted = EXPECTED.get(query)
            if wanted is None and service != "households.search":
                wanted = EXPECTED_CONTAINS_ONLY.get(query)
            if wanted is not None and set(got["sqlite"]) != wanted:
                problems.append(f"{service}({shown}): {got['sqlite']}, expected {sorted(wanted)}")
    assert not problems, "\n".join(problems)


def test_an_empty_query_lists_everyone_but_finds_no_household(both):
    for desk in both.values():
        for query in ("", "   ", "\x00", "\ud800", "\U0010ffff"):
            assert households.search(desk, query) == []
            assert len(donors.search(desk, query)) == len(NAMES)
            assert len(volunteers.roster(desk, query)) == len(NAMES)


def test_search_words_cut_long_queries_and_drop_what_is_not_text():
    assert text.search_words("  Zoë   NGUYỄN-O'Brien ") == ["zoe", "nguyen-o'brien"]
    assert text.search_words(" ".join(f"w{i}" for i in range(2000))) == [f"w{i}" for i in range(text.MAX_QUERY_WORDS)]
    assert sum(map(len, text.search_words("x" * 10_240))) == text.MAX_QUERY_CHARS
    assert sum(map(len, text.search_words(" ".join(["abcdefghij"] * 30)))) <= text.MAX_QUERY_CHARS
    assert text.search_words("smi\x00th\x7f \x01\U0010ffff\ufffe\ufdd0\ud800o\udfff'b\u200f") == ["smith", "o'b"]
    assert text.search_words("") == text.search_words("   ") == text.search_words("\x00\ud800") == []
    assert text.search_words(None) == []


def test_lists_filtered_on_screen_follow_the_same_rules():
    assert text.matches_words("Zoë Nguyễn — Face painting 18:00", text.search_words("ZOE paint"))
    assert text.matches_words("Call 555-201-7788", text.search_words("201-7788"))
    assert not text.matches_words("Axb Hardware", text.search_words("a_b"))
    assert text.matches_words("anything", text.search_words("\x00 \ud800"))


def test_like_patterns_escape_the_wildcards_and_the_escape_character():
    assert text.like_contains("a_b") == "%a\\_b%"
    assert text.like_contains("100%") == "%100\\%%"
    assert text.like_contains("x\\y") == "%x\\\\y%"
    assert text.like_prefix("o'b") == "o'b%"


def test_fold_is_lower_case_and_stable_for_every_character():
    """Folded text never holds an ASCII capital (SQLite's LIKE ignores ASCII case, PostgreSQL's does not), and
    folding twice changes nothing (stored text and a query folded from it agree)."""
    for code in range(0x110000):
        ch = chr(code)
        if unicodedata.category(ch) in ("Cs", "Cn"):
            continue
        folded = text.fold(ch)
        assert text.fold(folded) == folded, hex(code)
        assert not any("A" <= c <= "Z" for c in folded), hex(code)


def test_on_sqlite_the_check_in_search_still_starts_from_the_trigram_index(sqlite_desk):
    households.add_household(sqlite_desk, family_name="O'Brien-Okafor", phone="555 201 7788")
    seen = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        if "MATCH" in statement:
            seen.append((statement, parameters))

    engine = sqlite_desk.db.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        for query in ("o'brien 201-7788", "a_b%" * 3, "x" * 10_240, " ".join(["okafor"] * 2000)):
            households.search(sqlite_desk, query)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert len(seen) == 4
    with engine.connect() as conn:
        for statement, parameters in seen:
            plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
            assert plan[0].startswith("SCAN households_fts VIRTUAL TABLE"), plan
            assert plan[1].startswith("SEARCH households USING"), plan


def test_plain_ascii_is_folded_the_short_way_to_the_same_answer():
    """fold() skips decomposing a printable ASCII value (most cells of a big import): the answer must not change."""
    def long_way(value: str) -> str:
        folded = unicodedata.normalize("NFKD", text.clean(value))
        folded = unicodedata.normalize("NFKD", folded.casefold().translate(text._SPECIAL))
        return " ".join("".join(ch for ch in folded if not unicodedata.combining(ch)).split())

    ascii_chars = "".join(map(chr, range(128)))
    values = ["O'Brien", "  Smith   JONES ", "A_B\tSupplies", "x\x00y", "MIXED case 123", "\x7f", ""]
    values += ["".join(chars) for chars in itertools.product("aZ \t'\x00", repeat=3)]
    values += [ascii_chars[i:i + 9] for i in range(0, 128, 3)]
    assert [text.fold(v) for v in values] == [long_way(v) if v else "" for v in values]
