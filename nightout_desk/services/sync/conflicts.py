"""The "Sync conflicts" list: what laptops did while apart that an organizer should look at.

Every row here has an id derived from what it is about (rules.derived_id), so laptops finding the same conflict
write the same row, and merging their lists (union; resolved on either side stays resolved) gives one list.
Some kinds are worked out again from the rows after every merge (`RECOMPUTED`: a family checked in twice, a shelf
below zero, ...): their words follow the facts, and one that no longer applies goes away unless it was resolved.
The others record an event of merging (an edit set aside, a name clash) and stay.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Table, func, select

from nightout_desk import clock
from nightout_desk.models import AuditEntry, SyncConflict
from nightout_desk.services import audit
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import NotFound
from nightout_desk.services.sync import rows as db_rows
from nightout_desk.services.sync import versions, words
from nightout_desk.services.sync.copying import Clash, Lost
from nightout_desk.services.sync.rules import CLEAR, KEEP_FIRST, RENAME, Rule, derived_id, rule

EDITED_TWICE = "edited on two laptops"
CHECKED_IN_TWICE = "checked in twice"
POSSIBLE_DUPLICATE = "possible duplicate"
IMPORTED_TWICE = "imported on two laptops"
BELOW_ZERO = "stock below zero"
PAST_LIMIT = "past the household limit"
CLOCK_SCANS = "clock scans in time order"
SAME_NAME = "same name"
RECEIPT_NUMBER = "receipt number used twice"
RECOMPUTED = frozenset({CHECKED_IN_TWICE, POSSIBLE_DUPLICATE, BELOW_ZERO, PAST_LIMIT, CLOCK_SCANS})
CONTENT = ("kind", "table_name", "row_id", "other_row_id", "summary", "winner", "loser", "loser_values",
           "winner_device", "winner_at", "loser_device", "loser_at")


@dataclass(frozen=True)
class ConflictInfo:
    id: uuid.UUID
    kind: str
    table: str
    row_id: uuid.UUID | None  # what it is about (a household, the check-in undone, an item)
    other_row_id: uuid.UUID | None  # the other of a pair (the possible duplicate to merge)
    summary: str  # one sentence
    winner: str  # what stands, in words
    loser: str  # what was set aside, in words
    winner_device: str
    winner_at: datetime | None
    loser_device: str
    loser_at: datetime | None
    resolved: bool
    resolved_at: datetime | None
    resolved_by: str


def list_conflicts(desk: Desk, *, include_resolved: bool = True) -> list[ConflictInfo]:
    """The organizers' "Sync conflicts" list: open ones first, then by time."""
    with desk.db.read() as s:
        q = select(SyncConflict).where(SyncConflict.event_id == desk.event_id)
        if not include_resolved:
            q = q.where(SyncConflict.resolved.is_(False))
        found = list(s.scalars(q))
    found.sort(key=lambda c: (c.resolved, versions.plain(c.loser_at or c.winner_at) or "", c.summary, str(c.id)))
    return [_info(c) for c in found]


def _info(c: SyncConflict) -> ConflictInfo:
    return ConflictInfo(c.id, c.kind, c.table_name, c.row_id, c.other_row_id, c.summary, c.winner, c.loser,
                        c.winner_device, c.winner_at, c.loser_device, c.loser_at, c.resolved, c.resolved_at,
                        c.resolved_by)


def open_count(desk: Desk) -> int:
    with desk.db.read() as s:
        return s.scalar(select(func.count()).select_from(SyncConflict).where(
            SyncConflict.event_id == desk.event_id, SyncConflict.resolved.is_(False))) or 0


def mark_resolved(desk: Desk, conflict_id: uuid.UUID) -> ConflictInfo:
    """An organizer has looked at it (and done what it asks, e.g. merged the duplicate or counted the shelf)."""
    desk.require("organizer", doing="mark a sync conflict as dealt with")
    with desk.db.write() as s:
        c = s.get(SyncConflict, conflict_id, with_for_update=True)
        if c is None or c.event_id != desk.event_id:
            raise NotFound("That conflict is not in this event.")
        if not c.resolved:
            c.resolved, c.resolved_at, c.resolved_by = True, clock.now(), desk.operator
            audit.record(s, desk, "sync conflict resolved", entity="sync_conflict", entity_id=c.id, summary=c.summary)
            s.flush()
            s.refresh(c)  # its values as the database keeps them, as list_conflicts reads them
        return _info(c)


# --- written by the merge ----------------------------------------------------------------------------------------

def put(conn: Connection, event_id: uuid.UUID, found: Iterable[dict], *, recomputed: frozenset[str] = frozenset()
        ) -> None:
    """Write conflict rows (each a dict of CONTENT with its "id"): new ones added, changed words brought up to date
    (never the resolved mark); for the kinds in `recomputed`, an open one not found again is taken away."""
    table = SyncConflict.__table__
    found = {c["id"]: c for c in found}
    held = db_rows.fetch(conn, table, event_id)
    new = [{**c, "event_id": event_id, "resolved": False, "resolved_at": None, "resolved_by": ""}
           for i, c in found.items() if i not in held]
    changed = [{**held[i], **c} for i, c in found.items() if i in held and any(held[i][k] != c[k] for k in CONTENT)]
    stale = [i for i, c in held.items() if c["kind"] in recomputed and i not in found and not c["resolved"]]
    db_rows.insert(conn, table, new)
    db_rows.update_rows(conn, table, changed)
    db_rows.delete_rows(conn, table, stale)


def conflict(kind: str, summary: str, *, table: str = "", row_id: uuid.UUID | None = None,
             other_row_id: uuid.UUID | None = None, winner: str = "", loser: str = "", loser_values: str = "",
             winner_device: str = "", winner_at: datetime | None = None, loser_device: str = "",
             loser_at: datetime | None = None, key: tuple = ()) -> dict:
    return {"id": derived_id(kind, *key), "kind": kind, "table_name": table, "row_id": row_id,
            "other_row_id": other_row_id, "summary": summary, "winner": winner, "loser": loser,
            "loser_values": loser_values, "winner_device": winner_device, "winner_at": winner_at,
            "loser_device": loser_device, "loser_at": loser_at}


def edited_by(conn: Connection, event_id: uuid.UUID, table: str, row: dict) -> str:
    """The laptop that made this version: the audit entry written with the edit (within seconds of it)."""
    at = row["updated_at"]
    q = (select(AuditEntry.device).where(AuditEntry.event_id == event_id, AuditEntry.at >= at - versions.SAME_MOMENT,
                                         AuditEntry.at <= at + 2 * versions.SAME_MOMENT)
         .order_by(AuditEntry.at).limit(1))
    if table == "event_settings":
        found = conn.execute(q.where(AuditEntry.entity == "setting", AuditEntry.summary.contains(row["key"]))).scalar()
    else:
        found = conn.execute(q.where(AuditEntry.entity_id == row["id"])).scalar()
    return found or ""


def lost_edit(conn: Connection, event_id: uuid.UUID, lost: Lost) -> dict:
    """The conflict of a version set aside. The version itself stays in the audit log as the entry its laptop wrote
    when the edit was made (the logs merge by union); the conflict keeps all its values (`loser_values`). The merge
    writes no audit entry of its own: each entry belongs to the hash chain of the laptop that wrote it
    (db/audit_chain.py), and an entry the rules wrote on one database would not be that laptop's."""
    table, name = lost.table, lost.table.name
    loser_values = versions.values(table, lost.rule, lost.loser)
    key = (name, lost.loser["id"], versions.plain(lost.loser["updated_at"]),
           versions.content_hash(table, lost.rule, lost.loser))
    found = conflict(EDITED_TWICE, "", table=name, row_id=lost.loser["id"], key=key,
                     loser_values=json.dumps(loser_values, ensure_ascii=False, sort_keys=True),
                     loser_device=edited_by(conn, event_id, name, lost.loser), loser_at=lost.loser["updated_at"])
    found.update(edit_words(conn, event_id, table, lost.rule, found, lost.winner))
    return found


def edit_words(conn: Connection, event_id: uuid.UUID, table: Table, rule: Rule, found: dict, current: dict) -> dict:
    """The parts of an edit conflict that follow the row as it stands now (the winner), in words."""
    loser = json.loads(found["loser_values"])
    now = versions.values(table, rule, current)
    fields = [f for f in now if f in loser and loser[f] != now[f]]
    name = found["table_name"]
    winner_device = edited_by(conn, event_id, name, current)
    what = words.capital(words.label(name, current))
    return {"winner": words.field_values(now, fields), "loser": words.field_values(loser, fields),
            "winner_device": winner_device, "winner_at": current["updated_at"],
            "summary": f"{what} was edited on {words.device(found['loser_device'])} at {words.at(found['loser_at'])} "
                       f"and on {words.device(winner_device)} at {words.at(current['updated_at'])} while apart: the "
                       f"later edit is kept, the other is in the audit log."}


def clash(c: Clash) -> dict:
    """The conflict of two rows made apart with one unique value (a receipt left out keeps its values here)."""
    name = c.table.name
    key = (name, c.column, *sorted([c.kept["id"], c.other["id"]]))
    kept, other = words.label(name, c.kept), words.label(name, c.other)
    if c.policy == RENAME:
        return conflict(SAME_NAME, f"Two different rows were both named “{c.kept[c.column]}” on two laptops while "
                                   f"apart: the one added later in the list is now {other}. If they are one thing, "
                                   f"put its records together by hand.", table=name, row_id=c.kept["id"],
                        other_row_id=c.other["id"], winner=kept, loser=other, key=key)
    if c.policy == CLEAR:
        return conflict(IMPORTED_TWICE, f"{words.capital(kept)} was imported on two laptops while apart: there "
                                            f"are two of them now. Merge them if they are one.", table=name,
                        row_id=c.kept["id"], other_row_id=c.other["id"], winner=kept, loser=other, key=key)
    assert c.policy == KEEP_FIRST  # the receipt left out stays on its laptop, its issue in the audit log
    return conflict(RECEIPT_NUMBER, f"Receipt {c.kept[c.column]} was issued on two laptops while apart (they number "
                                    f"from the same series): the one issued at {words.at(c.kept['issued_at'])} "
                                    f"keeps the number here; the other, issued by {c.other['issued_by'] or 'someone'} "
                                    f"at {words.at(c.other['issued_at'])}, stays on its laptop and in the audit log "
                                    f"— reissue it, and give each laptop its own receipt series.",
                    table=name, row_id=c.kept["id"], other_row_id=c.other["id"], winner=kept, loser=other, key=key,
                    loser_values=json.dumps(versions.values(c.table, rule(c.table), c.other), ensure_ascii=False,
                                            sort_keys=True))
