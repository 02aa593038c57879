"""Our own tickets for families, sent or printed ahead of the night: one per household (merged duplicates left out),
with its ticket code, for `printing/tickets.py` (a PDF) and `printing/ticket_files.py` (a mail-merge folder)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from nightout_desk.models import Event, Household
from nightout_desk.services import audit, permissions
from nightout_desk.services.codes import pretty
from nightout_desk.services.context import Desk
from nightout_desk.services.wording.language import event_language
from nightout_desk.services.wording.words import Words
from nightout_desk.text import fold


@dataclass(frozen=True)
class FamilyTicket:
    household_id: uuid.UUID
    family_name: str
    first_names: str
    email: str
    code: str  # what the QR carries: the household's ticket code ("H7K3QWPX")
    code_text: str  # the same, easy to read out: "H7K3-QWPX"


@dataclass(frozen=True)
class TicketSheet:
    event_name: str
    event_date: str  # "Tuesday, August 4, 2026"
    event_time: str  # "17:00–21:00"
    place: str  # "Riverside Park, Riverside"
    tickets: tuple[FamilyTicket, ...]
    words: Words = Words()  # the event's language


def ticket_sheet(desk: Desk) -> TicketSheet:
    """Every household's ticket (not those merged into another), by family name as people sort it (accents aside)."""
    permissions.require(desk, "checkin.tickets")
    with desk.db.read() as s:
        event = s.get(Event, desk.event_id)
        words = Words(event_language(s, desk.event_id))
        rows = s.execute(select(Household.id, Household.family_name, Household.first_names, Household.email,
                                Household.ticket_code)
                         .where(Household.event_id == desk.event_id, Household.merged_into_id.is_(None))).all()
    tickets = sorted((FamilyTicket(hid, name, first, email, code, pretty(code))
                      for hid, name, first, email, code in rows),
                     key=lambda t: (fold(t.family_name), fold(t.first_names), t.code))
    place = ", ".join(dict.fromkeys(p for p in (event.place, event.town) if p))  # "Riverside Park, Riverside"
    return TicketSheet(event.name, words.day(event.date),
                       f"{event.starts_at}–{event.ends_at}" if event.starts_at and event.ends_at else "",
                       place, tuple(tickets), words)


def record(desk: Desk, sheet: TicketSheet, done: str, where: str) -> None:
    """The audit log keeps who printed or exported families' tickets (names and emails leave the laptop)."""
    permissions.require(desk, "checkin.tickets")
    with desk.db.write() as s:
        n = len(sheet.tickets)
        audit.record(s, desk, f"family tickets {done}", entity="household",
                     summary=f"{n} famil{'ies' if n != 1 else 'y'}' tickets {done}: {where}")
