"""The event's language: an event setting ("language" = "en" | "es"), English until an organizer says otherwise."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from nightout_desk.models import EventSetting
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput

ENGLISH = "en"
SPANISH = "es"
LANGUAGES = {ENGLISH: "English", SPANISH: "Español (Spanish)"}
SETTING = "language"


def checked(code: str) -> str:
    """'es', 'ES', 'spanish', 'español' -> 'es'; anything else raises InvalidInput in one sentence."""
    wanted = code.strip().lower()
    names = {"english": ENGLISH, "spanish": SPANISH, "español": SPANISH, "espanol": SPANISH}
    found = wanted if wanted in LANGUAGES else names.get(wanted)
    if found is None:
        raise InvalidInput(f"“{code}” is not a language printouts can use: choose en (English) or es (Spanish).")
    return found


def event_language(s: Session, event_id: uuid.UUID) -> str:
    """The language the event's printouts speak, inside the caller's transaction."""
    value = s.scalar(select(EventSetting.value).where(EventSetting.event_id == event_id, EventSetting.key == SETTING))
    return value if value in LANGUAGES else ENGLISH


def desk_language(desk: Desk) -> str:
    """The language of the desk's event, in a read of its own."""
    with desk.db.read() as s:
        return event_language(s, desk.event_id)


def set_language(desk: Desk, code: str) -> str:
    """An organizer's choice of the printouts' language (audited as a setting); returns the code saved."""
    from nightout_desk.services import events  # events is a level above the words it stores

    language = checked(code)
    events.set_setting(desk, SETTING, language)
    return language
