"""One sentence for each failure, whether a screen shows it or the command line prints it."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from nightout_desk import cli
from nightout_desk.db import DatabaseUnavailable
from nightout_desk.services.errors import Conflict, ImportProblem
from nightout_desk.services.explain import explain
from nightout_desk.ui import messages


def _operational(message: str) -> OperationalError:
    return OperationalError("INSERT INTO check_ins ...", {}, sqlite3.OperationalError(message))


CASES = [
    (ImportProblem("“list.csv” is empty. Export the list again and choose that new file."),
     "“list.csv” is empty. Export the list again and choose that new file."),
    (Conflict("Another laptop checked in the García family first."),
     "Another laptop checked in the García family first."),
    (DatabaseUnavailable("Cannot open the database (night.sqlite3): unable to open database file"),
     "Cannot open the database (night.sqlite3): unable to open database file"),
    (_operational("database is locked"),
     "Another laptop is saving at this moment. Nothing was lost — please try again."),
    (_operational("database or disk is full"),
     "The disk is full, so nothing was saved. Free some space (or plug in a USB stick) and try again."),
    (_operational("attempt to write a readonly database"),
     "The database file is read-only (a write-protected USB stick, or a copy opened from a CD or a zip file), so "
     "nothing was saved. Copy it to this laptop's disk and open that copy."),
    (_operational("disk I/O error"),
     "The disk holding the database could not be written (a USB stick pulled out, or a failing disk), so nothing "
     "was saved. Check it and try again."),
    (_operational("connection to server at \"10.0.0.5\", port 5432 failed: timeout expired"),
     "The database could not be reached, so nothing was saved. Check the network cable or Wi-Fi and try again."),
    (DatabaseError("PRAGMA journal_mode=WAL", {}, sqlite3.DatabaseError("file is not a database")),
     "The database file is not a NightOut Desk database (or it is damaged)."),
    (IntegrityError("INSERT INTO households ...", {}, sqlite3.IntegrityError("UNIQUE constraint failed")),
     "The database refused the change, so nothing was saved. The log has the details."),
    (PermissionError(13, "Permission denied", "/media/usb/badges.pdf"),
     "Permission denied (/media/usb/badges.pdf)."),
    (KeyboardInterrupt(), "Interrupted before it finished."),
    (ZeroDivisionError("division by zero"),
     "Something went wrong (ZeroDivisionError). Nothing was saved; the log has the details."),
]
WHAT = [f"{type(exc).__name__} {exc}"[:50] for exc, _ in CASES]


@pytest.mark.parametrize(("exc", "sentence"), CASES, ids=WHAT)
def test_each_failure_has_its_sentence_and_never_the_sql(exc, sentence):
    assert explain(exc) == sentence
    assert "INSERT" not in explain(exc) and "PRAGMA" not in explain(exc)


def test_the_screens_show_the_same_sentence():
    assert messages.explain is explain
    for exc, sentence in CASES:
        assert messages.explain(exc) == sentence


@pytest.mark.parametrize(("exc", "sentence"), CASES, ids=WHAT)
def test_the_command_line_prints_the_same_sentence_on_one_line_and_exits_1(monkeypatch, capsys, exc, sentence):
    def failing_command(_args: object) -> int:
        raise exc

    monkeypatch.setattr(cli, "cmd_events", failing_command)
    assert cli.main(["events"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"nightout-desk: {sentence}\n"
