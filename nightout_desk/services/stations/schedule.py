"""Timed demonstrations at stations (the K-9 demo at 18:30 and 19:30) and the countdown to the next one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select

from nightout_desk import clock
from nightout_desk.models import Demonstration, Event, Station
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput, NotFound
from nightout_desk.services.stations.stations import _hhmm

MAX_MINUTES = 240


@dataclass(frozen=True)
class DemonstrationInfo:
    id: uuid.UUID
    station_id: uuid.UUID
    station_name: str
    location: str
    title: str
    starts_at: datetime  # aware UTC
    minutes: int
    cancelled: bool

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)

    @property
    def local_time(self) -> str:
        return clock.hhmm(self.starts_at)

    def is_running(self, now: datetime) -> bool:
        return not self.cancelled and self.starts_at <= now < self.ends_at

    def when(self, now: datetime) -> str:
        """'in 12 min', 'now' (running), 'done' (over) or 'cancelled' — a live countdown in words."""
        if self.cancelled:
            return "cancelled"
        if now >= self.ends_at:
            return "done"
        return "now" if now >= self.starts_at else countdown(self.starts_at, now)

    def words(self, now: datetime) -> str:
        """'K-9 demonstration at 19:30 · in 12 min' — what the board and the Stations tab say about it."""
        return f"{self.title} at {self.local_time} · {self.when(now)}"


def countdown(until: datetime, now: datetime) -> str:
    """"in 1 h 05 min", "in 12 min", "in 45 s", "now" — for the board and the Stations tab."""
    seconds = int((until - now).total_seconds())
    if seconds <= 0:
        return "now"
    if seconds < 60:
        return f"in {seconds} s"
    minutes = (seconds + 59) // 60
    if minutes < 60:
        return f"in {minutes} min"
    return f"in {minutes // 60} h {minutes % 60:02d} min"


def event_moment(desk: Desk, s, hhmm: str) -> datetime:  # noqa: ANN001 - a Session
    """A local wall-clock time ("18:30") on the event's date, as an aware UTC datetime."""
    value = _hhmm(hhmm, "The demonstration time")
    if not value:
        raise InvalidInput("Give the demonstration a start time, e.g. 18:30.")
    event = s.get(Event, desk.event_id)
    hour, minute = (int(x) for x in value.split(":"))
    local = datetime.combine(event.date, time(hour, minute)).astimezone()  # the laptop's zone, like clock.local
    return local.astimezone(clock.now().tzinfo)


def _info(d: Demonstration, st: Station) -> DemonstrationInfo:
    return DemonstrationInfo(d.id, st.id, st.name, st.location, d.title, d.starts_at, d.minutes, d.cancelled)


def _minutes(value: int) -> int:
    try:
        value = int(value)
    except (TypeError, ValueError):
        raise InvalidInput("The length of a demonstration is a whole number of minutes.") from None
    if not 1 <= value <= MAX_MINUTES:
        raise InvalidInput(f"A demonstration lasts between 1 and {MAX_MINUTES} minutes.")
    return value


def add_demonstration(desk: Desk, station_id: uuid.UUID, title: str, at: str, minutes: int = 20) -> DemonstrationInfo:
    """Schedule a demonstration at `at` (local "HH:MM" on the event's date)."""
    permissions.require(desk, "stations.schedule")
    title = " ".join(title.split())
    if not title:
        raise InvalidInput("Give the demonstration a title, e.g. “K-9 demonstration”.")
    minutes = _minutes(minutes)
    with desk.db.write() as s:
        st = s.get(Station, station_id)
        if st is None or st.event_id != desk.event_id:
            raise NotFound("That station is not in this event.")
        d = Demonstration(event_id=desk.event_id, station_id=st.id, title=title, starts_at=event_moment(desk, s, at),
                          minutes=minutes)
        s.add(d)
        s.flush()
        audit.record(s, desk, "demonstration scheduled", entity="demonstration", entity_id=d.id,
                     summary=f"{title} at {clock.hhmm(d.starts_at)} ({st.name}, {minutes} min)")
        return _info(d, st)


def _get(s, desk: Desk, demo_id: uuid.UUID) -> tuple[Demonstration, Station]:  # noqa: ANN001
    d = s.get(Demonstration, demo_id, with_for_update=True)
    if d is None or d.event_id != desk.event_id:
        raise NotFound("That demonstration is not on this event's schedule.")
    return d, s.get(Station, d.station_id)


def reschedule(desk: Desk, demo_id: uuid.UUID, at: str, minutes: int | None = None,
               title: str | None = None) -> DemonstrationInfo:
    permissions.require(desk, "stations.schedule")
    with desk.db.write() as s:
        d, st = _get(s, desk, demo_id)
        old = {"at": clock.hhmm(d.starts_at), "minutes": d.minutes, "title": d.title}
        d.starts_at = event_moment(desk, s, at)
        if minutes is not None:
            d.minutes = _minutes(minutes)
        if title is not None and " ".join(title.split()):
            d.title = " ".join(title.split())
        before, after = audit.changes(old, {"at": clock.hhmm(d.starts_at), "minutes": d.minutes, "title": d.title})
        audit.record(s, desk, "demonstration rescheduled", entity="demonstration", entity_id=d.id,
                     summary=f"{d.title} ({st.name})", before=before, after=after)
        return _info(d, st)


def cancel(desk: Desk, demo_id: uuid.UUID, cancelled: bool = True) -> DemonstrationInfo:
    """Cancel (or restore) a demonstration; the row stays so the schedule's history is kept."""
    permissions.require(desk, "stations.schedule")
    with desk.db.write() as s:
        d, st = _get(s, desk, demo_id)
        d.cancelled = cancelled
        audit.record(s, desk, "demonstration cancelled" if cancelled else "demonstration restored",
                     entity="demonstration", entity_id=d.id, summary=f"{d.title} at {clock.hhmm(d.starts_at)}")
        return _info(d, st)


def schedule(desk: Desk, station_id: uuid.UUID | None = None,
             include_cancelled: bool = True) -> list[DemonstrationInfo]:
    """The evening's demonstrations in time order (one station's, or all)."""
    with desk.db.read() as s:
        q = (select(Demonstration, Station).join(Station, Station.id == Demonstration.station_id)
             .where(Demonstration.event_id == desk.event_id))
        if station_id is not None:
            q = q.where(Demonstration.station_id == station_id)
        if not include_cancelled:
            q = q.where(Demonstration.cancelled.is_(False))
        return [_info(d, st) for d, st in s.execute(q.order_by(Demonstration.starts_at, Station.sort_order))]


def upcoming(desk: Desk, now: datetime | None = None, limit: int = 6,
             station_id: uuid.UUID | None = None) -> list[DemonstrationInfo]:
    """Demonstrations running now or still to come, soonest first (cancelled ones left out)."""
    now = now or clock.now()
    return [d for d in schedule(desk, station_id, include_cancelled=False) if d.ends_at > now][:limit]
