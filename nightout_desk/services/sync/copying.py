"""Copying one table's rows of the event from the source into the target, by its rule (rules.py).

Each table is read once per side in bulk: ids (rows only added), or ids with `updated_at` and the joined columns
(rows edited in place), so a merge with nothing new reads little and writes nothing; whole rows are read only for
those that differ, and written with one executemany per statement.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, Table

from nightout_desk.models.household import SOURCE_WALK_UP
from nightout_desk.services.sync import rows as db_rows
from nightout_desk.services.sync import versions
from nightout_desk.services.sync.rules import (
    ADDED,
    CLEAR,
    CONFLICTS,
    EDITED,
    KEEP_FIRST,
    RENAME,
    SAME_ROW,
    Rule,
    rule,
    undo_id,
)

TICK = timedelta(microseconds=1)


@dataclass(frozen=True)
class Lost:
    """A version of an edited row that lost to a later edit while both were edits the other side had not seen."""

    table: Table
    rule: Rule
    winner: dict
    loser: dict


@dataclass(frozen=True)
class Clash:
    """Two rows made apart with the same unique value: what happened, for the conflicts list."""

    table: Table
    column: str
    policy: str
    kept: dict  # the row keeping the value
    other: dict  # the row renamed, cleared, or (receipts) not brought in


@dataclass
class Merge:
    """One merge in progress: both connections and what it found so far."""

    source: Connection
    target: Connection
    event_id: uuid.UUID
    seen_by_target: datetime | None  # when the target last took in the source's rows (None: never)
    seen_by_source: datetime | None  # when the source last took in the target's
    theirs: dict[str, dict[str, str]] = field(default_factory=dict)  # table -> id (hex) -> fingerprint
    ours: dict[str, dict[str, str]] = field(default_factory=dict)
    sent: dict[str, int] = field(default_factory=dict)
    walk_ups: int = 0
    lost: list[Lost] = field(default_factory=list)
    clashes: list[Clash] = field(default_factory=list)
    left_out: dict[str, set[str]] = field(default_factory=dict)  # table -> ids (hex) not brought in

    def count(self, table: Table, n: int) -> None:
        if n:
            self.sent[table.name] = self.sent.get(table.name, 0) + n


def fingerprint_columns(table: Table) -> list[str]:
    """What tells whether two sides' versions of a row differ: nothing for a row only added (its id says it all);
    `updated_at` and the joined columns for an edited one; the resolution for a conflict."""
    r = rule(table)
    if r.kind == EDITED:
        return ["updated_at", *sorted(r.joined)]
    if r.kind == CONFLICTS:
        return ["resolved", "resolved_at", "resolved_by"]
    return []


def read_fingerprints(m: Merge, tables: list[Table]) -> None:
    """Both sides' fingerprints of every table, one query each (see rows.fingerprints)."""
    wanted = {t: fingerprint_columns(t) for t in tables}
    m.theirs = db_rows.fingerprints(m.source, m.event_id, wanted)
    m.ours = db_rows.fingerprints(m.target, m.event_id, wanted)


def copy_table(m: Merge, table: Table) -> None:
    theirs, ours = m.theirs[table.name], m.ours[table.name]
    if all(ours.get(i) == f for i, f in theirs.items()):
        return  # the target holds every row of the source as it is
    kind = rule(table).kind
    if kind == ADDED:
        _copy_added(m, table)
    elif kind == EDITED:
        _copy_edited(m, table)
    elif kind == CONFLICTS:
        _copy_conflicts(m, table)


def _key(value: object) -> object:
    return value.hex if isinstance(value, uuid.UUID) else value


def _pointing_at_left_out(m: Merge, table: Table, row: dict) -> bool:
    """A row whose foreign key points at a row this merge did not bring in (a receipt reissuing one left out).
    `row`: typed or canonical values by column name."""
    return any(_key(row[fk.parent.name]) in m.left_out.get(fk.column.table.name, ())
               for fk in table.foreign_keys if row[fk.parent.name] is not None)


def _copy_added(m: Merge, table: Table) -> None:
    """Rows only ever added: those the target lacks are copied as they are, in the canonical form (rows.py)."""
    missing = m.theirs[table.name].keys() - m.ours[table.name].keys()
    if not missing:
        return
    names = [c.name for c in table.columns]
    rows = db_rows.canonical(m.source, table, m.event_id, wanted=missing)
    if not rule(table).same and not m.left_out:  # most rows (check-ins, audit entries): copied as read
        m.count(table, db_rows.insert_canonical(m.target, table, rows))
        return
    incoming = [dict(zip(names, r, strict=True)) for r in rows]
    # the rules' own undos are never copied: each database works them out from the check-ins it holds
    incoming = [r for r in incoming if not (table.name == "check_in_undos" and _rules_undo(r))
                and not _pointing_at_left_out(m, table, r)]
    gone: set[str] = set()
    for column, policy in rule(table).same.items():
        assert policy == SAME_ROW, (table.name, column)
        held = db_rows.holders_canonical(m.target, table, m.event_id, table.c[column], {r[column] for r in incoming})
        keep = []
        for r in incoming:
            other = held.get(r[column])
            if other is None or other == r["id"]:
                keep.append(r)
            elif table.name == "check_in_undos" and other == undo_id(uuid.UUID(r["check_in_id"])).hex:
                gone.add(other)  # a person's undo replaces the rules' one (which is worked out again after)
                keep.append(r)
            elif r["id"] < other:  # the same thing made on two laptops: the smaller id stands everywhere
                gone.add(other)
                keep.append(r)
        incoming = keep
    db_rows.delete_rows(m.target, table, [uuid.UUID(h) for h in gone])
    m.count(table, db_rows.insert_canonical(m.target, table, [tuple(r[n] for n in names) for r in incoming]))


def _rules_undo(row: dict) -> bool:
    return row["id"] == undo_id(uuid.UUID(row["check_in_id"])).hex


def _copy_edited(m: Merge, table: Table) -> None:
    theirs, ours = m.theirs[table.name], m.ours[table.name]
    todo = [uuid.UUID(i) for i, v in theirs.items() if ours.get(i) != v]
    if not todo:
        return
    incoming = db_rows.fetch(m.source, table, m.event_id, todo)
    held = db_rows.fetch(m.target, table, m.event_id, [i for i in todo if i.hex in ours])
    inserts: list[dict] = []
    updates: dict[uuid.UUID, dict] = {}
    for row_id in todo:
        src = incoming[row_id]
        if _pointing_at_left_out(m, table, src):
            m.left_out.setdefault(table.name, set()).add(row_id.hex)
            continue
        tgt = held.get(row_id)
        if tgt is None:
            inserts.append(src)
            continue
        merged = _merged(m, table, src, tgt)
        if merged != tgt:
            updates[row_id] = merged
    gone, early = _settle_clashes(m, table, inserts, updates, held)
    db_rows.delete_rows(m.target, table, gone)
    # a row of the target giving up its name goes first, so the row coming in with that name can be written
    first = [updates.pop(i) for i in early if i in updates]
    m.count(table, db_rows.update_rows(m.target, table, first) + db_rows.insert(m.target, table, inserts)
            + db_rows.update_rows(m.target, table, list(updates.values())))
    if table.name == "households":
        m.walk_ups += sum(1 for h in inserts if h["source"] == SOURCE_WALK_UP)


def _merged(m: Merge, table: Table, src: dict, tgt: dict) -> dict:
    """The source's and the target's versions of one row merged; a lost edit is noted for the conflicts list."""
    r = rule(table)
    merged, winner, loser = versions.join(table, r, src, tgt)
    if (versions.differences(table, r, winner, loser)
            and versions.changed_since(r, tgt, m.seen_by_source) and versions.changed_since(r, src, m.seen_by_target)):
        m.lost.append(Lost(table, r, winner, loser))
    return merged


def _settle_clashes(m: Merge, table: Table, inserts: list[dict], updates: dict[uuid.UUID, dict],
                    current: dict[uuid.UUID, dict]) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    """Rows coming in (or changed) with a unique value another row of the target holds: settled by the column's
    rule. Changes `inserts` and `updates` in place; returns the target's rows to delete (SAME_ROW) and those whose
    update must come before the inserts (a target's row giving up a unique value: renamed or cleared, here or on
    the laptop that settled it first). `current`: the target's rows being updated, as they are."""
    gone: set[uuid.UUID] = set()
    early: set[uuid.UUID] = {i for i, r in updates.items() if i in current
                             and any(r[c] != current[i][c] for c in rule(table).same)}
    for column, policy in rule(table).same.items():
        coming = [*inserts, *updates.values()]
        values = {r[column] for r in coming if r[column] is not None}
        if not values:
            continue
        held = db_rows.holders(m.target, table, m.event_id, table.c[column], values)
        others = db_rows.fetch(m.target, table, m.event_id, {i for i in held.values() if i not in gone})
        taken = set(held) | values
        for row in list(coming):
            other_id = held.get(row[column])
            if row[column] is None or other_id is None or other_id == row["id"] or other_id in gone:
                continue
            if other_id in updates and updates[other_id][column] != row[column]:
                continue  # the target's row holding it gives it up in this same merge
            other = updates.get(other_id) or others[other_id]
            if policy == SAME_ROW:
                _same_row(m, table, row, other, inserts, updates, gone)
            elif policy in (RENAME, CLEAR):
                early.add(_two_things(m, table, column, policy, row, other, inserts, updates, taken))
            elif policy == KEEP_FIRST:  # a receipt number printed on two laptops: the one here keeps it
                if row in inserts:
                    inserts.remove(row)
                updates.pop(row["id"], None)
                m.left_out.setdefault(table.name, set()).add(row["id"].hex)
                m.clashes.append(Clash(table, column, policy, other, row))
    return gone, early


def _same_row(m: Merge, table: Table, row: dict, other: dict, inserts: list[dict], updates: dict, gone: set) -> None:
    """The same thing (a setting's key, an operator's name) made on two laptops: one row, the smaller id, with the
    two versions merged as if they had always been one row."""
    keep_id = min(row["id"], other["id"])
    merged = _merged(m, table, {**row, "id": keep_id}, {**other, "id": keep_id})
    if row in inserts:
        inserts.remove(row)
    updates.pop(row["id"], None)
    if keep_id == other["id"]:
        if merged != other:
            updates[keep_id] = merged
    else:
        gone.add(other["id"])
        updates.pop(other["id"], None)
        inserts.append(merged)


def _two_things(m: Merge, table: Table, column: str, policy: str, row: dict, other: dict, inserts: list[dict],
                updates: dict, taken: set) -> uuid.UUID:
    """Two different things made apart with one unique value (two "Water" items, one import reference): the row
    with the larger id gives it up — renamed "… (2)" or its reference cleared — as an edit newer than both, so every
    laptop ends with the same rows."""
    loser, keeper = (row, other) if row["id"] > other["id"] else (other, row)
    changed = {**loser, "updated_at": max(row["updated_at"], other["updated_at"]) + TICK}
    if policy == RENAME:
        n = 2
        while f"{loser[column]} ({n})" in taken:
            n += 1
        changed[column] = f"{loser[column]} ({n})"
        taken.add(changed[column])
    else:
        changed[column] = None
    if loser is row and row in inserts:
        inserts[inserts.index(row)] = changed
    else:
        updates[loser["id"]] = changed
    m.clashes.append(Clash(table, column, policy, keeper, changed))
    return loser["id"]


def _copy_conflicts(m: Merge, table: Table) -> None:
    """The organizers' list: rows the target lacks are copied (the rules then bring their words up to date);
    a conflict resolved on either side stays resolved (the earliest resolution is kept)."""
    theirs = db_rows.fetch(m.source, table, m.event_id)
    ours = db_rows.fetch(m.target, table, m.event_id)
    inserts = [r for i, r in theirs.items() if i not in ours]
    updates = []
    for i, r in theirs.items():
        mine = ours.get(i)
        if mine is not None and r["resolved"] and (not mine["resolved"] or _resolution(r) < _resolution(mine)):
            updates.append({**mine, "resolved": True, "resolved_at": r["resolved_at"], "resolved_by": r["resolved_by"]})
    db_rows.insert(m.target, table, inserts)
    db_rows.update_rows(m.target, table, updates)


def _resolution(row: dict) -> tuple[str, str]:
    return versions.plain(row["resolved_at"]) or "", row["resolved_by"]
