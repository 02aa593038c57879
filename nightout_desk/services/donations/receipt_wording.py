"""What a receipt says, following the issuing organization's tax status (IRS Publication 1771).

A written acknowledgment names the organization and the donor, gives the amount of money, describes goods
*without any value*, and states that no goods or services were provided — or describes what was provided with a
good-faith estimate of its value. A 501(c)(3) that receives a payment of more than $75 made partly for goods or
services must also say that the deductible amount is limited to the excess over that value (the quid pro quo
disclosure, IRC 6115). A governmental unit (IRC 170(c)(1)) makes no 501(c)(3) claim and, for gifts made for
exclusively public purposes, owes no quid pro quo disclosure; it still describes and values what it gave back.
A benefit of insubstantial value (services/donations/benefits.py: 2% of the payment within the year's cap, or token
items with the organization's name or logo) is said as such, with no value and no "limited to" sentence. Donated
services are not property: no receipt gives them a value, nor ties a deduction to one; a volunteer's unreimbursed
out-of-pocket expenses can be acknowledged (Publication 1771, "Contributions of services").
The wording is built here, frozen into the receipt row when issued, and drawn by printing/receipts.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import date

from nightout_desk.models.donations import CARD, CASH, CHECK, GIFT_CARD, IN_KIND, SERVICES
from nightout_desk.services.donations.benefits import is_insubstantial
from nightout_desk.services.donations.organization import CHARITY, GOVERNMENT, Organization
from nightout_desk.services.money import format_money
from nightout_desk.services.wording.language import ENGLISH
from nightout_desk.services.wording.texts import TEXTS
from nightout_desk.services.wording.words import Words

QUID_PRO_QUO_THRESHOLD_CENTS = 75_00  # "a payment of more than $75"
NOTHING_IN_RETURN = TEXTS["receipt.nothing"][0]
NOTHING_IN_RETURN_ALL = TEXTS["receipt.nothing_all"][0]
GOODS_NOTE = TEXTS["receipt.goods_note"][0]
SERVICES_NOTE = TEXTS["receipt.services_note"][0]


@dataclass(frozen=True)
class GiftFacts:
    """One donation, as much as the wording needs (services/donations.py builds it)."""

    received_on: date
    kind: str
    amount_cents: int
    check_number: str
    description: str
    quantity: int | None
    unit: str
    estimated_value_cents: int | None  # internal: only used to decide the $75 threshold, never printed
    returned_description: str
    returned_value_cents: int
    purpose: str
    bears_logo: bool = False  # what was given back bears the organization's name or logo
    returned_cost_cents: int | None = None  # what it cost the organization (the token test)
    expenses_description: str = ""  # services: the volunteer's unreimbursed out-of-pocket expenses, no value


@dataclass(frozen=True)
class ReceiptLine:
    on: str  # "August 4, 2026"
    description: str
    amount: str  # "$250.00" for money; "" for goods and services (never a value)


@dataclass(frozen=True)
class ReceiptContent:
    number: str
    title: str  # "Donation receipt" | "Summary of contributions in 2026"
    issued_on: str
    org_name: str
    org_address: list[str]
    org_contact: str
    tax_status: str
    tax_line: str
    donor_name: str
    donor_contact: str
    donor_address: list[str]
    lines: list[ReceiptLine]
    money_total: str  # "" when nothing was money
    statements: list[str]
    signer_name: str
    signer_title: str
    footer: str
    thanks: str
    purpose: str = ""
    notes: list[str] = field(default_factory=list)
    language: str = ENGLISH  # the event's, when issued: the page's labels follow it
    legal_english: list[str] = field(default_factory=list)  # a Spanish receipt's statements in the IRS's English

    @property
    def words(self) -> Words:
        return Words(self.language)

    def to_json(self) -> str:
        # as json.dumps(asdict(self)) writes it, without asdict's deep copy (an import words thousands of receipts)
        raw = {name: getattr(self, name) for name in _CONTENT_FIELDS}
        raw["lines"] = [{name: getattr(line, name) for name in _LINE_FIELDS} for line in self.lines]
        return json.dumps(raw, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ReceiptContent:
        raw = json.loads(text)
        raw["lines"] = [ReceiptLine(**line) for line in raw["lines"]]
        return cls(**raw)


_CONTENT_FIELDS = tuple(f.name for f in fields(ReceiptContent))
_LINE_FIELDS = tuple(f.name for f in fields(ReceiptLine))


EN = Words()


def long_date(d: date, w: Words = EN) -> str:
    return w.long_date(d)


def is_money(kind: str) -> bool:
    return kind in (CASH, CHECK, CARD, GIFT_CARD)


def describe(g: GiftFacts, w: Words = EN) -> str:
    """The receipt's description of a gift; goods and services carry no value here, ever."""
    if g.kind == CASH:
        return w("receipt.cash")
    if g.kind == CHECK:
        return w("receipt.check_no", number=g.check_number) if g.check_number else w("receipt.check")
    if g.kind == CARD:
        return w("receipt.card")
    if g.kind == GIFT_CARD:
        return w("receipt.gift_card_of", what=g.description) if g.description else w("receipt.gift_card")
    what = g.description or (w("receipt.goods") if g.kind == IN_KIND else w("receipt.services"))
    if g.kind == IN_KIND and g.quantity:
        unit = f" {g.unit}" if g.unit and g.unit != "each" else ""
        what = f"{g.quantity}{unit} × {what}" if unit == "" else w("receipt.quantity_of", quantity=g.quantity,
                                                                    unit=unit, what=what)
    return what if g.kind == IN_KIND else w("receipt.services_of", what=what)


def gift_phrase(g: GiftFacts, w: Words = EN) -> str:
    """How a thank-you letter names the gift: '$250.00', '24 bike helmets', 'DJ services'."""
    if is_money(g.kind):
        return format_money(g.amount_cents) + (f" ({describe(g, w)})" if g.kind == GIFT_CARD else "")
    if g.kind == IN_KIND and g.quantity and (not g.unit or g.unit == "each"):
        return f"{g.quantity} {g.description}"
    return describe(g, w).removeprefix(w("receipt.services_of", what=""))


def _payment_cents(g: GiftFacts) -> int | None:
    """Money, or the value of property given: what IRC 6115 compares with $75 (goods' value stays internal). Services
    are not property: 0. None when the goods' value was left blank."""
    if is_money(g.kind):
        return g.amount_cents
    if g.kind == SERVICES:
        return 0
    return g.estimated_value_cents


def gives_back(g: GiftFacts) -> bool:
    return bool(g.returned_description.strip() or g.returned_value_cents)


def insubstantial(org: Organization, g: GiftFacts) -> bool:
    """Publication 1771: what was given back may be disregarded (the year's figures, from the organization)."""
    figures = org.figures_for(g.received_on.year)
    payment = _payment_cents(g)
    if not gives_back(g) or figures is None or payment is None:
        return False
    return is_insubstantial(figures, payment, g.returned_value_cents, bears_logo=g.bears_logo,
                            cost_cents=g.returned_cost_cents)


def missing_for_wording(org: Organization, g: GiftFacts) -> str:
    """What the recorder must still say before the receipt can be worded right ("" when nothing): never decided
    silently."""
    if not gives_back(g):
        return ""
    if g.bears_logo and g.returned_cost_cents is None:
        return ("Type what the items given back cost the organization (e.g. 1.50): it decides whether they are "
                "token items of insubstantial value.")
    if org.tax_status == CHARITY and g.kind == IN_KIND and g.estimated_value_cents is None:
        return ("Type the estimated value of the donated goods: a 501(c)(3) needs it to decide the disclosure for "
                "what was given back (it is never printed).")
    if org.figures_for(g.received_on.year) is None:
        return (f"Set the IRS figures for {g.received_on.year} first (Organization settings): they decide whether "
                "what was given back is of insubstantial value.")
    return ""


def needs_quid_pro_quo_disclosure(org: Organization, g: GiftFacts) -> bool:
    return (org.tax_status == CHARITY and g.returned_value_cents > 0
            and (_payment_cents(g) or 0) > QUID_PRO_QUO_THRESHOLD_CENTS and not insubstantial(org, g))


def named(g: GiftFacts, w: Words = EN) -> str:
    """A gift among others of a summary, by its amount or description and its date: gifts of one date stay apart."""
    what = f"{format_money(g.amount_cents)} ({describe(g, w)})" if is_money(g.kind) else describe(g, w)
    return w("receipt.named", what=what, date=w.long_date(g.received_on))


def return_statements(org: Organization, g: GiftFacts, *, dated: bool = False, w: Words = EN) -> list[str]:
    """What was given back for one gift; `dated` (a summary of several gifts): the sentence names the gift."""
    if not gives_back(g):
        return []
    when = w("receipt.of_gift", gift=named(g, w)) if dated else ""
    what = g.returned_description.strip() or w("receipt.goods_or_services")
    if insubstantial(org, g):
        return [w("receipt.token", when=when, org=org.legal_name, what=what)]
    out = [w("receipt.provided", when=when, org=org.legal_name, what=what, value=format_money(g.returned_value_cents))]
    if needs_quid_pro_quo_disclosure(org, g):
        if is_money(g.kind):
            excess = max(0, g.amount_cents - g.returned_value_cents)
            out.append(w("receipt.limited_money", money=format_money(g.amount_cents),
                         value=format_money(g.returned_value_cents), excess=format_money(excess)))
        else:
            out.append(w("receipt.limited_property"))
    return out


def expenses_statement(org: Organization, g: GiftFacts, *, dated: bool = False, w: Words = EN) -> str:
    """Publication 1771: a volunteer's unreimbursed expenses are acknowledged with the services, without a value."""
    when = w("receipt.on_date", date=w.long_date(g.received_on)) if dated else ""
    return w("receipt.expenses", when=when, what=" ".join(g.expenses_description.split()), org=org.legal_name)


def tax_line(org: Organization, w: Words = EN) -> str:
    if org.tax_status == GOVERNMENT:
        return w("receipt.government", org=org.legal_name)
    return w("receipt.charity", org=org.legal_name, ein=org.ein)


def statements_for(org: Organization, gifts: list[GiftFacts], summary: bool, w: Words = EN) -> list[str]:
    """The receipt's statements about what was (or was not) given back, and a volunteer's expenses."""
    statements: list[str] = []
    for g in gifts:
        statements += return_statements(org, g, dated=summary, w=w)
    if not statements:
        statements.append(w("receipt.nothing") if len(gifts) == 1 else w("receipt.nothing_all"))
    statements += [expenses_statement(org, g, dated=summary, w=w) for g in gifts
                   if g.kind == SERVICES and g.expenses_description.strip()]
    return statements


def build(org: Organization, donor, gifts: list[GiftFacts], number: str, issued_on: date, *,  # noqa: ANN001
          event_name: str, summary_year: int | None = None, words: Words = EN) -> ReceiptContent:
    """The receipt for one donation (or, with summary_year, every gift of a donor in that event), in `words`'s
    language; a Spanish receipt also keeps the IRS statements in English (`legal_english`)."""
    w = words
    lines = [ReceiptLine(w.long_date(g.received_on), describe(g, w),
                         format_money(g.amount_cents) if is_money(g.kind) else "") for g in gifts]
    money = sum(g.amount_cents for g in gifts if is_money(g.kind))
    summary = summary_year is not None
    statements = statements_for(org, gifts, summary, w)
    legal_english = [*statements_for(org, gifts, summary), tax_line(org)] if w.spanish else []
    notes = []
    if any(g.kind == IN_KIND for g in gifts):
        notes.append(w("receipt.goods_note"))
    if any(g.kind == SERVICES for g in gifts):
        notes.append(w("receipt.services_note"))
    purposes = sorted({g.purpose.strip() for g in gifts if g.purpose.strip()})
    contact = " · ".join(x for x in (org.phone, org.email) if x)
    title = w("receipt.donation_title") if not summary else w("receipt.summary_title", event=event_name)
    thanks = w("receipt.thanks_event", event=event_name) if event_name else w("receipt.thanks")
    return ReceiptContent(
        number=number, title=title, issued_on=w.long_date(issued_on), org_name=org.legal_name,
        org_address=org.address_lines, org_contact=contact, tax_status=org.tax_status, tax_line=tax_line(org, w),
        donor_name=donor.name, donor_contact=donor.contact_name if donor.is_business else "",
        donor_address=donor.address_lines, lines=lines, money_total=format_money(money) if money else "",
        statements=statements, signer_name=org.signer_name, signer_title=org.signer_title,
        footer=org.footer_es if w.spanish else org.footer, thanks=thanks, purpose="; ".join(purposes), notes=notes,
        language=w.language, legal_english=legal_english,
    )
