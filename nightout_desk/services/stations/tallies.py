"""Participation tallies at stations (+1 / +5 buttons, household ticket scans) and child-ID kit counts.

Append-only: every press is a row; a correction is a negative row; a station's count is the sum.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from nightout_desk import clock
from nightout_desk.models import ChildIdKitHandout, Household, Station, Tally
from nightout_desk.services import audit
from nightout_desk.services.checkin import households
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound
from nightout_desk.services.stations import waivers
from nightout_desk.text import compact_code

MAX_AT_ONCE = 50
SAME_SCAN_SECONDS = 10  # a ticket scanned twice within this time is one child, not two


@dataclass(frozen=True)
class TallyResult:
    station_id: uuid.UUID
    station_name: str
    added: int
    total: int
    family_name: str = ""  # set for a scan


def _station(s, desk: Desk, station_id: uuid.UUID) -> Station:  # noqa: ANN001 - a Session
    st = s.get(Station, station_id, with_for_update=True)
    if st is None or st.event_id != desk.event_id:
        raise NotFound("That station is not in this event.")
    return st


def _total(s, station_id: uuid.UUID) -> int:  # noqa: ANN001
    return int(s.scalar(select(func.coalesce(func.sum(Tally.count), 0)).where(Tally.station_id == station_id)))


def add(desk: Desk, station_id: uuid.UUID, count: int = 1) -> TallyResult:
    """The big "+1" / "+5" button."""
    if not isinstance(count, int) or not 1 <= count <= MAX_AT_ONCE:
        raise InvalidInput(f"Add between 1 and {MAX_AT_ONCE} at a time.")
    with desk.db.write() as s:
        st = _station(s, desk, station_id)
        s.add(Tally(event_id=desk.event_id, station_id=st.id, count=count, method="button", at=clock.now(),
                    operator=desk.operator, device=desk.device))
        s.flush()
        total = _total(s, st.id)
        audit.record(s, desk, "tally", entity="station", entity_id=st.id, summary=f"{st.name}: +{count} (now {total})")
        return TallyResult(st.id, st.name, count, total)


def correct(desk: Desk, station_id: uuid.UUID, count: int = 1) -> TallyResult:
    """Take back a mistaken press: a negative row, never below zero."""
    if not isinstance(count, int) or not 1 <= count <= MAX_AT_ONCE:
        raise InvalidInput(f"Take back between 1 and {MAX_AT_ONCE} at a time.")
    with desk.db.write() as s:
        st = _station(s, desk, station_id)
        total = _total(s, st.id)
        if total - count < 0:
            raise Conflict(f"{st.name} has only {total} counted; nothing to take back.")
        s.add(Tally(event_id=desk.event_id, station_id=st.id, count=-count, method="correction", at=clock.now(),
                    operator=desk.operator, device=desk.device))
        audit.record(s, desk, "tally corrected", entity="station", entity_id=st.id,
                     summary=f"{st.name}: −{count} (now {total - count})")
        return TallyResult(st.id, st.name, -count, total - count)


def scan(desk: Desk, station_id: uuid.UUID, scanned: str) -> TallyResult:
    """A household's ticket (ours or a registration platform's) scanned at a station: +1, refused at a waiver station
    without a waiver on file."""
    code = compact_code(scanned)
    if not code:
        raise InvalidInput("Scan the family's ticket, or type its code.")
    with desk.db.write() as s:
        st = _station(s, desk, station_id)
        # our ticket code, or a registration platform's (an Eventbrite barcode); a merged duplicate's: the one kept
        household_id = households.household_id_for_code(s, desk, code)
        if household_id is None:
            raise NotFound(f"No family has the ticket “{scanned.strip()}”. Check the code, or use the +1 button.")
        h = s.get(Household, household_id)
        if st.needs_waiver and not waivers.on_file(s, desk, h.id, st.id):
            raise waivers.WaiverNeeded(
                f"No waiver on file for the {h.family_name} family at the {st.name}. A parent or guardian must "
                f"sign one first — nobody was counted.", household_id=h.id, family_name=h.family_name)
        now = clock.now()
        recent = s.scalar(select(func.count()).select_from(Tally).where(
            Tally.station_id == st.id, Tally.household_id == h.id,
            Tally.at >= now - timedelta(seconds=SAME_SCAN_SECONDS)))
        if recent:
            raise Conflict(f"The {h.family_name} ticket was scanned here a moment ago; it was counted once.")
        s.add(Tally(event_id=desk.event_id, station_id=st.id, count=1, method="scan", household_id=h.id, at=now,
                    operator=desk.operator, device=desk.device))
        s.flush()
        total = _total(s, st.id)
        audit.record(s, desk, "tally", entity="station", entity_id=st.id,
                     summary=f"{st.name}: +1 by ticket {h.ticket_code} ({h.family_name}) (now {total})")
        return TallyResult(st.id, st.name, 1, total, h.family_name)


def totals(desk: Desk) -> dict[uuid.UUID, int]:
    """Each station's count (stations with nothing counted are missing)."""
    with desk.db.read() as s:
        rows = s.execute(select(Tally.station_id, func.sum(Tally.count)).where(Tally.event_id == desk.event_id)
                         .group_by(Tally.station_id))
        return {sid: int(n) for sid, n in rows}


@dataclass(frozen=True)
class TallyLine:
    at: datetime
    count: int
    method: str
    family_name: str
    operator: str


def recent(desk: Desk, station_id: uuid.UUID, limit: int = 20) -> list[TallyLine]:
    with desk.db.read() as s:
        rows = s.execute(select(Tally, Household.family_name).outerjoin(Household, Household.id == Tally.household_id)
                         .where(Tally.event_id == desk.event_id, Tally.station_id == station_id)
                         .order_by(Tally.at.desc()).limit(limit))
        return [TallyLine(t.at, t.count, t.method, name or "", t.operator) for t, name in rows]


# --- child-ID kits: counts only ----------------------------------------------------------------------------------

def hand_out_kits(desk: Desk, station_id: uuid.UUID, count: int = 1) -> int:
    """Count child-ID kits handed out (no fingerprints, photos or child details are stored). Returns the total."""
    if not isinstance(count, int) or count == 0 or abs(count) > MAX_AT_ONCE:
        raise InvalidInput(f"Count between 1 and {MAX_AT_ONCE} kits at a time.")
    with desk.db.write() as s:
        st = _station(s, desk, station_id)
        before = kits_total_in(s, desk, st.id)
        if before + count < 0:
            raise Conflict(f"Only {before} kits were counted at {st.name}; nothing to take back.")
        s.add(ChildIdKitHandout(event_id=desk.event_id, station_id=st.id, count=count, at=clock.now(),
                                operator=desk.operator, device=desk.device))
        audit.record(s, desk, "child-ID kits counted", entity="station", entity_id=st.id,
                     summary=f"{st.name}: {count:+d} kits (now {before + count})")
        return before + count


def kits_total_in(s, desk: Desk, station_id: uuid.UUID | None = None) -> int:  # noqa: ANN001
    q = select(func.coalesce(func.sum(ChildIdKitHandout.count), 0)).where(ChildIdKitHandout.event_id == desk.event_id)
    if station_id is not None:
        q = q.where(ChildIdKitHandout.station_id == station_id)
    return int(s.scalar(q))


def kits_total(desk: Desk, station_id: uuid.UUID | None = None) -> int:
    with desk.db.read() as s:
        return kits_total_in(s, desk, station_id)
