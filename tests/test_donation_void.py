"""Voiding a donation (typed twice, a bounced check, the wrong donor): it stays on file, marked void, and counts
nowhere — totals, report, CSV, letters, summaries, stock — from the service, the command line and the screen, and a
void on one laptop survives a merge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from nightout_desk.services import audit
from nightout_desk.services.donations import donors, exports, letters, receipts
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.errors import Conflict, InvalidInput
from nightout_desk.services.inventory import stock as inventory
from nightout_desk.ui.donations.donations_tab import DonationsTab
from nightout_desk.ui.state import AppState
from tests.donation_helpers import hardware, helmets, set_up, zoe
from tests.test_cli import nightout
from tests.test_receipt_printing import pdf_text


def _typed_twice(desk):
    """$100, $50 and the same $50 typed again (the issue's night)."""
    donor = hardware(desk).id
    return [donations.record(desk, donor, kind="check", amount=a, check_number=n)
            for a, n in (("100", "1"), ("50", "2"), ("50", "2"))]


def test_a_donation_typed_twice_is_voided_and_counts_nowhere_but_stays_in_the_history(desk, tmp_path):
    set_up(desk)
    first, second, twice = _typed_twice(desk)
    summary_before = receipts.issue_summary(desk, first.donor_id)
    assert donations.report_summary(desk).money_total_cents == 200_00
    done = donations.void(desk, twice.id, "typed twice")
    assert done.is_void and done.void_reason == "typed twice" and done.voided_by == "Pat Organizer"
    assert f"Receipt {twice.receipt_number} was voided with it." in done.warnings
    assert any(summary_before.number in w for w in done.warnings)  # the summary that listed it goes too
    summary = donations.report_summary(desk)
    assert (summary.money_total_cents, summary.donations, summary.donations_void) == (150_00, 2, 1)
    (letter,) = letters.letters(desk)
    assert "$100.00 and $50.00 to" in " ".join(letter.body)
    new_summary = receipts.issue_summary(desk, first.donor_id)
    assert receipts.printable(desk, [new_summary.id])[0].content.money_total == "$150.00"
    by_number = {r.number: r for r in receipts.list_receipts(desk)}
    assert by_number[twice.receipt_number].is_void and by_number[summary_before.number].is_void
    history = donations.list_donations(desk, first.donor_id)
    assert [d.is_void for d in history].count(True) == 1 and len(history) == 3
    _, header, rows = exports.donation_list(desk)
    assert len(rows) == 2 and twice.receipt_number not in [r[header.index("receipt_number")] for r in rows]
    (donor,) = donors.search(desk)
    assert (donor.gifts, donor.money_cents) == (2, 150_00)
    assert [e.summary for e in audit.recent(desk, action="donation voided")] == [
        "Riverside Hardware: Check $50.00 — typed twice"]
    with pytest.raises(Conflict, match="already voided"):
        donations.void(desk, twice.id, "again")
    with pytest.raises(Conflict, match="cannot be corrected"):
        donations.correct(desk, twice.id, "fix", amount="5")
    with pytest.raises(Conflict):
        receipts.issue_for_donation(desk, twice.id)
    assert receipts.issue_missing(desk) == []  # a void donation is never numbered again
    with pytest.raises(InvalidInput, match="Say why"):
        donations.void(desk, first.id, "  ")


def test_voided_goods_come_back_out_of_the_giveaway_stock(sqlite_desk):
    set_up(sqlite_desk)
    item = helmets(sqlite_desk, stock=0)
    gift = donations.record(sqlite_desk, zoe(sqlite_desk).id, kind="in-kind", description="Bike helmets (youth)",
                            quantity=12, to_stock=donations.ToStock(quantity=12, item_id=item.id))
    assert inventory.levels(sqlite_desk)[0].on_hand == 12
    done = donations.void(sqlite_desk, gift.id, "the wrong donor")
    assert any("12" in w and "Bike helmet" in w for w in done.warnings)
    level = next(i for i in inventory.levels(sqlite_desk) if i.id == item.id)
    assert (level.on_hand, level.received) == (0, 0)


def test_the_command_line_voids_by_receipt_number_or_by_the_id_it_lists(tmp_path, sqlite_template):
    from tests.conftest import make_desk, new_sqlite_db

    db = new_sqlite_db(sqlite_template, tmp_path)
    desk = make_desk(db)
    set_up(desk)
    first, _, twice = _typed_twice(desk)
    no_receipt = donations.record(desk, first.donor_id, kind="cash", amount="20", issue_receipt=False)
    path = db.engine.url.database
    db.dispose()
    who = "Pat Organizer"  # no accounts in this file: commands run as its set-up
    done = nightout("donations", "void", twice.receipt_number, "--reason", "typed twice", db=path, who=who)
    assert done.returncode == 0, done.stderr
    assert f"Receipt {twice.receipt_number} was voided with it." in done.stdout
    listed = nightout("donations", "list", db=path, who=who)
    assert f"{twice.receipt_number}\t" in listed.stdout and "VOID (typed twice)" in listed.stdout
    assert str(no_receipt.id) in listed.stdout
    by_id = nightout("donations", "void", str(no_receipt.id), "--reason", "check bounced", db=path, who=who)
    assert by_id.returncode == 0, by_id.stderr
    for args, words in (((twice.receipt_number, "--reason", "x"), "already voided"),
                        (("NNO-2026-9999", "--reason", "x"), "No donation has the receipt number"),
                        ((first.receipt_number,), "Say why with --reason")):
        refused = nightout("donations", "void", *args, db=path, who=who)
        assert refused.returncode == 1 and words in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert nightout("donations", "void", first.receipt_number, "--reason", "x", db=path).returncode == 1
    out = tmp_path / "csv"
    report = nightout("report", "--out", tmp_path / "r.pdf", "--csv", out, db=path, who=who)
    assert report.returncode == 0, report.stderr
    text = pdf_text(tmp_path / "r.pdf")
    assert "$150.00" in text and "$220.00" not in text and "$200.00" not in text


def test_void_donation_from_the_screen_asks_why_and_the_totals_drop(qtbot, sqlite_desk, monkeypatch, tmp_path):
    set_up(sqlite_desk)
    _, _, twice = _typed_twice(sqlite_desk)
    tab = DonationsTab(AppState(sqlite_desk))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    assert "$200.00 in money" in tab.totals.text()
    row = next(i for i, d in enumerate(tab.donations_model.rows) if d.id == twice.id)
    tab.donations_view.selectRow(row)
    asked, told = [], []
    monkeypatch.setattr(QInputDialog, "getText", lambda _p, title, text, *a, **k: asked.append(text)
                        or ("typed twice", True))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    qtbot.mouseClick(tab.findChild(QPushButton, "voidDonationButton"), Qt.MouseButton.LeftButton)
    assert "Void Riverside Hardware's check of $50.00?" in asked[0]
    assert f"Receipt {twice.receipt_number} was voided with it." in told[0]
    assert "$150.00 in money" in tab.totals.text()
    void_row = next(d for d in tab.donations_model.rows if d.id == twice.id)
    index = tab.donations_model.index(tab.donations_model.rows.index(void_row), tab.donations_model.COL_RECEIPT)
    assert tab.donations_model.data(index) == "VOID — typed twice"
    tab.grab().save(str(tmp_path / "void.png"))
    voided = next(r for r in tab.receipts_model.rows if r.number == twice.receipt_number)
    assert tab.receipts_model.status(voided) == "VOID — donation voided: typed twice"  # the reason, as listed
    tab.donations_view.selectRow(tab.donations_model.rows.index(void_row))
    told.clear()
    qtbot.mouseClick(tab.findChild(QPushButton, "voidReceiptButton"), Qt.MouseButton.LeftButton)
    assert told == ["That donation was voided (typed twice), and its receipt with it: the Receipts list shows it."]


def test_a_void_on_one_laptop_wins_over_a_later_edit_on_another(sqlite_db, tmp_path, sqlite_template):
    from nightout_desk.services.sync.engine import merge_event
    from tests.conftest import make_desk
    from tests.sync_helpers import empty_like

    db = sqlite_db
    d1 = make_desk(db, device="Desk 1")
    set_up(d1)
    gift = donations.record(d1, hardware(d1).id, kind="cash", amount="50", issue_receipt=False)
    other = empty_like(db, sqlite_template, tmp_path, None)
    merge_event(db, other, d1.event_id, peer="Desk 1", device="Desk 2")
    d2 = type(d1)(other, d1.event_id, "Lee Organizer", "organizer", "Desk 2")
    donations.void(d1, gift.id, "check bounced")
    donations.correct(d2, gift.id, "", purpose="K-9 fund")  # a later edit on the other laptop
    merge_event(other, db, d1.event_id, peer="Desk 2", device="Desk 1")
    merge_event(db, other, d1.event_id, peer="Desk 1", device="Desk 2")
    for desk in (d1, d2):
        (got,) = donations.list_donations(desk)
        assert got.is_void and got.void_reason == "check bounced", desk.device
        assert donations.report_summary(desk).money_total_cents == 0
