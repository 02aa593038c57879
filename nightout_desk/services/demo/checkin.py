"""Demo households, pre-registered and walk-up, and their check-ins over the evening's curve (a few undone)."""

from __future__ import annotations

from datetime import timedelta

from nightout_desk.models import CheckIn, CheckInUndo, Household
from nightout_desk.models.household import SOURCE_PREREGISTERED, SOURCE_WALK_UP
from nightout_desk.services.checkin.households import search_text
from nightout_desk.services.codes import new_ticket_code
from nightout_desk.services.demo.data import EMAIL_DOMAINS, FAMILY_NAMES, FIRST_NAMES, NEIGHBOURHOODS, NOTES
from nightout_desk.services.demo.night import DESK_VOLUNTEERS, DEVICES, DemoNight
from nightout_desk.text import fold


def _household(night: DemoNight, source: str, number: int) -> Household:
    rng = night.rng
    family = rng.choice(FAMILY_NAMES)
    firsts = ", ".join(rng.sample(FIRST_NAMES, rng.choice([1, 2, 2, 3, 4])))
    hood, zip_code = rng.choice(NEIGHBOURHOODS)
    email = f"{fold(family).replace(' ', '').replace(chr(39), '')}{number}@{rng.choice(EMAIL_DOMAINS)}"
    h = Household(
        event_id=night.desk.event_id, ticket_code=new_ticket_code(), family_name=family, first_names=firsts,
        phone=f"(555) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}" if rng.random() < 0.85 else "",
        email=email if source == SOURCE_PREREGISTERED or rng.random() < 0.3 else "",
        zip_code=zip_code, neighbourhood=hood, adults_expected=rng.choice([1, 2, 2, 2, 3]),
        kids_expected=rng.choice([0, 1, 2, 2, 3, 4]), source=source,
        external_ref=f"demo:{number}" if source == SOURCE_PREREGISTERED else None,
        notes=rng.choice(NOTES), consent_to_contact=rng.random() < 0.6,
    )
    h.search_text = search_text(h)
    h.created_at = h.updated_at = night.start - timedelta(days=rng.randint(1, 30))
    return h


def households_and_check_ins(night: DemoNight) -> None:
    rng = night.rng
    with night.desk.db.write() as s:
        for number in range(night.households):
            walk_up = rng.random() < 0.18
            h = _household(night, SOURCE_WALK_UP if walk_up else SOURCE_PREREGISTERED, number)
            s.add(h)
            s.flush()
            night.household_ids.append(h.id)
            if walk_up or rng.random() < 0.55:
                at = night.arrival_time()
                if walk_up:
                    h.created_at = h.updated_at = at
                c = CheckIn(event_id=h.event_id, household_id=h.id, at=at, device=rng.choice(DEVICES),
                            operator=rng.choice(DESK_VOLUNTEERS),
                            adults=max(1, h.adults_expected + rng.choice([0, 0, 0, -1, 1])),
                            kids=max(0, h.kids_expected + rng.choice([0, 0, 0, -1, 1])))
                s.add(c)
                s.flush()
                night.checked_in_ids.append(h.id)
                if rng.random() < 0.02:  # a few mistakes, undone at the table
                    s.add(CheckInUndo(event_id=h.event_id, check_in_id=c.id, at=at + timedelta(minutes=1),
                                      reason="wrong family selected", device=c.device, operator=c.operator))
                    night.checked_in_ids.pop()


STEPS = (("Households and check-ins", households_and_check_ins),)
