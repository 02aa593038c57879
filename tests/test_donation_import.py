"""Importing donations from a CSV: preview, idempotent run, donors recognised, receipts numbered; the command line."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from nightout_desk.services.donations import donation_import, donors, receipts
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.errors import ImportProblem, PermissionDenied
from tests.donation_helpers import hardware, set_up
from tests.test_cli import _with_event, nightout

GIFTS = """\
Date,Donor Name,Company,Email,Address,City,State,ZIP,Payment Method,Amount,Check #,Description,Qty,Benefit,\
Benefit Value,Fund,Transaction ID
08/01/2026,Sam Patel,Riverside Hardware,sam@hardware.example.com,12 Main St,Riverside,NY,12345,Check,"$1,000.00",\
88213,,,sponsor banner,75,K-9 equipment,T-1001
2026-08-02,Zoë Nguyễn-O'Brien,,zoe@example.org,4 Elm Ct,Riverside,NY,12345,PayPal,40,,,,,,,T-1002
2026-08-03 18:22:05,Tomás García,,,,,,,In-kind,,,Juice boxes,48,,,,T-1003
2026-08-03,Nobody,,,,,,,Bitcoin,10,,,,,,,T-1004
2026-08-03,Fatima Al-Sayed,,,,,,,cash,12.345,,,,,,,T-1005
Aug 4 2026,Ann Smith,,,,,,,cash,5,,,,,,,T-1006
"""


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "online-gifts.csv"
    path.write_text(GIFTS, encoding="utf-8")
    return path


def test_preview_shows_what_will_be_added_and_why_rows_are_skipped(desk, csv_file):
    p = donation_import.preview(desk, csv_file)
    assert (p.to_create, p.already_there) == (3, 0)
    assert [s.line for s in p.skipped] == [5, 6, 7]
    reasons = " | ".join(s.reason for s in p.skipped)
    assert "Bitcoin" in reasons and "two digits" in reasons and "Aug 4 2026" in reasons
    assert p.sample[0][2:] == ("2026-08-01", "Riverside Hardware", "Check", "$1,000.00", "sponsor banner ($75.00)")
    assert donations.list_donations(desk) == []  # a preview writes nothing


def test_importing_twice_adds_each_gift_once_and_recognises_donors_on_file(desk, csv_file):
    set_up(desk)
    known = hardware(desk)
    first = donation_import.run(desk, csv_file)
    assert (first.created, first.already_there, len(first.skipped)) == (3, 0, 3)
    again = donation_import.run(desk, csv_file)
    assert (again.created, again.already_there) == (0, 3)
    gifts = {d.donor_name: d for d in donations.list_donations(desk)}
    check = gifts["Riverside Hardware"]
    assert check.donor_id == known.id and check.check_number == "88213" and check.returned_value_cents == 7500
    assert check.purpose == "K-9 equipment" and check.receipt_number
    assert gifts["Zoë Nguyễn-O'Brien"].kind == "card" and gifts["Tomás García"].quantity == 48
    zoe = donors.search(desk, "zoe")[0]
    assert zoe.address_lines == ["4 Elm Ct", "Riverside, NY 12345"]
    numbers = sorted(r.number for r in receipts.list_receipts(desk))
    assert numbers == ["NNO-2026-0001", "NNO-2026-0002", "NNO-2026-0003"]


def test_a_file_without_a_donor_column_is_refused_with_the_reason(desk, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Amount,Date\n10,2026-08-01\n", encoding="utf-8")
    assert "no column for the donor" in donation_import.preview(desk, path).problem
    with pytest.raises(ImportProblem):
        donation_import.run(desk, path)
    with pytest.raises(PermissionDenied):
        donation_import.run(desk.with_operator("Sam", "volunteer"), path)


def test_the_command_line_imports_then_prints_unprinted_receipts_letters_and_the_count_sheet(tmp_path, csv_file):
    db = _with_event(tmp_path)
    from nightout_desk.db import Database
    from nightout_desk.services import events
    from nightout_desk.services.context import Desk

    database = Database(str(db))
    set_up(Desk(database, events.latest_event(database).id, "Pat", "organizer"))
    database.dispose()
    done = nightout("import", "donations", csv_file, db=db, who="Pat Organizer")
    assert done.returncode == 0, done.stderr
    assert "3 donations" in done.stdout
    out = tmp_path / "receipts.pdf"
    printed = nightout("print", "receipts", "--out", out, "--unprinted", db=db, who="Pat Organizer")
    assert printed.returncode == 0, printed.stderr
    assert "3 receipts written" in printed.stdout and len(PdfReader(str(out)).pages) == 3
    again = nightout("print", "receipts", "--out", out, db=db, who="Pat Organizer")
    assert again.returncode == 1 and "already" in again.stderr and "Traceback" not in again.stderr
    one = nightout("print", "receipts", "--out", tmp_path / "one.pdf", "--donation", "NNO-2026-0002", db=db,
                   who="Pat Organizer")
    assert one.returncode == 0 and len(PdfReader(str(tmp_path / "one.pdf")).pages) == 1
    missing = nightout("print", "receipts", "--out", tmp_path / "x.pdf", "--donation", "NNO-2026-0099", db=db,
                       who="Pat Organizer")
    assert missing.returncode == 1 and "No receipt numbered" in missing.stderr
    letters = nightout("print", "letters", "--out", tmp_path / "letters.pdf", db=db, who="Pat Organizer")
    assert letters.returncode == 0 and "3 thank-you letters" in letters.stdout
    sheet = nightout("print", "count-sheet", "--out", tmp_path / "count.pdf", db=db)
    assert sheet.returncode == 1 and "no giveaway items" in sheet.stderr
