"""The fast check-in path (plain rows, one query for a household's arrival and its merged duplicates') still tells
the desk the truth, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.errors import NotFound
from tests.conftest import make_desk


def _add(desk, family_name, **fields):
    return households.add_household(desk, family_name=family_name, adults_expected=2, kids_expected=1, **fields)


def test_a_duplicate_checked_in_before_the_merge_counts_for_the_family_kept(desk):
    kept = _add(desk, "Łukasiewicz", first_names="Zofia", phone="555 310 4455")
    dup = _add(desk, "Lukasiewicz", phone="(555) 310-4455")
    first = checkins.check_in(desk, dup.id)  # the walk-up copy was checked in, then the organizer merged them
    households.merge(desk, kept.id, dup.id)

    found = households.search(desk, "lukasiewicz")
    assert [h.id for h in found] == [kept.id]
    assert found[0].arrival is not None and found[0].arrival.check_in_id == first.arrival.check_in_id
    by_code = households.find_by_code(desk, dup.ticket_code)  # the duplicate's printed ticket still works
    assert by_code.id == kept.id and by_code.arrival.check_in_id == first.arrival.check_in_id
    again = checkins.check_in(desk, kept.id)
    assert again.status == checkins.ALREADY and again.arrival.check_in_id == first.arrival.check_in_id
    via_dup = checkins.check_in(desk, dup.id)
    assert via_dup.status == checkins.ALREADY and via_dup.household.id == kept.id
    assert checkins.counters(desk).households == 1


def test_an_undone_check_in_no_longer_shows_in_search_and_the_family_can_come_in_again(desk):
    h = _add(desk, "Søndergaard", first_names="Søren")
    first = checkins.check_in(desk, h.id, adults=1, kids=0)
    assert households.search(desk, "sondergaard")[0].arrival.adults == 1
    checkins.undo(desk, first.arrival.check_in_id, reason="wrong family")
    assert households.search(desk, "soren")[0].arrival is None
    again = checkins.check_in(desk, h.id)
    assert again.is_new and (again.arrival.adults, again.arrival.kids) == (2, 1)
    assert households.find_by_code(desk, h.ticket_code).arrival.check_in_id == again.arrival.check_in_id


def test_search_puts_the_scanned_code_first_then_family_names_that_start_with_the_word(desk):
    smith = _add(desk, "Smith", first_names="Ann")
    _add(desk, "Goldsmith", first_names="Ben")
    smithers = _add(desk, "Smithers", first_names="Ava")
    names = [h.family_name for h in households.search(desk, "smith")]
    assert names == ["Smith", "Smithers", "Goldsmith"]
    assert households.search(desk, smithers.ticket_code)[0].id == smithers.id
    both = households.search(desk, "ann smith")  # every word must match, in any order
    assert [h.id for h in both] == [smith.id]
    assert households.search(desk, "smith", limit=1)[0].id == smith.id


def test_a_household_of_another_event_is_neither_found_nor_checked_in(desk):
    other = make_desk(desk.db, operator="Sam", device="Desk 9", name="Spring Safety Fair 2026")
    h = _add(other, "Haddad")
    assert households.search(desk, "haddad") == []
    assert households.find_by_code(desk, h.ticket_code) is None
    with pytest.raises(NotFound):
        checkins.check_in(desk, h.id)
    assert checkins.counters(other).households == 0


def test_a_very_long_non_latin_family_is_saved_found_and_checked_in(desk):
    # folded (NFKD), 400 Hangul syllables become 1,200 jamo: ~3,600 bytes of search text, more than a PostgreSQL
    # b-tree entry may hold; the search index must not refuse the family
    syllables = "".join(chr(0xAC00 + (i * 7919) % 11172) for i in range(600))  # varied, so nothing compresses it
    h = checkins.walk_up(desk, "김" + syllables[:199], adults=2, kids=1, first_names=syllables[199:599],
                         zip_code="12345").household
    found = households.search(desk, "김" + syllables[:2])
    assert [x.id for x in found] == [h.id] and found[0].arrival is not None
    assert checkins.check_in(desk, h.id).status == checkins.ALREADY
