"""Merging another laptop's file (or a backup) into this database: `nightout-desk merge FILE`, File › Merge….

The file is checked first, read-only and left exactly as it was: it must be a NightOut Desk database (not another
program's, not from a newer version) that passes SQLite's `integrity_check`; a refusal is one sentence. Then a
private copy of it is made (VACUUM INTO, consistent even while its laptop still writes) and brought to this
version's schema, so a file from an earlier version merges too, and the copy is what is read.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from nightout_desk.db import Database, DatabaseDamaged, copies, door
from nightout_desk.db.database import read_only_uri
from nightout_desk.db.migrate import upgrade
from nightout_desk.models import AuditEntry
from nightout_desk.services import audit, events
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.sync.engine import MergeReport, merge_event

log = logging.getLogger(__name__)


class NotMergeable(InvalidInput):
    """The file cannot be merged; the message says why in one sentence."""


@dataclass(frozen=True)
class Merged:
    event: events.EventInfo
    peer: str  # the laptop the file came from, as its log names it
    report: MergeReport


def check_file(path: Path) -> None:
    """Refuse, in one sentence, a file that is missing, not ours, from a newer version, empty or damaged."""
    if not path.is_file():
        raise NotMergeable(f"There is no file at {path}.")
    try:
        found = door.look(path)
    except DatabaseDamaged as exc:
        raise NotMergeable(f"{path} is damaged (it fails SQLite's integrity check), so nothing was merged.") from exc
    if found.new:
        raise NotMergeable(f"{path} holds no NightOut Desk data yet, so there is nothing to merge.")
    if door.problems(path):
        raise NotMergeable(f"{path} is damaged (it fails SQLite's integrity check), so nothing was merged.")


def private_copy(path: Path, folder: Path) -> Database:
    """A consistent copy of the file in `folder`, at this version's schema, to read from."""
    target = folder / "merging.sqlite3"
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        copies.copy_into(conn, target)
    finally:
        conn.close()
    source = Database(str(target))
    upgrade(source)
    return source


def laptop_name(db: Database, event_id: uuid.UUID, fallback: str) -> str:
    """The laptop a file belongs to: the one that wrote its latest audit entry (a person's, not a merge's)."""
    with db.read() as s:
        found = s.scalar(select(AuditEntry.device).where(AuditEntry.event_id == event_id, AuditEntry.device != "",
                                                         AuditEntry.operator != "")
                         .order_by(AuditEntry.at.desc()).limit(1))
    return found or fallback


def _event(target: Database, source: Database, wanted: str | None) -> events.EventInfo:
    """The event to merge: --event (name or id, on either side); else this database's latest, when the file holds
    it; else, on a database with no event yet, the file's latest."""
    held, theirs = events.list_events(target), events.list_events(source)
    if wanted:
        either = list({e.id: e for e in (*theirs, *held)}.values())  # one event held on both sides counts once
        return events.pick_event(either, wanted, nowhere=f"Neither database holds an event called “{wanted}”.")
    if held:
        ours = events.latest_event(target) or held[0]  # a real event before a demo
        if ours.id in {e.id for e in theirs}:
            return ours
        raise NotMergeable(f"The file holds nothing of “{ours.name}”, the event this laptop works on "
                           f"(it holds: {', '.join(f'“{e.name}”' for e in theirs) or 'no event'}).")
    if not theirs:
        raise NotMergeable("The file holds no event, so there is nothing to merge.")
    return events.latest_event(source) or theirs[0]


def merge_file(target: Database, path: Path, *, event: str | None = None, operator: str, role: str, device: str,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Merged:
    """Check the file, then merge its rows of the event into `target` (an organizer's job); audited when it
    brought anything."""
    check_file(path)
    with tempfile.TemporaryDirectory(prefix="nightout-merge-") as folder:
        source = private_copy(path, Path(folder))
        try:
            chosen = _event(target, source, event)
            desk = Desk(target, chosen.id, operator, role, device)
            desk.require("organizer", doing="merge another laptop's file")
            peer = laptop_name(source, chosen.id, path.stem)
            report = merge_event(source, target, chosen.id, peer=peer, device=device, progress=progress,
                                 cancelled=cancelled)
        finally:
            source.dispose()
    if report.sent or report.conflicts:
        with target.write() as s:
            audit.record(s, desk, "laptop file merged", entity="event", entity_id=chosen.id,
                         summary=f"{path.name} ({peer}): {report.summary()}")
    log.info("Merged %s (%s) into %s: %s", path, peer, target.label, report.summary())
    return Merged(chosen, peer, report)
