"""Receipts, letters and the count sheet read back from the PDF: the statements each tax status and gift needs."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace

import pytest
from pypdf import PdfReader

from nightout_desk.printing.count_sheet import write_count_sheet
from nightout_desk.printing.letters import write_letters
from nightout_desk.printing.receipts import write_receipts
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.donations import letters, organization, receipts
from nightout_desk.services.donations.receipt_wording import NOTHING_IN_RETURN
from nightout_desk.services.inventory import stock as inventory
from tests.donation_helpers import PAL, TOWN, hardware, helmets, set_up, zoe

LIMITED = "deductible for federal income tax purposes is limited to the excess"
GIFTS = {
    "cash": {"amount": "40"},
    "check": {"amount": "250", "check_number": "4417"},
    "card": {"amount": "100"},
    "gift card": {"amount": "50", "description": "Riverside Grocery"},
    "in-kind": {"description": "Bike helmets (youth)", "quantity": 24, "estimated_value": "480.00"},
    "services": {"description": "DJ for the evening", "estimated_value": "300"},
}


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(str(path)).pages))


def _print(sqlite_desk, tmp_path, receipt_ids):
    out = write_receipts(receipts.printable(sqlite_desk, receipt_ids), tmp_path / "receipts.pdf")
    return pdf_text(out), len(PdfReader(str(out)).pages)


@pytest.mark.parametrize("org", [TOWN, PAL], ids=["town", "501c3"])
@pytest.mark.parametrize("kind", list(GIFTS))
def test_every_kind_of_gift_gets_the_statements_its_tax_status_needs(sqlite_desk, tmp_path, org, kind):
    set_up(sqlite_desk, org)
    d = donations.record(sqlite_desk, hardware(sqlite_desk).id, kind=kind, **GIFTS[kind])
    text, pages = _print(sqlite_desk, tmp_path, [d.receipt_id])
    assert pages == 1
    for needed in (org.legal_name, "Riverside Hardware", "Attn: Sam Patel", d.receipt_number, NOTHING_IN_RETURN):
        assert needed in text
    assert LIMITED not in text
    if org is TOWN:
        assert "governmental unit described in section 170(c)(1)" in text and "501(c)(3)" not in text
    else:
        assert "501(c)(3)" in text and "EIN 12-3456789" in text and "170(c)(1)" not in text
    if kind in ("in-kind", "services"):
        assert "$" not in text  # goods and services are described, never valued
        assert GIFTS[kind]["description"] in text
    else:
        assert f"${int(GIFTS[kind]['amount']):,}.00" in text
    if kind == "check":
        assert "Check no. 4417" in text
    if kind == "in-kind":
        assert "24 × Bike helmets (youth)" in text and "described without a value" in text
    if kind == "services":
        assert "time and services is not deductible" in text


@pytest.mark.parametrize("org, kind, values, disclosure", [
    (PAL, "check", {"amount": "100", "check_number": "12"}, True),  # $100 paid, $40 dinner: over $75
    (PAL, "cash", {"amount": "75"}, False),  # exactly $75 is not "more than $75"
    (TOWN, "check", {"amount": "500", "check_number": "13"}, False),  # a governmental unit owes no disclosure
    (PAL, "in-kind", {"description": "Grill and propane", "estimated_value": "400"}, True),
    (PAL, "in-kind", {"description": "Paper plates", "estimated_value": "30"}, False),
])
def test_quid_pro_quo_wording_appears_exactly_when_required(sqlite_desk, tmp_path, org, kind, values, disclosure):
    set_up(sqlite_desk, org)
    d = donations.record(sqlite_desk, hardware(sqlite_desk).id, kind=kind, returned_description="two dinner tickets",
                         returned_value="40", **values)
    text, _ = _print(sqlite_desk, tmp_path, [d.receipt_id])
    assert "provided two dinner tickets, with a good-faith estimated fair market value of $40.00" in text
    assert NOTHING_IN_RETURN not in text
    assert (LIMITED in text) is disclosure
    if disclosure and kind == "check":
        assert "($100.00) over the value of the goods or services provided ($40.00), that is $60.00" in text
    if kind == "in-kind":
        assert f"${values['estimated_value']}" not in text and f"{values['estimated_value']}.00" not in text


def test_a_void_receipt_prints_marked_void_with_its_reason_and_the_reissue_points_back(sqlite_desk, tmp_path):
    set_up(sqlite_desk)
    d = donations.record(sqlite_desk, zoe(sqlite_desk).id, kind="cash", amount="20")
    new = receipts.reissue(sqlite_desk, d.receipt_id, "donor's name misspelled")
    text, pages = _print(sqlite_desk, tmp_path, [d.receipt_id, new.id])
    assert pages == 2
    assert "VOID — donor's name misspelled" in text and "Zoë Nguyễn-O'Brien" in text
    assert "Replaces receipt NNO-2026-0001" in text


def test_a_donor_summary_lists_every_gift_and_totals_only_the_money(sqlite_desk, tmp_path):
    set_up(sqlite_desk, PAL)
    z = zoe(sqlite_desk)
    donations.record(sqlite_desk, z.id, kind="cash", amount="40")
    donations.record(sqlite_desk, z.id, kind="check", amount="160", check_number="77")
    donations.record(sqlite_desk, z.id, kind="in-kind", description="Juice boxes", quantity=48, estimated_value="36")
    summary = receipts.issue_summary(sqlite_desk, z.id)
    text, _ = _print(sqlite_desk, tmp_path, [summary.id])
    assert "Contribution summary".upper() in text and "Total cash contribution $200.00" in text
    assert "48 × Juice boxes" in text and "$36" not in text
    assert "No goods or services were provided in return for these contributions." in text


def test_the_footer_the_organizer_wrote_is_on_every_receipt(sqlite_desk, tmp_path):
    set_up(sqlite_desk, replace(TOWN, footer="Questions? Call Lt. Reyes at (555) 010-2000."))
    d = donations.record(sqlite_desk, zoe(sqlite_desk).id, kind="cash", amount="20")
    text, _ = _print(sqlite_desk, tmp_path, [d.receipt_id])
    assert "Questions? Call Lt. Reyes at (555) 010-2000." in text


def test_receipt_pages_render_as_images(sqlite_desk, tmp_path):
    set_up(sqlite_desk)
    d = donations.record(sqlite_desk, zoe(sqlite_desk).id, kind="cash", amount="20")
    pdf = write_receipts(receipts.printable(sqlite_desk, [d.receipt_id]), tmp_path / "r.pdf")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page*.png"))) == 1


def test_thank_you_letters_merge_each_donors_gifts_without_goods_values(sqlite_desk, tmp_path):
    set_up(sqlite_desk)
    h, z = hardware(sqlite_desk), zoe(sqlite_desk)
    donations.record(sqlite_desk, h.id, kind="in-kind", description="bike helmets", quantity=24, estimated_value="480")
    donations.record(sqlite_desk, h.id, kind="check", amount="250")
    donations.record(sqlite_desk, z.id, kind="cash", amount="40")
    body = ("Dear {donor_name},\n\nThank you, {business_name}, for {gift_description}.\n\n"
            "{signer_name} for {organization}")
    made = letters.letters(sqlite_desk, body=body)
    assert [m.donor_name for m in made] == ["Riverside Hardware", "Zoë Nguyễn-O'Brien"]
    out = write_letters(made, tmp_path / "letters.pdf", organization.get(sqlite_desk).footer)
    text = pdf_text(out)
    assert "Dear Sam Patel," in text and "Thank you, Riverside Hardware, for 24 bike helmets and $250.00." in text
    assert "Dear Zoë Nguyễn-O'Brien," in text and "$480" not in text
    assert len(PdfReader(str(out)).pages) == 2


def test_the_count_sheet_lists_every_item_without_the_expected_number(sqlite_desk, tmp_path):
    item = helmets(sqlite_desk, stock=57)
    for n in range(40):
        inventory.add_item(sqlite_desk, name=f"Pencil pack {n:02d}", category="School supplies", unit="pack")
    out = write_count_sheet("Riverside National Night Out 2026", inventory.levels(sqlite_desk),
                            tmp_path / "count.pdf", "August 4, 2026 20:45")
    text = pdf_text(out)
    assert item.name in text and "Pencil pack 39" in text and "Counted by" in text and "57" not in text
    assert len(PdfReader(str(out)).pages) == 3  # 41 rows, 18 to a page, a header on each
