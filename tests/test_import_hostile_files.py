"""Files that fight back (issue 11): a quote left open, rows the run used to refuse after the preview accepted them,
values that cannot be, characters that are not text, a column named twice — on SQLite and PostgreSQL alike.

Each hostile file is written here, small, as the issue describes it. Every import must end with each record of the
file accounted for: imported, already there, or skipped with its line and reason.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from nightout_desk.models import Donation, Donor, Household, Volunteer
from nightout_desk.services.checkin import attendee_import, households
from nightout_desk.services.donations import donation_import, donors
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.errors import ImportProblem, InvalidInput
from nightout_desk.services.importing import read_table
from nightout_desk.services.money import parse_money
from nightout_desk.services.volunteers import roster as volunteers
from nightout_desk.services.volunteers import volunteer_import
from tests.donation_helpers import set_up

DONATIONS_HEADER = "Donor Name,Email,Phone,Date,Payment Method,Amount,Fund,Transaction ID"


def _donation_row(n: int, fund: str = "general") -> str:
    return f"Smith{n},d{n}@example.org,555-010{n % 10},2026-08-04,cash,{10 + n}.00,{fund},T-{n}"


def _write(tmp_path, text: str, name: str = "list.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _count(desk, model) -> int:
    with desk.db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.event_id == desk.event_id))


def _accounted(preview, result=None) -> None:
    """Every record of the file is imported, already there or skipped, and the run counts as the preview did."""
    assert preview.rows_read == preview.rows_in_items + preview.rows_skipped
    if result is not None:
        assert (result.rows_read, result.rows_in_items, result.rows_skipped) == (
            preview.rows_read, preview.rows_in_items, preview.rows_skipped)
        assert result.created == preview.to_create and result.already_there == preview.already_there
        assert f"Records in the file: {result.rows_read} = " in result.summary()
        assert "could not be accounted for" not in result.summary()


# --- 1. one unclosed quote must not eat the rest of the file ------------------------------------------------------

def test_an_unclosed_quote_in_a_donations_file_stops_the_preview_at_its_line_and_writes_nothing(desk, tmp_path):
    """The issue's file: row 3's fund opens a quote that never closes; rows 4-10 used to end up on Smith2's receipt."""
    set_up(desk)
    rows = [_donation_row(n) for n in range(1, 10)]
    rows[1] = _donation_row(2, fund='"general')  # line 3
    path = _write(tmp_path, "\n".join([DONATIONS_HEADER, *rows]) + "\n", "gifts.csv")
    expected = ("Line 3 opens a quote (\") that is never closed, so the rest of the file cannot be read safely. "
                "Fix that line in the spreadsheet and save as CSV again.")
    with pytest.raises(ImportProblem) as problem:
        donation_import.preview(desk, path)
    assert str(problem.value) == expected
    with pytest.raises(ImportProblem, match="Line 3 opens a quote"):
        donation_import.run(desk, path)
    assert _count(desk, Donation) == 0 and _count(desk, Donor) == 0


def test_a_quote_closed_rows_later_by_another_rows_quote_is_caught_too(desk, tmp_path):
    """A later quoted amount ("$1,000.00") closes the stray quote: the rows between would be one cell."""
    rows = [_donation_row(n) for n in range(1, 8)]
    rows[1] = _donation_row(2, fund='"general')  # line 3 opens
    rows[4] = 'Smith5,d5@example.org,555-0105,2026-08-04,cash,"$1,000.00",general,T-5'  # line 6 closes it
    path = _write(tmp_path, "\n".join([DONATIONS_HEADER, *rows]) + "\n", "gifts.csv")
    with pytest.raises(ImportProblem, match=r"Line 3 opens a quote \(\"\) that is only closed on line 6"):
        donation_import.preview(desk, path)
    assert _count(desk, Donation) == 0


@pytest.mark.parametrize(("importer", "text", "line"), [
    (attendee_import, "Last Name,First Name,Phone,Notes\nMüller,Zoë,555-0101,\"needs a ramp\n"
                      "Dubois,Chloé,555-0102,\nGarcía,Ana,555-0103,\n", 2),
    (volunteer_import, "First Name,Last Name,Year of birth,Guardian,Guardian phone\nMaya,Singh,2011,\"Ravi Singh\n"
                       "Tom,Becker,,,\nAnn,Lee,,,\n", 2),
], ids=["household notes", "volunteer guardian"])
def test_an_unclosed_quote_in_household_notes_or_a_guardians_name_names_its_line(desk, tmp_path, importer, text,
                                                                                   line):
    path = _write(tmp_path, text)
    with pytest.raises(ImportProblem, match=f"Line {line} opens a quote"):
        importer.preview(desk, path)
    with pytest.raises(ImportProblem, match=f"Line {line} opens a quote"):
        importer.run(desk, path)
    assert _count(desk, Household) == 0 and _count(desk, Volunteer) == 0


def test_notes_over_several_lines_with_commas_still_import(desk, tmp_path):
    text = ('Last Name,First Name,Phone,Notes\r\n'
            'Dubois,Chloé,555-0102,"Needs a ramp, near the stage\r\nBrings: chairs, a cooler\r\nCall Ann, not Bob"\r\n'
            'Müller,Zoë,555-0101,"He said ""hi""\r\nand left"\r\n'
            'Lee,Kim,555-0103,\r\n')
    path = _write(tmp_path, text)
    preview = attendee_import.preview(desk, path)
    assert (preview.to_create, preview.skipped) == (3, ())
    assert [row[0] for row in preview.sample] == ["2", "5", "7"]
    result = attendee_import.run(desk, path)
    _accounted(preview, result)
    with desk.db.read() as s:
        notes = dict(s.execute(select(Household.family_name, Household.notes)).all())
    assert notes["Dubois"] == "Needs a ramp, near the stage\nBrings: chairs, a cooler\nCall Ann, not Bob"
    assert notes["Müller"] == 'He said "hi"\nand left'


def test_a_quote_opening_in_the_last_row_is_refused_with_its_line(tmp_path):
    path = _write(tmp_path, 'Last Name,First Name\nMüller,Zoë\nLee,"Kim\n')
    with pytest.raises(ImportProblem, match="Line 3 opens a quote"):
        read_table(path)


# --- 2. every record accounted for; the run never refuses a row the preview accepted --------------------------------

def test_a_birth_year_in_words_is_skipped_by_the_preview_and_the_run_imports_the_others(desk, tmp_path):
    path = _write(tmp_path, "First Name,Last Name,Year of birth\nMaya,Singh,2011\nTom,Becker,nineteen80\n"
                            "Ann,Lee,1980\n")
    preview = volunteer_import.preview(desk, path)
    assert [str(s) for s in preview.skipped] == ["line 3: the birth year must be a year like 2011"]
    result = volunteer_import.run(desk, path)
    _accounted(preview, result)
    assert (result.created, len(result.skipped)) == (2, 1)
    assert sorted(v.first_name for v in volunteers.roster(desk)) == ["Ann", "Maya"]
    assert "Records in the file: 3 = 2 imported + 0 already there + 1 skipped." in result.summary()


def test_an_email_without_an_at_sign_skips_that_gift_only(desk, tmp_path):
    set_up(desk)
    rows = [_donation_row(n) for n in range(1, 5)]
    rows[2] = rows[2].replace("d3@example.org", "not-an-email")  # line 4
    path = _write(tmp_path, "\n".join([DONATIONS_HEADER, *rows]) + "\n")
    preview = donation_import.preview(desk, path)
    assert [str(s) for s in preview.skipped] == ["line 4: “not-an-email” does not look like an email address"]
    result = donation_import.run(desk, path)
    _accounted(preview, result)
    assert _count(desk, Donation) == 3


@pytest.mark.parametrize("importer", [attendee_import, volunteer_import, donation_import])
def test_a_nul_byte_in_row_250_skips_that_row_on_both_databases(desk, tmp_path, importer):
    """Past the first 8 KB (where the file is judged text or not): PostgreSQL used to refuse the whole run, SQLite
    stored "Smi\\0th" where search could never find it."""
    set_up(desk)
    header = {attendee_import: "Last Name,First Name,Email", volunteer_import: "Last Name,First Name,Email",
              donation_import: "Donor Name,Email,Payment Method,Amount"}[importer]
    rows = [f"Family{n:03d},family{n}@example.org,cash,5" if importer is donation_import
            else f"Family{n:03d},Ann,family{n}@example.org" for n in range(1, 301)]
    rows[249] = rows[249].replace("Family250", "Smi\0th")  # line 251
    text = "\n".join([header, *rows]) + "\n"
    assert text.index("\0") > 8192
    path = _write(tmp_path, text)
    preview = importer.preview(desk, path)
    assert [s.line for s in preview.skipped] == [251]
    assert "NUL character (U+0000), which is not text" in preview.skipped[0].reason
    result = importer.run(desk, path)
    _accounted(preview, result)
    assert result.created == 299
    model = {attendee_import: Household, volunteer_import: Volunteer, donation_import: Donor}[importer]
    column = {Household: Household.family_name, Volunteer: Volunteer.last_name, Donor: Donor.name}[model]
    with desk.db.read() as s:
        names = list(s.scalars(select(column).where(model.event_id == desk.event_id)))
    assert len(names) == 299 and not [n for n in names if "\0" in n or n == "Smith"]


def test_a_nul_byte_near_the_top_skips_its_row_too_but_a_binary_file_is_still_refused(desk, tmp_path):
    path = _write(tmp_path, "Last Name,First Name\nSmi\0th,Ann\nLee,Kim\n")
    preview = attendee_import.preview(desk, path)
    assert [s.line for s in preview.skipped] == [2] and preview.to_create == 1
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"Last Name,First Name\n" + bytes(range(256)) * 8)
    with pytest.raises(ImportProblem, match="not a text file"):
        attendee_import.preview(desk, binary)


def test_a_guardians_name_longer_than_its_column_is_skipped_by_the_preview_on_both_databases(desk, tmp_path):
    path = _write(tmp_path, f"First Name,Last Name,Guardian\nMaya,Singh,{'R' * 250}\nTom,Becker,\n")
    preview = volunteer_import.preview(desk, path)
    assert [str(s) for s in preview.skipped] == [
        "line 2: the guardian's name is 250 characters long (at most 200) — is a column shifted?"]
    result = volunteer_import.run(desk, path)
    _accounted(preview, result)
    assert [v.first_name for v in volunteers.roster(desk)] == ["Tom"]


def test_a_purpose_or_check_number_longer_than_its_column_is_skipped(desk, tmp_path):
    path = _write(tmp_path, "Donor Name,Payment Method,Amount,Check #,Fund\n"
                            f"Ann,check,10,{'9' * 50},general\nBob,cash,10,,{'x' * 500}\nCy,cash,10,,\n")
    preview = donation_import.preview(desk, path)
    assert [(s.line, s.reason.split(" is ")[0]) for s in preview.skipped] == [
        (2, "the check number"), (3, "the purpose")]
    result = donation_import.run(desk, path)
    _accounted(preview, result)
    assert result.created == 1


def test_a_skipped_eventbrite_order_counts_every_one_of_its_rows(desk, tmp_path):
    path = _write(tmp_path, "Order #,First Name,Last Name,Email,Quantity,Ticket Type,Attendee Status\n"
                            "901,Olivia,Hughes,o@example.org,1,Adult,Attending\n"
                            "901,Alfie,Hughes,o@example.org,1,Child,Attending\n"
                            "902,Sian,,,1,Adult,Attending\n"
                            "902,Rhys,,,1,Child,Attending\n"
                            "903,Ann,Lee,a@example.org,1,Adult,Refunded\n")
    preview = attendee_import.preview(desk, path)
    assert [str(s) for s in preview.skipped] == [
        "line 4 (with 5): order 902 has no last name (the order's rows on lines 4, 5 are all left out)",
        "line 6: the attendee status is “Refunded”"]
    assert (preview.rows_read, preview.rows_in_items, preview.rows_skipped) == (5, 2, 3)
    result = attendee_import.run(desk, path)
    _accounted(preview, result)
    assert ("Records in the file: 5 = 2 making 1 households (1 imported, 0 already there) + 3 skipped."
            in result.summary())


def test_importing_again_accounts_for_every_record_as_already_there(desk, tmp_path):
    path = _write(tmp_path, "Last Name,First Name\nMüller,Zoë\nLee,Kim\n,Nobody\n")
    attendee_import.run(desk, path)
    preview = attendee_import.preview(desk, path)
    again = attendee_import.run(desk, path)
    _accounted(preview, again)
    assert "Records in the file: 3 = 0 imported + 2 already there + 1 skipped." in again.summary()


# --- 3. values that cannot be ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "words"), [
    ("Infinity", "must be a number of dollars"), ("NaN", "must be a number of dollars"),
    ("1e30", "must be a number of dollars"), ("-Infinity", "cannot be negative"),
    ("$1,2,3", "commas in the wrong places"), ("12,50", "commas in the wrong places"),
    ("1.250,00", "must be a number of dollars"), ("١٢٣", "must be a number of dollars"),
    ("99999999999999999999", "looks too large"), ("12.345", "more than two digits"),
])
def test_amounts_that_cannot_be_are_refused_in_words(typed, words):
    with pytest.raises(InvalidInput, match=words):
        parse_money(typed)


def test_amounts_people_really_type_still_read():
    assert [parse_money(t) for t in ("$1,250.00", "1,250", "1250", "40.5", ".50", "$ 25", "5.", "1 250", "",
                                     "1,000,000", "12.340")] == [
        125000, 125000, 125000, 4050, 50, 2500, 500, 125000, 0, 100000000, 1234]


def test_amounts_and_quantities_that_cannot_be_skip_their_rows_at_import(desk, tmp_path):
    path = _write(tmp_path, "Donor Name,Payment Method,Amount,Description,Qty\n"
                            "A1,cash,Infinity,,\nA2,cash,NaN,,\nA3,cash,1e30,,\nA4,cash,\"$1,2,3\",,\n"
                            "A5,in-kind,,Juice boxes,²\nA6,in-kind,,Juice boxes,99999999999999999999\n"
                            "A7,cash,\"$1,234.50\",,\nA8,in-kind,,Water bottles,48\n")
    preview = donation_import.preview(desk, path)
    reasons = {s.line: s.reason for s in preview.skipped}
    assert sorted(reasons) == [2, 3, 4, 5, 6, 7]
    assert "not “Infinity”" in reasons[2] and "not “NaN”" in reasons[3] and "not “1e30”" in reasons[4]
    assert "commas in the wrong places" in reasons[5]
    assert reasons[6] == "the quantity “²” is not a whole number"
    assert reasons[7] == "the quantity “99999999999999999999” is more than 100,000"
    result = donation_import.run(desk, path)
    _accounted(preview, result)
    assert sorted((d.amount_cents, d.quantity) for d in donations.list_donations(desk)) == [(0, 48), (123450, None)]


def test_an_infinite_amount_typed_in_the_donation_dialog_is_explained(qtbot, sqlite_desk):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from nightout_desk.ui.donations.donation_dialog import DonationDialog

    donors.add_donor(sqlite_desk, name="Zoë Nguyễn-O'Brien")
    dialog = DonationDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.donor.setCurrentIndex(dialog.donor.findText("Zoë Nguyễn-O'Brien"))
    dialog.kind.setCurrentIndex(dialog.kind.findText("Cash"))
    for typed, words in (("Infinity", "must be a number of dollars"), ("1e30", "must be a number of dollars"),
                         ("$1,2,3", "commas in the wrong places")):
        amount = dialog.findChild(QLineEdit, "donationAmount")
        amount.clear()
        qtbot.keyClicks(amount, typed)
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveDonationButton"), Qt.MouseButton.LeftButton)
        assert words in dialog.problem.text() and dialog.isVisible()
    assert donations.list_donations(sqlite_desk) == []


def test_a_quantity_beyond_any_shelf_is_refused_by_the_service(desk):
    zoe = donors.add_donor(desk, name="Zoë")
    with pytest.raises(InvalidInput, match="more than 100,000"):
        donations.record(desk, zoe.id, kind="in-kind", description="Juice boxes", quantity=10 ** 20)
    with pytest.raises(InvalidInput, match="whole number"):
        donations.record(desk, zoe.id, kind="in-kind", description="Juice boxes", quantity="²")


@pytest.mark.parametrize("bad", ["Smi\0th", "Bell\x07", "Nel\x9bson", "Half\ud800", "Non\ufffe", "Max\U0010ffff"])
def test_characters_that_are_not_text_are_refused_in_words_by_every_dialogs_service(desk, bad):
    with pytest.raises(InvalidInput, match="which is not text"):
        households.add_household(desk, family_name=bad)
    with pytest.raises(InvalidInput, match="which is not text"):
        volunteers.add_volunteer(desk, first_name=bad)
    with pytest.raises(InvalidInput, match="which is not text"):
        donors.add_donor(desk, name=bad)
    zoe = donors.add_donor(desk, name="Zoë")
    with pytest.raises(InvalidInput, match="which is not text"):
        donations.record(desk, zoe.id, kind="cash", amount="5", purpose=bad)
    assert _count(desk, Household) == 0 and _count(desk, Volunteer) == 0 and _count(desk, Donation) == 0


def test_control_characters_and_non_characters_in_a_file_skip_their_rows(desk, tmp_path):
    path = _write(tmp_path, "Last Name,First Name\nBell\x07,Ann\nNon\ufffe,Bob\nMüller,Zoë\n")
    preview = attendee_import.preview(desk, path)
    assert [(s.line, s.reason) for s in preview.skipped] == [
        (2, "the “Last Name” cell holds a control character (U+0007), which is not text — retype that cell in the "
            "spreadsheet and save as CSV again"),
        (3, "the “Last Name” cell holds a character Unicode reserves as a non-character (U+FFFE), which is not text "
            "— retype that cell in the spreadsheet and save as CSV again")]
    # a byte Windows-1252 leaves undefined (0x81) is read as Latin-1, a C1 control character: that row alone goes
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"Last Name,First Name\nM\xfcller,Zo\xeb\nA\x81b,Ann\n")
    preview = attendee_import.preview(desk, latin)
    assert [s.line for s in preview.skipped] == [3] and preview.to_create == 1


def test_a_column_named_twice_is_said_in_the_preview_and_the_result(desk, tmp_path):
    path = _write(tmp_path, "Last Name,Email,First Name,Email\nMüller,,Zoë,zoe@example.org\n")
    preview = attendee_import.preview(desk, path)
    note = ("2 columns are called “Email” (columns 2 and 4): only the first is read — rename the other in the "
            "spreadsheet, or choose it by its new name, to read it instead.")
    assert note in preview.notes and note in preview.summary()
    result = attendee_import.run(desk, path)
    assert note in result.summary()
