"""A database checked at the door: another program's file, a damaged one, one from a newer version, one the user may not
change, a hub that is down, a full disk — each said in one sentence at start, and the file left exactly as it was.

Real files throughout: a demo night migrated by this version, damaged with 8 KB of random bytes in its middle; a file
another program made with Python's sqlite3; a newer version's file made by naming an unknown alembic revision. The
command line runs as a real process. As root (CI containers) a read-only file would still be written, so those
processes run without the capabilities that let root ignore file modes (setpriv), like the user at a laptop.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from nightout_desk import cli
from nightout_desk.db import APPLICATION_ID, Database, DatabaseDamaged, NewerDatabase, NotOurDatabase, door
from nightout_desk.db.migrate import alembic_config, current_revisions, schema_generation, upgrade
from nightout_desk.services import events
from nightout_desk.services.backup import backup
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.explain import OPENED_READ_ONLY, READ_ONLY, explain

ROOT = Path(__file__).resolve().parent.parent
NOT_ROOTS_CAPS = "-dac_override,-dac_read_search,-fowner"


def nightout(*args: object, db: Path | str | None = None, as_a_user: bool = False) -> subprocess.CompletedProcess:
    command_line = [sys.executable, "-m", "nightout_desk", *(["--db", str(db)] if db else []), *map(str, args)]
    if as_a_user and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("as root, setpriv is needed to run as a user who cannot write everywhere")
        command_line = [setpriv, f"--bounding-set={NOT_ROOTS_CAPS}", f"--inh-caps={NOT_ROOTS_CAPS}", *command_line]
    return subprocess.run(command_line, capture_output=True, text=True, timeout=180, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def one_line_refusal(result: subprocess.CompletedProcess, *said: str) -> str:
    """Exit 1, nothing on stdout, one line on stderr saying each of `said`, no traceback."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == "", result.stdout
    line = result.stderr.rstrip("\n")
    assert "\n" not in line and line.startswith("nightout-desk: "), result.stderr
    assert "Something went wrong" not in line
    for words in said:
        assert words in line, line
    return line


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module")
def night_file(tmp_path_factory) -> Path:
    """A demo night (120 households and their evening) in a file migrated and marked by this version."""
    from nightout_desk.services.demo import create_demo

    path = tmp_path_factory.mktemp("night") / "night.sqlite3"
    db = Database(str(path))
    upgrade(db)
    create_demo(db, households=120, seed=7)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def copy_of(night_file: Path, folder: Path, name: str = "night.sqlite3") -> Path:
    target = folder / name
    shutil.copy(night_file, target)
    return target


def damage(path: Path, seed: int = 11) -> Path:
    """8 KB of random bytes written into the middle of the file, as a failing USB stick does."""
    with path.open("r+b") as fh:
        fh.seek(path.stat().st_size // 2)
        fh.write(random.Random(seed).randbytes(8192))
    assert door.problems(path, "integrity_check"), "the damage must be real"
    return path


def backup_named(source: Path, name: str) -> Path:
    target = source.parent / name
    with sqlite3.connect(source) as conn:
        conn.execute("VACUUM INTO ?", (str(target),))
    conn.close()
    return target


def another_programs_file(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute("INSERT INTO recipes (name) VALUES ('Peach cobbler')")
    conn.commit()
    conn.close()
    return path


def newer_versions_file(night_file: Path, folder: Path) -> Path:
    path = copy_of(night_file, folder)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0042_from_a_newer_version'")
    conn.commit()
    conn.close()
    return path


def first_schema_file(path: Path) -> Path:
    """A laptop still on the first schema, as an earlier version made it: our tables, no application_id."""
    db = Database(str(path))
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        # its night, written as that version wrote it (today's models have columns it had not)
        event, family = uuid.uuid4().hex, uuid.uuid4().hex  # how SQLAlchemy keeps a UUID in SQLite
        conn.exec_driver_sql("INSERT INTO events (id, name, date, place, town, starts_at, ends_at, created_at) VALUES "
                             "(?, 'Riverside National Night Out 2025', '2025-08-05', 'Riverside Park', 'Riverside', "
                             "'17:00', '21:00', '2025-08-01 12:00:00')", (event,))
        conn.exec_driver_sql("INSERT INTO households (id, event_id, ticket_code, family_name, first_names, phone, "
                             "email, zip_code, neighbourhood, adults_expected, kids_expected, source, notes, "
                             "consent_to_contact, search_text, created_at, updated_at) VALUES (?, ?, 'H7K3QWPX', "
                             "'García', '', '', '', '', '', 2, 1, 'walk-up', '', 0, 'garcia', "
                             "'2025-08-05 18:00:00', '2025-08-05 18:00:00')", (family, event))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def marks(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA application_id").fetchone()[0], conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


# --- not ours ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command_line", [("events",), ("demo", "--households", "2"), ("backup",)])
def test_another_programs_sqlite_file_is_refused_and_left_unchanged(tmp_path, command_line):
    foreign = another_programs_file(tmp_path / "recipes.db")
    before, listing = digest(foreign), folder_listing(tmp_path)
    result = nightout(*command_line, db=foreign)
    one_line_refusal(result, str(foreign), "is not a NightOut Desk database", "another program", "left unchanged")
    assert digest(foreign) == before, "not one table added, not even the journal mode changed"
    assert folder_listing(tmp_path) == listing, "no copy, no -wal, no -shm"


def test_a_file_marked_by_another_application_is_refused_even_without_tables(tmp_path):
    marked = tmp_path / "other.db"
    conn = sqlite3.connect(marked)
    conn.execute("PRAGMA application_id = 1598903374")  # another program's own id
    conn.commit()
    conn.close()
    before = digest(marked)
    one_line_refusal(nightout("events", db=marked), "is not a NightOut Desk database")
    assert digest(marked) == before


def test_an_earlier_versions_file_is_adopted_during_its_upgrade(tmp_path):
    path = first_schema_file(tmp_path / "night.sqlite3")
    assert marks(path) == (0, 0)
    result = nightout("events", db=path)
    assert result.returncode == 0, result.stderr
    assert "Riverside National Night Out 2025" in result.stdout
    assert marks(path) == (APPLICATION_ID, schema_generation())
    assert len(list(tmp_path.glob("night.before-upgrade-*.sqlite3"))) == 1
    assert marks(next(tmp_path.glob("night.before-upgrade-*.sqlite3"))) == (0, 0), "the copy is the file as it was"


def test_a_file_at_the_newest_schema_made_before_the_marks_is_adopted_without_a_copy(tmp_path, night_file):
    path = copy_of(night_file, tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 0")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    assert nightout("events", db=path).returncode == 0
    assert marks(path) == (APPLICATION_ID, schema_generation())
    assert not list(tmp_path.glob("*before-upgrade*")), "no migration ran, so nothing was copied"


def test_a_new_file_is_marked_as_ours(tmp_path):
    db = door.open_database(str(tmp_path / "fresh.sqlite3"))
    db.dispose()
    assert marks(tmp_path / "fresh.sqlite3") == (APPLICATION_ID, schema_generation())


# --- damaged -------------------------------------------------------------------------------------------------------

def test_a_damaged_file_is_refused_and_the_newest_good_backup_is_named_with_the_command(tmp_path, night_file):
    path = copy_of(night_file, tmp_path)
    (tmp_path / "backups").mkdir()  # automatic backups go there
    good = backup_named(path, "backups/night-backup-20260804-190000.sqlite3")
    older = backup_named(path, "night.before-upgrade-20260801-120000.sqlite3")
    newer_but_damaged = damage(backup_named(path, "night-backup-20260804-203000.sqlite3"), seed=3)
    damage(path)
    before, listing = digest(path), folder_listing(tmp_path)

    line = one_line_refusal(nightout("events", db=path), f"{path} is damaged", "left as it is",
                            f"the newest good backup is {good}")
    assert str(newer_but_damaged) not in line and str(older) not in line
    assert digest(path) == before and folder_listing(tmp_path) == listing

    restore_command = line.split("run `", 1)[1].split("`", 1)[0]
    assert restore_command == f'nightout-desk --db "{path}" restore "{good}"'
    restored = nightout("--db", path, "restore", good)
    assert restored.returncode == 0, restored.stderr
    aside = next(tmp_path.glob("night.damaged-*.sqlite3"))
    assert digest(aside) == before, "the damaged file is set aside as it was, never deleted or rewritten"
    assert f"kept as {aside}" in restored.stdout
    listed = nightout("events", db=path)
    assert listed.returncode == 0 and "Night Out" in listed.stdout, listed.stderr
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT summary FROM audit_entries WHERE action = 'database restored'").fetchone()[0] \
        .startswith(f"from {good}")
    conn.close()


def test_a_damaged_file_without_a_good_backup_says_so(tmp_path, night_file):
    path = copy_of(night_file, tmp_path)
    damage(backup_named(path, "night-backup-20260804-190000.sqlite3"), seed=5)
    damage(path)
    before = digest(path)
    one_line_refusal(nightout("export", tmp_path / "out", db=path), "is damaged", "no good backup was found")
    assert digest(path) == before and not (tmp_path / "out").exists()


def test_backing_up_a_damaged_file_says_it_is_damaged_and_leaves_no_partial_copy(tmp_path, night_file):
    path = damage(copy_of(night_file, tmp_path))
    before, listing = digest(path), folder_listing(tmp_path)
    one_line_refusal(nightout("--operator", "Pat", "backup", "--out", tmp_path / "copy.sqlite3", db=path), "is damaged")
    assert digest(path) == before and folder_listing(tmp_path) == listing

    db = Database(str(path))  # past the door (damage found later in the night): the copy itself refuses
    try:
        with pytest.raises(DatabaseDamaged, match="is damaged"):
            backup(db, tmp_path / "copy.sqlite3")
    finally:
        db.dispose()
    assert not (tmp_path / "copy.sqlite3").exists()


def test_a_restore_refuses_a_backup_that_is_not_whole(tmp_path, night_file):
    path = copy_of(night_file, tmp_path)
    broken = damage(backup_named(path, "night-backup-20260804-190000.sqlite3"))
    before = digest(path)
    one_line_refusal(nightout("--db", path, "restore", broken), "is not a whole copy", "nothing was changed")
    assert digest(path) == before and not list(tmp_path.glob("night.replaced-*"))


def index_out_of_step(path: Path) -> Path:
    """Damage that SQLite's quick_check cannot see: an index no longer matching its table (integrity_check sees it)."""
    conn = sqlite3.connect(path, isolation_level=None)
    entry = conn.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
                         "WHERE name = 'ix_households_merged_into_id'").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_master WHERE name = 'ix_households_merged_into_id'")
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE households SET merged_into_id = id WHERE rowid IN (SELECT rowid FROM households LIMIT 3)")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, ?, ?)", entry)
    conn.close()
    assert door.problems(path, "quick_check") == [] and door.problems(path, "integrity_check")
    return path


def test_the_full_check_runs_off_the_gui_thread_and_reports_damage_with_the_backup(qtbot, tmp_path, night_file):
    from nightout_desk.ui.integrity_watch import IntegrityWatch

    path = copy_of(night_file, tmp_path)
    good = backup_named(path, "night-backup-20260804-190000.sqlite3")
    index_out_of_step(path)
    db = door.open_database(str(path))  # the door's quick check lets it in
    watch = IntegrityWatch(path)
    try:
        with qtbot.waitSignal(watch.damaged, timeout=30_000) as blocker:
            watch.start()
        problems, backup_path = blocker.args
        assert "missing from index" in problems[0] and backup_path == str(good)
    finally:
        watch.stop()
        db.dispose()


def test_damage_found_during_the_night_offers_to_close_and_carry_on_from_the_backup(qtbot, tmp_path, night_file,
                                                                                   monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nightout_desk.ui import app
    from nightout_desk.ui.main_window import MainWindow
    from nightout_desk.ui.state import AppState

    path = copy_of(night_file, tmp_path)
    good = backup_named(path, "night-backup-20260804-190000.sqlite3")
    index_out_of_step(path)
    db = door.open_database(str(path))
    asked: list[str] = []
    quits: list[bool] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, shown, *_args: asked.append(shown) or
                        QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QApplication, "quit", lambda *_args: quits.append(True))
    try:
        window = MainWindow(AppState(make_desk_for(db)))
        qtbot.addWidget(window)
        chosen: list[Path] = []
        watch = app.watch_integrity(window, db, chosen)
        qtbot.waitUntil(lambda: bool(chosen), timeout=30_000)
        watch.stop()
        assert chosen == [good] and quits == [True] and not window.isVisible()
        assert "the full check found damage" in asked[0] and good.name in asked[0]
    finally:
        db.dispose()


def test_a_whole_file_passes_the_full_check_quietly(qtbot, tmp_path, night_file):
    from nightout_desk.ui.integrity_watch import IntegrityWatch

    watch = IntegrityWatch(copy_of(night_file, tmp_path))
    reports: list = []
    watch.damaged.connect(lambda *args: reports.append(args))
    with qtbot.waitSignal(watch.finished, timeout=30_000):
        watch.start()
    qtbot.wait(50)
    assert reports == []


def test_the_app_offers_the_newest_good_backup_and_sets_the_damaged_file_aside(qtbot, tmp_path, night_file,
                                                                              monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from nightout_desk.ui import app

    path = copy_of(night_file, tmp_path)
    good = backup_named(path, "night-backup-20260804-190000.sqlite3")
    damage(path)
    before = digest(path)
    asked: list[str] = []

    def answer(answer_given: QMessageBox.StandardButton):
        def question(_parent, _title, text_shown, *_args):
            asked.append(text_shown)
            return answer_given
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    db, restored = app.open_at_start(str(path))
    assert db is None and restored is None and digest(path) == before
    assert "night.sqlite3 is damaged" in asked[0] and good.name in asked[0] and "nothing is deleted" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    db, restored = app.open_at_start(str(path))
    try:
        assert db is not None and restored is not None and restored.backup == good
        assert digest(restored.set_aside) == before and restored.set_aside.name.startswith("night.damaged-")
        assert [e.name for e in events.list_events(db)]
    finally:
        db.dispose()


# --- a newer version ----------------------------------------------------------------------------------------------

def test_a_newer_versions_file_is_refused_in_one_sentence_and_never_copied(tmp_path, night_file):
    path = newer_versions_file(night_file, tmp_path)
    before, listing = digest(path), folder_listing(tmp_path)
    for _start in range(2):  # each start used to leave another full-size copy
        one_line_refusal(nightout("events", db=path), str(path), "was saved by a newer version of NightOut Desk",
                         "0042_from_a_newer_version", "left unchanged")
    assert digest(path) == before and folder_listing(tmp_path) == listing


def test_a_newer_schema_generation_is_refused_too(tmp_path, night_file):
    path = copy_of(night_file, tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema_generation() + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(NewerDatabase, match="newer version"):
        door.open_database(str(path))


def test_a_shared_database_upgraded_by_a_newer_version_is_refused(pg_db):
    with pg_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0042_from_a_newer_version'"))
    with pytest.raises(NewerDatabase, match="The shared database was saved by a newer version"):
        upgrade(pg_db)
    assert current_revisions(pg_db) == {"0042_from_a_newer_version"}


def test_only_the_newest_few_before_upgrade_copies_are_kept(tmp_path):
    path = first_schema_file(tmp_path / "night.sqlite3")
    for day in range(1, 6):
        shutil.copy(path, tmp_path / f"night.before-upgrade-202008{day:02d}-120000.sqlite3")
    mine = shutil.copy(path, tmp_path / "night-backup-20200701-120000.sqlite3")
    db = door.open_database(str(path))
    db.dispose()
    kept = sorted(p.name for p in tmp_path.glob("night.before-upgrade-*.sqlite3"))
    assert len(kept) == 3 and kept[:2] == ["night.before-upgrade-20200804-120000.sqlite3",
                                           "night.before-upgrade-20200805-120000.sqlite3"]
    assert Path(mine).exists(), "a backup the user made is never pruned"
    new_copy = tmp_path / kept[2]
    assert stat.S_IMODE(new_copy.stat().st_mode) == 0o600, "the copy holds the same personal data"


# --- read-only -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_can_be_looked_at_and_nothing_saved(tmp_path, night_file, what):
    folder = tmp_path / "usb"
    folder.mkdir()
    path = copy_of(night_file, folder)
    path.chmod(0o444 if what == "file" else 0o644)
    folder.chmod(0o777 if what == "file" else 0o555)
    out = tmp_path / "export"
    before, listing = digest(path), folder_listing(folder)
    try:
        listed = nightout("events", db=path, as_a_user=True)
        assert listed.returncode == 0 and "Night Out" in listed.stdout, listed.stderr
        assert listed.stderr == f"nightout-desk: {OPENED_READ_ONLY}\n"

        exported = nightout("export", out, db=path, as_a_user=True)
        assert exported.returncode == 0, exported.stderr
        assert (out / "households.csv").exists()
        assert "read-only, so this is noted in the app log" in exported.stderr

        saving = nightout("demo", "--households", "2", db=path, as_a_user=True)
        assert saving.returncode == 1
        assert saving.stderr.splitlines() == [f"nightout-desk: {OPENED_READ_ONLY}", f"nightout-desk: {READ_ONLY}"]
    finally:
        folder.chmod(0o755)
    assert digest(path) == before and folder_listing(folder) == listing, "nothing written, nothing beside it"


def test_the_app_says_read_only_at_start_and_lets_the_operator_look(qtbot, tmp_path, night_file, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from nightout_desk.ui import app

    path = copy_of(night_file, tmp_path)
    before = digest(path)
    said: list[str] = []
    monkeypatch.setattr(door, "can_write", lambda _path: False)  # as on a write-protected stick (root writes anyway)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text_shown: said.append(text_shown))
    db, _restored = app.open_at_start(str(path))
    try:
        assert db is not None and db.read_only and said == [f"{OPENED_READ_ONLY}\n\n{path}"]
        assert "read-only" in db.label
        desk = events.sign_in_operator(make_desk_for(db), "Maria Lopez", "volunteer")
        assert desk.operator == "Maria Lopez"
        assert households.search(desk, "Smith") is not None
        with pytest.raises(OperationalError) as failed:
            checkins.walk_up(desk, "Okafor", 2, 1)
        assert explain(failed.value) == READ_ONLY
    finally:
        db.dispose()
    assert digest(path) == before


def make_desk_for(db: Database):
    from nightout_desk.services.context import Desk

    return Desk(db, events.latest_event(db).id, "Volunteer", "volunteer", "Desk 2")


# --- every start-up failure in one sentence ----------------------------------------------------------------------

def test_a_hub_that_is_down_is_named(tmp_path):
    one_line_refusal(nightout("events", db="postgresql://nightout@127.0.0.1:1/night"),
                     "The shared database on 127.0.0.1 could not be reached", "hub")


def test_a_read_only_folder_is_named_when_a_new_database_cannot_be_made_there(tmp_path):
    folder = tmp_path / "cd"
    folder.mkdir(mode=0o555)
    try:
        one_line_refusal(nightout("events", db=folder / "night.sqlite3", as_a_user=True),
                         f"The folder {folder} is read-only, so no database can be made there")
    finally:
        folder.chmod(0o755)
    assert folder_listing(folder) == []


def on_a_small_disk(kilobytes: int, folder: Path, *script: str) -> subprocess.CompletedProcess:
    """Run a shell script with `folder` on a disk of this size (a tmpfs in a private mount namespace)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("needs unshare to make a small disk")
    become = [] if os.geteuid() == 0 else ["--map-root-user"]
    body = f'mount -t tmpfs -o size={kilobytes}k tmpfs "$1" || exit 99\n' + "\n".join(script)
    result = subprocess.run([unshare, "--mount", *become, "sh", "-c", body, "sh", str(folder), sys.executable],
                            capture_output=True, text=True, timeout=180, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if result.returncode == 99 or "unshare failed" in result.stderr:
        pytest.skip(f"cannot mount a small disk here: {result.stderr.strip()}")
    return result


def test_a_full_disk_is_named_when_a_new_database_cannot_be_made(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    result = on_a_small_disk(128, folder, '"$2" -m nightout_desk --db "$1/night.sqlite3" events')
    one_line_refusal(result, f"The disk holding {folder} is full")


def test_a_full_disk_is_named_when_the_copy_before_an_upgrade_does_not_fit_and_no_part_copy_is_left(tmp_path):
    old = first_schema_file(tmp_path / "old.sqlite3")
    folder = tmp_path / "stick"
    folder.mkdir()
    result = on_a_small_disk(
        (old.stat().st_size + 96 * 1024) // 1024, folder,
        f'cp "{old}" "$1/night.sqlite3"',
        '"$2" -m nightout_desk --db "$1/night.sqlite3" events; code=$?',
        'echo "--- listing"; ls "$1"; sha256sum "$1/night.sqlite3"; exit $code')
    stderr, _ = result.stderr, result.stdout
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert stderr.count("\n") == 1 and f"The disk holding {folder} is full" in stderr, stderr
    listing = result.stdout.split("--- listing\n", 1)[1].split()
    assert not [name for name in listing if "before-upgrade" in name], "no partial copy left behind"
    assert listing[-2] == digest(old), "the file is as it was"


def test_the_command_line_and_the_screens_say_the_same_sentence_for_a_refused_file(tmp_path, capsys):
    foreign = another_programs_file(tmp_path / "recipes.db")
    assert cli.main(["--db", str(foreign), "events"]) == 1
    printed = capsys.readouterr().err
    with pytest.raises(NotOurDatabase) as refused:
        door.open_database(str(foreign))
    assert printed == f"nightout-desk: {explain(refused.value)}\n"
