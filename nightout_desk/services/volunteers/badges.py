"""Which badges and ticket labels to print, and the record of each print (reprints of lost badges counted)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from nightout_desk import clock
from nightout_desk.models import BadgePrint, Event, Household, Shift, ShiftAssignment, Station, Volunteer
from nightout_desk.services import audit
from nightout_desk.services.codes import pretty
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput, NotFound
from nightout_desk.services.wording.language import event_language
from nightout_desk.services.wording.words import Words
from nightout_desk.text import compact_code

WHO = ("volunteers", "households", "all")
HOUSEHOLD = "household"


@dataclass(frozen=True)
class BadgeData:
    kind: str  # "volunteer" or "household"
    id: uuid.UUID
    code: str  # what the QR carries: the badge code or the household's ticket code
    code_text: str  # printed under the QR, easy to read aloud
    first_line: str  # the first name, big (a household: the family name)
    second_line: str  # the last name (a household: first names)
    role: str  # officer | civilian | youth | household: the colour band
    role_label: str
    detail: str  # the stations tonight (a household: adults and kids)
    organization: str  # (a household: the neighbourhood)
    times_printed: int


@dataclass(frozen=True)
class BadgeSheet:
    event_name: str
    event_date: str  # "Tuesday, August 4, 2026"
    badges: tuple[BadgeData, ...]
    words: Words = Words()  # the event's language


def badge_sheet(desk: Desk, who: str = "volunteers", only_unprinted: bool = False,
                volunteer_code: str | None = None) -> BadgeSheet:
    """The badges to print, volunteers by last name then households by family name."""
    if who not in WHO:
        raise InvalidInput(f"Print badges for volunteers, households or all — not “{who}”.")
    with desk.db.read() as s:
        event = s.get(Event, desk.event_id)
        words = Words(event_language(s, desk.event_id))
        counts: dict[uuid.UUID, int] = defaultdict(int)
        for vid, hid, n in s.execute(select(BadgePrint.volunteer_id, BadgePrint.household_id, func.count())
                                     .where(BadgePrint.event_id == desk.event_id)
                                     .group_by(BadgePrint.volunteer_id, BadgePrint.household_id)):
            counts[vid or hid] += n
        out: list[BadgeData] = []
        if volunteer_code:
            code = compact_code(volunteer_code)
            v = s.scalar(select(Volunteer).where(Volunteer.event_id == desk.event_id, Volunteer.badge_code == code))
            if v is None:
                raise NotFound(f"No volunteer has the badge {code}.")
            people = [v]
        elif who in ("volunteers", "all"):
            people = list(s.scalars(select(Volunteer).where(Volunteer.event_id == desk.event_id)
                                    .order_by(func.lower(Volunteer.last_name), func.lower(Volunteer.first_name))))
        else:
            people = []
        stations: dict[uuid.UUID, list[str]] = defaultdict(list)
        for vid, name in s.execute(select(ShiftAssignment.volunteer_id, Station.name)
                                   .join(Shift, Shift.id == ShiftAssignment.shift_id)
                                   .join(Station, Station.id == Shift.station_id)
                                   .where(ShiftAssignment.event_id == desk.event_id,
                                          ShiftAssignment.removed_at.is_(None)).order_by(Shift.starts_at)):
            if name not in stations[vid]:
                stations[vid].append(name)
        for v in people:
            if only_unprinted and counts[v.id] and not volunteer_code:
                continue
            out.append(BadgeData("volunteer", v.id, v.badge_code, v.badge_code, v.first_name, v.last_name, v.role,
                                 words.label(f"role.{v.role}", v.role.title()), " · ".join(stations[v.id]),
                                 v.organization, counts[v.id]))
        if who in ("households", "all") and not volunteer_code:
            for h in s.scalars(select(Household).where(Household.event_id == desk.event_id,
                                                       Household.merged_into_id.is_(None))
                               .order_by(func.lower(Household.family_name))):
                if only_unprinted and counts[h.id]:
                    continue
                people_text = words.count(h.adults_expected, "count.adults")
                if h.kids_expected:
                    people_text += " · " + words.count(h.kids_expected, "count.kids")
                out.append(BadgeData(HOUSEHOLD, h.id, h.ticket_code, pretty(h.ticket_code), h.family_name,
                                     h.first_names, HOUSEHOLD, words("role.household"), people_text, h.neighbourhood,
                                     counts[h.id]))
        return BadgeSheet(event.name, words.day(event.date), tuple(out), words)


def record_printed(desk: Desk, badges: list[BadgeData] | tuple[BadgeData, ...], stock: str,
                   reason: str = "") -> int:
    """Count each badge printed; a badge printed before is a reprint (audited with the reason). Returns reprints."""
    if not badges:
        return 0
    reprints = 0
    with desk.db.write() as s:
        for b in badges:
            is_volunteer = b.kind != HOUSEHOLD
            before = s.scalar(select(func.count()).select_from(BadgePrint).where(
                (BadgePrint.volunteer_id if is_volunteer else BadgePrint.household_id) == b.id))
            s.add(BadgePrint(event_id=desk.event_id, volunteer_id=b.id if is_volunteer else None,
                             household_id=None if is_volunteer else b.id, stock=stock, reprint=bool(before),
                             reason=reason.strip(), at=clock.now(), device=desk.device, operator=desk.operator))
            if before:
                reprints += 1
                audit.record(s, desk, "badge reprinted", entity="volunteer" if is_volunteer else "household",
                             entity_id=b.id, summary=f"{b.first_line} {b.second_line} {b.code_text} on {stock}, "
                                                     f"print #{before + 1}" + (f": {reason.strip()}" if reason.strip()
                                                                               else ""))
        first = len(badges) - reprints
        if first:
            audit.record(s, desk, "badges printed", entity="badge_print",
                         summary=f"{first} badge{'s' if first != 1 else ''} on {stock}")
    return reprints
