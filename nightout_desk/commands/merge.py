"""`nightout-desk merge FILE`: bring another laptop's file (or a backup) into this database's event."""

from __future__ import annotations

import argparse
from pathlib import Path

from nightout_desk.commands.terminal import progress
from nightout_desk.config import LaptopSettings
from nightout_desk.db import Database
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.explain import READ_ONLY
from nightout_desk.services.sync.files import merge_file


def merge(db: Database, path: Path, args: argparse.Namespace, *, operator: str, role: str) -> int:
    """Print one line: what came in and how many conflicts the organizers should look at. `operator` and `role` are
    who signed in with --operator (an organizer's job); this laptop is named as in its settings, as `sync` names
    it."""
    if db.read_only:
        raise InvalidInput(READ_ONLY)
    merged = merge_file(db, path, event=args.event, operator=operator, role=role,
                        device=LaptopSettings.load().device_name,
                        progress=lambda done, total: progress(done, total, "Merging"))
    print(f"Merged {path.name} ({merged.peer}) into “{merged.event.name}”: {merged.report.summary()}")
    if merged.report.conflicts:
        print("The app lists the conflicts under File › Sync conflicts….")
    return 0
