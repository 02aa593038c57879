"""Donors, their donations, the numbered receipts acknowledging them, and each event's receipt counter."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nightout_desk.models.base import Base, event_fk, now_column, updated_column, uuid_pk

# Donation kinds, in the organizers' words. Money kinds carry an amount; goods and services a description.
CASH, CHECK, CARD, GIFT_CARD, IN_KIND, SERVICES = "cash", "check", "card", "gift card", "in-kind", "services"
KINDS = (CASH, CHECK, CARD, GIFT_CARD, IN_KIND, SERVICES)
MONEY_KINDS = (CASH, CHECK, CARD, GIFT_CARD)


class Donor(Base):
    """A resident or a business; one row however often they give (duplicates are merged, never deleted)."""

    __tablename__ = "donors"
    __table_args__ = (UniqueConstraint("event_id", "external_ref"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    kind: Mapped[str] = mapped_column(String(20), default="person")  # person | business
    name: Mapped[str] = mapped_column(String(200))  # "Riverside Hardware" or "Zoë Nguyễn"
    contact_name: Mapped[str] = mapped_column(String(200), default="")  # the person at a business
    address: Mapped[str] = mapped_column(Text, default="")  # street, town and ZIP, one line each
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    external_ref: Mapped[str | None] = mapped_column(String(200))
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("donors.id"))
    # across events (services/donations/donor_identity.py): None = matched by name and email when read; another
    # event's donor = an organizer said "the same donor"; its own id = an organizer said "not the same as others".
    # No foreign key: the donor it names may be in an event this database does not hold.
    known_as_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    created_at: Mapped[datetime] = now_column()
    updated_at: Mapped[datetime] = updated_column()


class Donation(Base):
    __tablename__ = "donations"
    __table_args__ = (UniqueConstraint("event_id", "external_ref"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    donor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("donors.id"), index=True)
    received_on: Mapped[date]
    kind: Mapped[str] = mapped_column(String(20))
    amount_cents: Mapped[int] = mapped_column(default=0)  # money kinds only
    check_number: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(Text, default="")  # goods, services, or the gift card's store
    quantity: Mapped[int | None]
    unit: Mapped[str] = mapped_column(String(40), default="")
    estimated_value_cents: Mapped[int | None]  # goods: internal estimate for reports, never printed on a receipt
    returned_description: Mapped[str] = mapped_column(Text, default="")  # what the donor got back (a banner, ...)
    returned_value_cents: Mapped[int] = mapped_column(default=0)  # its fair market value, good-faith estimate
    returned_bears_logo: Mapped[bool] = mapped_column(default=False)  # a token item with the organization's name/logo
    returned_cost_cents: Mapped[int | None]  # what it cost the organization (Publication 1771's token test)
    expenses_description: Mapped[str] = mapped_column(Text, default="")  # services: a volunteer's unreimbursed costs
    purpose: Mapped[str] = mapped_column(String(400), default="")  # restriction / purpose note
    recorded_by: Mapped[str] = mapped_column(String(120), default="")
    device: Mapped[str] = mapped_column(String(120), default="")
    external_ref: Mapped[str | None] = mapped_column(String(200))  # import idempotence
    voided_at: Mapped[datetime | None]  # void: kept on file, marked, counted nowhere (typed twice, bounced check)
    void_reason: Mapped[str] = mapped_column(String(400), default="")
    voided_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = now_column()
    updated_at: Mapped[datetime] = updated_column()


class ReceiptCounter(Base):
    """One row per event and receipt series; locked (SELECT ... FOR UPDATE) while a number is taken, so numbers are
    gap-free within a series. Series "" is the one a laptop working alone (or wired to one database) issues from;
    laptops that work apart each issue from their own ("B": NNO-2026-B0007), so no two ever share a number."""

    __tablename__ = "receipt_counters"
    __table_args__ = (UniqueConstraint("event_id", "series"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    series: Mapped[str] = mapped_column(String(8), default="")
    prefix: Mapped[str] = mapped_column(String(40))  # "NNO-2026"
    last_number: Mapped[int] = mapped_column(default=0)


class Receipt(Base):
    """A numbered acknowledgment. Its wording is frozen at issue (`content`); voiding keeps it on file."""

    __tablename__ = "receipts"
    __table_args__ = (UniqueConstraint("event_id", "number"), UniqueConstraint("event_id", "series", "sequence"),
                      Index("ix_receipts_event_donor", "event_id", "donor_id"))

    id: Mapped[uuid.UUID] = uuid_pk()
    event_id: Mapped[uuid.UUID] = event_fk()
    number: Mapped[str] = mapped_column(String(60))  # NNO-2026-0001 (two events of one year may share a prefix)
    series: Mapped[str] = mapped_column(String(8), default="")  # "" or the laptop's series: NNO-2026-B0007
    sequence: Mapped[int]  # within the series
    kind: Mapped[str] = mapped_column(String(20), default="donation")  # donation | summary
    donor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("donors.id"))
    donation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("donations.id"), index=True)
    content: Mapped[str] = mapped_column(Text)  # JSON of the printed wording, frozen at issue
    issued_at: Mapped[datetime] = now_column()
    issued_by: Mapped[str] = mapped_column(String(120), default="")
    printed_at: Mapped[datetime | None]
    print_count: Mapped[int] = mapped_column(default=0)
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str] = mapped_column(String(400), default="")
    voided_by: Mapped[str] = mapped_column(String(120), default="")
    reissue_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("receipts.id"))
    updated_at: Mapped[datetime] = updated_column()  # printed or voided
