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

QUID_PRO_QUO_THRESHOLD_CENTS = 75_00  # "a payment of more than $75"
NOTHING_IN_RETURN = "No goods or services were provided in return for this contribution."
NOTHING_IN_RETURN_ALL = "No goods or services were provided in return for these contributions."
GOODS_NOTE = ("Donated goods are described without a value, as the IRS requires: the donor determines their value "
              "for tax purposes.")
SERVICES_NOTE = "The value of donated time and services is not deductible as a charitable contribution."


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


def long_date(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def is_money(kind: str) -> bool:
    return kind in (CASH, CHECK, CARD, GIFT_CARD)


def describe(g: GiftFacts) -> str:
    """The receipt's description of a gift; goods and services carry no value here, ever."""
    if g.kind == CASH:
        return "Cash"
    if g.kind == CHECK:
        return f"Check no. {g.check_number}" if g.check_number else "Check"
    if g.kind == CARD:
        return "Card / online payment"
    if g.kind == GIFT_CARD:
        return f"Gift card — {g.description}" if g.description else "Gift card"
    what = g.description or ("Donated goods" if g.kind == IN_KIND else "Donated services")
    if g.kind == IN_KIND and g.quantity:
        unit = f" {g.unit}" if g.unit and g.unit != "each" else ""
        what = f"{g.quantity}{unit} × {what}" if unit == "" else f"{g.quantity}{unit} of {what}"
    return what if g.kind == IN_KIND else f"Services: {what}"


def gift_phrase(g: GiftFacts) -> str:
    """How a thank-you letter names the gift: '$250.00', '24 bike helmets', 'DJ services'."""
    if is_money(g.kind):
        return format_money(g.amount_cents) + (f" ({describe(g)})" if g.kind == GIFT_CARD else "")
    if g.kind == IN_KIND and g.quantity and (not g.unit or g.unit == "each"):
        return f"{g.quantity} {g.description}"
    return describe(g).removeprefix("Services: ")


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


def named(g: GiftFacts) -> str:
    """A gift among others of a summary, by its amount or description and its date: gifts of one date stay apart."""
    what = f"{format_money(g.amount_cents)} ({describe(g)})" if is_money(g.kind) else describe(g)
    return f"{what} received on {long_date(g.received_on)}"


def return_statements(org: Organization, g: GiftFacts, *, dated: bool = False) -> list[str]:
    """What was given back for one gift; `dated` (a summary of several gifts): the sentence names the gift."""
    if not gives_back(g):
        return []
    when = f" of {named(g)}" if dated else ""
    what = g.returned_description.strip() or "goods or services"
    if insubstantial(org, g):
        return [f"In return for the contribution{when}, {org.legal_name} provided only token items of insubstantial "
                f"value ({what}), as described in IRS Publication 1771."]
    out = [f"In return for the contribution{when}, {org.legal_name} provided {what}, with a good-faith estimated "
           f"fair market value of {format_money(g.returned_value_cents)}."]
    if needs_quid_pro_quo_disclosure(org, g):
        if is_money(g.kind):
            excess = max(0, g.amount_cents - g.returned_value_cents)
            out.append("The amount of the contribution that is deductible for federal income tax purposes is limited "
                       f"to the excess of the money contributed ({format_money(g.amount_cents)}) over the value of "
                       f"the goods or services provided ({format_money(g.returned_value_cents)}), that is "
                       f"{format_money(excess)}.")
        else:
            out.append("The amount of the contribution that is deductible for federal income tax purposes is limited "
                       "to the excess of the value of the property contributed over the value of the goods or "
                       "services provided.")
    return out


def expenses_statement(org: Organization, g: GiftFacts, *, dated: bool = False) -> str:
    """Publication 1771: a volunteer's unreimbursed expenses are acknowledged with the services, without a value."""
    when = f" on {long_date(g.received_on)}" if dated else ""
    return (f"In providing these services{when} the donor paid out-of-pocket expenses "
            f"({' '.join(g.expenses_description.split())}) that {org.legal_name} did not reimburse.")


def tax_line(org: Organization) -> str:
    if org.tax_status == GOVERNMENT:
        return (f"{org.legal_name} is a governmental unit described in section 170(c)(1) of the Internal Revenue "
                "Code. Gifts are accepted for exclusively public purposes and are deductible to the extent allowed "
                "by law.")
    return (f"{org.legal_name} is a tax-exempt organization under section 501(c)(3) of the Internal Revenue Code "
            f"(EIN {org.ein}). Contributions are deductible to the extent allowed by law.")


def build(org: Organization, donor, gifts: list[GiftFacts], number: str, issued_on: date, *,  # noqa: ANN001
          event_name: str, summary_year: int | None = None) -> ReceiptContent:
    """The receipt for one donation (or, with summary_year, every gift of a donor in that event)."""
    lines = [ReceiptLine(long_date(g.received_on), describe(g),
                         format_money(g.amount_cents) if is_money(g.kind) else "") for g in gifts]
    money = sum(g.amount_cents for g in gifts if is_money(g.kind))
    statements: list[str] = []
    for g in gifts:
        statements += return_statements(org, g, dated=summary_year is not None)
    if not statements:
        statements.append(NOTHING_IN_RETURN if len(gifts) == 1 else NOTHING_IN_RETURN_ALL)
    statements += [expenses_statement(org, g, dated=summary_year is not None) for g in gifts
                   if g.kind == SERVICES and g.expenses_description.strip()]
    notes = []
    if any(g.kind == IN_KIND for g in gifts):
        notes.append(GOODS_NOTE)
    if any(g.kind == SERVICES for g in gifts):
        notes.append(SERVICES_NOTE)
    purposes = sorted({g.purpose.strip() for g in gifts if g.purpose.strip()})
    contact = " · ".join(x for x in (org.phone, org.email) if x)
    title = "Donation receipt" if summary_year is None else f"Summary of contributions — {event_name}"
    thanks = (f"Thank you for supporting {event_name}!" if event_name else "Thank you for your generosity!")
    return ReceiptContent(
        number=number, title=title, issued_on=long_date(issued_on), org_name=org.legal_name,
        org_address=org.address_lines, org_contact=contact, tax_status=org.tax_status, tax_line=tax_line(org),
        donor_name=donor.name, donor_contact=donor.contact_name if donor.is_business else "",
        donor_address=donor.address_lines, lines=lines, money_total=format_money(money) if money else "",
        statements=statements, signer_name=org.signer_name, signer_title=org.signer_title, footer=org.footer,
        thanks=thanks, purpose="; ".join(purposes), notes=notes,
    )
