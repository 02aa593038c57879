"""Donations › Organization…'s "IRS figures" page (issue 14): each year's Publication 1771 figures with where they
come from; a stand-in confirmed or retyped is stored as set by an organizer, a year can be added, half a year's
figures are refused in words, and a receipt for that year is then worded with them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLineEdit, QTabWidget

from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.donations import organization
from nightout_desk.services.errors import InvalidInput
from nightout_desk.ui.donations.organization_dialog import OrganizationDialog
from tests.donation_helpers import PAL, hardware, set_up


def _dialog(qtbot, desk) -> OrganizationDialog:
    dialog = OrganizationDialog(desk)
    qtbot.addWidget(dialog)
    return dialog


def test_the_page_lists_each_year_with_its_source_and_a_stand_in_is_stored_only_once_confirmed(qtbot, sqlite_desk,
                                                                                               tmp_path):
    set_up(sqlite_desk, PAL)
    dialog = _dialog(qtbot, sqlite_desk)
    page = dialog.figures_page
    assert sorted(page.rows) == [2025, 2026]
    assert page.findChild(QLineEdit, "figures2025_dollar_cap").text() == "$136.00"
    stand_in = page.findChild(QLineEdit, "figures2026_low_cost_article")
    assert stand_in.text() == "$13.60" and not page.rows[2026].confirmed.isChecked()
    dialog.findChild(QTabWidget, "orgPages").setCurrentWidget(page)
    dialog.show()
    dialog.grab().save(str(tmp_path / "figures.png"))
    dialog.save()  # saved untouched: 2026 stays a stand-in
    assert not organization.get(sqlite_desk).figures_for(2026).checked
    dialog = _dialog(qtbot, sqlite_desk)
    dialog.figures_page.rows[2026].confirmed.setChecked(True)
    dialog.save()
    assert organization.get(sqlite_desk).figures_for(2026).checked
    assert organization.get(sqlite_desk).figures_for(2026).source == "set by an organizer"


def test_a_year_added_on_the_page_words_that_years_receipts(qtbot, sqlite_desk):
    set_up(sqlite_desk, PAL)
    gift = {"received_on": date(2027, 8, 3), "kind": "cash", "amount": "100", "returned_description": "cap",
            "returned_value": "1.50"}
    with pytest.raises(InvalidInput, match="Set the IRS figures for 2027"):
        donations.record(sqlite_desk, hardware(sqlite_desk).id, **gift)
    dialog = _dialog(qtbot, sqlite_desk)
    page = dialog.figures_page
    page.add_year.setValue(2027)
    page.add_button.click()
    page.findChild(QLineEdit, "figures2027_dollar_cap").setText("140")
    page.findChild(QLineEdit, "figures2027_low_cost_article").setText("14")
    dialog.save()
    assert "all three of 2027's IRS figures" in dialog.problem.text() and dialog.result() == 0  # half typed: refused
    page.findChild(QLineEdit, "figures2027_minimum_payment").setText("70")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    f = organization.get(sqlite_desk).figures_for(2027)
    assert (f.dollar_cap_cents, f.low_cost_article_cents, f.minimum_payment_cents, f.checked) == (14000, 1400, 7000,
                                                                                                  True)
    assert donations.record(sqlite_desk, hardware(sqlite_desk).id, **gift).receipt_number
