"""Shared fixtures.

Why it is built this way: the services must behave the same on a laptop's SQLite file and on the PostgreSQL server
several laptops share, so the `db` fixture runs each service test on both — a real SQLite file and a real,
throwaway PostgreSQL server (tests/pg_server.py), never mocks. Migrating a database costs time, so each backend is
migrated once into a template (a file copied per test, a PostgreSQL TEMPLATE database) and every test gets a fresh copy.
Qt runs offscreen; the user's real data and settings folders are never touched.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="nightout-tests-"))
os.environ["NIGHTOUT_DATA_DIR"] = str(_HOME / "data")
os.environ["NIGHTOUT_CONFIG_DIR"] = str(_HOME / "config")
os.environ["NIGHTOUT_LOG_DIR"] = str(_HOME / "logs")
# The tests' own print system (tests/print_system.py) listens here when a test asks for it; set before any Qt or
# libcups code runs, so no test ever sees, or prints on, this machine's own printers.
os.environ["CUPS_SERVER"] = str(_HOME / "cups.sock")
for _name in ("NIGHTOUT_DB", "NIGHTOUT_HUB", "NIGHTOUT_PIN"):  # a shell's own database, hub or PIN never leak in
    os.environ.pop(_name, None)

import psycopg  # noqa: E402
import pytest  # noqa: E402

from nightout_desk.db import Database  # noqa: E402
from nightout_desk.db.migrate import upgrade  # noqa: E402
from nightout_desk.services import events  # noqa: E402
from nightout_desk.services.context import Desk  # noqa: E402
from tests.pg_server import PostgresServer  # noqa: E402

_counter = itertools.count()
EVENT_DATE = dt.date(2026, 8, 4)


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """Every test runs with the English translations installed, as the app starts (English's .qm holds the plural
    forms: "1 laptop", not "1 laptops"), whether or not it builds a widget and in whatever order tests run."""
    from nightout_desk.ui.language import install_translators

    if not getattr(qapp, "translators", None):
        qapp.translators = install_translators(qapp, "en")
    yield


@pytest.fixture(autouse=True)
def no_unanswered_modal(request):
    """A test with widgets that leaves a question or message box unanswered fails, saying which, instead of hanging
    the run (tests/modal_answers.py ModalWatchdog)."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qapp")
    from tests.modal_answers import ModalWatchdog

    watchdog = ModalWatchdog()
    yield
    watchdog.stop()
    if watchdog.left:
        pytest.fail("a dialog was left unanswered (closed after 15 s): " + "; ".join(watchdog.left))


@pytest.fixture(scope="session")
def pg_server():
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def print_system():
    """A private cupsd with the queues `AnyPaper` (CUPS-PDF) and `LetterOnly` (Letter, 0.25" margins), writing
    each job as a PDF into `print_system.out`; per module, so other modules still see a laptop with no printer."""
    from tests.print_system import PrintSystem

    system = PrintSystem(socket=Path(os.environ["CUPS_SERVER"])).start()
    yield system
    system.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(str(path))
    upgrade(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    with psycopg.connect(host=str(pg_server.root), port=pg_server.port, user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute("CREATE DATABASE nightout_template")
    db = Database(pg_server.url("nightout_template"))
    upgrade(db)
    db.dispose()
    return "nightout_template"


def new_sqlite_db(sqlite_template: Path, folder: Path) -> Database:
    path = folder / f"night-{next(_counter)}.sqlite3"
    shutil.copy(sqlite_template, path)
    return Database(str(path))


def new_pg_db(pg_server, pg_template: str) -> Database:
    name = f"night_{os.getpid()}_{next(_counter)}"
    with psycopg.connect(host=str(pg_server.root), port=pg_server.port, user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    return Database(pg_server.url(name))


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, sqlite_template, tmp_path):
    """A fresh, migrated database — once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        database = new_sqlite_db(sqlite_template, tmp_path)
    else:
        database = new_pg_db(request.getfixturevalue("pg_server"), request.getfixturevalue("pg_template"))
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_template, tmp_path):
    """A fresh, migrated SQLite file (screens and printouts do not depend on the backend)."""
    database = new_sqlite_db(sqlite_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def pg_db(pg_server, pg_template):
    database = new_pg_db(pg_server, pg_template)
    yield database
    database.dispose()


def make_desk(database: Database, role: str = "organizer", operator: str = "Pat Organizer",
              device: str = "Desk 1", name: str = "Riverside National Night Out 2026") -> Desk:
    """A desk on a new event (two events cannot share a name: a second event on one database needs its own)."""
    event = events.create_event(database, name=name, on=EVENT_DATE,
                                place="Riverside Park", town="Riverside",
                                neighbourhoods=[("Old Town", "12345"), ("Mill Creek", "12346 12347")])
    return Desk(database, event.id, operator, role, device)


@pytest.fixture
def desk(db) -> Desk:
    """An organizer at Desk 1 of a fresh event, on each backend."""
    return make_desk(db)


@pytest.fixture
def sqlite_desk(sqlite_db) -> Desk:
    return make_desk(sqlite_db)
