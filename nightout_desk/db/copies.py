"""The database file's copies beside it: backups, before-upgrade copies, and files set aside (never deleted).

Each name carries the UTC time it was made, so the newest is found without trusting file dates:
`night-backup-20260804-201500.sqlite3` (a backup), `night.before-upgrade-20260804-170000.sqlite3` (made by an
upgrade), `night.damaged-20260804-213000.sqlite3` (a damaged file moved out of the way, with its -wal and -shm).
"""

from __future__ import annotations

import glob
import logging
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from nightout_desk import clock
from nightout_desk.private import create_private_file

log = logging.getLogger(__name__)
BACKUP = "backup"
BEFORE_UPGRADE = "before-upgrade"
AUTOMATIC_FOLDER = "backups"  # the folder beside the file that automatic backups go to (services/automatic_backups.py)
KEEP_BEFORE_UPGRADE = 3  # each is a full-size copy; the newest few are enough to step back one upgrade
SIDE_FILES = ("-wal", "-shm", "-journal")  # where SQLite keeps changes not yet in the file itself
_STAMPED = re.compile(r"(\d{8}-\d{6})(?:-(\d+))?$")


def copy_path(path: Path, kind: str) -> Path:
    """A new name beside `path` for a copy of this kind made now (`-2`, `-3`… when one was made this second)."""
    separator = "-" if kind == BACKUP else "."
    base = f"{path.stem}{separator}{kind}-{clock.now():%Y%m%d-%H%M%S}"
    candidate, n = path.with_name(f"{base}{path.suffix}"), 2
    while candidate.exists():
        candidate, n = path.with_name(f"{base}-{n}{path.suffix}"), n + 1
    return candidate


def _made(copy: Path) -> tuple[str, int]:
    found = _STAMPED.search(copy.stem)
    return (found.group(1), int(found.group(2) or 1)) if found else ("", 0)


def copies_of(path: Path, *kinds: str) -> list[Path]:
    """The copies of `path` of these kinds (default: backups and before-upgrade copies) beside it, newest first."""
    stem, suffix = glob.escape(path.stem), glob.escape(path.suffix)
    patterns = {BACKUP: f"{stem}-{BACKUP}-*{suffix}", BEFORE_UPGRADE: f"{stem}.{BEFORE_UPGRADE}-*{suffix}"}
    found: set[Path] = set()
    try:
        for kind in kinds or (BACKUP, BEFORE_UPGRADE):
            found.update(p for p in path.parent.glob(patterns[kind]) if p.is_file() and _made(p)[0])
    except OSError as exc:  # a folder we may not list: no copies to offer
        log.warning("Cannot list the copies of %s: %s", path, exc)
        return []
    return sorted(found, key=_made, reverse=True)


def carry_on_candidates(path: Path) -> list[Path]:
    """Every copy the night could carry on from, newest first: backups and before-upgrade copies beside the file,
    and the automatic backups in `backups/` beside it."""
    found = {*copies_of(path), *copies_of(path.parent / AUTOMATIC_FOLDER / path.name, BACKUP)}
    return sorted(found, key=_made, reverse=True)


def copy_into(connection: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy made by SQLite (VACUUM INTO, safe while others write, WAL included) into a new file only
    the user can read. A copy that fails (damaged source, full disk) leaves nothing behind."""
    create_private_file(target)  # VACUUM INTO accepts an empty file, so the copy is private from its first byte
    try:
        connection.execute("VACUUM INTO ?", (str(target),))
    except BaseException:
        for leftover in (target, *(Path(f"{target}{side}") for side in SIDE_FILES)):
            leftover.unlink(missing_ok=True)
        raise
    return target


def set_aside(path: Path, why: str) -> Path:
    """Move the file (and its -wal, -shm, -journal, which may hold its newest changes) out of the way under a name
    saying why; nothing is deleted or rewritten. No connection may have it open."""
    target = copy_path(path, why)
    path.rename(target)
    for side in SIDE_FILES:
        if Path(f"{path}{side}").exists():
            Path(f"{path}{side}").rename(Path(f"{target}{side}"))
    log.warning("Set %s aside as %s (%s)", path, target, why)
    return target


def prune_before_upgrade(path: Path, keep: int = KEEP_BEFORE_UPGRADE) -> list[Path]:
    """Delete all but the newest `keep` before-upgrade copies (backups the user made are never touched)."""
    old = copies_of(path, BEFORE_UPGRADE)[keep:]
    for copy in old:
        try:
            copy.unlink()
        except OSError as exc:
            log.warning("Cannot delete the old copy %s: %s", copy, exc)
    return old


def made_at(copy: Path) -> datetime | None:
    """When the copy was made, from its name (UTC)."""
    stamp = _made(copy)[0]
    return datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=UTC) if stamp else None
