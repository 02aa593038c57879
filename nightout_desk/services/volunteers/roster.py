"""The volunteer roster: who is helping tonight, with minors' guardians and emergency contacts kept private.

Emergency contacts are visible to organizers and lieutenants only: a volunteer-role desk gets a `VolunteerInfo`
with them blanked (`emergency_hidden=True`) and cannot change them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.models import Volunteer
from nightout_desk.models.volunteer import ROLE_CIVILIAN, VOLUNTEER_ROLES
from nightout_desk.services import audit, permissions
from nightout_desk.services.characters import require_text
from nightout_desk.services.codes import BADGE_FIRST, is_badge_code, new_code  # noqa: F401 - is_badge_code handed on
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput, NotFound
from nightout_desk.services.search import contains_every_word
from nightout_desk.text import compact_code, digits, fold, search_words

BADGE_PREFIX = BADGE_FIRST  # what a badge code starts with (services/codes.py tells badges from tickets)
ROLE_LABELS = {"officer": "Officer", "civilian": "Civilian", "youth": "Youth"}
TSHIRT_SIZES = ("", "YS", "YM", "YL", "S", "M", "L", "XL", "2XL", "3XL")
EDITABLE = ("first_name", "last_name", "phone", "email", "organization", "role", "tshirt_size", "notes", "is_minor",
            "birth_year", "guardian_name", "guardian_phone", "emergency_name", "emergency_phone")
PRIVATE = ("emergency_name", "emergency_phone")


@dataclass(frozen=True)
class VolunteerInfo:
    id: uuid.UUID
    badge_code: str
    first_name: str
    last_name: str
    phone: str
    email: str
    organization: str
    role: str
    tshirt_size: str
    notes: str
    is_minor: bool
    birth_year: int | None
    guardian_name: str
    guardian_phone: str
    emergency_name: str  # "" when hidden from this desk
    emergency_phone: str
    emergency_hidden: bool
    created_at: datetime

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role.title())

    @property
    def needs_guardian(self) -> bool:
        """A minor without a guardian's name and phone on file."""
        return self.is_minor and not (self.guardian_name.strip() and self.guardian_phone.strip())


def can_see_private(desk: Desk) -> bool:
    return permissions.may(desk, "volunteers.emergency_contact")


def info(v: Volunteer, desk: Desk) -> VolunteerInfo:
    show = can_see_private(desk)
    return VolunteerInfo(
        v.id, v.badge_code, v.first_name, v.last_name, v.phone, v.email, v.organization, v.role, v.tshirt_size,
        v.notes, v.is_minor, v.birth_year, v.guardian_name, v.guardian_phone,
        v.emergency_name if show else "", v.emergency_phone if show else "", not show, v.created_at,
    )


def search_text(v: Volunteer) -> str:
    return " ".join(x for x in (fold(v.first_name), fold(v.last_name), fold(v.email), fold(v.organization),
                                v.badge_code.lower(), digits(v.phone)) if x)


def _clean(fields: dict, *, event_year: int | None = None) -> dict:
    out = {}
    for key, value in fields.items():
        if key not in EDITABLE:
            raise InvalidInput(f"A volunteer has no field called “{key}”.")
        if isinstance(value, str):
            value = " ".join(value.split()) if key != "notes" else value.strip()
        out[key] = value
    require_text(out)
    if "first_name" in out and not out["first_name"]:
        raise InvalidInput("A volunteer needs at least a first name.")
    if "role" in out:
        out["role"] = (out["role"] or ROLE_CIVILIAN).lower()
        if out["role"] not in VOLUNTEER_ROLES:
            raise InvalidInput("The role must be officer, civilian or youth.")
    year = out.get("birth_year")
    if year not in (None, ""):
        try:
            year = int(year)
        except (TypeError, ValueError):
            raise InvalidInput("The birth year must be a year like 2011.") from None
        if not 1900 <= year <= clock.now().year:
            raise InvalidInput("The birth year must be a year like 2011.")
        out["birth_year"] = year
        if clock.now().year - year < 18:
            out["is_minor"] = True
    elif "birth_year" in out:
        out["birth_year"] = None
    return out


def clean_fields(fields: dict) -> dict:
    """The values a volunteer would be saved with (for the import's preview); raises InvalidInput as saving does."""
    return _clean(fields)


def _get(s: Session, desk: Desk, volunteer_id: uuid.UUID, *, lock: bool = False) -> Volunteer:
    v = s.get(Volunteer, volunteer_id, with_for_update=lock)
    if v is None or v.event_id != desk.event_id:
        raise NotFound("That volunteer is not on this event's roster.")
    return v


def new_badge_code(s: Session) -> str:
    while True:
        code = new_code(7, prefix=BADGE_PREFIX)
        if s.scalar(select(Volunteer.id).where(Volunteer.badge_code == code)) is None:
            return code


def new_volunteer(s: Session, desk: Desk, *, external_ref: str | None = None, **fields) -> Volunteer:
    """Add a volunteer inside the caller's transaction (the import uses it too)."""
    fields = _clean(fields)
    if not can_see_private(desk) and any(fields.get(k) for k in PRIVATE):
        permissions.require(desk, "volunteers.emergency_contact")
    if not fields.get("first_name"):
        raise InvalidInput("A volunteer needs at least a first name.")
    v = Volunteer(event_id=desk.event_id, badge_code=new_badge_code(s), external_ref=external_ref, **fields)
    v.search_text = search_text(v)
    s.add(v)
    s.flush()
    audit.record(s, desk, "volunteer added", entity="volunteer", entity_id=v.id,
                 summary=f"{v.first_name} {v.last_name} ({v.organization or 'no organization'}) badge {v.badge_code}")
    return v


_IMPORT_DEFAULTS = {"last_name": "", "phone": "", "email": "", "organization": "", "role": ROLE_CIVILIAN,
                    "tshirt_size": "", "notes": "", "is_minor": False, "birth_year": None, "guardian_name": "",
                    "guardian_phone": "", "emergency_name": "", "emergency_phone": ""}


def rows_for_import(s: Session, desk: Desk, entries: Sequence[tuple[str | None, dict]]) -> list[dict]:
    """New volunteers' rows for an import's batch (written with `db.bulk.BulkInsert`): the same checks, fresh badge
    codes and search text as `new_volunteer` (it only reads, so it can run before the write transaction). The batch's
    own audit entry stands for them (services/importing/batches.py). `entries`: (external reference, fields) pairs;
    the rows come in the same order."""
    now = clock.now()
    rows = []
    for ref, fields in entries:
        row = {**_IMPORT_DEFAULTS, **_clean(fields)}
        if not can_see_private(desk) and any(row.get(k) for k in PRIVATE):
            permissions.require(desk, "volunteers.emergency_contact")
        if not row.get("first_name"):
            raise InvalidInput("A volunteer needs at least a first name.")
        rows.append({**row, "id": uuid.uuid4(), "event_id": desk.event_id, "external_ref": ref, "created_at": now,
                     "updated_at": now})
    for row, code in zip(rows, fresh_badge_codes(s, len(rows)), strict=True):
        row["badge_code"] = code
        row["search_text"] = search_text(SimpleNamespace(**row))  # the row's values, read as a Volunteer's
    return rows


def fresh_badge_codes(s: Session, n: int) -> list[str]:
    """`n` new badge codes no volunteer holds yet, asked of the database in one query per round."""
    codes: set[str] = set()
    while len(codes) < n:
        wanted = {new_code(7, prefix=BADGE_PREFIX) for _ in range(n - len(codes))} - codes
        codes |= wanted - set(s.scalars(select(Volunteer.badge_code).where(Volunteer.badge_code.in_(wanted))))
    return sorted(codes)


def add_volunteer(desk: Desk, **fields) -> VolunteerInfo:
    with desk.db.write() as s:
        return info(new_volunteer(s, desk, **fields), desk)


def update(desk: Desk, volunteer_id: uuid.UUID, **fields) -> VolunteerInfo:
    permissions.require(desk, "volunteers.edit")
    fields = _clean(fields)
    with desk.db.write() as s:
        v = _get(s, desk, volunteer_id, lock=True)
        if not can_see_private(desk):
            if any(k in fields and fields[k] != getattr(v, k) and fields[k] != "" for k in PRIVATE):
                permissions.require(desk, "volunteers.emergency_contact")
            for k in PRIVATE:  # a blanked field coming back from a volunteer's form changes nothing
                fields.pop(k, None)
        old = {k: getattr(v, k) for k in fields}
        before, after = audit.changes(old, fields)
        if not after:
            return info(v, desk)
        for k, value in after.items():
            setattr(v, k, value)
        v.search_text = search_text(v)
        v.updated_at = clock.now()
        hide = {k: "(private)" for k in PRIVATE if k in after}
        audit.record(s, desk, "volunteer edited", entity="volunteer", entity_id=v.id,
                     summary=f"{v.first_name} {v.last_name}", before={**before, **hide}, after={**after, **hide})
        return info(v, desk)


def get(desk: Desk, volunteer_id: uuid.UUID) -> VolunteerInfo:
    with desk.db.read() as s:
        return info(_get(s, desk, volunteer_id), desk)


def find_by_badge(desk: Desk, code: str) -> VolunteerInfo | None:
    wanted = compact_code(code)
    if not wanted:
        return None
    with desk.db.read() as s:
        v = s.scalar(select(Volunteer).where(Volunteer.event_id == desk.event_id, Volunteer.badge_code == wanted))
        return info(v, desk) if v else None


def roster(desk: Desk, query: str = "") -> list[VolunteerInfo]:
    """Everyone on the roster, by last then first name; `query` words must all match (accent-insensitive)."""
    words = search_words(query)
    with desk.db.read() as s:
        q = select(Volunteer).where(Volunteer.event_id == desk.event_id,
                                    *contains_every_word(Volunteer.search_text, words))
        rows = s.scalars(q.order_by(func.lower(Volunteer.last_name), func.lower(Volunteer.first_name)))
        return [info(v, desk) for v in rows]


def organizations(desk: Desk) -> list[str]:
    with desk.db.read() as s:
        rows = s.scalars(select(Volunteer.organization).where(Volunteer.event_id == desk.event_id,
                                                              Volunteer.organization != "").distinct())
        return sorted(rows, key=str.lower)


def report_summary(desk: Desk):  # noqa: ANN201 - see services.volunteer_hours.VolunteerSummary
    """For the end-of-night report: counts, hours verified and flagged, by station and organization."""
    from nightout_desk.services.volunteers.hours import report_summary as summary

    return summary(desk)
