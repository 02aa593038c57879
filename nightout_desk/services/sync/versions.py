"""Two versions of a row edited in place: which one wins, what the merged row is, whether both were edits.

The later edit wins: the greater `updated_at`, and at the same instant the greater hash of the row's content, so
every laptop picks the same winner whatever order the files arrive in. Columns with a rule of their own (rules.py
`earliest`, `highest`) are merged column-group by column-group instead. Taken together the merge of versions is
commutative, associative and idempotent: merging A then B, B then A, or A twice gives the same row.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Table

from nightout_desk.services.sync.rules import BOOKKEEPING, SECRET, Rule

SAME_MOMENT = timedelta(seconds=2)  # a row's created_at and updated_at are set by separate calls: not an edit


def plain(value: Any) -> Any:
    """A value as text for hashing and for the audit log: the same on SQLite and PostgreSQL."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)


def content_hash(table: Table, rule: Rule, row: dict) -> str:
    """What the later-writer rule compares after `updated_at`: the row's own columns (not the joined ones)."""
    keep = [c.name for c in table.columns if c.name not in rule.joined and c.name != "updated_at"]
    return hashlib.sha256(json.dumps([plain(row[c]) for c in keep], ensure_ascii=False).encode()).hexdigest()


def order_key(table: Table, rule: Rule, row: dict) -> tuple[datetime, str]:
    return row["updated_at"], content_hash(table, rule, row)


def join(table: Table, rule: Rule, a: dict, b: dict) -> tuple[dict, dict, dict]:
    """(the merged row, the winning version, the losing version)."""
    winner, loser = (a, b) if order_key(table, rule, a) >= order_key(table, rule, b) else (b, a)
    merged = dict(winner)
    merged["updated_at"] = max(a["updated_at"], b["updated_at"])
    for group in rule.earliest:
        chosen = min((v for v in (a, b) if v[group.lead] is not None),
                     key=lambda v: (v[group.lead], json.dumps([plain(v[c]) for c in group.columns])), default=None)
        if chosen is not None:
            merged.update({c: chosen[c] for c in group.columns})
    for column in rule.highest:
        merged[column] = max(a[column], b[column])
    return merged, winner, loser


def differences(table: Table, rule: Rule, a: dict, b: dict) -> list[str]:
    """The columns a person edits (not bookkeeping, not joined) whose values differ between two versions."""
    return [c.name for c in table.columns if c.name not in BOOKKEEPING and c.name not in rule.joined
            and c.name not in rule.quiet and a[c.name] != b[c.name]]


def changed_since(rule: Rule, row: dict, since: datetime | None) -> bool:
    """Whether this version is an edit the other side had not seen: made after the two last merged; when they never
    did, whether the row was edited at all since it was made (always, for a table that does not say when)."""
    if since is not None:
        return row["updated_at"] > since
    if not rule.created or row.get(rule.created) is None:
        return True
    return row["updated_at"] > row[rule.created] + SAME_MOMENT


def values(table: Table, rule: Rule, row: dict) -> dict:
    """A version's values as the audit log and the conflicts list keep them."""
    return {c.name: plain(row[c.name]) for c in table.columns if c.name not in BOOKKEEPING | SECRET}
