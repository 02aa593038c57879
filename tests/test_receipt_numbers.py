"""Receipt numbers: several laptops recording at the same moment get unique, gap-free numbers; voids keep theirs."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from nightout_desk.db import Database
from nightout_desk.models import Receipt
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.donations import receipts
from nightout_desk.services.errors import Conflict, InvalidInput
from tests.conftest import make_desk
from tests.donation_helpers import set_up, zoe

LAPTOPS, GIFTS_EACH = 4, 6


def _record_concurrently(desk: Desk, url: str) -> list[str]:
    donor = zoe(desk)
    start = threading.Barrier(LAPTOPS)
    errors: list[BaseException] = []

    def laptop(n: int) -> None:
        db = Database(url)  # its own engine and connections, like another laptop
        other = Desk(db, desk.event_id, f"Volunteer {n}", "volunteer", f"Desk {n}")
        try:
            start.wait()
            for i in range(GIFTS_EACH):
                donations.record(other, donor.id, kind="cash", amount=str(10 + i))
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=laptop, args=(n,)) for n in range(LAPTOPS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    with desk.db.read() as s:
        return list(s.scalars(select(Receipt.number).where(Receipt.event_id == desk.event_id)))


def _gap_free(numbers: list[str]) -> None:
    total = LAPTOPS * GIFTS_EACH
    assert len(numbers) == len(set(numbers)) == total
    assert sorted(numbers) == [f"NNO-2026-{n:04d}" for n in range(1, total + 1)]


def test_four_laptops_on_postgresql_never_share_or_skip_a_number(pg_db):
    desk = make_desk(pg_db)
    set_up(desk)
    _gap_free(_record_concurrently(desk, pg_db.url))


def test_four_processes_on_one_sqlite_file_never_share_or_skip_a_number(sqlite_db):
    desk = make_desk(sqlite_db)
    set_up(desk)
    _gap_free(_record_concurrently(desk, sqlite_db.url))


def test_a_refused_donation_does_not_use_up_a_number(desk):
    set_up(desk)
    donor = zoe(desk)
    donations.record(desk, donor.id, kind="cash", amount="5")
    with pytest.raises(InvalidInput):
        donations.record(desk, donor.id, kind="in-kind", description="Water", to_stock=donations.ToStock(quantity=0))
    assert donations.record(desk, donor.id, kind="cash", amount="6").receipt_number == "NNO-2026-0002"


def test_a_voided_receipt_stays_on_file_and_its_number_is_never_reused(desk):
    set_up(desk)
    d = donations.record(desk, zoe(desk).id, kind="cash", amount="30")
    with pytest.raises(InvalidInput, match="why"):
        receipts.void(desk, d.receipt_id, "  ")
    voided = receipts.void(desk, d.receipt_id, "duplicate entry")
    assert voided.is_void and voided.voided_by == "Pat Organizer" and voided.status.startswith("VOID")
    with pytest.raises(Conflict):
        receipts.void(desk, d.receipt_id, "again")
    new = receipts.reissue(desk, d.receipt_id, "reprinted for the donor")
    assert new.number == "NNO-2026-0002" and new.reissue_of == "NNO-2026-0001"
    with pytest.raises(Conflict, match="already reissued"):
        receipts.reissue(desk, d.receipt_id, "again")
    assert [r.number for r in receipts.list_receipts(desk)] == ["NNO-2026-0001", "NNO-2026-0002"]
    assert [r.number for r in receipts.list_receipts(desk, include_void=False)] == ["NNO-2026-0002"]


def test_a_donor_summary_is_numbered_like_any_receipt_and_printing_is_counted(desk):
    set_up(desk)
    z = zoe(desk)
    donations.record(desk, z.id, kind="cash", amount="30")
    donations.record(desk, z.id, kind="in-kind", description="Juice boxes", quantity=48)
    summary = receipts.issue_summary(desk, z.id)
    assert summary.number == "NNO-2026-0003" and summary.kind == "summary" and summary.money_total == "$30.00"
    assert len(receipts.list_receipts(desk, unprinted=True)) == 3
    receipts.mark_printed(desk, [summary.id])
    receipts.mark_printed(desk, [summary.id])
    again = [r for r in receipts.list_receipts(desk) if r.id == summary.id][0]
    assert again.print_count == 2 and again.printed_at is not None
    assert [r.number for r in receipts.list_receipts(desk, unprinted=True)] == ["NNO-2026-0001", "NNO-2026-0002"]
    assert receipts.printable(desk, [summary.id])[0].copy


def test_a_prefix_chosen_by_the_organizer_is_used(desk):
    from dataclasses import replace

    from tests.donation_helpers import TOWN

    set_up(desk, replace(TOWN, receipt_prefix="RPD-NNO26"))
    assert donations.record(desk, zoe(desk).id, kind="cash", amount="1").receipt_number == "RPD-NNO26-0001"
