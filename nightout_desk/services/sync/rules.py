"""How each table merges: every table of the schema is listed here once (tests/test_sync_rules.py checks it).

- ADDED: rows are only ever added (a check-in, its undo, a stock move, an audit entry, ...): merged by union — a
  row whose id the target lacks is copied, nothing else is touched.
- EDITED: rows are edited in place (a household, a setting, a receipt's print marks, ...): the later version wins,
  by `updated_at` and then by a hash of the row's content (so the order of merging never matters); a few columns
  merge by their own rule instead (`earliest`, `highest`): a household merged into another stays merged, a void
  receipt stays void, a print count never goes down.
- LOCAL: this database's own bookkeeping, never copied (when it last merged whom; receipt counters, which the
  merge raises to the highest number it holds in each series instead).
- CONFLICTS: the organizers' list of conflicts: copied by union; "resolved" on either side stays resolved.

`same` names what a unique column means when two laptops made different rows with the same value while apart:
SAME_ROW (the same thing: one row is kept, the smaller id, with the later values), RENAME (two things: the row with
the larger id is renamed "… (2)"), CLEAR (an import reference: the larger id's is cleared), KEEP_FIRST (a receipt
number: the receipt already in the target keeps it and the other is listed as a conflict).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import Table

from nightout_desk.models import Base

ADDED, EDITED, LOCAL, CONFLICTS = "added", "edited", "local", "conflicts"
SAME_ROW, RENAME, CLEAR, KEEP_FIRST = "same row", "rename", "clear", "keep first"
NAMESPACE = uuid.UUID("9f3c1a52-7e0b-4c1d-8a6e-2d4b5c6f7a81")  # ids of the rows the merge rules write


@dataclass(frozen=True)
class Group:
    """Columns that travel together; the version whose `lead` is the earliest non-empty value gives them all."""

    lead: str
    columns: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    kind: str
    created: str = ""  # EDITED: the column saying when the row was made ("" when none)
    earliest: tuple[Group, ...] = ()  # EDITED: once set, kept (the earliest wins)
    highest: tuple[str, ...] = ()  # EDITED: the highest value wins
    same: dict[str, str] = field(default_factory=dict)  # a unique column -> what a clash means
    quiet: tuple[str, ...] = ()  # EDITED: later writer wins, but two laptops differing here is no conflict
    words: tuple[str, str] = ("", "")  # one, many: how the summary names the rows ("" = not named)

    @property
    def joined(self) -> frozenset[str]:
        """Columns merged by their own rule, not taken from the later version."""
        return frozenset(c for g in self.earliest for c in g.columns) | frozenset(self.highest)


RULES: dict[str, Rule] = {
    "events": Rule(EDITED, created="created_at", words=("event", "events")),
    "audit_entries": Rule(ADDED),
    "event_settings": Rule(EDITED, same={"key": SAME_ROW}, words=("setting", "settings")),
    "households": Rule(EDITED, created="created_at", earliest=(Group("merged_into_id", ("merged_into_id",)),),
                       same={"external_ref": CLEAR}, words=("household", "households")),
    "neighbourhoods": Rule(EDITED, same={"name": SAME_ROW}, words=("neighbourhood", "neighbourhoods")),
    # an account removed stays removed; wrong-PIN counts are each laptop's business (never a conflict)
    "operators": Rule(EDITED, created="created_at", earliest=(Group("removed_at", ("removed_at",)),),
                      quiet=("failed_pins", "locked_until"), same={"name": SAME_ROW}, words=("operator", "operators")),
    "stations": Rule(EDITED, same={"name": RENAME}, words=("station", "stations")),
    "check_ins": Rule(ADDED, words=("check-in", "check-ins")),
    "check_in_undos": Rule(ADDED, same={"check_in_id": SAME_ROW}, words=("undone check-in", "undone check-ins")),
    "household_codes": Rule(ADDED, same={"code": SAME_ROW}, words=("ticket code", "ticket codes")),
    "volunteers": Rule(EDITED, created="created_at", same={"external_ref": CLEAR}, words=("volunteer", "volunteers")),
    "shifts": Rule(EDITED, created="created_at", words=("shift", "shifts")),
    "shift_assignments": Rule(EDITED, created="created_at", earliest=(Group("removed_at", ("removed_at",)),),
                              words=("shift booking", "shift bookings")),
    "time_entries": Rule(EDITED, created="created_at", earliest=(Group("clock_out", ("clock_out",)),),
                         words=("clock scan", "clock scans")),
    "badge_prints": Rule(ADDED, words=("badge print", "badge prints")),
    "donors": Rule(EDITED, created="created_at", earliest=(Group("merged_into_id", ("merged_into_id",)),),
                   same={"external_ref": CLEAR}, words=("donor", "donors")),
    "donations": Rule(EDITED, created="created_at", same={"external_ref": CLEAR},
                      earliest=(Group("voided_at", ("voided_at", "void_reason", "voided_by")),),
                      words=("donation", "donations")),
    "receipts": Rule(EDITED, created="issued_at", highest=("print_count",),
                     earliest=(Group("printed_at", ("printed_at",)),
                               Group("voided_at", ("voided_at", "void_reason", "voided_by"))),
                     same={"number": KEEP_FIRST}, words=("receipt", "receipts")),
    "receipt_counters": Rule(LOCAL),
    "giveaway_items": Rule(EDITED, created="created_at", same={"name": RENAME}, words=("giveaway item",
                                                                                         "giveaway items")),
    "stock_moves": Rule(ADDED, words=("stock move", "stock moves")),
    "station_status_changes": Rule(ADDED, words=("station status change", "station status changes")),
    "demonstrations": Rule(EDITED, words=("demonstration", "demonstrations")),
    "tallies": Rule(ADDED, words=("station count", "station counts")),
    "waivers": Rule(ADDED, words=("waiver", "waivers")),
    "child_id_kit_handouts": Rule(ADDED, words=("child ID kit count", "child ID kit counts")),
    "incidents": Rule(EDITED, created="at", earliest=(Group("resolved_at", ("resolved_at", "resolution")),),
                      words=("incident", "incidents")),
    "sync_peers": Rule(LOCAL),
    "sync_conflicts": Rule(CONFLICTS),
}

# the columns that never say anything about a version's content (not compared, not shown)
BOOKKEEPING = frozenset({"id", "event_id", "updated_at", "created_at", "search_text"})
SECRET = frozenset({"pin_hash"})  # merged like any column, never copied into the audit log or the conflicts list


def tables() -> list[Table]:
    """Every table the merge copies, parents before children (foreign keys)."""
    return [t for t in Base.metadata.sorted_tables if RULES[t.name].kind != LOCAL]


def rule(table: Table) -> Rule:
    return RULES[table.name]


def derived_id(*parts: object) -> uuid.UUID:
    """The id of a row the merge rules write: the same on every laptop that writes it for the same reason."""
    return uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts))


def undo_id(check_in_id: uuid.UUID) -> uuid.UUID:
    """The undo the rules write for a check-in made on two laptops while apart (the later one)."""
    return derived_id("check-in undone", check_in_id)
