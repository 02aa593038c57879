"""Checking the audit log's hash chains (`nightout-desk audit verify`, Help › Check the log).

Each laptop's chain for an event is walked from its first entry: every entry's hash must match its content, and the
entry it names as the one before it must be there, numbered one less. The first entry where that fails is where the
chain breaks; each problem is one line. Entries blanked by the privacy purge are checked by the hash of their details
kept at the seal, and must be named by a purge entry that is itself in the log and counted that many.

Two entries with one number in one laptop's chain are not a break: a laptop that wrote into two databases (its own
file and, wired, the hub) has two branches after a merge, both whole. What a chain cannot show: entries deleted at the
very end of a chain (nothing after them names them), or a whole chain rewritten with new hashes — only a copy kept
elsewhere (the hub, another laptop, a backup) tells those.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from nightout_desk import clock
from nightout_desk.db import Database, audit_chain
from nightout_desk.db.audit_chain import PURGE_ACTION, Entry
from nightout_desk.services import events

CHANGED = "its content was changed"
SHOWN = 50  # problem lines listed; the rest are counted


@dataclass(frozen=True)
class LogProblem:
    """Where a chain breaks, and why, for one line."""

    event: str  # the event's name ("" when the database holds only one)
    device: str
    number: int | None  # the entry's number in its laptop's chain; None: not in any chain
    at: datetime | None
    action: str
    why: str

    @property
    def line(self) -> str:
        laptop = f"{self.device}'s log" if self.device else "The log of entries with no laptop name"
        where = f" of {self.event}" if self.event else ""
        if self.number is None:
            return f"{laptop}{where}: {self.why}"
        when = clock.local(self.at).strftime("%H:%M") if self.at else "?"
        return f"{laptop}{where} breaks at entry {self.number} ({when}, '{self.action}'): {self.why}"


@dataclass(frozen=True)
class LogCheck:
    entries: int
    chains: int
    blanked: int  # entries whose details the privacy purge removed
    problems: tuple[LogProblem, ...]

    @property
    def whole(self) -> bool:
        return not self.problems

    @property
    def verdict(self) -> str:
        if self.whole:
            blanked = f"; {self.blanked:,} blanked by the privacy purge, as it recorded" if self.blanked else ""
            return (f"The log is whole: {self.entries:,} entries in {self.chains:,} laptop chain"
                    f"{'s' if self.chains != 1 else ''}, none changed or missing{blanked}.")
        return (f"The log is NOT whole: {len(self.problems):,} problem{'s' if len(self.problems) != 1 else ''} in "
                f"{len({(p.event, p.device) for p in self.problems}):,} laptop chain"
                f"{'s' if len({(p.event, p.device) for p in self.problems}) != 1 else ''}. An entry was changed or "
                f"deleted outside the app: keep this database as it is and tell the records officer.")

    def lines(self) -> list[str]:
        shown = [p.line for p in self.problems[:SHOWN]]
        if len(self.problems) > SHOWN:
            shown.append(f"… and {len(self.problems) - SHOWN:,} more problems.")
        return shown


def verify(db: Database, event_id: uuid.UUID | None = None) -> LogCheck:
    """Walk every chain of the event (or of every event in the database). Reads only."""
    with db.engine.connect() as conn:
        entries = audit_chain.read(conn, event_id)
    names = {e.id: e.name for e in events.list_events(db)}
    several = event_id is None and len({e.event_id for e in entries}) > 1
    problems: list[LogProblem] = []
    chains: dict[tuple[uuid.UUID, str], list[Entry]] = defaultdict(list)
    for e in entries:
        chains[(e.event_id, e.device or "")].append(e)
    purges = {e.id: e for e in entries if e.action == PURGE_ACTION and e.sealed}
    blanked_by: dict[uuid.UUID, int] = defaultdict(int)
    for e in entries:
        if e.redacted_by is not None:
            blanked_by[e.redacted_by] += 1
    for (ev, device), chain in sorted(chains.items(), key=lambda kv: (names.get(kv[0][0], ""), kv[0][1])):
        event_name = names.get(ev, str(ev)) if several else ""
        problems.extend(_walk(event_name, device, chain, purges))
    problems.extend(_overcounted(entries, purges, blanked_by, names if event_id is None else {}))
    return LogCheck(len(entries), len(chains), sum(blanked_by.values()), tuple(problems))


def _walk(event_name: str, device: str, chain: list[Entry], purges: dict[uuid.UUID, Entry]) -> list[LogProblem]:
    problems: list[LogProblem] = []
    unsealed = [e for e in chain if not e.sealed]
    sealed = sorted((e for e in chain if e.sealed), key=lambda e: (e.device_seq or 0, e.at_utc, e.id.hex))
    by_hash = {e.entry_hash: e for e in sealed}

    def problem(e: Entry, why: str) -> None:
        problems.append(LogProblem(event_name, device, e.device_seq, e.at_utc, e.action, why))

    for e in sealed:
        why = _content_problem(e, purges)
        if why:
            problem(e, why)
            continue
        seq = e.device_seq or 0
        if seq == 1:
            if e.prev_hash:
                problem(e, "it is numbered first but names an entry before it")
            continue
        before = by_hash.get(e.prev_hash or "")
        if before is None or before.device_seq != seq - 1:
            problem(e, f"the entry before it ({seq - 1}) was deleted or replaced")
    if unsealed:
        problems.append(LogProblem(event_name, device, None, None, "",
                                   f"{len(unsealed):,} entr{'ies are' if len(unsealed) != 1 else 'y is'} in no chain "
                                   f"(written outside the app, or being written now)"))
    return problems


def _content_problem(e: Entry, purges: dict[uuid.UUID, Entry]) -> str:
    if e.redacted_by is None:
        details = audit_chain.details_hash(e.summary, e.before, e.after)
        if details != e.details_hash:
            return CHANGED
    else:
        purge = purges.get(e.redacted_by)
        if e.summary or e.before or e.after:
            return CHANGED
        if purge is None or purge.event_id != e.event_id or purge.at_utc < e.at_utc:
            return "its details were removed, but not by a privacy purge in the log"
    if audit_chain.entry_hash(e, seq=e.device_seq or 0, prev_hash=e.prev_hash or "",
                              details=e.details_hash or "") != e.entry_hash:
        return CHANGED
    return ""


def _overcounted(entries: list[Entry], purges: dict[uuid.UUID, Entry], blanked_by: dict[uuid.UUID, int],
                 names: dict[uuid.UUID, str]) -> list[LogProblem]:
    """A purge blanks at most the entries it counted (fewer in a copy it has not reached yet: a merge copies new
    entries, it never blanks those already there)."""
    problems = []
    for purge_id, count in blanked_by.items():
        purge = purges.get(purge_id)
        if purge is None:
            continue  # each such entry is a problem of its own chain already
        try:
            recorded = int(json.loads(purge.after or "{}").get("log_entries", 0))
        except (ValueError, TypeError, AttributeError):
            recorded = 0
        if count > recorded:
            problems.append(LogProblem(names.get(purge.event_id, ""), purge.device or "", purge.device_seq,
                                       purge.at_utc, purge.action,
                                       f"{count:,} entries were blanked under this purge, which removed the details of "
                                       f"{recorded:,}"))
    return problems
