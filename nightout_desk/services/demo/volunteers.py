"""The demo's volunteers: officers, Explorers and other youth (minors with guardians — one without), Rotary,
a church, businesses; two shifts at every station; clock-ins over the evening, some left open, one corrected."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from nightout_desk.models import BadgePrint, Shift, ShiftAssignment, Station, TimeEntry, Volunteer
from nightout_desk.services.demo.data import FAMILY_NAMES, FIRST_NAMES
from nightout_desk.services.demo.night import DESK_VOLUNTEERS, DEVICES, DemoNight
from nightout_desk.services.volunteers.roster import new_badge_code, search_text

# organization, role, how many, minors?
GROUPS = [
    ("Riverside Police Department", "officer", 9, False),
    ("Explorer Post 12", "youth", 7, True),
    ("Riverside High Key Club", "youth", 5, True),
    ("Rotary Club of Riverside", "civilian", 6, False),
    ("St. Mark's Church", "civilian", 5, False),
    ("Neighborhood Watch", "civilian", 5, False),
    ("Miller's Hardware", "civilian", 2, False),
    ("Riverside Pizza Co.", "civilian", 3, False),
]
NEEDED = {"Check-in table": 3, "Dunk tank": 2, "K-9 demonstration": 2, "Fingerprinting / child ID": 3,
          "Bounce house": 2, "Food": 3, "First aid": 1, "Giveaways": 2}
SIZES = ["S", "M", "M", "L", "L", "XL", "2XL"]


def _volunteers(night: DemoNight) -> list[Volunteer]:
    rng, desk = night.rng, night.desk
    people = []
    with desk.db.write() as s:
        for org, role, count, minors in GROUPS:
            for _ in range(max(1, round(count * 0.75)) if night.previous_year else count):
                first, last = rng.choice(FIRST_NAMES), rng.choice(FAMILY_NAMES)
                v = Volunteer(event_id=desk.event_id, badge_code=new_badge_code(s), first_name=first, last_name=last,
                              organization=org, role=role, tshirt_size=rng.choice(SIZES),
                              phone=f"(555) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
                              email=f"{first[0].lower()}.{rng.randint(100, 999)}@example.org",
                              emergency_name=f"{rng.choice(FIRST_NAMES)} {last}",
                              emergency_phone=f"(555) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}")
                if minors:
                    v.is_minor = True
                    v.birth_year = night.start.year - rng.randint(14, 17)
                    v.guardian_name = f"{rng.choice(FIRST_NAMES)} {last}"
                    v.guardian_phone = f"(555) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
                if role == "officer":
                    v.first_name = first
                    v.notes = "Badge number on file with the department"
                v.search_text = search_text(v)
                v.created_at = v.updated_at = night.start - timedelta(days=rng.randint(3, 40))
                s.add(v)
                people.append(v)
        people[9].guardian_name = people[9].guardian_phone = ""  # a minor whose form came back without a guardian
        s.flush()
        for v in people:
            if rng.random() < 0.85:
                s.add(BadgePrint(event_id=desk.event_id, volunteer_id=v.id, stock="avery-5392",
                                 at=night.start - timedelta(days=1), device="Desk 1", operator="Demo"))
    return people


def _volunteers_and_shifts(night: DemoNight) -> None:
    rng, desk = night.rng, night.desk
    people = _volunteers(night)
    setup, handover = night.start - timedelta(minutes=30), night.moment(0.45)
    with desk.db.write() as s:
        stations = list(s.scalars(select(Station).where(Station.event_id == desk.event_id)
                                  .order_by(Station.sort_order)))
        pool = list(people)
        rng.shuffle(pool)
        for st in stations:
            needed = NEEDED.get(st.name, 1)
            for i, (start, end) in enumerate(((setup, handover), (handover, night.end))):
                sh = Shift(event_id=desk.event_id, station_id=st.id, starts_at=start, ends_at=end,
                           needed=needed + (1 if st.name == "Food" and i == 1 else 0))
                s.add(sh)
                s.flush()
                booked = needed - (1 if rng.random() < 0.25 else 0)  # a few shifts short of people
                for _ in range(booked):
                    if not pool:
                        pool = list(people)
                        rng.shuffle(pool)
                    v = pool.pop()
                    s.add(ShiftAssignment(event_id=desk.event_id, shift_id=sh.id, volunteer_id=v.id,
                                          created_at=night.start - timedelta(days=2), operator="Demo"))
                    _time_entries(night, s, sh, v)


def _time_entries(night: DemoNight, s, sh: Shift, v: Volunteer) -> None:  # noqa: ANN001 - a Session
    rng, desk = night.rng, night.desk
    if sh.starts_at > night.now or rng.random() < 0.08:
        return  # the shift has not started, or they have not shown up
    came = sh.starts_at + timedelta(minutes=rng.randint(-10, 15))
    entry = TimeEntry(event_id=desk.event_id, volunteer_id=v.id, shift_id=sh.id, clock_in=came, source="scan",
                      device=rng.choice(DEVICES), operator=rng.choice(DESK_VOLUNTEERS))
    if sh.ends_at <= night.now:
        roll = rng.random()
        if roll < 0.85:
            entry.clock_out = sh.ends_at + timedelta(minutes=rng.randint(-15, 10))
        s.add(entry)
        s.flush()
        if 0.85 <= roll < 0.9:  # forgot to scan out; an organizer fixed it from the shift sheet
            s.add(TimeEntry(event_id=desk.event_id, volunteer_id=v.id, shift_id=sh.id, clock_in=came,
                            clock_out=sh.ends_at, source="correction", supersedes_id=entry.id,
                            reason="forgot to scan out; confirmed by the station lead", device="Desk 1",
                            operator="Officer Dana Reyes", created_at=night.now - timedelta(minutes=5)))
        # roll >= 0.9: still open after the shift: flagged for review
    else:
        s.add(entry)  # on duty now


STEPS = (("Volunteers, shifts and hours", _volunteers_and_shifts),)
