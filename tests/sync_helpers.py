"""Several laptops for the merge tests: one prepared event file copied to each laptop (as `join` or a copy of the
file gives them), each laptop working on its own file with the real services at times the test sets, and a dump of
every table to compare databases row for row.

Times: `NightClock` replaces the clock's source of "now" (nightout_desk.clock.datetime), so the services' times and
every column default (`default=clock.now`) follow the evening the test plays; each reading is a microsecond after
the one before, as on a real machine.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from nightout_desk import clock
from nightout_desk.db import Database
from nightout_desk.models import Base
from nightout_desk.services import events
from nightout_desk.services.checkin import households
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import receipts
from nightout_desk.services.sync import versions
from nightout_desk.services.sync.rows import of_event
from nightout_desk.services.volunteers import roster
from tests.conftest import EVENT_DATE, make_desk
from tests.donation_helpers import helmets, set_up, zoe

LOCAL = dt.UTC  # the tests' evening is written in UTC; words are compared through clock.hhmm


class NightClock:
    """`at(18, 40)`: from now on the laptops' clocks read 18:40 on the event's date (and run on by microseconds)."""

    def __init__(self) -> None:
        self.base = dt.datetime.combine(EVENT_DATE, dt.time(16, 0), tzinfo=LOCAL)
        self.ticks = itertools.count()
        outer = self

        class _Datetime(dt.datetime):
            @classmethod
            def now(cls, tz: dt.tzinfo | None = None) -> dt.datetime:
                return outer.base + dt.timedelta(microseconds=next(outer.ticks))

        self.datetime = _Datetime

    def at(self, hour: int, minute: int = 0) -> dt.datetime:
        self.base = dt.datetime.combine(EVENT_DATE, dt.time(hour, minute), tzinfo=LOCAL)
        return self.base


@dataclass(frozen=True)
class Night:
    """What every laptop's file starts with (made before the laptops part)."""

    event_id: uuid.UUID
    garcia: uuid.UUID
    nguyen: uuid.UUID
    dana: uuid.UUID
    dana_badge: str
    helmet: uuid.UUID
    donor: uuid.UUID


def prepare(path: Path, sqlite_template: Path, laptops: int) -> Night:
    """The organizer's file before the night: the event, families, a volunteer, helmets (2, one per household), the
    organization for receipts, and each laptop's receipt series (A, B, C…)."""
    shutil.copy(sqlite_template, path)
    db = Database(str(path))
    desk = make_desk(db, device="Setup")
    set_up(desk)
    garcia = households.add_household(desk, family_name="García", first_names="Ana, Luis", phone="555-201-1111",
                                      zip_code="12345", adults_expected=2, kids_expected=2)
    nguyen = households.add_household(desk, family_name="Nguyen", phone="555-201-2222", zip_code="12346")
    dana = roster.add_volunteer(desk, first_name="Dana", last_name="Reyes", role="officer")
    helmet = helmets(desk, limit=1, stock=2)
    donor = zoe(desk)
    for n in range(1, laptops + 1):
        receipts.assign_series(Desk(db, desk.event_id, "Pat Organizer", "organizer", f"Desk {n}"))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return Night(desk.event_id, garcia.id, nguyen.id, dana.id, dana.badge_code, helmet.id, donor.id)


def laptop(prepared: Path, folder: Path, n: int, night: Night) -> Desk:
    """Desk n's own copy of the prepared file."""
    path = folder / f"desk{n}.sqlite3"
    shutil.copy(prepared, path)
    return Desk(Database(str(path)), night.event_id, f"Volunteer {n}", "organizer", f"Desk {n}")


def empty_like(db: Database, sqlite_template: Path, folder: Path, pg_new) -> Database:
    """Another fresh database on the same backend as `db`."""
    if db.is_sqlite:
        path = folder / f"other-{uuid.uuid4().hex[:8]}.sqlite3"
        shutil.copy(sqlite_template, path)
        return Database(str(path))
    return pg_new()


SKIPPED_IN_DUMPS = frozenset({"sync_peers"})  # when this database merged whom: each database's own


def dump(db: Database, event_id: uuid.UUID) -> dict[str, list[tuple]]:
    """Every row of the event in every table (but sync_peers), as plain values, sorted: two databases that hold the
    same event compare equal."""
    out = {}
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in SKIPPED_IN_DUMPS:
                continue
            rows = s.execute(select(table).where(of_event(table, event_id))).all()
            out[table.name] = sorted(tuple(versions.plain(v) for v in row) for row in rows)
    return out


def differing(a: dict, b: dict) -> dict[str, tuple[list, list]]:
    """Only the tables whose rows differ, with the rows only one side has (to read a failure)."""
    return {t: (sorted(set(a[t]) - set(b[t])), sorted(set(b[t]) - set(a[t]))) for t in a if a[t] != b[t]}


def hhmm(hour: int, minute: int) -> str:
    return clock.hhmm(dt.datetime.combine(EVENT_DATE, dt.time(hour, minute), tzinfo=LOCAL))


def event_of(db: Database) -> events.EventInfo | None:
    return events.latest_event(db)
