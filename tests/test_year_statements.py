"""Calendar-year statements, read back from the PDF: one statement per donor across the organization's events, every
gift on its own line with its own date and what was given back, the year's money total, both tax statuses."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from nightout_desk.printing.statements import write_statements
from nightout_desk.services import audit, events
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import donor_identity, donors, statements
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.donations.receipt_wording import NOTHING_IN_RETURN_ALL
from nightout_desk.services.errors import InvalidInput, NotFound, PermissionDenied
from tests.donation_helpers import PAL, TOWN, set_up
from tests.test_receipt_printing import pdf_text

SPRING, AUGUST = dt.date(2026, 4, 18), dt.date(2026, 8, 4)
LIMITED = "deductible for federal income tax purposes is limited to the excess"


def event_desk(db, name: str, on: dt.date, org=TOWN) -> Desk:
    event = events.create_event(db, name=name, on=on, place="Riverside Park", town="Riverside")
    desk = Desk(db, event.id, "Pat Organizer", "organizer", "Desk 1")
    set_up(desk, org)
    return desk


def hardware_at(desk: Desk, **extra):
    fields = {"kind": "business", "name": "Riverside Hardware", "contact_name": "Sam Patel",
              "address": "12 Main St\nRiverside, NY 12345", "email": "sam@hardware.example.com", **extra}
    return donors.add_donor(desk, **fields)


@pytest.fixture
def two_events(db):
    """A spring fair and the August night of 2026, and the night of 2025: Riverside Hardware gave at each."""
    last_year = event_desk(db, "Riverside National Night Out 2025", dt.date(2025, 8, 5))
    spring = event_desk(db, "Spring Safety Fair 2026", SPRING)
    night = event_desk(db, "Riverside National Night Out 2026", AUGUST)
    return last_year, spring, night


def year_text(desk: Desk, tmp_path, year: int = 2026, keys=None) -> tuple[list, str]:
    made = statements.year_statements(desk, year, keys)
    out = write_statements(made, tmp_path / f"statements-{year}.pdf")
    return made, pdf_text(out)


def gifts_of_the_year(last_year: Desk, spring: Desk, night: Desk) -> None:
    donations.record(last_year, hardware_at(last_year).id, kind="check", amount="999", check_number="0777",
                     received_on=dt.date(2025, 8, 5))
    donations.record(spring, hardware_at(spring).id, kind="check", amount="100", check_number="1042",
                     received_on=SPRING)
    h = hardware_at(night, email="")  # typed without the email at the night: still the same business
    donations.record(night, h.id, kind="cash", amount="250", received_on=AUGUST,
                     returned_description="sponsor banner at the park", returned_value="40")
    donations.record(night, h.id, kind="check", amount="500", check_number="2001", received_on=AUGUST,
                     returned_description="four dinner tickets", returned_value="160")


@pytest.mark.parametrize("org", [TOWN, PAL], ids=["town", "501c3"])
def test_a_business_that_gave_at_two_events_gets_one_statement_with_every_gift_and_its_date(db, tmp_path, org):
    last_year = event_desk(db, "Riverside National Night Out 2025", dt.date(2025, 8, 5), org)
    spring = event_desk(db, "Spring Safety Fair 2026", SPRING, org)
    night = event_desk(db, "Riverside National Night Out 2026", AUGUST, org)
    gifts_of_the_year(last_year, spring, night)
    donations.record(night, donors.add_donor(night, name="Zoë Nguyễn-O'Brien").id, kind="cash", amount="20",
                     received_on=AUGUST)
    made, text = year_text(night, tmp_path)
    assert [st.donor_name for st in made] == ["Riverside Hardware", "Zoë Nguyễn-O'Brien"]
    hardware = made[0]
    assert [(g.on, g.event_name, g.amount) for g in hardware.gifts] == [
        ("April 18, 2026", "Spring Safety Fair 2026", "$100.00"),
        ("August 4, 2026", "Riverside National Night Out 2026", "$250.00"),
        ("August 4, 2026", "Riverside National Night Out 2026", "$500.00")]
    assert hardware.money_total == "$850.00"  # the 2025 check is not this year's
    assert text.count("Contributions in 2026") == 2 and text.count("RECEIVED WITH THANKS FROM") == 2
    for needed in ("April 18, 2026", "Check no. 1042", "Spring Safety Fair 2026", "Check no. 2001",
                   "Total cash contributions in 2026 $850.00", "Attn: Sam Patel", "12 Main St", org.legal_name,
                   "Zoë Nguyễn-O'Brien", "Total cash contributions in 2026 $20.00"):
        assert needed in text, needed
    assert "$999.00" not in text and "0777" not in text and "2025" not in text
    # two gifts on August 4, each with its own benefit, each disclosed on its own, naming the gift
    banner = "Gift 2 (August 4, 2026, Cash, $250.00): In return for the contribution, " \
             f"{org.legal_name} provided sponsor banner at the park, with a good-faith estimated fair market value " \
             "of $40.00."
    dinner = "Gift 3 (August 4, 2026, Check no. 2001, $500.00): In return for the contribution, " \
             f"{org.legal_name} provided four dinner tickets, with a good-faith estimated fair market value of " \
             "$160.00."
    assert banner in text and dinner in text
    assert "No goods or services were provided in return for gift 1." in text
    assert "contribution on August 4" not in text  # the summary's old, ambiguous wording
    if org is PAL:
        assert "501(c)(3)" in text and "EIN 12-3456789" in text and "170(c)(1)" not in text
        assert text.count(LIMITED) == 2
        assert "($250.00) over the value of the goods or services provided ($40.00), that is $210.00" in text
        assert "($500.00) over the value of the goods or services provided ($160.00), that is $340.00" in text
    else:
        assert "governmental unit described in section 170(c)(1)" in text and "501(c)(3)" not in text
        assert LIMITED not in text


def test_goods_are_described_never_valued_and_a_year_with_nothing_back_says_so_once(sqlite_db, tmp_path):
    night = event_desk(sqlite_db, "Riverside National Night Out 2026", AUGUST, PAL)
    h = hardware_at(night)
    donations.record(night, h.id, kind="in-kind", description="bike helmets (youth)", quantity=24,
                     estimated_value="480", received_on=AUGUST)
    donations.record(night, h.id, kind="services", description="Grill crew for the evening", received_on=AUGUST,
                     expenses_description="propane for the grills")
    made, text = year_text(night, tmp_path)
    assert made[0].money_total == "" and "Total cash contributions in 2026 $0.00" in text
    assert "24 × bike helmets (youth)" in text and "$480" not in text
    assert NOTHING_IN_RETURN_ALL in text and "described without a value" in text
    assert "Gift 2 (August 4, 2026, Services: Grill crew for the evening): In providing these services the donor " \
           "paid out-of-pocket expenses (propane for the grills)" in text


def test_a_token_item_with_the_logo_is_said_as_insubstantial_on_its_own_line(sqlite_db, tmp_path):
    night = event_desk(sqlite_db, "Riverside National Night Out 2026", AUGUST, PAL)
    h = hardware_at(night)
    donations.record(night, h.id, kind="cash", amount="80", received_on=AUGUST, returned_description="a PAL mug",
                     returned_value="6", returned_bears_logo=True, returned_cost="1.50")
    donations.record(night, h.id, kind="cash", amount="100", received_on=AUGUST,
                     returned_description="dinner for two", returned_value="40")
    _, text = year_text(night, tmp_path)
    assert "Gift 1 (August 4, 2026, Cash, $80.00): In return for the contribution, Riverside Police Athletic " \
           "League, Inc. provided only token items of insubstantial value (a PAL mug)" in text
    assert text.count(LIMITED) == 1 and "that is $60.00" in text  # only the dinner limits its gift


def test_a_voided_gift_counts_nowhere_on_the_statement(db, tmp_path):
    night = event_desk(db, "Riverside National Night Out 2026", AUGUST)
    h = hardware_at(night)
    donations.record(night, h.id, kind="check", amount="100", check_number="1", received_on=AUGUST)
    twice = donations.record(night, h.id, kind="check", amount="100", check_number="1", received_on=AUGUST)
    donations.record(night, h.id, kind="cash", amount="50", received_on=AUGUST)
    donations.void(night, twice.id, "typed twice")
    made, text = year_text(night, tmp_path)
    assert [g.amount for g in made[0].gifts] == ["$100.00", "$50.00"]
    assert made[0].money_total == "$150.00" and "Total cash contributions in 2026 $150.00" in text
    assert "$200.00" not in text and "Gift 3" not in text


def test_donors_are_matched_across_events_as_at_the_desk_and_an_organizer_links_or_parts_them(db):
    spring = event_desk(db, "Spring Safety Fair 2026", SPRING)
    night = event_desk(db, "Riverside National Night Out 2026", AUGUST)
    pat_spring = donors.add_donor(spring, name="Pat Lee", email="pat@one.example")
    pat_night = donors.add_donor(night, name="PAT  LEE", email="pat@two.example")  # another Pat Lee
    zoe_spring = donors.add_donor(spring, name="Zoë Nguyễn-O'Brien")
    zoe_night = donors.add_donor(night, name="zoe nguyen-o'brien", phone="555-201-7788")  # the same, folded
    shop_spring = donors.add_donor(spring, kind="business", name="Riverside Hardware")
    shop_night = donors.add_donor(night, kind="business", name="Riverside Hardware & Garden")
    for desk, who in ((spring, pat_spring), (night, pat_night), (spring, zoe_spring), (night, zoe_night),
                      (spring, shop_spring), (night, shop_night)):
        donations.record(desk, who.id, kind="cash", amount="10", received_on=SPRING if desk is spring else AUGUST)

    def names() -> list[tuple[str, int]]:
        return sorted((g.name, g.gifts) for g in statements.givers(night, 2026))

    assert names() == [("PAT LEE", 1), ("Pat Lee", 1), ("Riverside Hardware", 1),  # the emails differ
                       ("Riverside Hardware & Garden", 1), ("zoe nguyen-o'brien", 2)]
    donor_identity.link(night, shop_night.id, shop_spring.id)
    assert ("Riverside Hardware & Garden", 2) in names() and ("Riverside Hardware", 1) not in names()
    donor_identity.keep_apart(night, zoe_night.id)
    assert ("zoe nguyen-o'brien", 1) in names() and ("Zoë Nguyễn-O'Brien", 1) in names()
    with pytest.raises(InvalidInput, match="same event"):
        donor_identity.link(night, pat_night.id, zoe_night.id)
    with pytest.raises(PermissionDenied):
        donor_identity.link(night.with_operator("Sam", "volunteer"), pat_night.id, pat_spring.id)
    logged = [e.action for e in audit.recent(night)]
    assert "donors linked across events" in logged and "donor kept apart across events" in logged


def test_two_donors_one_event_keeps_apart_are_not_made_one_through_another_event(db):
    spring = event_desk(db, "Spring Safety Fair 2026", SPRING)
    night = event_desk(db, "Riverside National Night Out 2026", AUGUST)
    first = donors.add_donor(spring, name="John Smith")
    for desk, who in ((spring, first), (night, donors.add_donor(night, name="John Smith")),
                      (night, donors.add_donor(night, name="John Smith"))):
        donations.record(desk, who.id, kind="cash", amount="5", received_on=SPRING if desk is spring else AUGUST)
    assert sorted(g.gifts for g in statements.givers(night, 2026)) == [1, 2]


def test_statements_are_an_organizers_and_say_plainly_what_is_missing(sqlite_db, tmp_path):
    night = event_desk(sqlite_db, "Riverside National Night Out 2026", AUGUST)
    with pytest.raises(InvalidInput, match="No gifts were received in 2026"):
        statements.year_statements(night, 2026)
    donations.record(night, hardware_at(night).id, kind="cash", amount="10", received_on=AUGUST)
    with pytest.raises(PermissionDenied):
        statements.year_statements(night.with_operator("Sam", "volunteer"), 2026)
    with pytest.raises(NotFound, match="No donor named “Nobody” gave in 2026"):
        statements.find_givers(night, 2026, "Nobody")
    assert [g.name for g in statements.find_givers(night, 2026, "hardware")] == ["Riverside Hardware"]


def test_a_long_year_goes_on_over_pages_and_nothing_is_drawn_off_the_page(sqlite_db, tmp_path):
    night = event_desk(sqlite_db, "Riverside National Night Out 2026", AUGUST, PAL)
    h = hardware_at(night)
    for day in range(1, 29):
        donations.record(night, h.id, kind="check", amount="100", check_number=str(day),
                         received_on=dt.date(2026, 2, day), returned_description=f"dinner ticket no. {day}",
                         returned_value="30")
    made = statements.year_statements(night, 2026)
    out = write_statements(made, tmp_path / "long.pdf")
    text = pdf_text(out)
    assert len(PdfReader(str(out)).pages) >= 3
    assert all(f"Gift {n} (February {n}, 2026, Check no. {n}, $100.00)" in text for n in range(1, 29))
    assert "Total cash contributions in 2026 $2,800.00" in text and "Thank you for your support in 2026!" in text
    for page in PdfReader(str(out)).pages:  # every line of text inside the page's margins
        ys: list[float] = []

        def seen(text, cm, tm, font, size, into=ys):
            if text.strip():
                into.append(tm[5] * cm[3] + cm[5])

        page.extract_text(visitor_text=seen)
        assert ys and min(ys) > 30 and max(ys) < 792 - 10


def test_the_command_line_prints_statements_and_says_what_went_wrong(tmp_path, monkeypatch):
    from nightout_desk.db import Database
    from nightout_desk.db.migrate import upgrade
    from tests.test_cli import nightout

    path = tmp_path / "night.sqlite3"
    database = Database(str(path))
    upgrade(database)
    spring = event_desk(database, "Spring Safety Fair 2026", SPRING)
    night = event_desk(database, "Riverside National Night Out 2026", AUGUST)
    donations.record(spring, hardware_at(spring).id, kind="check", amount="100", received_on=SPRING)
    donations.record(night, hardware_at(night).id, kind="cash", amount="25", received_on=AUGUST)
    donations.record(night, donors.add_donor(night, name="Zoë Nguyễn-O'Brien").id, kind="cash", amount="5",
                     received_on=AUGUST)
    database.dispose()
    out = tmp_path / "hardware.pdf"
    done = nightout("print", "statements", "--year", "2026", "--donor", "riverside hardware", "--out", out, db=path,
                    who="Pat Organizer")
    assert done.returncode == 0, done.stderr
    assert f"1 statement for 2026 written to {out}" in done.stdout
    text = pdf_text(out)
    assert "April 18, 2026" in text and "August 4, 2026" in text and "$125.00" in text and "Zoë" not in text
    everyone = nightout("print", "statements", "--year", "2026", "--out", tmp_path / "all.pdf", db=path,
                        who="Pat Organizer")
    assert everyone.returncode == 0 and "2 statements for 2026" in everyone.stdout
    for args, said in ((("--year", "2025"), "No gifts were received in 2025."),
                       (("--year", "2026", "--donor", "Nobody"), "No donor named “Nobody” gave in 2026."),
                       ((), "Say which year the statements are for, e.g. --year 2026."),
                       (("--year", "20x6"), "is not a year like 2026")):
        failed = nightout("print", "statements", *args, "--out", tmp_path / "x.pdf", db=path, who="Pat Organizer")
        assert failed.returncode == 1 and said in failed.stderr and "Traceback" not in failed.stderr, failed.stderr
        assert len(failed.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()
    no_out = nightout("print", "receipts", db=path, who="Pat Organizer")
    assert no_out.returncode == 1 and "--out FILE.pdf" in no_out.stderr
    logged = [e.summary for e in audit.recent(Desk(Database(str(path)), night.event_id, "Pat", "organizer"))]
    assert any(s.startswith("2026: 1 statement (Riverside Hardware)") for s in logged)



@pytest.mark.parametrize("org", [TOWN, PAL], ids=["town", "501c3"])
def test_the_events_summary_receipt_names_each_gift_a_benefit_was_given_for(sqlite_db, tmp_path, org):
    from nightout_desk.printing.receipts import write_receipts
    from nightout_desk.services.donations import receipts

    night = event_desk(sqlite_db, "Riverside National Night Out 2026", AUGUST, org)
    h = hardware_at(night)
    donations.record(night, h.id, kind="cash", amount="250", received_on=AUGUST,
                     returned_description="sponsor banner at the park", returned_value="40")
    donations.record(night, h.id, kind="check", amount="500", check_number="2001", received_on=AUGUST,
                     returned_description="four dinner tickets", returned_value="160")
    summary = receipts.issue_summary(night, h.id)
    text = pdf_text(write_receipts(receipts.printable(night, [summary.id]), tmp_path / "summary.pdf"))
    assert "contribution on August 4" not in text
    assert ("In return for the contribution of $250.00 (Cash) received on August 4, 2026, "
            f"{org.legal_name} provided sponsor banner at the park") in text
    assert ("In return for the contribution of $500.00 (Check no. 2001) received on August 4, 2026, "
            f"{org.legal_name} provided four dinner tickets") in text


def test_a_laptop_with_only_tonights_event_types_a_donor_and_the_office_file_finds_the_giver(tmp_path):
    """The laptop joined only tonight's event: its donor is matched on the file that holds every event, and an
    organizer's link travels with the donor's row through a merge."""
    from nightout_desk.db import Database
    from nightout_desk.db.migrate import upgrade
    from nightout_desk.services.sync.engine import merge_event

    office, laptop = Database(str(tmp_path / "office.sqlite3")), Database(str(tmp_path / "laptop.sqlite3"))
    for database in (office, laptop):
        upgrade(database)
    spring = event_desk(office, "Spring Safety Fair 2026", SPRING)
    donations.record(spring, hardware_at(spring).id, kind="check", amount="100", received_on=SPRING)
    night = event_desk(office, "Riverside National Night Out 2026", AUGUST)
    merge_event(office, laptop, night.event_id, peer="office", device="Desk 2")  # the laptop joins tonight only
    desk2 = Desk(laptop, night.event_id, "Pat Organizer", "organizer", "Desk 2")
    donations.record(desk2, hardware_at(desk2, email="").id, kind="cash", amount="50", received_on=AUGUST)
    donations.record(desk2, donors.add_donor(desk2, name="Riverside Hardware & Garden").id, kind="cash",
                     amount="5", received_on=AUGUST)
    assert sorted(g.gifts for g in statements.givers(desk2, 2026)) == [1, 1]  # the laptop knows no spring fair
    merge_event(laptop, office, night.event_id, peer="Desk 2", device="office")
    assert sorted((g.name, g.gifts) for g in statements.givers(night, 2026)) == [
        ("Riverside Hardware", 2), ("Riverside Hardware & Garden", 1)]
    # the office's organizer says the garden centre is the same business; the link travels to the laptop
    garden = next(g for g in statements.givers(night, 2026) if g.name.endswith("Garden"))
    shop = next(g for g in statements.givers(night, 2026) if g.name == "Riverside Hardware")
    donor_identity.link_givers(night, garden.donor_ids, shop.donor_ids)
    assert [(g.name, g.gifts, g.money_cents) for g in statements.givers(night, 2026)] == [
        ("Riverside Hardware", 3, 155_00)]
    merge_event(office, laptop, night.event_id, peer="office", device="Desk 2")
    on_laptop = {g.name: g.key for g in statements.givers(desk2, 2026)}
    assert on_laptop["Riverside Hardware & Garden"] == shop.key  # known as the spring fair's donor, kept as linked
