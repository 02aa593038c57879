"""The shared CSV reading machinery on the files people really send: encodings, delimiters, title lines, junk."""

from __future__ import annotations

import codecs
import csv
import io

import pytest

from nightout_desk.services.errors import ImportProblem
from nightout_desk.services.importing import (
    Field,
    RowSkipped,
    header_test,
    match_columns,
    missing_message,
    normalize_header,
    parse_map_options,
    read_table,
    split_full_name,
    whole_number,
    yes_no,
)

FIELDS = (
    Field("family_name", "Family name", ("last name", "surname"), required=True, satisfied_by=("full_name",)),
    Field("full_name", "Full name", ("name",)),
    Field("first_names", "First names", ("first name",)),
    Field("phone", "Phone", ("cell phone",)),
    Field("notes", "Notes", ("comments",)),
)


def _write(tmp_path, text: str, encoding: str = "utf-8", name: str = "list.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("encoding", "bom", "expected"), [
    ("utf-8", b"", "UTF-8"),
    ("utf-8", codecs.BOM_UTF8, "UTF-8 with BOM"),
    ("cp1252", b"", "Windows-1252"),
    ("utf-16", b"", "UTF-16"),
])
def test_zoe_and_mueller_survive_every_encoding_excel_writes(tmp_path, encoding, bom, expected):
    text = "Last Name,First Name,Notes\r\nMüller,Zoë,Crème brûlée stand\r\nDubois,Hélène,\r\n"
    path = tmp_path / "list.csv"
    path.write_bytes(bom + text.encode(encoding))
    table = read_table(path, header_test(FIELDS))
    assert table.encoding == expected
    assert table.header == ("Last Name", "First Name", "Notes")
    assert [r.cells for r in table.rows] == [("Müller", "Zoë", "Crème brûlée stand"), ("Dubois", "Hélène", "")]


def test_a_utf8_file_with_one_stray_windows_byte_stays_utf8(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes("Last Name,First Name\nMüller,Zoë\nNguyễn,Minh\n".encode() + b"Caf\xe9,Ann\n")
    table = read_table(path, header_test(FIELDS))
    assert table.encoding == "UTF-8 (1 damaged character shown as �)"
    assert [r.cells[0] for r in table.rows] == ["Müller", "Nguyễn", "Caf�"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_recognised_even_with_commas_inside_values(tmp_path, delimiter):
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["Surname", "First Name", "Comments"], ["Smith", "Ann, Bob", "a, b; c"], ["Lee", "Kim", ""]])
    table = read_table(_write(tmp_path, buf.getvalue()), header_test(FIELDS))
    assert table.delimiter == delimiter
    assert table.rows[0].cells == ("Smith", "Ann, Bob", "a, b; c")


def test_rows_keep_the_line_they_start_on_across_title_lines_blank_lines_and_quoted_newlines(tmp_path):
    text = ("Sign Up: Riverside National Night Out 2026\r\n"      # 1 title (SignUpGenius style)
            "Created by: Lt. Dana Reyes\r\n"                      # 2 title
            "\r\n"                                                # 3 blank
            "Surname,First Name,Comments\r\n"                     # 4 header
            "Smith,Ann,\"Needs a ramp\r\nnear the stage\"\r\n"    # 5-6 quoted newline
            ",,\r\n"                                              # 7 blank row
            "   \r\n"                                             # 8 blank line
            "Lee,Kim,\r\n")                                       # 9
    table = read_table(_write(tmp_path, text), header_test(FIELDS))
    assert table.header_line == 4
    assert table.title_lines == ("Sign Up: Riverside National Night Out 2026", "Created by: Lt. Dana Reyes")
    assert [(r.line, r.cells[0]) for r in table.rows] == [(5, "Smith"), (9, "Lee")]
    assert table.rows[0].cells[2] == "Needs a ramp\nnear the stage"


def test_a_100_kb_field_is_read_whole(tmp_path):
    essay = "x" * 100_000
    table = read_table(_write(tmp_path, f"Surname,Comments\nSmith,\"{essay}\"\nLee,ok\n"), header_test(FIELDS))
    assert table.rows[0].cells[1] == essay and table.rows[1].line == 3


def test_headers_are_matched_by_name_in_any_order_and_spelling(tmp_path):
    table = read_table(_write(tmp_path, "COMMENTS;cell_phone;  SURNAME ;First-Name\nhi;555;Smith;Ann\n"),
                       header_test(FIELDS))
    mapping = match_columns(table.header, FIELDS)
    assert mapping.as_dict() == {"family_name": "SURNAME", "first_names": "First-Name", "phone": "cell_phone",
                                 "notes": "COMMENTS"}
    assert mapping.values(table.rows[0]) == {"family_name": "Smith", "first_names": "Ann", "phone": "555",
                                             "notes": "hi"}
    assert normalize_header("Order #") == normalize_header("order no.") == "orderno"


def test_the_users_choice_of_column_wins_and_a_wrong_name_is_explained():
    columns = ("Household", "Tel", "Name")
    mapping = match_columns(columns, FIELDS, {"family_name": "household", "phone": "TEL", "full_name": ""})
    assert mapping.as_dict() == {"family_name": "Household", "phone": "Tel"}
    with pytest.raises(ImportProblem, match="no column called “Telephone”"):
        match_columns(columns, FIELDS, {"phone": "Telephone"})
    with pytest.raises(ImportProblem, match="no field called “shoe_size”"):
        match_columns(columns, FIELDS, {"shoe_size": "Tel"})
    assert parse_map_options(["family_name=Last name ", "phone=Tel"]) == {"family_name": "Last name", "phone": "Tel"}
    with pytest.raises(ImportProblem, match="FIELD=COLUMN"):
        parse_map_options(["family_name"])


def test_a_missing_required_column_says_which_and_a_full_name_can_stand_in():
    only_phone = match_columns(("Tel", "Comments"), FIELDS)
    missing = only_phone.missing(FIELDS)
    assert [f.key for f in missing] == ["family_name"]
    assert missing_message(missing, FIELDS) == "The file has no column for the family name (or a full name) — map one."
    assert match_columns(("Name", "Tel"), FIELDS).missing(FIELDS) == []


def test_a_ragged_row_is_padded_but_a_row_with_shifted_values_is_refused(tmp_path):
    table = read_table(_write(tmp_path, "Surname,First Name,Phone\nSmith\nLee,Kim,555,oops\nPark,Jin,556,,\n"),
                       header_test(FIELDS))
    mapping = match_columns(table.header, FIELDS)
    assert mapping.values(table.rows[0]) == {"family_name": "Smith", "first_names": "", "phone": ""}
    with pytest.raises(RowSkipped, match="4 values but the header names 3 columns"):
        mapping.values(table.rows[1])
    assert mapping.values(table.rows[2])["phone"] == "556"  # empty trailing cells are harmless


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty"),
    (b"\r\n  \r\n", "is empty"),
    (codecs.BOM_UTF8, "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "is a PNG picture, not a CSV file"),
    (b"PK\x03\x04\x14\x00\x06\x00", "Excel workbook"),
    (b"%PDF-1.7\n", "PDF document"),
    (bytes(range(256)) * 4, "not a text file"),
    (b"12,34,56\n78,90,12\n", "no header line"),
])
def test_files_that_are_not_a_usable_list_are_refused_in_plain_words(tmp_path, content, message):
    path = tmp_path / "attendees.csv"
    path.write_bytes(content)
    with pytest.raises(ImportProblem, match=message):
        read_table(path, header_test(FIELDS))


def test_a_folder_or_a_missing_file_is_refused_in_plain_words(tmp_path):
    with pytest.raises(ImportProblem, match="is a folder"):
        read_table(tmp_path, header_test(FIELDS))
    with pytest.raises(ImportProblem, match="There is no file"):
        read_table(tmp_path / "gone.csv", header_test(FIELDS))


def test_an_unknown_header_is_still_found_when_it_looks_like_labels(tmp_path):
    table = read_table(_write(tmp_path, "Report of 3 July\nFamilia,Tel,Barrio\nGarcía,555 201,Centro\n"),
                       header_test(FIELDS))
    assert table.header == ("Familia", "Tel", "Barrio") and table.header_line == 2


def test_counts_names_and_consent_read_the_way_people_type_them():
    assert [whole_number(t, "kids", default=0) for t in ("2", " 3 ", "2 kids", "two", "", "0")] == [2, 3, 2, 2, 0, 0]
    for bad, reason in (("lots", "not a whole number"), ("2.5", "not a whole number"), ("-1", "below zero"),
                        ("1000", "more than 99")):
        with pytest.raises(RowSkipped, match=reason):
            whole_number(bad, "kids")
    assert split_full_name("Smith, John") == ("Smith", "John")
    assert split_full_name("John Smith") == ("Smith", "John")
    assert split_full_name("Maria de la Cruz") == ("de la Cruz", "Maria")
    assert split_full_name("Nguyễn") == ("Nguyễn", "")
    assert [yes_no(t) for t in ("Yes", "y", "TRUE", "x", "I agree to be contacted", "", "No", "maybe")] == [
        True, True, True, True, True, False, False, False]
