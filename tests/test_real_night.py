"""From the demo to the real night: demo events marked and named "(demo)", real events never share a name, the real
one opens by default, `events new` on the command line, and `--event` that names nothing or several."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from nightout_desk import cli
from nightout_desk.services import events, operators
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import ImportProblem, InvalidInput, NotFound, PermissionDenied
from nightout_desk.services.neighbourhood_file import read_neighbourhoods
from nightout_desk.services.sync.engine import merge_event
from tests.conftest import new_sqlite_db

AUGUST = dt.date(2027, 8, 3)


@pytest.fixture(autouse=True)
def quick_pins(monkeypatch):
    """Accounts' PINs hashed with cheap parameters: these tests are about events, not Argon2's cost."""
    monkeypatch.setattr(operators, "HASHER", operators.PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def _run(*argv: str) -> int:
    """cli.main as a shell runs it: argparse's own refusals end with SystemExit(1)."""
    try:
        return cli.main(list(argv))
    except SystemExit as ended:
        return int(ended.code)


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    return err


# --- the service --------------------------------------------------------------------------------------------------

def test_two_events_cannot_share_a_name_whatever_its_case_spaces_or_accents(db):
    made = events.create_event(db, name="Maple Falls Night Out 2027", on=AUGUST)
    for clash in ("maple falls  night out 2027", "MAPLE FÄLLS NIGHT OUT 2027", " Maple Falls Night Out 2027 "):
        with pytest.raises(InvalidInput, match="already an event called “Maple Falls Night Out 2027”"):
            events.create_event(db, name=clash, on=AUGUST)
    other = events.create_event(db, name="Maple Falls Night Out 2028", on=AUGUST.replace(year=2028))
    with pytest.raises(InvalidInput, match="already an event"):
        events.update_event(Desk(db, other.id, "Pat", "organizer"), name="maple falls night out 2027")
    with pytest.raises(InvalidInput, match="marks the demo's events"):
        events.create_event(db, name="Maple Falls Night Out (DEMO)", on=AUGUST)
    events.update_event(Desk(db, made.id, "Pat", "organizer"), name="Maple Falls Night Out 2027", place="Park")
    assert sorted(e.name for e in events.list_events(db)) == ["Maple Falls Night Out 2027",
                                                              "Maple Falls Night Out 2028"]


def test_the_demo_is_marked_named_demo_and_a_second_demo_is_numbered(sqlite_db):
    from nightout_desk.services.demo import create_demo

    first = create_demo(sqlite_db, households=8, seed=1)
    second = create_demo(sqlite_db, households=8, seed=2)
    assert first.is_demo and first.name.endswith(" (demo)") and second.name.endswith(" (demo 2)")
    listed = events.list_events(sqlite_db)
    assert len(listed) == 4 and all(e.is_demo for e in listed)  # this year's and last year's, twice
    assert len({e.name for e in listed}) == 4
    assert events.previous_event(sqlite_db, first.id).is_demo  # the demo's comparison is with the demo's last year


def test_a_real_event_opens_by_default_once_there_is_one_and_the_laptop_remembers_its_choice(db):
    assert events.default_event(db) is None
    demo = events.create_event(db, name="Riverside Night Out 2026", on=dt.date(2026, 8, 4), demo=True)
    assert events.default_event(db) == demo  # only a demo: it is the one to open
    real = events.create_event(db, name="Maple Falls Night Out 2026", on=dt.date(2026, 8, 1))  # before the demo's
    later = events.create_event(db, name="Maple Falls Night Out 2025", on=dt.date(2025, 8, 5))
    assert events.default_event(db) == events.latest_event(db) == real
    assert events.default_event(db, remembered=demo.id) == real  # a demo is never the default once a real one is
    assert events.default_event(db, remembered=later.id) == later
    assert events.default_event(db, remembered=uuid.uuid4()) == real  # another database's event: not here
    assert events.previous_event(db, real.id) == later  # a real night is compared with a real night


def test_a_new_event_is_an_organizers_and_takes_the_departments_accounts(db):
    first = events.create_event(db, name="Maple Falls Night Out 2026", on=dt.date(2026, 8, 4))
    setup = Desk(db, first.id, "Dana Reyes", "volunteer", "Desk 1")
    operators.add(setup, "Dana Reyes", "lieutenant", "2468")
    operators.add(setup.with_operator("Dana Reyes", "lieutenant"), "Pat Organizer", "organizer", "1357")
    with pytest.raises(PermissionDenied) as refused:
        events.new_event(Desk(db, first.id, "Sam", "volunteer", "Desk 1"), name="Next", on=AUGUST)
    assert refused.value.needs == "organizer" and len(events.list_events(db)) == 1
    pat = Desk(db, first.id, "Pat Organizer", "organizer", "Desk 1")
    made = events.new_event(pat, name="Maple Falls Night Out 2027", on=AUGUST, place="Memorial Park",
                            neighbourhoods=[("Old Town", "12345"), ("Mill Creek", " 12346  12347 ")])
    assert not made.is_demo and (made.place, made.starts_at) == ("Memorial Park", "17:00")
    there = Desk(db, made.id, "Pat Organizer", "organizer")
    assert [(n.name, n.zip_codes) for n in events.neighbourhoods(there)] == [
        ("Mill Creek", ("12346", "12347")), ("Old Town", ("12345",))]
    assert {a.name for a in operators.accounts(there)} == {"Dana Reyes", "Pat Organizer"}
    assert events.desk_at(pat, made.id).role == "organizer"  # her account is there: she stays signed in
    operators.remove(Desk(db, made.id, "Dana Reyes", "lieutenant"), "Pat Organizer")
    assert events.desk_at(pat, made.id).role == "volunteer"  # removed there: a volunteer on that night
    with pytest.raises(InvalidInput, match="twice"):
        events.new_event(pat, name="Another", on=AUGUST, neighbourhoods=[("Old Town", ""), ("old town", "1")])


def test_an_event_named_by_nothing_or_by_several_is_said_never_picked(sqlite_db, sqlite_template, tmp_path):
    """Two laptops that each made "Maple Falls Night Out 2027" and then merged: no crash, both kept, and a name that
    fits both is refused with their dates and ids."""
    ours = events.create_event(sqlite_db, name="Maple Falls Night Out 2027", on=AUGUST)
    other_db = new_sqlite_db(sqlite_template, tmp_path)  # another laptop's file
    theirs = events.create_event(other_db, name="maple falls night out 2027", on=AUGUST, place="Memorial Park")
    merge_event(other_db, sqlite_db, theirs.id, peer="Desk 2", device="Desk 1")
    known = events.list_events(sqlite_db)
    assert {e.id for e in known} == {ours.id, theirs.id}
    with pytest.raises(InvalidInput) as several:
        events.pick_event(known, "Maple Falls Night Out 2027", nowhere="none")
    assert str(several.value).startswith("2 events are called") and str(theirs.id) in str(several.value)
    assert events.pick_event(known, str(theirs.id), nowhere="none") == [e for e in known if e.id == theirs.id][0]
    assert events.pick_event(known, ours.id.hex.upper(), nowhere="none").id == ours.id
    with pytest.raises(NotFound, match="nothing here"):
        events.pick_event(known, "Spring Fair", nowhere="nothing here")


# --- the neighbourhood file ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Neighbourhood,ZIP codes\nOld Town,12345\nMill Creek,\"12346 12347\"\n",
    "Old Town: 12345\nMill Creek: 12346, 12347\n",
    "\ufeffOld Town;12345\nMill Creek;12346 12347\n",
])
def test_a_neighbourhood_list_is_read_with_or_without_a_header(tmp_path, text):
    path = tmp_path / "hoods.csv"
    path.write_text(text, encoding="utf-8")
    assert read_neighbourhoods(path) == [("Old Town", "12345"), ("Mill Creek", "12346 12347")]


@pytest.mark.parametrize(("text", "said"), [
    ("", "“hoods.csv” is empty"),
    ("Neighbourhood,ZIP\nOld Town,12345\nMill Creek,12346\nold  town,12347\n",
     "“hoods.csv”, line 4: “old town” is listed twice (also on line 2)"),
    ("Old Town: 12345\nMill Creek: twelve\n", "“hoods.csv”, line 2: “twelve” is not a ZIP code"),
    ("Neighbourhood,ZIP\n,12345\n", "“hoods.csv”, line 2 has ZIP codes (12345) but no neighbourhood name"),
    ("Neighbourhood,ZIP\n,\n", "“hoods.csv” lists no neighbourhood"),
    ("Old Town\x07: 12345\n", "line 1 holds a control character (U+0007), which is not text"),
])
def test_a_doubtful_neighbourhood_list_is_refused_in_one_sentence(tmp_path, text, said):
    path = tmp_path / "hoods.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportProblem) as refused:
        read_neighbourhoods(path)
    assert said in str(refused.value) and "\n" not in str(refused.value)


# --- the command line ---------------------------------------------------------------------------------------------

def test_events_new_on_an_empty_database_is_the_set_up(sqlite_db, tmp_path, capsys):
    hoods = tmp_path / "hoods.txt"
    hoods.write_text("Old Town: 12345\nMill Creek: 12346 12347\n", encoding="utf-8")
    base = ["--db", str(sqlite_db.path)]
    assert cli.main([*base, "events", "new", "Maple Falls Night Out 2027", "--date", "2027-08-03", "--place",
                     "Memorial Park", "--neighbourhoods", str(hoods)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Created “Maple Falls Night Out 2027” (Tuesday, August 3, 2027, Memorial Park) with 2 "
                          "neighbourhoods")
    assert "`nightout-desk operators add NAME` sets up the first" in out
    (made,) = events.list_events(sqlite_db)
    assert [n.name for n in events.neighbourhoods(Desk(sqlite_db, made.id))] == ["Mill Creek", "Old Town"]
    assert cli.main([*base, "events"]) == 0
    assert "2027-08-03  Maple Falls Night Out 2027  (Memorial Park)  id=" in capsys.readouterr().out


@pytest.mark.parametrize(("given", "said"), [
    (["Maple Falls Night Out 2026", "--date", "2027-08-03"], "There is already an event called “Maple Falls Night "
                                                            "Out 2026” (Tuesday, August 4, 2026)"),
    (["Next", "--date", "3/8/2027"], "“3/8/2027” is not a date like 2027-08-03"),
    (["Next"], "Say the event's date: --date YYYY-MM-DD"),
    (["--date", "2027-08-03"], "Say the event's name"),
    (["Next", "--date", "2027-08-03", "--neighbourhoods", "missing.csv"], "There is no file at missing.csv"),
])
def test_events_new_refuses_a_mistake_in_one_line_and_creates_nothing(sqlite_db, capsys, monkeypatch, tmp_path,
                                                                      given, said):
    monkeypatch.chdir(tmp_path)
    events.create_event(sqlite_db, name="Maple Falls Night Out 2026", on=dt.date(2026, 8, 4))
    assert _run("--db", str(sqlite_db.path), "events", "new", *given, "--operator", "Pat") == 1
    assert said in _one_line(capsys)
    assert len(events.list_events(sqlite_db)) == 1


def test_events_new_asks_who_and_needs_an_organizer_once_there_are_accounts(sqlite_db, capsys, monkeypatch):
    from nightout_desk.services.demo import create_demo

    demo = create_demo(sqlite_db, households=8)
    setup = Desk(sqlite_db, demo.id, "Demo Lieutenant", "volunteer")
    operators.add(setup, "Demo Lieutenant", "lieutenant", "2026")
    operators.add(setup.with_operator("Demo Lieutenant", "lieutenant"), "Demo Organizer", "organizer", "2026")
    new = ["--db", str(sqlite_db.path), "events", "new", "Maple Falls Night Out 2027", "--date", "2027-08-03"]
    assert cli.main(new) == 1
    assert "Creating an event needs --operator NAME" in _one_line(capsys)
    assert cli.main([*new, "--operator", "Sam Volunteer"]) == 1
    assert "Only an organizer can create a new event" in _one_line(capsys)
    monkeypatch.setenv("NIGHTOUT_PIN", "2026")
    assert cli.main([*new, "--operator", "Demo Organizer"]) == 0
    out = capsys.readouterr().out
    assert "It opens by default from now on; the demo stays in the database, marked (demo)." in out
    assert "It has the demo's accounts" in out  # a PIN printed for all must not guard the real night unnoticed
    assert events.latest_event(sqlite_db).name == "Maple Falls Night Out 2027"
    assert cli.main(["--db", str(sqlite_db.path), "events"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].startswith("2027-08-03  Maple Falls Night Out 2027") and listed[0].endswith("(opens by default)")
    assert sum("(demo)" in line for line in listed) == 2


def test_event_option_that_names_nothing_or_several_says_so(sqlite_db, sqlite_template, tmp_path, capsys):
    ours = events.create_event(sqlite_db, name="Maple Falls Night Out 2027", on=AUGUST)
    other_db = new_sqlite_db(sqlite_template, tmp_path)
    theirs = events.create_event(other_db, name="Maple Falls Night Out 2027", on=AUGUST)
    merge_event(other_db, sqlite_db, theirs.id, peer="Desk 2", device="Desk 1")
    base = ["--db", str(sqlite_db.path), "export", str(tmp_path / "out")]
    assert cli.main([*base, "--event", "Spring Fair"]) == 1
    assert _one_line(capsys) == ("nightout-desk: No event called “Spring Fair” in this database. `nightout-desk "
                                 "events` lists them.")
    assert cli.main([*base, "--event", "maple falls night out 2027"]) == 1
    line = _one_line(capsys)
    assert "2 events are called “Maple Falls Night Out 2027”" in line and "name one by its id" in line
    assert str(ours.id) in line and str(theirs.id) in line
    assert cli.main([*base, "--event", str(theirs.id)]) == 0
