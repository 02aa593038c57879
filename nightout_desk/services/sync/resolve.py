"""The resolve pass, run on the target after every merge: the rules for what laptops did while apart, worked out
from the rows the target now holds (so the answer is the same whatever order the files came in).

- A household checked in on two laptops: the earliest check-in stands; each later one is undone by an undo the rules
  write, with the reason "also checked in on Desk 2 at 18:42 while apart" (the one that stands). The undo's id
  comes from the check-in it undoes, so laptops that work it out write the same row; when a person undoes the one
  that stood, the next stands and the rules' undo goes. Undos the rules write are never copied by a merge.
- Receipt counters: raised to the highest number held in each series, so a number is never issued twice.
- Listed for the organizers (conflicts.py): the check-ins undone; a giveaway item below zero, or a household past
  its limit, after the laptops' hand-outs were put together (never corrected: the count decides); two walk-ups that
  look like one family added on two laptops; a volunteer's scans from several laptops read in time order; and, for
  each edit set aside, the words of the version that stands now.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, Integer, cast, func, select

from nightout_desk.models import (
    Base,
    CheckIn,
    CheckInUndo,
    GiveawayItem,
    Household,
    Receipt,
    ReceiptCounter,
    StockMove,
    SyncConflict,
    TimeEntry,
    Volunteer,
)
from nightout_desk.models.household import SOURCE_WALK_UP
from nightout_desk.models.inventory import HANDED_OUT
from nightout_desk.services.donations.receipts import counter_id
from nightout_desk.services.inventory.units import amount
from nightout_desk.services.sync import conflicts, words
from nightout_desk.services.sync import rows as db_rows
from nightout_desk.services.sync.conflicts import conflict
from nightout_desk.services.sync.rules import RULES, undo_id
from nightout_desk.services.volunteers import clock_order
from nightout_desk.text import digits, fold

RULES_OPERATOR = "merge rules"  # who the rules' undos are by


def resolve(conn: Connection, event_id: uuid.UUID) -> None:
    raise_counters(conn, event_id)
    found = [*check_ins_twice(conn, event_id), *stock(conn, event_id), *walk_ups_twice(conn, event_id),
             *clock_scans(conn, event_id)]
    conflicts.put(conn, event_id, found, recomputed=conflicts.RECOMPUTED)
    refresh_edits(conn, event_id)


def raise_counters(conn: Connection, event_id: uuid.UUID) -> None:
    """Each series' counter at least at the highest sequence held (made when missing), never lowered."""
    highest = conn.execute(select(Receipt.series, func.max(Receipt.sequence)).where(Receipt.event_id == event_id)
                           .group_by(Receipt.series)).all()
    counters = {c.series: c for c in conn.execute(select(ReceiptCounter).where(ReceiptCounter.event_id == event_id))}
    for series, top in highest:
        held = counters.get(series)
        if held is None:
            number = conn.execute(select(Receipt.number).where(Receipt.event_id == event_id, Receipt.series == series,
                                                               Receipt.sequence == top)).scalar_one()
            prefix = number[:-len(f"-{series}{top:04d}")]
            db_rows.insert(conn, ReceiptCounter.__table__, [{"id": counter_id(event_id, series), "event_id": event_id,
                                                             "series": series, "prefix": prefix, "last_number": top}])
        elif held.last_number < top:
            conn.execute(ReceiptCounter.__table__.update().where(ReceiptCounter.id == held.id)
                         .values(last_number=top))


# --- a family checked in on two laptops ------------------------------------------------------------------------------

def _roots(conn: Connection, event_id: uuid.UUID) -> dict[uuid.UUID, uuid.UUID]:
    """Household merged into another -> the household it counts for now (following a chain of merges)."""
    parent = dict(conn.execute(select(Household.id, Household.merged_into_id).where(
        Household.event_id == event_id, Household.merged_into_id.is_not(None))).all())

    def root(h: uuid.UUID) -> uuid.UUID:
        seen = {h}
        while h in parent and parent[h] not in seen:
            h = parent[h]
            seen.add(h)
        return h

    return {h: root(h) for h in parent}


def check_ins_twice(conn: Connection, event_id: uuid.UUID) -> list[dict]:
    """Write the rules' undos (and take away those no longer due); the conflicts to list."""
    roots = _roots(conn, event_id)
    several = set(conn.execute(select(CheckIn.household_id).where(CheckIn.event_id == event_id)
                               .group_by(CheckIn.household_id).having(func.count() > 1)).scalars())
    households = several | set(roots) | set(roots.values())
    if not households:
        return []
    rows = []
    for part in db_rows.chunks(households):
        rows += conn.execute(
            select(CheckIn.id, CheckIn.household_id, CheckIn.at, CheckIn.device, CheckIn.adults, CheckIn.kids,
                   CheckInUndo.id.label("undo_id"), CheckInUndo.reason, Household.family_name)
            .join(Household, Household.id == CheckIn.household_id)
            .outerjoin(CheckInUndo, CheckInUndo.check_in_id == CheckIn.id)
            .where(CheckIn.event_id == event_id, CheckIn.household_id.in_(part))).all()
    by_family: dict[uuid.UUID, list] = defaultdict(list)
    for r in rows:
        by_family[roots.get(r.household_id, r.household_id)].append(r)
    due: dict[uuid.UUID, tuple] = {}  # check-in undone by the rules -> (it, the one that stands)
    for group in by_family.values():
        standing = sorted((r for r in group if r.undo_id is None or r.undo_id == undo_id(r.id)),
                          key=lambda r: (r.at, r.id))
        for later in standing[1:]:
            due[later.id] = (later, standing[0])
    held = {r.id: r for r in rows if r.undo_id is not None and r.undo_id == undo_id(r.id)}
    table = CheckInUndo.__table__
    db_rows.delete_rows(conn, table, [undo_id(i) for i in held if i not in due])
    new, changed = [], []
    for ci, (later, first) in due.items():
        row = {"id": undo_id(ci), "event_id": event_id, "check_in_id": ci, "at": later.at, "device": later.device,
               "operator": RULES_OPERATOR,
               "reason": f"also checked in on {words.device(first.device)} at {words.at(first.at)} while apart"}
        if ci not in held:
            new.append(row)
        elif held[ci].reason != row["reason"]:
            changed.append(row)
    db_rows.insert(conn, table, new)
    db_rows.update_rows(conn, table, changed)
    out = []
    for later, first in due.values():
        family = f"the {later.family_name} household"
        out.append(conflict(
            conflicts.CHECKED_IN_TWICE,
            f"{words.capital(family)} was checked in on {words.device(first.device)} at {words.at(first.at)} and "
            f"again on {words.device(later.device)} at {words.at(later.at)} while apart: the first check-in stands, "
            f"the other is undone.", table="check_ins", row_id=later.id, other_row_id=first.id,
            winner=_arrival(first), loser=_arrival(later), winner_device=first.device, winner_at=first.at,
            loser_device=later.device, loser_at=later.at, key=(later.id,)))
    return out


def _arrival(r) -> str:  # noqa: ANN001 - a row of check_ins_twice's query
    return f"{r.adults} adult{'s' if r.adults != 1 else ''}, {r.kids} kid{'s' if r.kids != 1 else ''} on " \
           f"{words.device(r.device)} at {words.at(r.at)}"


# --- giveaway stock --------------------------------------------------------------------------------------------------

def stock(conn: Connection, event_id: uuid.UUID) -> list[dict]:
    """Items below zero and households past their limit once every laptop's hand-outs are in: flagged for the count,
    never corrected."""
    items = {i.id: i for i in conn.execute(select(GiveawayItem).where(GiveawayItem.event_id == event_id))}
    out = []
    for item_id, on_hand, devices in conn.execute(
            select(StockMove.item_id, func.sum(StockMove.quantity), func.count(func.distinct(StockMove.device)))
            .where(StockMove.event_id == event_id).group_by(StockMove.item_id)):
        if on_hand < 0:
            item = items[item_id]
            out.append(conflict(
                conflicts.BELOW_ZERO,
                f"{item.name}: the ledger says {amount(int(on_hand), item.unit)} on hand after the hand-outs of "
                f"{devices} laptop{'s' if devices != 1 else ''} were put together — count the shelf and record the "
                f"count.", table="giveaway_items", row_id=item_id, winner=f"{int(on_hand)} on hand", key=(item_id,)))
    limited = {i for i, item in items.items() if item.limit_per_household}
    if not limited:
        return out
    roots = _roots(conn, event_id)
    given: dict[tuple, int] = defaultdict(int)
    allowed: set[tuple] = set()
    names = {}
    for item_id, household_id, total, overridden in conn.execute(
            select(StockMove.item_id, StockMove.household_id, func.sum(StockMove.quantity),
                   func.max(cast(StockMove.override, Integer)))
            .where(StockMove.event_id == event_id, StockMove.kind == HANDED_OUT, StockMove.household_id.is_not(None),
                   StockMove.item_id.in_(limited))
            .group_by(StockMove.item_id, StockMove.household_id)):
        key = (item_id, roots.get(household_id, household_id))
        given[key] -= int(total)
        if overridden:
            allowed.add(key)  # an organizer let it pass on the night
    past = [k for k, n in given.items() if n > items[k[0]].limit_per_household and k not in allowed]
    for part in db_rows.chunks({h for _, h in past}):
        names.update(conn.execute(select(Household.id, Household.family_name).where(Household.id.in_(part))).all())
    for item_id, household_id in past:
        item, n = items[item_id], given[(item_id, household_id)]
        out.append(conflict(
            conflicts.PAST_LIMIT,
            f"The {names.get(household_id, '?')} household received {amount(n, item.unit)} of {item.name} on "
            f"several laptops while apart (limit {item.limit_per_household} per household) — check at the count.",
            table="giveaway_items", row_id=item_id, other_row_id=household_id, winner=f"{n} received",
            key=(item_id, household_id)))
    return out


# --- the same walk-up family on two laptops -------------------------------------------------------------------------

def walk_ups_twice(conn: Connection, event_id: uuid.UUID) -> list[dict]:
    """Walk-ups with the same family name (folded) and the same phone (last 7 digits) or ZIP, added on different
    laptops: offered to merge (households.merge does it when an organizer chooses)."""
    walk_ups = conn.execute(select(Household.id, Household.family_name, Household.phone, Household.zip_code,
                                   Household.created_at)
                            .where(Household.event_id == event_id, Household.source == SOURCE_WALK_UP,
                                   Household.merged_into_id.is_(None))).all()
    by_name: dict[str, list] = defaultdict(list)
    for h in walk_ups:
        by_name[fold(h.family_name)].append(h)
    pairs = [(a, b) for group in by_name.values() if len(group) > 1
             for i, a in enumerate(group) for b in group[i + 1:] if _same_family(a, b)]
    if not pairs:
        return []
    involved = {h.id for pair in pairs for h in pair}
    device: dict[uuid.UUID, str] = {}
    for part in db_rows.chunks(involved):
        for hid, dev in conn.execute(select(CheckIn.household_id, CheckIn.device).where(CheckIn.household_id.in_(part))
                                     .order_by(CheckIn.at.desc())):
            device[hid] = dev  # the first check-in's laptop (ordered latest first)
    out = []
    for a, b in pairs:
        first, second = sorted((a, b), key=lambda h: (h.created_at, h.id))
        da, db = device.get(first.id, ""), device.get(second.id, "")
        if da and da == db:
            continue  # one laptop: its desk offered the duplicate when the second was typed
        out.append(conflict(
            conflicts.POSSIBLE_DUPLICATE,
            f"The {first.family_name} family was added as a walk-up on {words.device(da)} at "
            f"{words.at(first.created_at)} and on {words.device(db)} at {words.at(second.created_at)} while apart "
            f"(same {'phone' if _same_phone(a, b) else 'ZIP code'}): merge them if they are one family.",
            table="households", row_id=first.id, other_row_id=second.id, winner_device=da,
            winner_at=first.created_at, loser_device=db, loser_at=second.created_at,
            key=tuple(sorted([first.id, second.id]))))
    return out


def _same_phone(a, b) -> bool:  # noqa: ANN001 - rows of walk_ups_twice's query
    tail = digits(a.phone)[-7:]
    return len(tail) >= 7 and digits(b.phone).endswith(tail)


def _same_family(a, b) -> bool:  # noqa: ANN001
    return _same_phone(a, b) or (bool(a.zip_code.strip()) and a.zip_code.strip() == b.zip_code.strip())


# --- the time clock --------------------------------------------------------------------------------------------------

def clock_scans(conn: Connection, event_id: uuid.UUID) -> list[dict]:
    """Each run of a volunteer's scans from several laptops that is read in time order, said in words."""
    superseded = select(TimeEntry.supersedes_id).where(TimeEntry.event_id == event_id,
                                                       TimeEntry.supersedes_id.is_not(None))
    entries: dict[uuid.UUID, list] = defaultdict(list)
    for e in conn.execute(select(TimeEntry.id, TimeEntry.volunteer_id, TimeEntry.clock_in, TimeEntry.clock_out,
                                 TimeEntry.source, TimeEntry.device)
                          .where(TimeEntry.event_id == event_id, TimeEntry.id.not_in(superseded))):
        entries[e.volunteer_id].append(clock_order.Entry(e.id, e.clock_in, e.clock_out, e.source, e.device))
    runs = {v: [r for r in clock_order.runs(es) if r.in_time_order] for v, es in entries.items()}
    runs = {v: rs for v, rs in runs.items() if rs}
    if not runs:
        return []
    names = {v.id: f"{v.first_name} {v.last_name}".strip() for v in conn.execute(
        select(Volunteer.id, Volunteer.first_name, Volunteer.last_name).where(Volunteer.id.in_(list(runs))))}
    out = []
    for volunteer_id, found in runs.items():
        for run in found:
            first = min(run.entries, key=lambda e: (e.clock_in, e.id))
            scans = ", ".join(f"{words.at(t)} on {e.device}" for e, t in sorted(
                _scans(run.entries), key=lambda p: (p[1], p[0].id)))
            read = ", ".join(f"{words.at(s.clock_in)}–{words.at(s.clock_out) if s.clock_out else 'still in'}"
                             for s in run.stretches)
            out.append(conflict(
                conflicts.CLOCK_SCANS,
                f"{names.get(volunteer_id, 'A volunteer')} scanned on several laptops while apart ({scans}): read "
                f"in time order as {read}.", table="time_entries", row_id=first.id, other_row_id=volunteer_id,
                winner=read, loser=scans, winner_at=first.clock_in, key=(first.id,)))
    return out


def _scans(entries: Iterable[clock_order.Entry]) -> list[tuple]:
    return [(e, e.clock_in) for e in entries] + [(e, e.clock_out) for e in entries if e.clock_out]


# --- edits set aside: the words of the version standing now --------------------------------------------------------

def refresh_edits(conn: Connection, event_id: uuid.UUID) -> None:
    held = conn.execute(select(SyncConflict).where(SyncConflict.event_id == event_id,
                                                   SyncConflict.kind == conflicts.EDITED_TWICE)).mappings().all()
    by_table: dict[str, list] = defaultdict(list)
    for c in held:
        by_table[c["table_name"]].append(dict(c))
    changed = []
    for name, found in by_table.items():
        table = Base.metadata.tables[name]
        current = db_rows.fetch(conn, table, event_id, {c["row_id"] for c in found})
        for c in found:
            row = current.get(c["row_id"])
            if row is None:
                continue
            update = conflicts.edit_words(conn, event_id, table, RULES[name], c, row)
            if any(c[k] != v for k, v in update.items()):
                changed.append({**c, **update})
    db_rows.update_rows(conn, SyncConflict.__table__, changed)
