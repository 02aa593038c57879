"""Several laptops on a terminal: `join --hub URL [--event NAME]`, `sync [--hub URL]` and `backups`.

`join` makes this laptop's file hold an event kept on the hub (the file given with --db, else the one in the data
folder; made when missing), and remembers the hub in the laptop settings so the app syncs by itself. `sync` does one
round (push, then pull) and says what it sent and received. Both bring the hub to this version's schema first.
`backups` lists every backup of this laptop's file: when, how big, and whether it is whole.
"""

from __future__ import annotations

import sys
from pathlib import Path

from nightout_desk import clock
from nightout_desk.commands.terminal import progress
from nightout_desk.config import LaptopSettings
from nightout_desk.db import Database, door
from nightout_desk.services import automatic_backups
from nightout_desk.services import hub as hubs
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput

NO_HUB = ("No hub is set for this laptop: give one with --hub postgresql://user@host/name (or NIGHTOUT_HUB), or run "
          "`nightout-desk join --hub URL` once.")


def _on_this_laptop(db: Database) -> Path:
    if db.path is None:
        raise InvalidInput("This machine works on the shared database directly (--db postgresql://…), so there is "
                           "nothing to sync: the hub is for laptops that work on their own file.")
    return db.path


def _hub(url: str) -> Database:
    hub = hubs.open_hub(url)
    try:
        if hubs.prepare_hub(hub):
            print(f"The hub ({hubs.hub_label(url)}) was empty: its tables were made with this version's migrations.")
    except BaseException:
        hub.dispose()
        raise
    return hub


def join(hub_url: str | None, local_url: str, wanted: str | None, settings: LaptopSettings) -> int:
    if not hub_url:
        raise InvalidInput(NO_HUB)
    hub = _hub(hub_url)
    try:
        local = door.open_database(local_url)
        try:
            path = _on_this_laptop(local)
            joined = hubs.join(hub, local, wanted, device=settings.device_name,
                               progress=lambda d, t: progress(d, t, "Receiving"))
        finally:
            local.dispose()
    finally:
        hub.dispose()
    settings.hub_url = hub_url
    settings.save()
    print(f"Joined “{joined.event.name}” ({joined.event.date}) from the hub ({hubs.hub_label(hub_url)}).")
    print(f"Received: {joined.received.summary()}")
    print(f"This laptop works on {path} and syncs with the hub whenever it can reach it.")
    return 0


def sync(desk: Desk, hub_url: str | None) -> int:
    if not hub_url:
        raise InvalidInput(NO_HUB)
    _on_this_laptop(desk.db)
    hub = _hub(hub_url)
    try:
        done = hubs.sync_round(desk.db, hub, desk.event_id, device=desk.device,
                               progress=lambda d, t: progress(d, t, "Syncing"))
    finally:
        hub.dispose()
    print(done.summary())
    conflicts = done.sent.conflicts + done.received.conflicts
    if conflicts:
        print(f"{conflicts} conflict{'' if conflicts == 1 else 's'} between laptops: the app lists them under "
              f"File › Sync conflicts….")
    print(f"{done.laptops} laptop{'' if done.laptops == 1 else 's'} have worked on this event.")
    return 0


def backups(db: Database, settings: LaptopSettings) -> int:
    path = _file(db)
    listed = automatic_backups.list_backups(path, settings.second_backup_folder or None)
    if not listed:
        print(f"No backups of {path} yet: the app makes one every 5 minutes while something changes, and at close.")
        return 0
    for b in listed:
        made = f"{clock.local(b.made_at):%Y-%m-%d %H:%M:%S}" if b.made_at else "time unknown"
        print(f"{made}  {_size(b.size):>9}  {'ok' if b.ok else 'DAMAGED'}  {b.path}")
    if not all(b.ok for b in listed):
        print("A DAMAGED backup cannot be restored (it fails SQLite's integrity check, or is from a newer version).",
              file=sys.stderr)
    return 0


def _file(db: Database) -> Path:
    if db.path is None:
        raise InvalidInput("A shared PostgreSQL database is backed up on its server (pg_dump), not from a laptop.")
    return db.path


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB"):
        if n < 1024:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"
