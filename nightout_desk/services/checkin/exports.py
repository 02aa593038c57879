"""The check-in desk's CSV tables: households (with the ticket of the one each was merged into, and the registration
platform's codes next to ours) and check-ins."""

from __future__ import annotations

from sqlalchemy import select

from nightout_desk.models import CheckIn, CheckInUndo, Household
from nightout_desk.services.checkin import household_codes
from nightout_desk.services.context import Desk
from nightout_desk.services.tables import Table


def households(desk: Desk) -> Table:
    header = ["ticket_code", "family_name", "first_names", "phone", "email", "zip_code", "neighbourhood",
              "adults_expected", "kids_expected", "source", "consent_to_contact", "notes", "merged_into_ticket",
              "platform_codes"]
    with desk.db.read() as s:
        rows = list(s.scalars(select(Household).where(Household.event_id == desk.event_id)
                              .order_by(Household.family_name)))
        codes = {h.id: h.ticket_code for h in rows}
        platform = household_codes.event_codes(s, desk.event_id)
        out = [[h.ticket_code, h.family_name, h.first_names, h.phone, h.email, h.zip_code, h.neighbourhood,
                h.adults_expected, h.kids_expected, h.source, h.consent_to_contact, h.notes,
                codes.get(h.merged_into_id, ""), "; ".join(f"{c.kind}: {c.code}" for c in platform.get(h.id, ()))]
               for h in rows]
    return "households", header, out


def check_ins(desk: Desk) -> Table:
    header = ["at", "ticket_code", "family_name", "adults", "kids", "device", "operator", "undone_at", "undo_reason",
              "undone_by"]
    with desk.db.read() as s:
        rows = s.execute(select(CheckIn, Household.ticket_code, Household.family_name, CheckInUndo)
                         .join(Household, Household.id == CheckIn.household_id)
                         .outerjoin(CheckInUndo, CheckInUndo.check_in_id == CheckIn.id)
                         .where(CheckIn.event_id == desk.event_id).order_by(CheckIn.at)).all()
        out = [[c.at, code, name, c.adults, c.kids, c.device, c.operator, u.at if u else "", u.reason if u else "",
                u.operator if u else ""] for c, code, name, u in rows]
    return "check_ins", header, out


TABLES = (households, check_ins)
