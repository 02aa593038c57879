"""Exports and backups hold families' names, phones and addresses: written readable by the user only (files 0600,
folders we make 0700), noted in the audit log with who and where — and numbers in them stay numbers."""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from nightout_desk.db import Database
from nightout_desk.db.migrate import upgrade
from nightout_desk.services import audit
from nightout_desk.services.backup import backup
from nightout_desk.services.export import export_csv, safe_cell
from nightout_desk.services.inventory import stock
from tests.conftest import make_desk

ROOT = Path(__file__).resolve().parent.parent
posix_modes = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@posix_modes
def test_an_export_is_readable_by_the_user_only_and_noted_with_who_and_where(sqlite_desk, tmp_path):
    (tmp_path / "old").mkdir()
    (tmp_path / "old").chmod(0o755)
    stale = tmp_path / "old" / "households.csv"
    stale.write_text("from last year\n", encoding="utf-8")
    stale.chmod(0o644)
    written = export_csv(sqlite_desk, tmp_path / "old")
    assert written and all(mode(p) == 0o600 for p in written), "a file there before is made private too"

    folder = tmp_path / "for the lieutenant" / "2026"
    written = export_csv(sqlite_desk, folder)
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700, "every folder we make"
    assert all(mode(p) == 0o600 for p in written)
    assert mode(tmp_path / "old") == 0o755, "a folder that was there is left as it was"

    noted = audit.recent(sqlite_desk, action="exported")
    assert len(noted) == 2
    latest = noted[0]
    assert (latest.operator, latest.device) == ("Pat Organizer", "Desk 1")
    assert latest.summary == f"{len(written)} files written to {folder}"
    assert f'"files": {len(written)}' in latest.after and str(folder) in latest.after
    assert any(r[4] == "exported" for r in rows(folder / "audit_log.csv")[1:]), "the export's own file lists it"


@posix_modes
def test_a_backup_is_readable_by_the_user_only_and_noted_with_who_and_where(sqlite_desk, tmp_path):
    target = tmp_path / "safe place" / "night-copy.sqlite3"
    made = backup(sqlite_desk.db, target, desk=sqlite_desk)
    assert made == target and mode(target) == 0o600 and mode(target.parent) == 0o700
    noted = audit.recent(sqlite_desk, action="database backed up")
    assert len(noted) == 1 and noted[0].summary == f"1 file written to {target}"
    assert noted[0].operator == "Pat Organizer"

    automatic = backup(sqlite_desk.db, desk=sqlite_desk)  # beside the database, named with the time
    assert automatic.parent == sqlite_desk.db.path.parent and "-backup-" in automatic.name
    assert mode(automatic) == 0o600


def test_a_read_only_database_notes_an_export_in_the_app_log_and_says_so(sqlite_db, tmp_path, caplog):
    desk = make_desk(sqlite_db)
    read_only = Database(str(sqlite_db.path), read_only=True)
    try:
        looking = desk.__class__(read_only, desk.event_id, "Maria Lopez", "organizer", "Desk 2")
        from nightout_desk.services.outgoing import where_noted

        with caplog.at_level("WARNING", logger="nightout_desk.services.outgoing"):
            written = export_csv(looking, tmp_path / "out")
        assert written
        assert "exported by Maria Lopez on Desk 2" in caplog.text and str(tmp_path / "out") in caplog.text
        assert where_noted(read_only, looking).startswith("The database is read-only, so this is noted in the app log")
        assert audit.recent(desk, action="exported") == []
    finally:
        read_only.dispose()


def test_the_command_line_export_and_backup_are_noted(tmp_path):
    path = tmp_path / "night.sqlite3"
    db = Database(str(path))
    upgrade(db)
    make_desk(db)
    db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for args in (["export", str(tmp_path / "out")], ["backup", "--out", str(tmp_path / "copy.sqlite3")]):
        done = subprocess.run([sys.executable, "-m", "nightout_desk", "--db", str(path), "--operator", "Sgt. Okafor",
                               *args], capture_output=True, text=True, timeout=180, env=env, cwd=ROOT)
        assert done.returncode == 0 and done.stderr == "", done.stderr
    db = Database(str(path))
    try:
        desk = make_desk_of(db)
        exported = audit.recent(desk, action="exported")[0]
        backed_up = audit.recent(desk, action="database backed up")[0]
        assert exported.operator == backed_up.operator == "Sgt. Okafor"
        assert str(tmp_path / "out") in exported.summary and str(tmp_path / "copy.sqlite3") in backed_up.summary
    finally:
        db.dispose()


def make_desk_of(db: Database):
    from nightout_desk.services import events
    from nightout_desk.services.context import Desk

    return Desk(db, events.latest_event(db).id, "Reader", "organizer", "Desk 9")


@pytest.mark.parametrize(("value", "cell"), [
    (-1, "-1"), (-12.5, "-12.5"), (Decimal("-12.50"), "-12.50"), (0, "0"),
    ("-1", "-1"), ("-12.50", "-12.50"), ("+3", "+3"), ("-.5", "-.5"), ("-2e3", "-2e3"),
    ("-2+3", "'-2+3"), ("+1 555 0100", "'+1 555 0100"), ("-1)", "'-1)"), ("=1+1", "'=1+1"), ("@SUM(A1)", "'@SUM(A1)"),
    ("-", "'-"), ("\t-1", "'\t-1"), ("-1\n=2", "'-1\n=2"), ("-١", "'-١"),
])
def test_numbers_stay_numbers_and_only_text_that_could_run_is_quoted(value, cell):
    assert safe_cell(value) == cell


def test_a_negative_stock_adjustment_exports_as_a_number(sqlite_desk, tmp_path):
    item = stock.add_item(sqlite_desk, name="Glow stick")
    stock.receive(sqlite_desk, item.id, 10)
    stock.adjust(sqlite_desk, item.id, -1, "snapped in the box")
    export_csv(sqlite_desk, tmp_path)
    ledger = rows(tmp_path / "stock_moves.csv")
    quantity = ledger[0].index("quantity")
    assert sorted(r[quantity] for r in ledger[1:]) == ["-1", "10"]


def test_the_laptop_settings_are_readable_by_the_user_only_as_they_may_hold_the_hubs_password(tmp_path, monkeypatch):
    from nightout_desk.config import LaptopSettings

    monkeypatch.setenv("NIGHTOUT_CONFIG_DIR", str(tmp_path / "config"))
    settings = LaptopSettings.load()
    settings.hub_url = "postgresql://desk:s3cret@192.168.1.10/nightout"
    settings.save()
    saved = LaptopSettings.path()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert LaptopSettings.load().hub_url == settings.hub_url
    saved.chmod(0o644)  # a file written by an older version is made private again when next saved
    LaptopSettings.load().save()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
