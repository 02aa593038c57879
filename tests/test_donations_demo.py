"""The demo night shows every part of donations and giveaways, consistent with the ledger."""

from __future__ import annotations

from nightout_desk.models.donations import KINDS
from nightout_desk.services.context import Desk
from nightout_desk.services.demo import create_demo
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.donations import receipts
from nightout_desk.services.inventory import stock as inventory


def test_the_demo_has_every_kind_of_gift_receipts_in_every_state_and_giveaways_handed_out(sqlite_db):
    event = create_demo(sqlite_db, households=80, seed=7)
    desk = Desk(sqlite_db, event.id, "Test", "lieutenant", "Test")
    gifts = donations.list_donations(desk)
    assert {d.kind for d in gifts} == set(KINDS)
    assert any(d.returned_description and d.returned_value_cents for d in gifts)
    every = receipts.list_receipts(desk)
    assert any(r.is_void for r in every) and any(r.reissue_of for r in every)
    assert any(r.print_count for r in every) and any(not r.print_count and not r.is_void for r in every)
    summary = inventory.report_summary(desk)
    assert summary.households_served > 0 and summary.handed_out > 0
    for item in summary.items:
        moves = inventory.history(desk, item.id)
        assert item.on_hand == sum(m.quantity for m in moves) >= 0
        assert min(m.balance for m in moves) >= 0  # nothing was handed out before it arrived
