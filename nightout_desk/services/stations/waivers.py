"""Parents' waivers for the stations that need one (dunk tank, bounce house), and the editable waiver text."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from nightout_desk import clock
from nightout_desk.models import Household, Station, Waiver
from nightout_desk.services import audit, events, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound
from nightout_desk.services.wording.language import ENGLISH, SPANISH, event_language
from nightout_desk.services.wording.words import Words

TEXT_KEY = "waiver_text"
DEFAULT_TEXT = (
    "I am the parent or legal guardian of the child named on this form. I have read the rules posted at the "
    "station (height and age limits, one child at a time, no shoes, glasses or sharp objects, follow the "
    "volunteer's instructions) and explained them to my child.\n\n"
    "I understand that the dunk tank, the bounce house and similar activities involve physical activity and a "
    "risk of minor injury. I give permission for my child to take part, and I will stay nearby while they do.\n\n"
    "In an emergency I allow first aid to be given by the event's first-aid volunteers."
)
TEXT_KEY_ES = "waiver_text_es"  # the Spanish text a Spanish event prints
DEFAULT_TEXT_ES = (
    "Soy el padre, la madre o el tutor legal del niño o la niña que figura en este formulario. He leído las reglas "
    "publicadas en la estación (límites de estatura y edad, un niño a la vez, sin zapatos, lentes ni objetos "
    "puntiagudos, seguir las instrucciones del voluntario) y se las he explicado a mi hijo o hija.\n\n"
    "Entiendo que el tanque de agua, el brincolín y otras actividades parecidas implican actividad física y un "
    "riesgo de lesiones leves. Doy permiso para que mi hijo o hija participe, y me quedaré cerca mientras lo hace.\n\n"
    "En caso de emergencia, autorizo que los voluntarios de primeros auxilios del evento le den primeros auxilios."
)
MAX_AGE = 17


class WaiverNeeded(Conflict):
    """A station that needs a parent's permission was asked to count a child without one on file."""

    def __init__(self, message: str, *, household_id: uuid.UUID, family_name: str) -> None:
        super().__init__(message)
        self.household_id = household_id
        self.family_name = family_name


@dataclass(frozen=True)
class WaiverInfo:
    id: uuid.UUID
    household_id: uuid.UUID
    family_name: str
    ticket_code: str
    station_name: str  # "All activities" when it covers every waiver station
    child_first_name: str
    child_age: int
    guardian_name: str
    rules_read: bool
    at: datetime
    operator: str


@dataclass(frozen=True)
class WaiverForm:
    """What the blank paper form prints."""

    event_name: str
    event_date: str  # "August 4, 2026"
    place: str
    stations: tuple[str, ...]  # the stations that need a waiver
    text: str
    words: Words = Words()  # the event's language


def blank_form(desk: Desk) -> WaiverForm:
    event = events.get_event(desk.db, desk.event_id)
    with desk.db.read() as s:
        needs = tuple(s.scalars(select(Station.name).where(Station.event_id == desk.event_id,
                                                           Station.needs_waiver.is_(True))
                                .order_by(Station.sort_order, Station.name)))
        words = Words(event_language(s, desk.event_id))
    return WaiverForm(event.name, words.long_date(event.date), event.place, needs, text(desk, words.language), words)


def text(desk: Desk, language: str = ENGLISH) -> str:
    """The waiver's text in `language`. A Spanish event whose organizer rewrote the English rules but wrote no Spanish
    text prints their English rules: a default in Spanish would promise rules they never set."""
    english = events.get_setting(desk, TEXT_KEY, DEFAULT_TEXT) or DEFAULT_TEXT
    if language != SPANISH:
        return english
    spanish = events.get_setting(desk, TEXT_KEY_ES)
    return spanish or (DEFAULT_TEXT_ES if english == DEFAULT_TEXT else english)


def set_text(desk: Desk, value: str, language: str = ENGLISH) -> None:
    permissions.require(desk, "stations.waiver_text")
    value = value.strip()
    if len(value) < 20:
        raise InvalidInput("The waiver text is too short to be a waiver; write the rules parents agree to.")
    events.set_setting(desk, TEXT_KEY_ES if language == SPANISH else TEXT_KEY, value)


def on_file(s, desk: Desk, household_id: uuid.UUID, station_id: uuid.UUID) -> bool:  # noqa: ANN001 - a Session
    """Whether the household has a waiver covering this station (its own, or one for all activities)."""
    return s.scalar(select(Waiver.id).where(
        Waiver.event_id == desk.event_id, Waiver.household_id == household_id,
        or_(Waiver.station_id.is_(None), Waiver.station_id == station_id)).limit(1)) is not None


def record(desk: Desk, household_id: uuid.UUID, *, child_first_name: str, child_age: int, guardian_name: str,
           rules_read: bool, station_id: uuid.UUID | None = None) -> WaiverInfo:
    """Record a guardian's waiver for one child (station_id None: every station that needs one)."""
    child = " ".join(child_first_name.split())
    guardian = " ".join(guardian_name.split())
    if not child:
        raise InvalidInput("Write the child's first name.")
    if not guardian:
        raise InvalidInput("Write the parent's or guardian's name.")
    try:
        age = int(child_age)
    except (TypeError, ValueError):
        raise InvalidInput("The child's age is a whole number of years.") from None
    if not 0 <= age <= MAX_AGE:
        raise InvalidInput(f"Waivers are for children aged 0 to {MAX_AGE}; adults sign for themselves.")
    if not rules_read:
        raise InvalidInput("The guardian must confirm they read the rules before the waiver can be saved.")
    with desk.db.write() as s:
        h = s.get(Household, household_id)
        if h is None or h.event_id != desk.event_id:
            raise NotFound("That household is not in this event.")
        if h.merged_into_id is not None:
            h = s.get(Household, h.merged_into_id)
        station_name = "All activities"
        if station_id is not None:
            st = s.get(Station, station_id)
            if st is None or st.event_id != desk.event_id:
                raise NotFound("That station is not in this event.")
            station_name = st.name
        w = Waiver(event_id=desk.event_id, household_id=h.id, station_id=station_id, child_first_name=child,
                   child_age=age, guardian_name=guardian, rules_read=True, at=clock.now(), operator=desk.operator,
                   device=desk.device)
        s.add(w)
        s.flush()
        audit.record(s, desk, "waiver recorded", entity="waiver", entity_id=w.id,
                     summary=f"{h.family_name} {h.ticket_code}: {child} ({age}), guardian {guardian} — {station_name}")
        return WaiverInfo(w.id, h.id, h.family_name, h.ticket_code, station_name, child, age, guardian, True, w.at,
                          w.operator)


def list_waivers(desk: Desk, household_id: uuid.UUID | None = None) -> list[WaiverInfo]:
    with desk.db.read() as s:
        q = (select(Waiver, Household.family_name, Household.ticket_code, Station.name)
             .join(Household, Household.id == Waiver.household_id)
             .outerjoin(Station, Station.id == Waiver.station_id)
             .where(Waiver.event_id == desk.event_id))
        if household_id is not None:
            q = q.where(Waiver.household_id == household_id)
        return [WaiverInfo(w.id, w.household_id, name, code, station or "All activities", w.child_first_name,
                           w.child_age, w.guardian_name, w.rules_read, w.at, w.operator)
                for w, name, code, station in s.execute(q.order_by(Waiver.at.desc()))]
