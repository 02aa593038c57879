"""Personal data leaving the database (a CSV export, a backup): who, on which laptop, where to, how many files.

Noted in the audit log of the event being worked on; when that cannot hold it (the database is read-only, or has no
event yet) the app log keeps the same line instead, and `where_noted` gives the sentence that says so.
"""

from __future__ import annotations

import getpass
import logging
import socket
from pathlib import Path

from nightout_desk.config import log_dir
from nightout_desk.db import Database
from nightout_desk.services import audit
from nightout_desk.services.context import Desk

log = logging.getLogger(__name__)


def where_noted(db: Database, desk: Desk | None) -> str | None:
    """None when files written now are noted in the audit log; else the sentence saying where they are noted."""
    if desk is not None and not db.read_only:
        return None
    why = "The database is read-only" if db.read_only else "The database has no event yet"
    return f"{why}, so this is noted in the app log ({log_dir() / 'nightout-desk.log'}) instead of its audit log."


def note_files_out(db: Database, desk: Desk | None, action: str, where: Path, files: int) -> None:
    """Record that `files` files of personal data were written to `where` (a file or a folder)."""
    summary = f"{files} file{'' if files == 1 else 's'} written to {where}"
    if where_noted(db, desk) is None:
        with db.write() as s:
            audit.record(s, desk, action, entity="file", summary=summary, after={"path": str(where), "files": files})
        return
    who = f"{desk.operator} on {desk.device}" if desk else f"{getpass.getuser()} on {socket.gethostname()}"
    log.warning("%s by %s: %s (%s: not in its audit log)", action, who, summary, db.label)
