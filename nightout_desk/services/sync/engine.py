"""Merging one database's rows of an event into another: a laptop's file, a backup, the hub (services/hub.py).

`merge_event(source, target, event_id, peer=..., device=...)` brings everything the source holds for the event into
the target in one transaction of the target (the source is only read, in one snapshot), table by table in the
order of their foreign keys, each by its rule (rules.py), then runs the resolve pass (resolve.py). It is idempotent
(a second run writes nothing), and merging A then B gives the same rows as B then A. On PostgreSQL merges into one
event queue on an advisory lock, so laptops syncing with the hub at the same moment take turns.

`peer` and `device` name the two sides of the exchange (a laptop's file merged on Desk 1: device "Desk 1", peer
"Desk 2"; a sync round: device the laptop, peer "hub", both ways). The target remembers when it last merged with
that pair (`sync_peers`); with the source's own record of merging the target, that tells an edit neither side had
seen (a conflict: the later wins, the other is kept in the audit log and listed) from an old copy of a row (the
newer simply wins).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, and_, func, or_, select, text

from nightout_desk import clock
from nightout_desk.db import Database
from nightout_desk.models import Event, SyncConflict, SyncPeer
from nightout_desk.services.sync import conflicts, copying, resolve
from nightout_desk.services.sync import rows as db_rows
from nightout_desk.services.sync.conflicts import ConflictInfo, list_conflicts, mark_resolved, open_count
from nightout_desk.services.sync.rules import RULES, derived_id, tables

__all__ = ["ConflictInfo", "MergeCancelled", "MergeReport", "list_conflicts", "mark_resolved", "merge_event",
           "open_count"]

# how the summary names what came in, most telling first (the rest follow in rules.py's order)
_FIRST = ("check_ins", "households", "receipts", "donations", "donors", "stock_moves", "time_entries", "volunteers")


class MergeCancelled(Exception):
    """Cancel was pressed: the target's transaction was rolled back, nothing changed."""


@dataclass(frozen=True)
class MergeReport:
    sent: dict[str, int]  # table -> rows written into the target (new or newer)
    conflicts: int  # new conflicts recorded by this merge
    walk_ups: int = 0  # of the new households, how many are walk-ups (for the summary)

    def summary(self) -> str:
        """One line: "12 check-ins, 3 walk-ups, 1 receipt received; 2 conflicts to look at"."""
        parts = []
        for name in (*_FIRST, *(t for t in RULES if t not in _FIRST)):
            n = self.sent.get(name, 0)
            if name == "households" and self.walk_ups:
                parts.append(f"{self.walk_ups} walk-up{'s' if self.walk_ups != 1 else ''}")
                n -= self.walk_ups
            one, many = RULES[name].words
            if n > 0 and one:
                parts.append(f"{n} {one if n == 1 else many}")
        received = f"{', '.join(parts)} received" if parts else "nothing new"
        found = f"{self.conflicts} conflict{'s' if self.conflicts != 1 else ''} to look at" if self.conflicts \
            else "no conflicts"
        return f"{received}; {found}"


def merge_event(source: Database, target: Database, event_id: uuid.UUID, *, peer: str, device: str,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> MergeReport:
    """Bring everything `source` holds for the event into `target`, idempotently (a second run writes nothing),
    commutatively (A then B == B then A), then run the resolve pass on target. Creates the event in target if
    missing. Nothing happens when the source does not hold the event. Raises MergeCancelled (target unchanged)
    when `cancelled()` turns true."""
    started = clock.now()
    order = tables()
    total = len(order) + 1
    with source.read() as source_session, target.write() as target_session:
        src, tgt = source_session.connection(), target_session.connection()
        if src.execute(select(Event.id).where(Event.id == event_id)).first() is None:
            return MergeReport({}, 0)
        if tgt.dialect.name == "postgresql":  # one merge into this event at a time
            tgt.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                        {"key": int.from_bytes(event_id.bytes[:8], "big", signed=True)})
        before = set(tgt.execute(select(SyncConflict.id).where(SyncConflict.event_id == event_id)).scalars())
        m = copying.Merge(src, tgt, event_id, seen_by_target=last_merged(tgt, event_id, device, peer),
                          seen_by_source=last_merged(src, event_id, device, peer))
        copying.read_fingerprints(m, order)
        for done, table in enumerate(order):
            _check(cancelled)
            copying.copy_table(m, table)
            if progress is not None:
                progress(done + 1, total)
        _check(cancelled)
        found = [conflicts.lost_edit(tgt, event_id, lost) for lost in m.lost]
        found += [conflicts.clash(c) for c in m.clashes]
        conflicts.put(tgt, event_id, found)
        resolve.resolve(tgt, event_id)
        _remember(tgt, event_id, device, peer, started)
        after = set(tgt.execute(select(SyncConflict.id).where(SyncConflict.event_id == event_id)).scalars())
        if progress is not None:
            progress(total, total)
    return MergeReport(dict(m.sent), len(after - before), m.walk_ups)


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise MergeCancelled("The merge was cancelled; nothing was changed.")


def last_merged(conn: Connection, event_id: uuid.UUID, device: str, peer: str) -> datetime | None:
    """When this database last took in the other side's rows of the event (either name first), or None."""
    return conn.execute(select(func.max(SyncPeer.last_merged_at)).where(
        SyncPeer.event_id == event_id,
        or_(and_(SyncPeer.device == device, SyncPeer.peer == peer),
            and_(SyncPeer.device == peer, SyncPeer.peer == device)))).scalar()


def _remember(conn: Connection, event_id: uuid.UUID, device: str, peer: str, started: datetime) -> None:
    table = SyncPeer.__table__
    held = conn.execute(select(SyncPeer.id).where(SyncPeer.event_id == event_id, SyncPeer.device == device,
                                                  SyncPeer.peer == peer)).scalar()
    if held is None:
        db_rows.insert(conn, table, [{"id": derived_id("sync peer", event_id, device, peer), "event_id": event_id,
                                      "device": device, "peer": peer, "last_merged_at": started}])
    else:
        conn.execute(table.update().where(table.c.id == held).values(last_merged_at=started))
