"""Importing donations with something given back (issue 14): the file can say whether it bears the organization's
logo and what it cost, and a row whose receipt could not be worded without a value it lacks is skipped with its
line and what to add, in the preview as in the run — never worded silently."""

from __future__ import annotations

import pytest

from nightout_desk.services.donations import donation_import
from nightout_desk.services.donations import gifts as donations
from tests.donation_helpers import PAL, TOWN, set_up
from tests.test_receipt_printing import LIMITED, _print

FILE = """\
Date,Donor Name,Payment Method,Amount,Description,Estimated value,Benefit,Benefit value,Bears logo,Benefit cost,\
Expenses,Transaction ID
2025-08-05,Ann Smith,cash,80,,,mug,1.50,yes,1.50,,T-1
2025-08-05,Riverside Grocery,in-kind,,Juice boxes (48),,banner at the park,90,,,,T-2
2025-08-05,Mill Street Bakery,in-kind,,Cupcakes (200),400,banner at the park,90,,,,T-3
2025-08-05,Bo Chen,cash,100,,,T-shirt,12,yes,,,T-4
2025-08-05,DJ Ray,services,,DJ for the evening,,,,,,"mileage, cables",T-5
"""


@pytest.fixture
def gifts_file(tmp_path):
    path = tmp_path / "gifts.csv"
    path.write_text(FILE, encoding="utf-8")
    return path


def _receipt_text(desk, tmp_path, donor_name: str) -> str:
    [d] = [d for d in donations.list_donations(desk) if d.donor_name == donor_name]
    return _print(desk, tmp_path, [d.receipt_id])[0]


def test_a_501c3_import_skips_what_it_cannot_word_and_says_what_to_add(desk, gifts_file, tmp_path):
    set_up(desk, PAL)
    preview = donation_import.preview(desk, gifts_file)
    reasons = {s.line: s.reason for s in preview.skipped}
    assert sorted(reasons) == [3, 5]  # the goods with no estimate; the logo T-shirt with no cost
    assert "estimated value of the donated goods" in reasons[3]
    assert "cost the organization" in reasons[5]
    result = donation_import.run(desk, gifts_file)
    assert (result.created, sorted(s.line for s in result.skipped)) == (3, [3, 5])  # the run skips the same rows
    assert "provided only token items of insubstantial value (mug)" in _receipt_text(desk, tmp_path, "Ann Smith")
    cupcakes = _receipt_text(desk, tmp_path, "Mill Street Bakery")
    assert LIMITED in cupcakes and "$90.00" in cupcakes
    dj = _receipt_text(desk, tmp_path, "DJ Ray")
    assert "out-of-pocket expenses (mileage, cables)" in dj and "did not reimburse" in dj
    assert len({d.receipt_number for d in donations.list_donations(desk)}) == 3  # one receipt each, none for skips


def test_the_same_file_for_a_town_needs_no_estimate_but_still_the_logo_items_cost(desk, gifts_file):
    set_up(desk, TOWN)  # a government unit gives no quid pro quo disclosure, so the goods' estimate decides nothing
    preview = donation_import.preview(desk, gifts_file)
    assert [s.line for s in preview.skipped] == [5]
    assert donation_import.run(desk, gifts_file).created == 4


def test_without_the_organization_set_up_nothing_is_worded_so_nothing_is_asked(desk, gifts_file):
    assert donation_import.run(desk, gifts_file).created == 5  # receipts come later, one donation at a time
    assert donations.list_donations(desk)[0].receipt_number == ""
