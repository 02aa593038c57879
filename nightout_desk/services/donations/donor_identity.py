"""Donors known across the organization's events: which donor rows, in every event, are one giver.

Each event keeps its own donor rows, so sync, imports, the privacy purge and the exports work per event as before.
Which rows are one giver is worked out when read, across every event this database holds, by the rule the desk and
the import already use within an event — the same folded name, and the same email when both have one — earliest
event first; two donors one event keeps apart are never made one by the rule. An organizer's word overrides it
(`Donor.known_as_id`): `link` says a donor is the same as one of another event, `keep_apart` that it is not the same
as the others of its name. A merged duplicate is its keeper's giver. Nothing is written when read.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from nightout_desk.models import Donor, Event
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput, NotFound
from nightout_desk.text import fold


@dataclass(frozen=True)
class DonorRow:
    """One donor row as the matching reads it, in the order of its event's date."""

    id: uuid.UUID
    event_id: uuid.UUID
    name: str
    email: str
    merged_into_id: uuid.UUID | None
    known_as_id: uuid.UUID | None

    @property
    def kept_apart(self) -> bool:
        return self.known_as_id == self.id


def donor_rows(s: Session) -> list[DonorRow]:
    """Every donor of the database, earliest event first (then as they were added)."""
    q = (select(Donor.id, Donor.event_id, Donor.name, Donor.email, Donor.merged_into_id, Donor.known_as_id)
         .join(Event, Event.id == Donor.event_id).order_by(Event.date, Event.created_at, Donor.created_at, Donor.id))
    return [DonorRow(*row) for row in s.execute(q)]


def giver_keys(s: Session) -> dict[uuid.UUID, uuid.UUID]:
    """Donor id -> its giver's key (the id of the giver's earliest donor row), for every donor of the database."""
    return _Givers(donor_rows(s)).keys()


class _Givers:
    """Groups of donor rows (union-find); a group's root is its earliest row, so every laptop finds the same key."""

    def __init__(self, rows: list[DonorRow]) -> None:
        self.rows = rows
        self.rank = {r.id: i for i, r in enumerate(rows)}
        self.parent = {r.id: r.id for r in rows}
        self.events = {r.id: {r.event_id} for r in rows}
        by_name: dict[str, list[DonorRow]] = {}
        for r in rows:  # the rule first, earliest first: a row is matched with rows that came before it
            if r.merged_into_id is not None or r.kept_apart:
                continue
            same_name = by_name.setdefault(fold(r.name), [])
            if r.known_as_id is None:
                self._match(r, same_name)
            same_name.append(r)
        for r in rows:  # then what people decided, which may join two donors of one event (merged, or linked)
            if r.merged_into_id is not None:
                self.union(r.id, r.merged_into_id)
            elif r.known_as_id is not None and not r.kept_apart:
                self.union(r.id, r.known_as_id)

    def _match(self, r: DonorRow, same_name: list[DonorRow]) -> None:
        email = fold(r.email)
        mine = self.events[self.find(r.id)]
        for other in same_name:
            their = fold(other.email)
            root = self.find(other.id)
            if (not email or not their or email == their) and not (self.events[root] & mine):
                self.union(r.id, other.id)
                return

    def find(self, x: uuid.UUID) -> uuid.UUID:
        if x not in self.parent:  # a donor of an event this database does not hold (an earlier one, as a rule)
            self.parent[x], self.rank[x], self.events[x] = x, -1, set()  # its key leads, as where it is held
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: uuid.UUID, b: uuid.UUID) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        first, second = sorted((ra, rb), key=lambda x: (self.rank[x], str(x)))
        self.parent[second] = first
        self.events[first] |= self.events.pop(second)

    def keys(self) -> dict[uuid.UUID, uuid.UUID]:
        return {r.id: self.find(r.id) for r in self.rows}


def _donor(s: Session, donor_id: uuid.UUID) -> Donor:
    d = s.get(Donor, donor_id)
    if d is None:
        raise NotFound("That donor is not in this database.")
    if d.merged_into_id is not None:
        d = s.get(Donor, d.merged_into_id)
    return d


def link(desk: Desk, donor_id: uuid.UUID, same_as_id: uuid.UUID) -> None:
    """An organizer says two donors of different events are the same giver (e.g. "Riverside Hardware" and
    "Riverside Hardware & Garden"). The first donor's row keeps the link, whichever event it belongs to."""
    permissions.require(desk, "donations.link_donors")
    with desk.db.write() as s:
        d, same = _donor(s, donor_id), _donor(s, same_as_id)
        if d.id == same.id:
            raise InvalidInput("Pick two different donors.")
        if d.event_id == same.event_id:
            raise InvalidInput(f"{d.name} and {same.name} are in the same event: merge them (Merge donors…) instead.")
        before = d.known_as_id
        d.known_as_id = same.id
        audit.record(s, desk, "donors linked across events", entity="donor", entity_id=d.id,
                     summary=f"{d.name} is the same donor as {same.name}",
                     before={"known_as": str(before) if before else ""}, after={"known_as": str(same.id)})


def link_givers(desk: Desk, donor_ids: Sequence[uuid.UUID], same_as_ids: Sequence[uuid.UUID]) -> None:
    """Two givers as a statement lists them (each its donor rows) are one: the first two rows of different events
    are linked. Rows all of one event are two donors of that event: merged there, not linked."""
    with desk.db.read() as s:
        events = {i: e for i, e in s.execute(select(Donor.id, Donor.event_id)
                                             .where(Donor.id.in_([*donor_ids, *same_as_ids])))}
    pair = next(((a, b) for a in donor_ids for b in same_as_ids if events.get(a) != events.get(b)), None)
    if pair is None:
        raise InvalidInput("These donors are in the same event: merge them there (Merge donors…) instead.")
    link(desk, *pair)


def keep_apart(desk: Desk, donor_id: uuid.UUID) -> None:
    """An organizer says this donor is not the same as the other events' donors of its name (two Pat Lees)."""
    permissions.require(desk, "donations.link_donors")
    with desk.db.write() as s:
        d = _donor(s, donor_id)
        before = d.known_as_id
        d.known_as_id = d.id
        audit.record(s, desk, "donor kept apart across events", entity="donor", entity_id=d.id,
                     summary=f"{d.name} is not the same as other events' donors of that name",
                     before={"known_as": str(before) if before else ""}, after={"known_as": str(d.id)})
