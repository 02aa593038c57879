"""Calendar-year statements: every gift a donor made in a year, across the organization's events, on one statement.

A donor is known across events by `donor_identity` (matched by name and email, or as an organizer linked them). The
statement lists each gift on its own line — its date, event, kind, amount or description (goods and services never
with a value), what was given back and its value, its receipt number — and the year's total of money; what was given
back is disclosed per gift, naming the gift, so two gifts on one date are never confused. Void donations count
nowhere. It is not a numbered receipt (receipts are numbered per event); each gift keeps its own. Reading donors'
gifts across events is an organizer's (permissions "donations.statements"); printing one is noted in the audit log.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.models import Donation, Donor, Event, Receipt
from nightout_desk.models.donations import IN_KIND, SERVICES
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import donor_identity, organization
from nightout_desk.services.donations.organization import Organization
from nightout_desk.services.donations.receipt_wording import (
    EN,
    describe,
    expenses_statement,
    is_money,
    return_statements,
    tax_line,
)
from nightout_desk.services.donations.receipts import facts
from nightout_desk.services.errors import InvalidInput, NotFound
from nightout_desk.services.money import format_money
from nightout_desk.services.wording.language import ENGLISH, event_language
from nightout_desk.services.wording.words import Words
from nightout_desk.text import fold, search_words

KIND_WORDS = {"cash": "Cash", "check": "Check", "card": "Card / online", "gift card": "Gift card",
              IN_KIND: "Goods", SERVICES: "Services"}


@dataclass(frozen=True)
class StatementGift:
    number: int  # 1, 2, 3 … on the statement; the tax box names a gift by it
    on: str  # "August 4, 2026"
    event_name: str
    kind: str  # "Check", "Goods", …
    description: str  # as the receipt describes it: "Check no. 1042", "24 × bike helmets" (never a value)
    amount: str  # "$100.00" for money, "" for goods and services
    returned: str  # what was given back, "" when nothing
    returned_value: str  # its good-faith value, "" when nothing
    receipt_number: str  # the gift's current receipt, "" when none was issued


@dataclass(frozen=True)
class YearStatement:
    year: int
    title: str  # "Contributions in 2026"
    issued_on: str
    org_name: str
    org_address: tuple[str, ...]
    org_contact: str
    tax_status: str
    tax_line: str
    donor_key: uuid.UUID
    donor_name: str
    donor_contact: str  # the person at a business
    donor_address: tuple[str, ...]
    gifts: tuple[StatementGift, ...]
    money_total_cents: int
    money_total: str  # "" when nothing was money
    statements: tuple[str, ...]  # what was given back, gift by gift, or that nothing was
    notes: tuple[str, ...]
    signer_name: str
    signer_title: str
    footer: str
    thanks: str
    language: str = ENGLISH  # the printing event's: the page's labels follow it
    legal_english: tuple[str, ...] = ()  # a Spanish statement's IRS sentences and tax status in their English

    @property
    def words(self) -> Words:
        return Words(self.language)


@dataclass(frozen=True)
class GiverInfo:
    """A donor as known across events, for choosing whose statements to print."""

    key: uuid.UUID
    name: str
    events: tuple[str, ...]  # the events of the year's gifts
    gifts: int
    money_cents: int
    donor_ids: tuple[uuid.UUID, ...]  # their donor rows, in every event

    @property
    def label(self) -> str:
        where = ", ".join(self.events)
        return (f"{self.name} — {self.gifts} gift{'s' if self.gifts != 1 else ''}"
                + (f", {format_money(self.money_cents)}" if self.money_cents else "") + f" ({where})")


@dataclass(frozen=True)
class _Gift:
    donation: Donation
    event_name: str
    event_date: date
    receipt_number: str


def _year_gifts(s: Session, year: int) -> dict[uuid.UUID, list[_Gift]]:
    """Giver key -> the year's gifts that count (not void), in date order, across every event."""
    keys = donor_identity.giver_keys(s)
    q = (select(Donation, Event.name, Event.date, Receipt.number)
         .join(Event, Event.id == Donation.event_id)
         .outerjoin(Receipt, (Receipt.donation_id == Donation.id) & Receipt.voided_at.is_(None))
         .where(Donation.received_on >= date(year, 1, 1), Donation.received_on < date(year + 1, 1, 1),
                Donation.voided_at.is_(None))
         .order_by(Donation.received_on, Event.date, Donation.created_at, Donation.id))
    out: dict[uuid.UUID, list[_Gift]] = {}
    for d, event_name, event_date, number in s.execute(q):
        out.setdefault(keys.get(d.donor_id, d.donor_id), []).append(_Gift(d, event_name, event_date, number or ""))
    return out


def _latest_donors(s: Session, keys: dict[uuid.UUID, list[_Gift]]) -> dict[uuid.UUID, list[Donor]]:
    """Giver key -> the donor rows that gave, the latest event's first (whose name and address the statement uses)."""
    ids = {g.donation.donor_id for gifts in keys.values() for g in gifts}
    rows = {d.id: d for d in s.scalars(select(Donor).where(Donor.id.in_(ids)))} if ids else {}
    out: dict[uuid.UUID, list[Donor]] = {}
    for key, gifts in keys.items():
        seen: list[Donor] = []
        for g in sorted(gifts, key=lambda g: (g.event_date, g.donation.received_on), reverse=True):
            d = rows[g.donation.donor_id]
            if d.merged_into_id is not None:
                d = s.get(Donor, d.merged_into_id)
            if d not in seen:
                seen.append(d)
        out[key] = seen
    return out


def years(desk: Desk) -> list[int]:
    """The years in which gifts were received (any event), newest first."""
    permissions.require(desk, "donations.statements")
    with desk.db.read() as s:
        days = s.scalars(select(Donation.received_on).where(Donation.voided_at.is_(None)).distinct())
        return sorted({d.year for d in days}, reverse=True)


def givers(desk: Desk, year: int) -> list[GiverInfo]:
    """Everyone who gave in the year, as known across events, by name."""
    permissions.require(desk, "donations.statements")
    with desk.db.read() as s:
        return _givers(s, year)[0]


def _givers(s: Session, year: int) -> tuple[list[GiverInfo], dict[uuid.UUID, list[_Gift]],
                                            dict[uuid.UUID, list[Donor]]]:
    """The year's givers by name, with the gifts and donor rows they were read from (for their statements)."""
    gifts = _year_gifts(s, year)
    donors = _latest_donors(s, gifts)
    out = []
    for key, theirs in gifts.items():
        events = tuple(dict.fromkeys(g.event_name for g in theirs))
        money = sum(g.donation.amount_cents for g in theirs if is_money(g.donation.kind))
        out.append(GiverInfo(key, donors[key][0].name, events, len(theirs), money,
                             tuple(d.id for d in donors[key])))
    return sorted(out, key=lambda g: (fold(g.name), str(g.key))), gifts, donors


def find_givers(desk: Desk, year: int, name: str) -> list[GiverInfo]:
    """Givers of the year whose name is `name` (accents and case ignored), else whose name holds every word typed."""
    everyone = givers(desk, year)
    exact = [g for g in everyone if fold(g.name) == fold(name)]
    words = search_words(name)
    found = exact or ([g for g in everyone if all(w in fold(g.name) for w in words)] if words else [])
    if not found:
        raise NotFound(f"No donor named “{name.strip()}” gave in {year}.")
    return found


def year_statements(desk: Desk, year: int, keys: Sequence[uuid.UUID] | None = None) -> list[YearStatement]:
    """One statement per giver (all of the year's givers, or those asked for), in the order of `givers`."""
    permissions.require(desk, "donations.statements")
    if not 1900 < year < 3000:
        raise InvalidInput(f"{year} is not a year to print statements for.")
    org = organization.get(desk)
    if not org.is_set_up:
        raise InvalidInput("Year statements need the organization's name and tax status first: "
                           "Donations → Organization….")
    today = clock.local(clock.now()).date()
    with desk.db.read() as s:  # the givers and their gifts, read once
        everyone, gifts, donors = _givers(s, year)
        if not everyone:
            raise InvalidInput(f"No gifts were received in {year}.")
        wanted = everyone if keys is None else [g for g in everyone if g.key in set(keys)]
        if keys is not None and len(wanted) != len(set(keys)):
            raise NotFound(f"A donor asked for gave nothing in {year}.")
        w = Words(event_language(s, desk.event_id))  # the event printing them: its language
        return [_statement(org, year, today, g.key, donors[g.key], gifts[g.key], w) for g in wanted]


def _statement(org: Organization, year: int, today: date, key: uuid.UUID, donors: list[Donor],
               gifts: list[_Gift], w: Words = EN) -> YearStatement:
    donor = donors[0]  # the latest event's: the name and address the donor is known by now
    address = next((d.address for d in donors if d.address.strip()), "")
    contact = next((d.contact_name for d in donors if d.contact_name.strip()), "") if donor.kind == "business" else ""
    lines = []
    for n, g in enumerate(gifts, start=1):
        f = facts(g.donation)
        money = is_money(f.kind)
        returned = f.returned_description.strip() or (w("receipt.goods_or_services") if f.returned_value_cents else "")
        lines.append(StatementGift(n, w.long_date(f.received_on), g.event_name,
                                   w.label(f"statement.kind.{f.kind}", f.kind), describe(f, w),
                                   format_money(f.amount_cents) if money else "", returned,
                                   format_money(f.returned_value_cents) if returned else "", g.receipt_number))
    statements = _tax_statements(org, gifts, w)
    notes = []
    if any(g.donation.kind == IN_KIND for g in gifts):
        notes.append(w("receipt.goods_note"))
    if any(g.donation.kind == SERVICES for g in gifts):
        notes.append(w("receipt.services_note"))
    legal_english = (*_tax_statements(org, gifts, EN), tax_line(org)) if w.spanish else ()
    total = sum(g.donation.amount_cents for g in gifts if is_money(g.donation.kind))
    return YearStatement(
        year=year, title=w("statement.title", year=year), issued_on=w.long_date(today), org_name=org.legal_name,
        org_address=tuple(org.address_lines), org_contact=" · ".join(x for x in (org.phone, org.email) if x),
        tax_status=org.tax_status, tax_line=tax_line(org, w), donor_key=key, donor_name=donor.name,
        donor_contact=contact, donor_address=tuple(x.strip() for x in address.splitlines() if x.strip()),
        gifts=tuple(lines), money_total_cents=total, money_total=format_money(total) if total else "",
        statements=tuple(statements), notes=tuple(notes), signer_name=org.signer_name,
        signer_title=org.signer_title, footer=org.footer_es if w.spanish else org.footer,
        thanks=w("statement.thanks", year=year), language=w.language, legal_english=legal_english)


def _tax_statements(org: Organization, gifts: list[_Gift], w: Words) -> list[str]:
    """What was given back, gift by gift (each named by its number), or that nothing was, in `w`'s language."""
    statements, nothing_back = [], []
    for n, g in enumerate(gifts, start=1):
        f = facts(g.donation)
        said = return_statements(org, f, w=w)
        if not said:
            nothing_back.append(n)
        if f.kind == SERVICES and f.expenses_description.strip():  # acknowledged with the gift, without a value
            said.append(expenses_statement(org, f, w=w))
        if said:
            what = f"{describe(f, w)}, {format_money(f.amount_cents)}" if is_money(f.kind) else describe(f, w)
            statements.append(w("statement.gift_said", n=n, date=w.long_date(f.received_on), what=what)
                              + " ".join(said))
    if len(nothing_back) == len(gifts):
        statements.append(w("receipt.nothing") if len(gifts) == 1 else w("receipt.nothing_all"))
    elif nothing_back:
        statements.append(w("statement.nothing_for", gifts=_gift_list(nothing_back, w)))
    return statements


def _gift_list(numbers: list[int], w: Words = EN) -> str:
    """'gift 3', 'gifts 1 and 4', 'gifts 1, 2 and 5' / 'la donación 3', 'las donaciones 1 y 4'."""
    if len(numbers) == 1:
        return w("statement.gift_n", n=numbers[0])
    return w("statement.gifts_n", numbers=w.join([str(n) for n in numbers]))


def record_printed(desk: Desk, statements: Sequence[YearStatement]) -> None:
    """Note in the audit log that these statements left the laptop (printed or saved)."""
    permissions.require(desk, "donations.statements")
    if not statements:
        return
    with desk.db.write() as s:
        names = ", ".join(st.donor_name for st in statements)
        audit.record(s, desk, "year statements printed", entity="donor",
                     summary=f"{statements[0].year}: {len(statements)} statement"
                             f"{'s' if len(statements) != 1 else ''} ({names})"[:1000])
