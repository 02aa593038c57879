"""Receipt series: laptops that work apart each number from their own series (NNO-2026-B0007), gap-free within it; a
laptop that never works apart keeps today's numbers (tests/test_receipt_numbers.py)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from nightout_desk.db import Database
from nightout_desk.models import ReceiptCounter
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import gifts, receipts
from nightout_desk.services.errors import Conflict, InvalidInput
from tests.donation_helpers import set_up, zoe


def laptop(desk: Desk, name: str) -> Desk:
    return Desk(desk.db, desk.event_id, "Pat Organizer", "organizer", name)


def test_each_laptop_gets_its_own_letter_and_numbers_from_it(desk):
    set_up(desk)
    donor = zoe(desk)
    one, two, alone = laptop(desk, "Desk A"), laptop(desk, "Desk B"), laptop(desk, "Office")
    assert receipts.assign_series(one) == "A" and receipts.assign_series(two) == "B"
    assert receipts.assign_series(one) == "A"  # asked again: the same
    numbers = [gifts.record(d, donor.id, kind="cash", amount="5").receipt_number for d in (one, two, one, alone)]
    assert numbers == ["NNO-2026-A0001", "NNO-2026-B0001", "NNO-2026-A0002", "NNO-2026-0001"]
    assert [r.number for r in receipts.list_receipts(desk)] == ["NNO-2026-0001", "NNO-2026-A0001",
                                                                "NNO-2026-A0002", "NNO-2026-B0001"]
    with desk.db.read() as s:
        counters = {c.series: (c.id, c.last_number) for c in s.scalars(select(ReceiptCounter))}
    # the counter of a series has the same id on every laptop, so two laptops' counters are one row
    assert counters == {series: (receipts.counter_id(desk.event_id, series), n)
                        for series, n in (("", 1), ("A", 2), ("B", 1))}


def test_a_series_is_one_laptop_s_and_kept_once_used(desk):
    set_up(desk)
    one, two = laptop(desk, "Desk A"), laptop(desk, "Desk B")
    assert receipts.set_series(one, " c ") == "C"
    with pytest.raises(Conflict, match="already used by Desk A"):
        receipts.set_series(two, "C")
    with pytest.raises(InvalidInput, match="capital letters"):
        receipts.set_series(two, "B7")
    assert receipts.assign_series(two) == "A"
    gifts.record(one, zoe(desk).id, kind="cash", amount="5")
    with pytest.raises(Conflict, match="keeps that series"):
        receipts.set_series(one, "D")


def test_a_volunteer_cannot_choose_a_series(desk):
    volunteer = Desk(desk.db, desk.event_id, "Sam", "volunteer", "Desk 5")
    with pytest.raises(Exception, match="rganizer"):
        receipts.set_series(volunteer, "E")


def test_a_file_from_before_the_series_goes_on_numbering_as_it_did(tmp_path):
    """A laptop's file with receipts, at the schema before series: upgraded, its numbers go on in series ""."""
    from alembic import command

    from nightout_desk.db.migrate import alembic_config, upgrade

    db = Database(str(tmp_path / "night.sqlite3"))
    cfg = alembic_config()
    event, donor, gift = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    at = "2026-08-04 18:00:00.000000"
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
        run = conn.exec_driver_sql
        run("INSERT INTO events (id, name, date, place, town, starts_at, ends_at, created_at) VALUES "
            "(?, 'Riverside National Night Out 2026', '2026-08-04', '', '', '17:00', '21:00', ?)", (event.hex, at))
        run("INSERT INTO donors (id, event_id, kind, name, contact_name, address, phone, email, notes, search_text, "
            "created_at) VALUES (?, ?, 'person', 'Zoë', '', '', '', '', '', 'zoe', ?)", (donor.hex, event.hex, at))
        run("INSERT INTO donations (id, event_id, donor_id, received_on, kind, amount_cents, check_number, "
            "description, unit, returned_description, returned_value_cents, purpose, recorded_by, device, created_at) "
            "VALUES (?, ?, ?, '2026-08-04', 'cash', 500, '', '', '', '', 0, '', 'Pat', 'Desk 1', ?)",
            (gift.hex, event.hex, donor.hex, at))
        run("INSERT INTO receipts (id, event_id, number, sequence, kind, donor_id, donation_id, content, issued_at, "
            "issued_by, print_count, void_reason, voided_by) VALUES (?, ?, 'NNO-2026-0001', 1, 'donation', ?, ?, "
            "'{}', ?, 'Pat', 1, '', '')", (uuid.uuid4().hex, event.hex, donor.hex, gift.hex, at))
        run("INSERT INTO receipt_counters (id, event_id, prefix, last_number) VALUES (?, ?, 'NNO-2026', 1)",
            (uuid.uuid4().hex, event.hex))
    upgrade(db)
    desk = Desk(db, event, "Pat Organizer", "organizer", "Desk 1")
    set_up(desk)
    assert gifts.record(desk, donor, kind="cash", amount="6").receipt_number == "NNO-2026-0002"
    db.dispose()
