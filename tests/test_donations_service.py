"""Donors and donations on SQLite and PostgreSQL: recording, correcting, merging, and the report figures."""

from __future__ import annotations

import datetime as dt

import pytest

from nightout_desk.services import audit
from nightout_desk.services.donations import donors, organization, receipts
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.donations.gifts import ToStock
from nightout_desk.services.errors import InvalidInput, PermissionDenied
from nightout_desk.services.export import export_csv
from nightout_desk.services.inventory import stock as inventory
from tests.donation_helpers import TOWN, hardware, set_up, zoe


def test_a_check_at_the_table_gets_a_numbered_receipt_at_once(desk):
    set_up(desk)
    d = donations.record(desk, hardware(desk).id, kind="check", amount="1,250.00", check_number="4417",
                         received_on=dt.date(2026, 8, 4))
    assert d.amount_cents == 125000 and d.receipt_number == "NNO-2026-0001" and not d.receipt_printed
    assert donors.search(desk, "sam patel")[0].money_cents == 125000
    assert [a.action for a in audit.recent(desk)][:2] == ["receipt issued", "donation recorded"]


def test_donations_before_the_organization_is_set_up_get_receipts_later(desk):
    d = donations.record(desk, zoe(desk).id, kind="cash", amount="40")
    assert d.receipt_number == "" and "organization" in d.warnings[0]
    set_up(desk)
    issued = receipts.issue_missing(desk)
    assert [r.number for r in issued] == ["NNO-2026-0001"]
    assert receipts.issue_missing(desk) == []


@pytest.mark.parametrize("values, message", [
    ({"kind": "cash", "amount": ""}, "amount"),
    ({"kind": "cash", "amount": "12.345"}, "two digits"),
    ({"kind": "check", "amount": "-5"}, "negative"),
    ({"kind": "in-kind", "description": ""}, "Describe"),
    ({"kind": "cash", "amount": "100", "returned_value": "40"}, "in return"),
    ({"kind": "lottery"}, "Choose"),
])
def test_mistakes_in_a_donation_are_explained(desk, values, message):
    with pytest.raises(InvalidInput, match=message):
        donations.record(desk, zoe(desk).id, **values)


def test_donated_helmets_go_into_the_giveaway_stock_in_the_same_transaction(desk):
    set_up(desk)
    d = donations.record(desk, hardware(desk).id, kind="in-kind", description="Bike helmets (youth)", quantity=24,
                         estimated_value="480", to_stock=ToStock(quantity=24, new_item_name="Bike helmet (youth)",
                                                                 limit_per_household=1))
    item = inventory.levels(desk)[0]
    assert (item.name, item.received, item.on_hand, item.limit_per_household) == ("Bike helmet (youth)", 24, 24, 1)
    assert inventory.history(desk, item.id)[0].donor == "Riverside Hardware"
    assert d.estimated_value_cents == 48000
    with pytest.raises(InvalidInput, match="Only donated goods"):
        donations.record(desk, hardware(desk).id, kind="cash", amount="5", to_stock=ToStock(quantity=5))
    assert len(donations.list_donations(desk)) == 1  # the refused one left nothing behind


def test_correcting_a_donation_voids_its_receipt_and_reissues_with_a_new_number(desk):
    set_up(desk)
    d = donations.record(desk, zoe(desk).id, kind="cash", amount="25")
    with pytest.raises(InvalidInput, match="say why"):
        donations.correct(desk, d.id, amount="50")
    fixed = donations.correct(desk, d.id, reason="typed 25, was 50", amount="50")
    assert fixed.amount_cents == 5000 and fixed.receipt_number == "NNO-2026-0002"
    old, new = receipts.for_donation(desk, d.id)
    assert old.is_void and old.void_reason == "typed 25, was 50" and old.replaced_by == new.number
    assert new.reissue_of == old.number and not new.is_void
    volunteer = desk.with_operator("Sam", "volunteer")
    with pytest.raises(PermissionDenied):
        donations.correct(volunteer, d.id, reason="x", amount="60")


def test_the_same_donor_typed_twice_is_merged_with_all_gifts(desk):
    set_up(desk)
    a = hardware(desk)
    b = donors.add_donor(desk, kind="business", name="Riverside Hardware", phone="555 444 1212")
    assert {x.id for x in donors.possible_duplicates(desk, "riverside hardware")} == {a.id, b.id}
    donations.record(desk, a.id, kind="cash", amount="100")
    donations.record(desk, b.id, kind="card", amount="50")
    kept = donors.merge(desk, a.id, b.id)
    assert (kept.gifts, kept.money_cents, kept.phone) == (2, 15000, "555 444 1212")
    assert [d.id for d in donors.search(desk, "hardware")] == [a.id]
    assert donors.get(desk, b.id).id == a.id  # the old one leads to the one kept


def test_report_summary_counts_money_by_kind_and_keeps_goods_value_internal(desk):
    set_up(desk)
    z, h = zoe(desk), hardware(desk)
    donations.record(desk, z.id, kind="cash", amount="20")
    donations.record(desk, z.id, kind="check", amount="100", check_number="12")
    donations.record(desk, h.id, kind="gift card", amount="50", description="Riverside Grocery")
    donations.record(desk, h.id, kind="in-kind", description="Cases of water", quantity=30, estimated_value="150")
    donations.record(desk, h.id, kind="services", description="DJ for the evening")
    s = donations.report_summary(desk)
    assert s.money_cents_by_kind == {"cash": 2000, "check": 10000, "card": 0, "gift card": 5000}
    assert s.money_total_cents == 17000 and s.donors == 2 and s.donations == 5
    assert (s.in_kind_count, s.in_kind_estimated_cents) == (1, 15000)
    assert (s.receipts_issued, s.receipts_void, s.receipts_unprinted) == (5, 0, 5)


def test_settings_are_checked_and_audited(desk):
    with pytest.raises(InvalidInput, match="EIN"):
        organization.save(desk, organization.Organization(legal_name="PAL", tax_status="501c3", ein="123"))
    with pytest.raises(InvalidInput, match="unknown placeholders"):
        organization.save(desk, organization.Organization(legal_name="PAL", letter_body="Dear {name}"))
    set_up(desk)
    assert organization.get(desk) == TOWN
    assert audit.recent(desk, action="receipt settings changed")


def test_donor_list_export_opens_safely_in_a_spreadsheet(desk, tmp_path):
    donors.add_donor(desk, name="=HYPERLINK(\"x\")", email="a@b.example")
    written = export_csv(desk, tmp_path)
    text = (tmp_path / "donors.csv").read_text(encoding="utf-8-sig")
    assert tmp_path / "donors.csv" in written and "'=HYPERLINK" in text
