"""What the station board (a TV at the info booth) and the Stations tab show at a glance: every station's status,
count and who is on duty, and the next demonstrations."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

from nightout_desk import clock
from nightout_desk.services import events
from nightout_desk.services.context import Desk
from nightout_desk.services.stations import schedule as station_schedule
from nightout_desk.services.stations import stations
from nightout_desk.services.stations import tallies as station_tallies
from nightout_desk.services.stations.schedule import DemonstrationInfo
from nightout_desk.services.volunteers import hours

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StationStaffing:
    on_duty: tuple[str, ...]  # volunteers on a running shift who are here (or booked, if nobody clocked in)
    needed: int  # people needed by the running shifts
    words: str  # "2 of 3 on duty", "No shift now"
    booked_only: bool = False  # nobody has clocked in: `on_duty` names who is booked, not who is here


@dataclass(frozen=True)
class StationRow:
    id: uuid.UUID
    name: str
    kind: str
    location: str
    status: str
    status_text: str
    opens_at: str
    closes_at: str
    needs_waiver: bool
    count: int
    next_demo: DemonstrationInfo | None  # running now or still to come
    staffing: StationStaffing | None  # None when the station has no shift at all tonight
    last_demo: DemonstrationInfo | None = None  # the latest one already over (shown as "done" when none is next)

    @property
    def demo(self) -> DemonstrationInfo | None:
        """The demonstration to show for this station: the next one, else the last one ("done")."""
        return self.next_demo or self.last_demo


@dataclass(frozen=True)
class BoardSnapshot:
    at: datetime
    event_name: str
    stations: tuple[StationRow, ...]
    next_demos: tuple[DemonstrationInfo, ...]

    @property
    def open_now(self) -> tuple[StationRow, ...]:
        return tuple(s for s in self.stations if s.status == stations.OPEN)


def staffing(desk: Desk, now: datetime) -> dict[uuid.UUID, StationStaffing]:
    """Who is on duty where, from the volunteers' shift coverage."""
    out = {}
    for st in hours.coverage(desk, now):
        running = [sc for sc in st.shifts if sc.running]
        if not running:
            out[st.station_id] = StationStaffing((), 0, "No shift now")
            continue
        here = sorted({n for sc in running for n in sc.present_names})
        booked = sorted({n for sc in running for n in sc.names})
        needed = sum(sc.needed for sc in running)
        out[st.station_id] = StationStaffing(tuple(here or booked), needed,
                                             f"{len(here)} of {needed} on duty" if needed else f"{len(here)} on duty",
                                             booked_only=not here and bool(booked))
    return out


def snapshot(desk: Desk, now: datetime | None = None) -> BoardSnapshot:
    now = now or clock.now()
    event = events.get_event(desk.db, desk.event_id)
    counts = station_tallies.totals(desk)
    planned = station_schedule.schedule(desk, include_cancelled=False)  # in time order
    upcoming = [d for d in planned if d.ends_at > now]
    staff = staffing(desk, now)
    rows = []
    for st in stations.list_stations(desk):
        demo = next((d for d in upcoming if d.station_id == st.id), None)
        over = [d for d in planned if d.station_id == st.id and d.ends_at <= now]
        rows.append(StationRow(st.id, st.name, st.kind, st.location, st.status, st.status_text, st.opens_at,
                               st.closes_at, st.needs_waiver, counts.get(st.id, 0), demo,
                               staff.get(st.id), over[-1] if over else None))
    return BoardSnapshot(now, event.name, tuple(rows), tuple(upcoming[:6]))
