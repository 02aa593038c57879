"""Receipts read back from the PDF for what a donor got back (IRS Publication 1771): token items and the 2% rule,
the yearly figures, donated services, volunteers' expenses, and the values the app asks for instead of guessing."""

from __future__ import annotations

from datetime import date

import pytest

from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.donations import organization
from nightout_desk.services.errors import InvalidInput
from tests.donation_helpers import PAL, TOWN, hardware, set_up
from tests.test_receipt_printing import LIMITED, NOTHING_IN_RETURN, _print

TOKEN = "provided only token items of insubstantial value"
IN_2025 = date(2025, 8, 5)  # the figures published for 2025: $136 / $13.60 / $68
BOTH = pytest.mark.parametrize("org", [TOWN, PAL], ids=["town", "501c3"])


def _receipt(desk, tmp_path, **values) -> str:
    d = donations.record(desk, hardware(desk).id, received_on=values.pop("received_on", IN_2025), **values)
    return _print(desk, tmp_path, [d.receipt_id])[0]


@BOTH
def test_an_80_dollar_gift_with_a_logo_mug_is_fully_deductible_and_says_token_items_only(sqlite_desk, tmp_path, org):
    set_up(sqlite_desk, org)
    text = _receipt(sqlite_desk, tmp_path, kind="cash", amount="80", returned_description="mug with our logo",
                    returned_value="1.50", returned_bears_logo=True, returned_cost="1.50")
    assert f"{org.legal_name} provided only token items of insubstantial value (mug with our logo)" in text
    assert LIMITED not in text and "$78.50" not in text and "$1.50" not in text and "fair market value" not in text
    assert "$80.00" in text


@BOTH
@pytest.mark.parametrize("cost, token", [("13.60", True), ("13.61", False)], ids=["at the cap", "just over"])
def test_a_logo_t_shirt_is_a_token_item_up_to_the_low_cost_article_figure(sqlite_desk, tmp_path, org, cost, token):
    set_up(sqlite_desk, org)  # $100 paid, a $12 shirt: more than 2%, so only the token test can make it insubstantial
    text = _receipt(sqlite_desk, tmp_path, kind="check", amount="100", check_number="88",
                    returned_description="event T-shirt", returned_value="12", returned_bears_logo=True,
                    returned_cost=cost)
    assert (TOKEN in text) is token
    assert ("fair market value of $12.00" in text) is not token
    assert (LIMITED in text) is (not token and org is PAL)  # $100 > $75: the 501(c)(3)'s disclosure
    if not token and org is PAL:
        assert "that is $88.00" in text


@BOTH
@pytest.mark.parametrize("amount, token", [("67.99", False), ("68.00", True)], ids=["just under", "at the minimum"])
def test_the_token_test_needs_the_years_minimum_payment(sqlite_desk, tmp_path, org, amount, token):
    set_up(sqlite_desk, org)
    text = _receipt(sqlite_desk, tmp_path, kind="cash", amount=amount, returned_description="key chain",
                    returned_value="5", returned_bears_logo=True, returned_cost="2.75")
    assert (TOKEN in text) is token
    assert ("key chain, with a good-faith estimated fair market value of $5.00" in text) is not token
    assert LIMITED not in text  # $75 or less: no disclosure either way


@pytest.mark.parametrize("benefit, token", [("136", True), ("136.01", False)])
def test_two_percent_of_a_big_gift_stops_at_the_years_dollar_cap(sqlite_desk, tmp_path, benefit, token):
    set_up(sqlite_desk, PAL)  # 2% of $10,000 is $200, but the cap for 2025 is $136
    text = _receipt(sqlite_desk, tmp_path, kind="check", amount="10000", check_number="9",
                    returned_description="sponsor table", returned_value=benefit)
    assert (TOKEN in text) is token and (LIMITED in text) is not token


def test_a_year_without_published_figures_uses_what_an_organizer_set(sqlite_desk, tmp_path):
    set_up(sqlite_desk, PAL)
    org = organization.get(sqlite_desk)
    standing_in = org.figures_for(2026)
    assert not standing_in.checked and "Rev. Proc. 2025-32" in standing_in.source
    assert organization.get(sqlite_desk).figures_for(2027) is None
    with pytest.raises(InvalidInput, match="Set the IRS figures for 2027"):
        donations.record(sqlite_desk, hardware(sqlite_desk).id, received_on=date(2027, 8, 3), kind="cash",
                         amount="100", returned_description="cap", returned_value="1")
    from nightout_desk.commands.organization import changed

    organization.save(sqlite_desk, changed(org, ["figures.2027.dollar_cap=150", "figures.2027.low_cost_article=15",
                                                 "figures.2027.minimum_payment=75"]))
    assert organization.get(sqlite_desk).figures_for(2027).low_cost_article_cents == 15_00
    text = _receipt(sqlite_desk, tmp_path, received_on=date(2027, 8, 3), kind="cash", amount="100",
                    returned_description="cap with our name", returned_value="14", returned_bears_logo=True,
                    returned_cost="14.50")
    assert TOKEN in text and LIMITED not in text  # $14.50 is within 2027's $15 (it would not be within $13.60)


@BOTH
def test_donated_services_with_something_back_never_get_a_value_or_a_limited_to_sentence(sqlite_desk, tmp_path, org):
    set_up(sqlite_desk, org)
    text = _receipt(sqlite_desk, tmp_path, kind="services", description="DJ for the evening", estimated_value="300",
                    returned_description="dinner for two", returned_value="90")
    assert "limited to the excess of the value of the property" not in text and LIMITED not in text
    assert "time and services is not deductible" in text
    assert "dinner for two, with a good-faith estimated fair market value of $90.00" in text
    assert "$300" not in text


@BOTH
def test_a_volunteers_out_of_pocket_expenses_are_acknowledged_without_an_amount(sqlite_desk, tmp_path, org):
    set_up(sqlite_desk, org)
    text = _receipt(sqlite_desk, tmp_path, kind="services", description="face painting",
                    expenses_description="paint, brushes and mileage")
    assert ("In providing these services the donor paid out-of-pocket expenses (paint, brushes and mileage) that "
            f"{org.legal_name} did not reimburse.") in text
    assert NOTHING_IN_RETURN in text and "$" not in text
    with pytest.raises(InvalidInput, match="only with donated services"):
        donations.record(sqlite_desk, hardware(sqlite_desk).id, kind="cash", amount="5", expenses_description="gas")


def test_goods_given_back_for_an_in_kind_gift_ask_for_the_goods_value_before_a_501c3_receipt(sqlite_desk, tmp_path):
    set_up(sqlite_desk, PAL)
    asked = dict(kind="in-kind", description="Folding tables", quantity=6, returned_description="sponsor banner",
                 returned_value="40")
    with pytest.raises(InvalidInput, match="Type the estimated value of the donated goods"):
        donations.record(sqlite_desk, hardware(sqlite_desk).id, **asked)
    assert donations.list_donations(sqlite_desk) == []  # nothing saved half-way
    text = _receipt(sqlite_desk, tmp_path, estimated_value="600", **asked)
    assert LIMITED in text and "$600" not in text  # decided with the estimate, which is never printed


def test_a_town_describes_and_values_goods_given_back_without_needing_the_estimate(sqlite_desk, tmp_path):
    set_up(sqlite_desk, TOWN)
    text = _receipt(sqlite_desk, tmp_path, kind="in-kind", description="Folding tables",
                    returned_description="sponsor banner", returned_value="40")
    assert "sponsor banner, with a good-faith estimated fair market value of $40.00" in text and LIMITED not in text


def test_a_logo_item_without_its_cost_is_asked_for(sqlite_desk):
    set_up(sqlite_desk, PAL)
    with pytest.raises(InvalidInput, match="Type what the items given back cost the organization"):
        donations.record(sqlite_desk, hardware(sqlite_desk).id, kind="cash", amount="80",
                         returned_description="mug", returned_value="1.50", returned_bears_logo=True)


def test_the_dialog_asks_for_the_goods_value_then_saves_a_token_logo_gift(qtbot, sqlite_desk, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton

    from nightout_desk.ui.donations.donation_dialog import DonationDialog
    from tests.test_donations_screen import _fill

    set_up(sqlite_desk, PAL)
    hardware(sqlite_desk)
    dialog = DonationDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, "Riverside Hardware — Sam Patel", "Goods (in-kind)", donationDescription="Folding tables",
          donationReturned="tote bag with our logo", donationReturnedValue="3")
    dialog.findChild(QCheckBox, "donationReturnedLogo").setChecked(True)
    save = dialog.findChild(QPushButton, "saveDonationButton")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "Type what the items given back cost the organization" in dialog.problem.text()
    assert dialog.focusWidget() is dialog.returned_cost
    qtbot.keyClicks(dialog.returned_cost, "2.40")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.problem.text().startswith("Type the estimated value of the donated goods")
    assert dialog.focusWidget() is dialog.estimate and dialog.result() != QDialog.DialogCode.Accepted
    dialog.grab().save(str(tmp_path / "asked.png"))
    qtbot.keyClicks(dialog.estimate, "400")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (saved,) = donations.list_donations(sqlite_desk)
    assert (saved.returned_bears_logo, saved.returned_cost_cents, saved.estimated_value_cents) == (True, 240, 40000)
    text = _print(sqlite_desk, tmp_path, [saved.receipt_id])[0]
    assert TOKEN in text and LIMITED not in text  # this year's stand-in figures: $400 of goods, a $2.40 tote
