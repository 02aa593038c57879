"""CSV export tables of the donations area: donor list, donations, receipts."""

from __future__ import annotations

from sqlalchemy import select

from nightout_desk.models import Donation, Donor, Receipt
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import donors
from nightout_desk.services.money import format_money
from nightout_desk.services.tables import Table


def donor_list(desk: Desk) -> Table:
    header = ["name", "kind", "contact_name", "address", "phone", "email", "gifts", "money_given", "last_gift", "notes"]
    rows = [[d.name, d.kind, d.contact_name, d.address.replace("\n", ", "), d.phone, d.email, d.gifts,
             format_money(d.money_cents), d.last_gift or "", d.notes] for d in donors.search(desk, "", limit=100_000)]
    return "donors", header, rows


def donation_list(desk: Desk) -> Table:
    header = ["received_on", "donor", "kind", "amount", "check_number", "description", "quantity", "unit",
              "estimated_value_internal", "returned_description", "returned_value", "purpose", "recorded_by",
              "receipt_number"]
    with desk.db.read() as s:
        rows = s.execute(select(Donation, Donor.name, Receipt.number).join(Donor, Donor.id == Donation.donor_id)
                         .outerjoin(Receipt, (Receipt.donation_id == Donation.id) & Receipt.voided_at.is_(None))
                         .where(Donation.event_id == desk.event_id, Donation.voided_at.is_(None))  # void: nowhere
                         .order_by(Donation.received_on)).all()
        out = [[d.received_on, name, d.kind, format_money(d.amount_cents) if d.amount_cents else "", d.check_number,
                d.description, d.quantity, d.unit, format_money(d.estimated_value_cents), d.returned_description,
                format_money(d.returned_value_cents) if d.returned_value_cents else "", d.purpose, d.recorded_by,
                number or ""] for d, name, number in rows]
    return "donations", header, out


def receipt_list(desk: Desk) -> Table:
    header = ["number", "kind", "donor", "issued_at", "issued_by", "printed_at", "print_count", "voided_at",
              "void_reason", "voided_by"]
    with desk.db.read() as s:
        rows = s.execute(select(Receipt, Donor.name).join(Donor, Donor.id == Receipt.donor_id)
                         .where(Receipt.event_id == desk.event_id).order_by(Receipt.sequence)).all()
        out = [[r.number, r.kind, name, r.issued_at, r.issued_by, r.printed_at, r.print_count, r.voided_at,
                r.void_reason, r.voided_by] for r, name in rows]
    return "receipts", header, out


TABLES = (donor_list, donation_list, receipt_list)
