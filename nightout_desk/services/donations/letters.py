"""Thank-you letters, mail-merge style: the organizer writes the body once, with placeholders like {donor_name}."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from nightout_desk import clock
from nightout_desk.models import Donation, Donor, Event
from nightout_desk.services import permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import donors as donor_service
from nightout_desk.services.donations import organization
from nightout_desk.services.donations.letter_template import check_template
from nightout_desk.services.donations.receipt_wording import gift_phrase, long_date
from nightout_desk.services.donations.receipts import facts
from nightout_desk.services.wording.language import event_language
from nightout_desk.services.wording.words import Words


@dataclass(frozen=True)
class Letter:
    org_name: str
    org_address: list[str]
    org_contact: str
    date: str
    donor_name: str  # as addressed on the envelope
    donor_contact: str
    donor_address: list[str]
    body: list[str]  # paragraphs
    signer_name: str
    signer_title: str
    words: Words = Words()  # the event's language



def letters(desk: Desk, donor_ids: list[uuid.UUID] | None = None, body: str | None = None) -> list[Letter]:
    """One letter per donor who gave (or per donor asked for), in name order."""
    permissions.require(desk, "donations.letters")
    org = organization.get(desk)
    with desk.db.read() as s:
        words = Words(event_language(s, desk.event_id))
    body = (org.letter_body_es if words.spanish else org.letter_body) if body is None else body
    check_template(body)
    with desk.db.read() as s:
        event = s.get(Event, desk.event_id)
        q = select(Donor).where(Donor.event_id == desk.event_id, Donor.merged_into_id.is_(None))
        if donor_ids is not None:
            q = q.where(Donor.id.in_(donor_ids))
        people = list(s.scalars(q.order_by(Donor.name)))
        gifts: dict[uuid.UUID, list[Donation]] = {}
        for d in s.scalars(select(Donation).where(Donation.event_id == desk.event_id, Donation.voided_at.is_(None))
                           .order_by(Donation.received_on, Donation.created_at)):
            gifts.setdefault(d.donor_id, []).append(d)
    today = long_date(clock.local(clock.now()).date(), words)
    out = []
    for donor in people:
        if donor.id not in gifts:
            continue
        info = donor_service.info(donor)
        values = {"donor_name": info.greeting_name, "business_name": info.name,
                  "gift_description": words.join([gift_phrase(facts(g), words) for g in gifts[donor.id]]),
                  "organization": org.legal_name or words("letter.our_department"), "event_name": event.name,
                  "event_date": long_date(event.date, words), "signer_name": org.signer_name,
                  "signer_title": org.signer_title}
        text = body.format(**values)
        paragraphs = [" ".join(p.split()) if "\n" not in p.strip() else p.strip() for p in text.split("\n\n")]
        out.append(Letter(org.legal_name, org.address_lines, " · ".join(x for x in (org.phone, org.email) if x), today,
                          info.name, info.contact_name if info.is_business else "", info.address_lines,
                          [p for p in paragraphs if p], org.signer_name, org.signer_title, words))
    return out
