"""Importing volunteers from a SignUpGenius sign-up report and from a generic CSV, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from nightout_desk.cli import main
from nightout_desk.services import audit
from nightout_desk.services.errors import ImportProblem, PermissionDenied
from nightout_desk.services.stations import stations
from nightout_desk.services.volunteers import roster as volunteers
from nightout_desk.services.volunteers import shifts, volunteer_import

HEADER = ("Sign Up,Start Date/Time (mm/dd/yyyy),End Date/Time (mm/dd/yyyy),Location,Qty,Item,First Name,Last Name,"
          "Email,Sign Up Comment,Mobile Phone")
REPORT = "\n".join([
    "Riverside National Night Out 2026 - Volunteers",
    "Sign Up Report - Created 07/30/2026",
    "",
    HEADER,
    "NNO 2026,08/04/2026 05:00 PM,08/04/2026 07:00 PM,Riverside Park,1,Dunk tank,Zoë,Nguyễn-O'Brien,"
    "zoe@example.org,Explorer Post 12,555-201-7788",
    "NNO 2026,08/04/2026 07:00 PM,08/04/2026 09:00 PM,Riverside Park,1,Face painting,Zoë,Nguyễn-O'Brien,"
    "ZOE@example.org,,",
    "NNO 2026,08/04/2026 05:00 PM,08/04/2026 07:00 PM,Riverside Park,1,Dunk tank,Łukasz,Żółw,lukasz@example.org,,",
    "NNO 2026,08/04/2026 05:00 PM,,Riverside Park,1,Food,Ann,Noend,ann@example.org,,",
    "NNO 2026,tonight,08/04/2026 09:00 PM,Riverside Park,1,Food,Bob,Baddate,bob@example.org,,",
    ",08/04/2026 05:00 PM,08/04/2026 07:00 PM,Riverside Park,1,Food,,,,,",
]) + "\n"


def _write(tmp_path, text, name="signup.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_signupgenius_report_makes_volunteers_and_bookings_and_twice_adds_nothing(desk, tmp_path):
    path = _write(tmp_path, REPORT)
    p = volunteer_import.preview(desk, path)
    assert p.format_name == "SignUpGenius sign-up report" and p.header_line == 4
    assert (p.to_create, p.already_there, len(p.skipped)) == (2, 0, 3)
    reasons = " ".join(s.reason for s in p.skipped)
    assert "end is missing" in reasons and "“tonight”" in reasons and "first name is empty" in reasons
    result = volunteer_import.run(desk, path)
    assert (result.created, result.already_there) == (2, 0)
    zoe = volunteers.roster(desk, "zoe")[0]
    assert zoe.full_name == "Zoë Nguyễn-O'Brien" and zoe.phone == "555-201-7788" and zoe.notes == "Explorer Post 12"
    assert [sh.station_name for sh in shifts.shifts_of(desk, zoe.id)] == ["Dunk tank", "Face painting"]
    assert any(st.name == "Face painting" for st in stations.list_stations(desk))
    dunk = next(sh for sh in shifts.list_shifts(desk) if sh.station_name == "Dunk tank")
    assert dunk.needed == 2 and len(dunk.assigned_ids) == 2
    again = volunteer_import.run(desk, path)
    assert (again.created, again.already_there) == (0, 2)
    assert len(volunteers.roster(desk)) == 2 and len(shifts.list_shifts(desk)) == 2
    assert audit.recent(desk, action="volunteers imported")[0].summary.startswith("2 volunteers, 3 shift bookings")


def test_a_later_export_adds_only_the_new_slot_of_someone_already_there(desk, tmp_path):
    volunteer_import.run(desk, _write(tmp_path, REPORT))
    later = REPORT + ("NNO 2026,08/04/2026 07:00 PM,08/04/2026 09:00 PM,Riverside Park,1,Food,Łukasz,Żółw,"
                      "lukasz@example.org,,\n")
    volunteer_import.run(desk, _write(tmp_path, later, "later.csv"))
    lukasz = volunteers.roster(desk, "lukasz")[0]
    assert [sh.station_name for sh in shifts.shifts_of(desk, lukasz.id)] == ["Dunk tank", "Food"]
    assert len(volunteers.roster(desk)) == 2


def test_generic_csv_with_a_column_mapping(desk, tmp_path):
    path = _write(tmp_path, "Given;Family;Group;Kind;Year born;Parent;Parent phone\n"
                            "Maya;Singh;Explorer Post 12;Explorer;2011;Ravi Singh;555 0101\n"
                            "Tom;Becker;Riverside PD;Police officer;;;\n", "roster.csv")
    with pytest.raises(ImportProblem):
        volunteer_import.run(desk, path, {"first_name": "Nope"})
    mapping = {"first_name": "Given", "last_name": "Family", "organization": "Group", "role": "Kind",
               "birth_year": "Year born", "guardian_name": "Parent", "guardian_phone": "Parent phone"}
    assert volunteer_import.preview(desk, path, mapping, "generic").to_create == 2
    volunteer_import.run(desk, path, mapping, "generic")
    maya = volunteers.roster(desk, "maya")[0]
    assert maya.is_minor and maya.role == "youth" and maya.guardian_phone == "555 0101" and not maya.needs_guardian
    assert volunteers.roster(desk, "becker")[0].role == "officer"
    with pytest.raises(PermissionDenied):
        volunteer_import.run(desk.with_operator("Sam", "volunteer"), path, mapping, "generic")


def test_import_volunteers_command_dry_run_then_real(sqlite_desk, tmp_path, capsys):
    path = _write(tmp_path, REPORT)
    db = str(sqlite_desk.db.path)
    assert main(["--db", db, "import", "volunteers", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "SignUpGenius sign-up report" in out and "2 volunteers to add" in out and "Dry run" in out
    assert volunteers.roster(sqlite_desk) == []
    assert main(["--db", db, "--operator", "Pat Organizer", "import", "volunteers", str(path)]) == 0
    assert "Imported 2 volunteers" in capsys.readouterr().out
    assert len(volunteers.roster(sqlite_desk)) == 2
