"""Importing pre-registered households from Eventbrite and from hostile generic CSVs, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from nightout_desk.models import AuditEntry, Household
from nightout_desk.services import events
from nightout_desk.services.checkin import attendee_import, households
from nightout_desk.services.demo.data import NEIGHBOURHOODS
from nightout_desk.services.errors import ImportProblem, PermissionDenied

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def _households(desk) -> dict[str, Household]:
    with desk.db.read() as s:
        return {h.family_name: h for h in s.scalars(select(Household).where(Household.event_id == desk.event_id))}


def _count(desk) -> int:
    with desk.db.read() as s:
        return s.scalar(select(func.count()).select_from(Household).where(Household.event_id == desk.event_id))


def _csv(rows, delimiter=",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def test_eventbrite_report_gives_one_household_per_order_and_skips_refunds(desk):
    events.set_neighbourhoods(desk, NEIGHBOURHOODS)  # the sample's ZIPs are the demo town's
    path = SAMPLES / "eventbrite_attendees.csv"
    preview = attendee_import.preview(desk, path)
    assert preview.format_name == "Eventbrite attendee report"
    assert preview.encoding == "UTF-8 with BOM" and preview.delimiter == "comma"
    assert dict(preview.mapping)["zip_code"] == "Home Zip" and dict(preview.mapping)["order"] == "Order #"
    assert (preview.to_create, preview.already_there) == (13, 0)
    assert [(s.line, s.reason) for s in preview.skipped] == [
        (10, "the attendee status is “Refunded”"), (11, "the attendee status is “Refunded”"),
        (19, "the attendee status is “Cancelled”"), (30, "the attendee status is “Not Attending”"),
        (37, "the attendee status is “Deleted”")]
    assert _count(desk) == 0, "a preview writes nothing"

    result = attendee_import.run(desk, path)
    assert (result.created, result.already_there, len(result.skipped)) == (13, 0, 5)
    found = _households(desk)
    garcia = found["García"]
    assert (garcia.first_names, garcia.adults_expected, garcia.kids_expected) == ("María, José, Lucía, Mateo", 2, 2)
    assert garcia.external_ref == "eventbrite:7345128801" and garcia.source == "pre-registered"
    assert (garcia.zip_code, garcia.neighbourhood) == ("12346", "Mill Creek")
    assert found["Müller"].first_names == "Ingrid, Hans, Lena, Paul Schmidt"  # a guest with another name is kept
    assert (found["Becker"].first_names, found["Becker"].adults_expected) == ("Tom", 2)  # "Info Requested" guest
    assert found["Becker"].neighbourhood == "Riverside Flats"  # ZIP+4 12350-4411
    assert (found["Dubois"].adults_expected, found["Dubois"].kids_expected) == (1, 1)  # one child ticket cancelled
    assert "Khan" not in found and "O'Connor" not in found
    assert [h.id for h in households.search(desk, "zoe")] == [found["Nguyễn-O'Brien"].id]

    again = attendee_import.run(desk, path)
    assert (again.created, again.already_there) == (0, 13)
    assert _count(desk) == 13
    with desk.db.read() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "households imported")))
    assert len(entries) == 1 and "13 households from eventbrite_attendees.csv" in entries[0].summary


def test_a_british_eventbrite_export_with_surname_and_postcode_is_recognised(desk, tmp_path):
    path = tmp_path / "attendees-uk.csv"
    path.write_text(_csv([
        ["Order no.", "Order Date", "First Name", "Surname", "Email", "Quantity", "Ticket Type", "Attendee Status",
         "Home Postcode", "Mobile Phone"],
        ["901", "2026-07-01", "Olivia", "Hughes", "olivia@example.co.uk", "1", "Adult", "Attending", "12345",
         "07700 900123"],
        ["901", "2026-07-01", "Alfie", "Hughes", "olivia@example.co.uk", "2", "Under 16", "Attending", "12345", ""],
        ["902", "2026-07-02", "Sian", "Evans", "sian@example.co.uk", "1", "Adult", "Refunded", "12346", ""],
    ]), encoding="utf-8")
    result = attendee_import.run(desk, path)
    assert result.format_name == "Eventbrite attendee report"
    assert (result.created, [str(s) for s in result.skipped]) == (1, ["line 4: the attendee status is “Refunded”"])
    hughes = _households(desk)["Hughes"]
    assert (hughes.adults_expected, hughes.kids_expected, hughes.phone) == (1, 2, "07700 900123")
    assert (hughes.first_names, hughes.neighbourhood, hughes.external_ref) == (
        "Olivia, Alfie", "Old Town", "eventbrite:901")


def test_a_spanish_eventbrite_export_in_windows_1252_with_semicolons(desk, tmp_path):
    path = tmp_path / "asistentes.csv"
    path.write_bytes(_csv([
        ["N.º de pedido", "Nombre", "Apellidos", "Correo electrónico", "Cantidad", "Tipo de entrada",
         "Estado del asistente", "Código postal"],
        ["55", "José", "Peña", "jose@example.es", "1", "General", "Asistirá", "12347"],
        ["55", "Inés", "Peña", "jose@example.es", "1", "Niño (menor de 12)", "Asistirá", "12347"],
        ["56", "Ana", "Ruiz", "ana@example.es", "1", "General", "Reembolsado", "12345"],
    ], delimiter=";").encode("cp1252"))
    preview = attendee_import.preview(desk, path)
    assert (preview.format_name, preview.encoding, preview.delimiter) == (
        "Eventbrite attendee report", "Windows-1252", "semicolon")
    assert [str(s) for s in preview.skipped] == ["line 4: the attendee status is “Reembolsado”"]
    attendee_import.run(desk, path)
    pena = _households(desk)["Peña"]
    assert (pena.first_names, pena.adults_expected, pena.kids_expected) == ("José, Inés", 1, 1)


def _hostile_rows(essay: str) -> list[list[str]]:
    return [
        ["Night Out 2026 — sign-ups"],                                   # 1 title line
        ["exported 30 July"],                                            # 2 title line
        [],                                                              # 3 blank
        ["Phone", "Kids", "Last Name", "First Name", "Adults", "Notes", "Zip"],  # 4 header, not the usual order
        ["555-0101", "2", "Müller", "Zoë", "2", "", "12345"],           # 5 good
        ["", "", "", "", "", "", ""],                                    # 6 blank row
        ["555-0102", "1", "", "Anna", "1", "", "12346"],                # 7 no family name
        ["555-0103", "0", "Dubois", "Chloé", "2", "Needs a ramp\r\nnear the stage", "12346"],  # 8-9 quoted newline
        ["555-0104", "lots", "Smith", "Ann", "1", "", "12347"],         # 10 kids not a number
        ["555-0105", "1", "García"],                                     # 11 ragged short row: good
        ["555-0106", "0", "Long", "Lee", "1", essay, "12345"],          # 12 a 100 KB note: good
        ["555-0107", "0", "W" * 300, "Xi", "1", "", "12345"],           # 13 a family name too long
        ["555-0108", "0", "Extra", "Eve", "1", "", "12345", "surprise"],  # 14 shifted values
        ["555-0101", "2", "Müller", "Zoë", "2", "", "12345"],           # 15 the same family again
    ]


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8-sig", ","), ("cp1252", ";"), ("utf-8", "\t")])
def test_a_hostile_generic_file_imports_its_good_rows_and_reports_each_bad_one_by_line(desk, tmp_path, encoding,
                                                                                        delimiter):
    essay = "Long note. " * 10_000
    path = tmp_path / "signups.csv"
    path.write_bytes(_csv(_hostile_rows(essay), delimiter).encode(encoding))
    preview = attendee_import.preview(desk, path)
    assert preview.format_name == "Generic CSV" and preview.header_line == 4
    assert dict(preview.mapping) == {"family_name": "Last Name", "first_names": "First Name", "phone": "Phone",
                                     "zip_code": "Zip", "adults": "Adults", "kids": "Kids", "notes": "Notes"}
    expected_skips = [
        (7, "the family name is empty"),
        (10, "kids “lots” is not a whole number"),
        (13, "the family name is 300 characters long (at most 200) — is a column shifted?"),
        (14, "it has 8 values but the header names 7 columns — a comma or semicolon inside an unquoted value?"),
        (15, "the same as line 5"),
    ]
    assert [(s.line, s.reason) for s in preview.skipped] == expected_skips
    assert [row[:3] for row in preview.sample] == [("5", "will be added", "Müller"), ("8", "will be added", "Dubois"),
                                                   ("11", "will be added", "García"), ("12", "will be added", "Long")]

    result = attendee_import.run(desk, path)
    assert (result.created, [(s.line, s.reason) for s in result.skipped]) == (4, expected_skips)
    found = _households(desk)
    assert set(found) == {"Müller", "Dubois", "García", "Long"}
    assert (found["Müller"].first_names, found["Müller"].adults_expected, found["Müller"].kids_expected) == (
        "Zoë", 2, 2)
    assert found["Müller"].neighbourhood == "Old Town"
    assert found["Dubois"].notes == "Needs a ramp\nnear the stage"
    assert (found["García"].adults_expected, found["García"].kids_expected) == (1, 1)
    assert found["Long"].notes == essay.strip()
    assert found["Müller"].external_ref.startswith("csv:")

    again = attendee_import.run(desk, path)
    assert (again.created, again.already_there) == (0, 4)
    assert _count(desk) == 4


def test_full_names_party_sizes_and_consent_in_a_generic_list(desk):
    events.set_neighbourhoods(desk, NEIGHBOURHOODS)
    result = attendee_import.run(desk, SAMPLES / "generic_households.csv")
    assert (result.format_name, result.created, result.skipped) == ("Generic CSV", 5, ())
    found = _households(desk)
    lopez = found["Lopez"]
    assert (lopez.first_names, lopez.adults_expected, lopez.kids_expected, lopez.consent_to_contact) == (
        "Carmen", 2, 3, True)
    assert found["de la Cruz"].first_names == "Maria" and found["de la Cruz"].neighbourhood == "Southgate"
    assert found["Walsh"].consent_to_contact is False
    assert (found["Souza"].adults_expected, found["Souza"].kids_expected) == (1, 2)  # "one", "two"


def test_a_list_without_a_name_column_asks_for_a_mapping_and_then_imports(desk, tmp_path):
    path = tmp_path / "club.csv"
    path.write_text("Who is coming,Tel,Guests,Kids\nOkafor,555 222 1111,4,2\nBrennan,,1,\n", encoding="utf-8")
    preview = attendee_import.preview(desk, path)
    assert preview.problem == "The file has no column for the family name (or a full name) — map one."
    assert not preview.can_import and preview.columns == ("Who is coming", "Tel", "Guests", "Kids")
    with pytest.raises(ImportProblem, match="no column for the family name"):
        attendee_import.run(desk, path)
    mapping = {"family_name": "Who is coming", "phone": "Tel"}
    preview = attendee_import.preview(desk, path, mapping)
    assert preview.can_import and preview.to_create == 2
    attendee_import.run(desk, path, mapping)
    okafor = _households(desk)["Okafor"]
    assert (okafor.adults_expected, okafor.kids_expected, okafor.phone) == (2, 2, "555 222 1111")  # 4 guests - 2 kids


def test_an_eventbrite_file_can_be_read_as_a_generic_list_when_asked(desk):
    preview = attendee_import.preview(desk, SAMPLES / "eventbrite_attendees.csv", fmt="generic")
    assert preview.format_name == "Generic CSV"
    assert dict(preview.mapping)["family_name"] == "Last Name"


def test_files_that_cannot_be_used_raise_a_plain_import_problem(desk, tmp_path):
    png = tmp_path / "attendees.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(ImportProblem, match="PNG picture"):
        attendee_import.preview(desk, png)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportProblem, match="is empty"):
        attendee_import.run(desk, empty)
    with pytest.raises(ImportProblem, match="Unknown format"):
        attendee_import.preview(desk, SAMPLES / "generic_households.csv", fmt="signupgenius")
    assert _count(desk) == 0


def test_only_an_organizer_may_import(desk):
    volunteer = desk.with_operator("Sam", "volunteer")
    assert attendee_import.preview(volunteer, SAMPLES / "generic_households.csv").to_create == 5
    with pytest.raises(PermissionDenied):
        attendee_import.run(volunteer, SAMPLES / "generic_households.csv")
    assert _count(desk) == 0


def test_a_signupgenius_report_with_title_lines_is_read_as_a_generic_list(desk, tmp_path):
    path = tmp_path / "SignUpGenius report.csv"
    path.write_text(_csv([
        ["Sign Up: Riverside National Night Out 2026 - Family Registration"],
        ["Created by: Lt. Dana Reyes"],
        [],
        ["Sign Up", "Start Date/Time (mm/dd/yyyy)", "Location", "Item", "Qty", "First Name", "Last Name", "Email",
         "Phone", "Comment"],
        ["NNO 2026", "08/04/2026 17:00", "Riverside Park", "Family", "4", "Ada", "Okafor", "ada@example.org",
         "555-410-7070", "Two kids in strollers"],
        ["NNO 2026", "08/04/2026 17:00", "Riverside Park", "Family", "2", "Liam", "O'Connor", "", "", ""],
    ]), encoding="utf-8")
    preview = attendee_import.preview(desk, path)
    assert (preview.format_name, preview.header_line, len(preview.title_lines)) == ("Generic CSV", 4, 2)
    assert dict(preview.mapping)["party_size"] == "Qty" and dict(preview.mapping)["notes"] == "Comment"
    attendee_import.run(desk, path)
    okafor = _households(desk)["Okafor"]
    assert (okafor.first_names, okafor.adults_expected, okafor.notes) == ("Ada", 4, "Two kids in strollers")


def test_an_eventbrite_order_takes_the_buyers_family_name_and_keeps_guests_names(desk, tmp_path):
    path = tmp_path / "attendees.csv"
    path.write_text(_csv([
        ["Order #", "Buyer Last Name", "First Name", "Last Name", "Ticket Type", "Attendee Status", "Quantity"],
        ["77", "Okafor", "Chidi", "Eze", "Adult", "Attending", "1"],
        ["77", "Okafor", "Ada", "Okafor", "Adult", "Attending", "1"],
        ["77", "Okafor", "Obi", "Okafor", "Youth", "Attending", "1"],
    ]), encoding="utf-8")
    attendee_import.run(desk, path)
    okafor = _households(desk)["Okafor"]
    assert (okafor.first_names, okafor.adults_expected, okafor.kids_expected) == ("Chidi Eze, Ada, Obi", 2, 1)
