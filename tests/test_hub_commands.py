"""`nightout-desk join` and `sync` on a terminal: an empty hub is set up by the same migrations, a laptop joins the
event from it, a round says what it sent and received (and nothing the second time), and every mistake is one line."""

from __future__ import annotations

import json
import socket

import psycopg
import pytest

from nightout_desk import cli
from nightout_desk.config import LaptopSettings
from nightout_desk.services.checkin import checkins
from tests.conftest import make_desk


@pytest.fixture
def empty_hub(pg_server) -> str:
    with psycopg.connect(host=str(pg_server.root), port=pg_server.port, user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS hub_cli")
        conn.execute("CREATE DATABASE hub_cli")
    return pg_server.url("hub_cli")


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Traceback" not in err
    return err


def test_join_and_sync_on_the_command_line(sqlite_desk, empty_hub, tmp_path, capsys, monkeypatch):
    organizer = sqlite_desk
    checkins.walk_up(organizer, "Okafor", 2, 1)
    organizer.db.dispose()
    assert cli.main(["--db", str(organizer.db.path), "--hub", empty_hub, "sync"]) == 0
    said = capsys.readouterr().out
    assert "was empty: its tables were made" in said
    assert "Sent to the hub: 1 check-in, 1 walk-up" in said
    second = tmp_path / "desk2.sqlite3"
    monkeypatch.setenv("NIGHTOUT_CONFIG_DIR", str(tmp_path / "desk2-config"))
    (tmp_path / "desk2-config").mkdir()
    (tmp_path / "desk2-config" / "settings.json").write_text(json.dumps({"device_name": "Desk 2"}))
    assert cli.main(["--db", str(second), "--hub", empty_hub, "join",
                     "--event", "Riverside National Night Out 2026"]) == 0
    said = capsys.readouterr().out
    assert "Joined “Riverside National Night Out 2026”" in said and "1 walk-up" in said
    assert LaptopSettings.load().hub_url  # remembered: the next commands and the app need no --hub
    assert cli.main(["--db", str(second), "sync"]) == 0
    said = capsys.readouterr().out
    assert "Sent to the hub: nothing new" in said and "Received from the hub: nothing new" in said
    assert "2 laptops have worked on this event" in said


def test_sync_mistakes_are_one_line(sqlite_desk, pg_db, capsys, monkeypatch):
    monkeypatch.delenv("NIGHTOUT_HUB", raising=False)
    path = str(sqlite_desk.db.path)
    assert cli.main(["--db", path, "sync"]) == 1
    assert "No hub is set for this laptop" in _one_line(capsys)
    make_desk(pg_db)
    assert cli.main(["--db", pg_db.url, "--hub", pg_db.url, "sync"]) == 1
    assert "works on the shared database directly" in _one_line(capsys)
    assert cli.main(["--db", path, "--hub", path, "sync"]) == 1
    assert "The hub must be a PostgreSQL database" in _one_line(capsys)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(0)
    try:
        hub = f"postgresql://nightout@127.0.0.1:{silent.getsockname()[1]}/hub"
        assert cli.main(["--db", path, "--hub", hub, "sync"]) == 1
        assert "could not be reached" in _one_line(capsys)
    finally:
        silent.close()


def test_joining_an_event_the_hub_does_not_hold_names_those_it_does(sqlite_desk, empty_hub, tmp_path, capsys):
    sqlite_desk.db.dispose()
    assert cli.main(["--db", str(sqlite_desk.db.path), "--hub", empty_hub, "sync"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(tmp_path / "new.sqlite3"), "--hub", empty_hub, "join", "--event", "Spring Fair"]) == 1
    assert "no event called “Spring Fair” (it holds: “Riverside National Night Out 2026”)" in _one_line(capsys)
