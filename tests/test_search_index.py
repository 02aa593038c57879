"""SQLite's trigram index behind search-as-you-type stays in step with the households, whatever happens to them."""

from __future__ import annotations

from nightout_desk.db import search_index
from nightout_desk.services.checkin import checkins, households


def _ids(desk, query):
    return [h.id for h in households.search(desk, query)]


def test_new_edited_and_merged_households_are_found_by_their_current_text(desk):
    h = households.add_household(desk, family_name="Okafor", first_names="Chidi", phone="555 201 7788")
    assert _ids(desk, "okaf") == [h.id] and _ids(desk, "chi") == [h.id]
    assert _ids(desk, "ok") == [h.id] and _ids(desk, "ch") == []  # 1-2 letters: the family name's beginning only
    assert _ids(desk, "chi ok") == [h.id]
    households.update(desk, h.id, family_name="Okonkwo")
    assert _ids(desk, "okaf") == [] and _ids(desk, "okonk chidi") == [h.id]
    dup = checkins.walk_up(desk, "Okonkwo", adults=1, kids=0, phone="555 201 7788").household
    households.merge(desk, h.id, dup.id)
    assert _ids(desk, "okonkwo") == [h.id]
    assert _ids(desk, '"okon') == [h.id] and _ids(desk, 'okon"kwo') == [h.id]  # quotes are punctuation, not syntax


def test_an_index_that_lost_its_triggers_is_repaired_at_the_next_upgrade(sqlite_desk):
    db = sqlite_desk.db
    with db.engine.begin() as conn:  # what a batch migration of `households` does to triggers
        search_index.drop(conn)
        conn.exec_driver_sql("CREATE VIRTUAL TABLE households_fts USING fts5(search_text, household_id UNINDEXED, "
                             "tokenize='trigram')")
    h = households.add_household(sqlite_desk, family_name="Haddad")
    assert _ids(sqlite_desk, "hadd") == []  # not indexed: nothing told the index
    with db.engine.begin() as conn:
        search_index.ensure(conn)
    assert _ids(sqlite_desk, "hadd") == [h.id]
    h2 = households.add_household(sqlite_desk, family_name="Haddadi")
    assert set(_ids(sqlite_desk, "hadd")) == {h.id, h2.id}
