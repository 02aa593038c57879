"""Demo data for the stations area: statuses and their history, demonstration schedules, tallies, waivers,
child-ID kit counts, incidents — and last year's smaller event, so the report's year-over-year has something
to compare with."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from nightout_desk import clock
from nightout_desk.models import (
    CheckIn,
    ChildIdKitHandout,
    Demonstration,
    Household,
    Incident,
    Station,
    StationStatusChange,
    Tally,
    Waiver,
)
from nightout_desk.services import audit
from nightout_desk.services.context import Desk
from nightout_desk.services.demo.data import FIRST_NAMES
from nightout_desk.services.demo.night import DESK_VOLUNTEERS, DemoNight

LOCATIONS = {
    "check-in": "Main gate", "dunk-tank": "North lawn", "k9": "Ball field", "fingerprinting": "Community tent",
    "equipment": "Parking lot A", "bounce-house": "Playground", "crafts": "Picnic shelter 2", "music": "Band shell",
    "giveaways": "Community tent", "food": "Pavilion", "first-aid": "Fire engine 3", "information": "Main gate",
}
CAPACITY = {"bounce-house": 12, "dunk-tank": 30, "crafts": 25, "k9": 150}
POPULAR = {"bounce-house": 0.9, "dunk-tank": 0.7, "crafts": 0.6, "fingerprinting": 0.35, "equipment": 0.5,
           "k9": 0.8, "music": 0.2, "giveaways": 0.0, "food": 0.0, "first-aid": 0.05, "information": 0.15}
STATION_OPERATORS = ["Officer Dana Reyes", "Sgt. Mike Torres", "Explorer Jamie Park", "Lena Fischer",
                     "Coach Ray Okafor", "Firefighter Ana Silva"]


def _stations_step(night: DemoNight) -> None:
    rng, desk = night.rng, night.desk
    with desk.db.write() as s:
        stations = list(s.scalars(select(Station).where(Station.event_id == desk.event_id)))
        checked_in = list(s.execute(select(Household.id, CheckIn.at).join(CheckIn, CheckIn.household_id == Household.id)
                                    .where(Household.event_id == desk.event_id)))
        open_at = night.start + timedelta(minutes=5)
        for st in stations:
            st.location = LOCATIONS.get(st.kind, "")
            st.opens_at = clock.hhmm(night.start)
            st.closes_at = clock.hhmm(night.end - timedelta(minutes=15 if st.kind != "check-in" else 0))
            st.capacity = CAPACITY.get(st.kind)
            _status(s, desk, st, "open", "", open_at + timedelta(minutes=rng.randint(0, 20)))
        by_kind = {st.kind: st for st in stations}
        # the K-9 team rested after its first demonstration; the dunk tank stopped for a refill; the bounce house
        # is down since its blower tripped the generator (see the incident)
        _status(s, desk, by_kind["k9"], "paused", "K-9 resting", night.start + timedelta(minutes=85))
        _status(s, desk, by_kind["k9"], "open", "", night.start + timedelta(minutes=110))
        _status(s, desk, by_kind["dunk-tank"], "paused", "Refilling the tank", night.now - timedelta(minutes=40))
        _status(s, desk, by_kind["dunk-tank"], "open", "", night.now - timedelta(minutes=30))
        _status(s, desk, by_kind["bounce-house"], "paused", "Blower tripped the breaker",
                night.now - timedelta(minutes=19))

        _demonstrations(s, night, by_kind)
        _waivers_and_tallies(s, night, stations, by_kind, checked_in)
        for _ in range(rng.randint(12, 20)):
            s.add(ChildIdKitHandout(event_id=desk.event_id, station_id=by_kind["fingerprinting"].id,
                                    count=rng.choice([1, 1, 2, 3]), at=night.arrival_time(),
                                    operator="Officer Dana Reyes", device="Community tent"))
        _incidents(s, night, by_kind)
        audit.record(s, desk, "demo stations created", entity="event", entity_id=desk.event_id,
                     summary="statuses, demonstrations, tallies, waivers, kits, incidents")


def _status(s, desk: Desk, st: Station, status: str, reason: str, at) -> None:  # noqa: ANN001
    st.status, st.status_reason = status, reason
    s.add(StationStatusChange(event_id=desk.event_id, station_id=st.id, status=status, reason=reason, at=at,
                              operator="Demo", device="Demo"))


def _demonstrations(s, night: DemoNight, by_kind: dict) -> None:  # noqa: ANN001
    plan = [("k9", "K-9 demonstration: Officer Reyes and Max", 60, 20), ("k9", "K-9 demonstration", 150, 20),
            ("k9", "K-9 demonstration: tracking", 210, 15), ("dunk-tank", "Dunk the Chief!", 135, 30),
            ("equipment", "SWAT vehicle tour", 90, 30), ("equipment", "Fire engine ladder demo", 170, 25),
            ("music", "Riverside High jazz band", 30, 45), ("crafts", "Paint-a-badge for kids", 125, 30)]
    for kind, title, minutes_in, length in plan:
        s.add(Demonstration(event_id=night.desk.event_id, station_id=by_kind[kind].id, title=title,
                            starts_at=night.start + timedelta(minutes=minutes_in), minutes=length,
                            cancelled=title == "SWAT vehicle tour"))


def _waivers_and_tallies(s, night: DemoNight, stations: list, by_kind: dict, checked_in: list) -> None:  # noqa: ANN001
    rng, desk = night.rng, night.desk
    waiver_ids = set()
    for hid, at in rng.sample(checked_in, min(len(checked_in), max(5, len(checked_in) // 5))):
        when = at + timedelta(minutes=rng.randint(2, 15))
        if when > night.now:
            continue
        station = rng.choice([None, None, by_kind["bounce-house"], by_kind["dunk-tank"]])
        s.add(Waiver(event_id=desk.event_id, household_id=hid, station_id=station.id if station else None,
                     child_first_name=rng.choice(FIRST_NAMES), child_age=rng.randint(3, 12),
                     guardian_name=f"{rng.choice(FIRST_NAMES)} (parent)", rules_read=True, at=when,
                     operator=rng.choice(STATION_OPERATORS), device="Playground tablet"))
        waiver_ids.add((hid, station.id if station else None, when))
    for st in stations:
        share = POPULAR.get(st.kind, 0.0)
        if not share:
            continue
        target = int(len(checked_in) * share * rng.uniform(0.8, 1.2))
        counted = 0
        if st.needs_waiver:
            for hid, station_id, when in waiver_ids:
                if station_id in (None, st.id):
                    s.add(Tally(event_id=desk.event_id, station_id=st.id, count=1, method="scan", household_id=hid,
                                at=min(night.now, when + timedelta(minutes=rng.randint(1, 20))),
                                operator=rng.choice(STATION_OPERATORS), device=f"{st.name} tablet"))
                    counted += 1
        while counted < target:
            n = rng.choice([1, 1, 1, 1, 5])
            s.add(Tally(event_id=desk.event_id, station_id=st.id, count=n, method="button", at=night.arrival_time(),
                        operator=rng.choice(STATION_OPERATORS), device=f"{st.name} tablet"))
            counted += n
        if rng.random() < 0.5:
            s.add(Tally(event_id=desk.event_id, station_id=st.id, count=-1, method="correction",
                        at=night.arrival_time(), operator=rng.choice(STATION_OPERATORS), device=f"{st.name} tablet"))


def _incidents(s, night: DemoNight, by_kind: dict) -> None:  # noqa: ANN001
    desk, t = night.desk, night.start
    rows = [
        (by_kind["bounce-house"], "lost child", "Girl, about 5, pink hoodie, separated from her dad near the bounce "
         "house", t + timedelta(minutes=48), "Reunited with her father at the info booth after 9 minutes"),
        (by_kind["first-aid"], "first aid", "Scraped knee on the playground, cleaned and bandaged",
         t + timedelta(minutes=70), "Treated on site; parent declined further care"),
        (by_kind["bounce-house"], "equipment", "Bounce-house blower tripped the generator breaker",
         night.now - timedelta(minutes=20), ""),
        (by_kind["k9"], "note", "Max the K-9 did great; the crowd asked for an extra demo next year",
         t + timedelta(minutes=85), ""),
    ]
    for station, kind, text, at, resolution in rows:
        s.add(Incident(event_id=desk.event_id, station_id=station.id, kind=kind, description=text, at=at,
                       operator=DESK_VOLUNTEERS[3], device="Info booth", resolution=resolution,
                       resolved_at=at + timedelta(minutes=9) if resolution else None))


STEPS = (("Stations, demonstrations, tallies, waivers, incidents", _stations_step),)
