"""Recording donations (money, goods, services), correcting them, and the donation figures for the report."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.models import Donation, Donor, Receipt
from nightout_desk.models.donations import CARD, CASH, CHECK, GIFT_CARD, IN_KIND, KINDS, MONEY_KINDS, SERVICES
from nightout_desk.services import audit, permissions
from nightout_desk.services.characters import require_text
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import organization, receipts
from nightout_desk.services.donations.receipt_wording import describe, gift_phrase, missing_for_wording
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound
from nightout_desk.services.money import format_money, parse_money

MAX_QUANTITY = 100_000  # goods counted in one gift: more than any shelf holds (the dialog's spin box stops here too)
KIND_LABELS = {CASH: "Cash", CHECK: "Check", CARD: "Card / online", GIFT_CARD: "Gift card",
               IN_KIND: "Goods (in-kind)", SERVICES: "Services"}
FIELDS = ("received_on", "kind", "amount", "check_number", "description", "quantity", "unit", "estimated_value",
          "returned_description", "returned_value", "purpose", "returned_bears_logo", "returned_cost",
          "expenses_description")
_MONEY_FIELDS = ("amount", "estimated_value", "returned_value", "returned_cost")


@dataclass(frozen=True)
class ToStock:
    """Add donated goods to the giveaway stock: an existing item, or a new one by name."""

    quantity: int
    item_id: uuid.UUID | None = None
    new_item_name: str = ""
    category: str = ""
    limit_per_household: int | None = None


@dataclass(frozen=True)
class DonationInfo:
    id: uuid.UUID
    donor_id: uuid.UUID
    donor_name: str
    received_on: date
    kind: str
    amount_cents: int
    check_number: str
    description: str
    quantity: int | None
    unit: str
    estimated_value_cents: int | None
    returned_description: str
    returned_value_cents: int
    purpose: str
    recorded_by: str
    receipt_id: uuid.UUID | None = None
    receipt_number: str = ""
    receipt_printed: bool = False
    warnings: tuple[str, ...] = field(default_factory=tuple)
    returned_bears_logo: bool = False
    returned_cost_cents: int | None = None
    expenses_description: str = ""
    voided_at: datetime | None = None  # void: listed in the donor's history, counted nowhere
    void_reason: str = ""
    voided_by: str = ""

    @property
    def is_void(self) -> bool:
        return self.voided_at is not None

    @property
    def is_money(self) -> bool:
        return self.kind in MONEY_KINDS

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def what(self) -> str:
        """Money amount or goods description, for tables."""
        return format_money(self.amount_cents) if self.is_money else describe_info(self).removeprefix("Services: ")


def describe_info(d: DonationInfo) -> str:
    from nightout_desk.services.donations.receipt_wording import GiftFacts

    return describe(GiftFacts(d.received_on, d.kind, d.amount_cents, d.check_number, d.description, d.quantity,
                              d.unit, d.estimated_value_cents, d.returned_description, d.returned_value_cents,
                              d.purpose, d.returned_bears_logo, d.returned_cost_cents, d.expenses_description))


def _clean(values: dict) -> dict:
    """Validated column values from what a dialog or a CSV row gives (amounts as text or cents)."""
    require_text(values)
    kind = values.get("kind", "")
    if kind not in KINDS:
        raise InvalidInput(f"Choose what was given: {', '.join(KIND_LABELS.values())}.")
    out: dict = {"kind": kind}
    out["received_on"] = values.get("received_on") or clock.local(clock.now()).date()
    money = kind in MONEY_KINDS
    out["amount_cents"] = _cents(values, "amount", "The amount") if money else 0
    if money and out["amount_cents"] <= 0:
        raise InvalidInput("Type the amount given, e.g. 250 or 1,250.00.")
    out["check_number"] = " ".join(str(values.get("check_number") or "").split()) if kind == CHECK else ""
    out["description"] = " ".join(str(values.get("description") or "").split())
    if kind in (IN_KIND, SERVICES) and not out["description"]:
        raise InvalidInput("Describe what was given, e.g. “24 youth bike helmets” or “DJ for the evening”.")
    quantity = values.get("quantity")
    if kind == IN_KIND and quantity not in (None, "", 0):
        try:
            quantity = int(quantity)
        except (TypeError, ValueError):
            raise InvalidInput(f"The quantity must be a whole number, not “{quantity}”.") from None
        if quantity <= 0:
            raise InvalidInput("The quantity must be at least 1.")
        if quantity > MAX_QUANTITY:
            raise InvalidInput(f"The quantity {quantity:,} is more than {MAX_QUANTITY:,}; please check it.")
    else:
        quantity = None
    out["quantity"] = quantity
    out["unit"] = " ".join(str(values.get("unit") or "").split()) if kind == IN_KIND else ""
    est = _cents(values, "estimated_value", "The estimated value") if kind in (IN_KIND, SERVICES) else 0
    out["estimated_value_cents"] = est or None
    out["returned_description"] = " ".join(str(values.get("returned_description") or "").split())
    out["returned_value_cents"] = _cents(values, "returned_value", "The value of what the donor received")
    out["returned_bears_logo"] = _yes(values.get("returned_bears_logo"))
    cost = values.get("returned_cost_cents", values.get("returned_cost"))
    out["returned_cost_cents"] = None if cost in (None, "") else _cents(values, "returned_cost", "What it cost")
    if (out["returned_value_cents"] or out["returned_bears_logo"]) and not out["returned_description"]:
        raise InvalidInput("Describe what the donor received in return (e.g. “sponsor banner at the park”).")
    if not out["returned_description"]:
        out["returned_cost_cents"] = None
    expenses = " ".join(str(values.get("expenses_description") or "").split())
    if expenses and kind != SERVICES:
        raise InvalidInput("Out-of-pocket expenses are acknowledged only with donated services.")
    out["expenses_description"] = expenses
    out["purpose"] = " ".join(str(values.get("purpose") or "").split())
    return out


def _yes(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in ("1", "yes", "y", "true", "x")
    return bool(value)


def _ready_for_receipt(org: organization.Organization, cleaned: dict) -> None:
    """Refused in a plain sentence when the receipt's wording would depend on a value left blank."""
    if not org.is_set_up:
        return
    missing = missing_for_wording(org, receipts.facts_of_values(cleaned))
    if missing:
        raise InvalidInput(missing)


def clean_values(values: dict) -> dict:
    """The column values a donation would be saved with (for importers); raises InvalidInput like `record`."""
    return _clean(values)


def _cents(values: dict, key: str, label: str) -> int:
    if f"{key}_cents" in values and values[f"{key}_cents"] is not None:
        return int(values[f"{key}_cents"])
    return parse_money(values.get(key), label)


def _info(s: Session, d: Donation, warnings: tuple[str, ...] = ()) -> DonationInfo:
    donor = s.get(Donor, d.donor_id)
    r = receipts.active_receipt(s, d.id)
    return DonationInfo(d.id, d.donor_id, donor.name, d.received_on, d.kind, d.amount_cents, d.check_number,
                        d.description, d.quantity, d.unit, d.estimated_value_cents, d.returned_description,
                        d.returned_value_cents, d.purpose, d.recorded_by, r.id if r else None,
                        r.number if r else "", bool(r and r.print_count), warnings, **_more(d))


def _more(d: Donation) -> dict:
    """The fields of DonationInfo added since its first version (by keyword)."""
    return {"returned_bears_logo": bool(d.returned_bears_logo), "returned_cost_cents": d.returned_cost_cents,
            "expenses_description": d.expenses_description, "voided_at": d.voided_at, "void_reason": d.void_reason,
            "voided_by": d.voided_by}


def _donor(s: Session, desk: Desk, donor_id: uuid.UUID) -> Donor:
    donor = s.get(Donor, donor_id)
    if donor is None or donor.event_id != desk.event_id:
        raise NotFound("That donor is not in this event.")
    if donor.merged_into_id is not None:
        donor = s.get(Donor, donor.merged_into_id)
    return donor


def record(desk: Desk, donor_id: uuid.UUID, *, issue_receipt: bool = True, to_stock: ToStock | None = None,
           external_ref: str | None = None, **values) -> DonationInfo:
    """Save a donation and, in the same transaction, its numbered receipt and (for goods) the stock received."""
    unknown = set(values) - set(FIELDS) - {f"{k}_cents" for k in _MONEY_FIELDS}
    if unknown:
        raise InvalidInput(f"Unknown donation field {', '.join(sorted(unknown))}.")
    cleaned = _clean(values)
    org = organization.get(desk)
    if issue_receipt:
        _ready_for_receipt(org, cleaned)
    warnings: list[str] = []
    with desk.db.write() as s:
        donor = _donor(s, desk, donor_id)
        d = Donation(event_id=desk.event_id, donor_id=donor.id, recorded_by=desk.operator, device=desk.device,
                     external_ref=external_ref, **cleaned)
        s.add(d)
        s.flush()
        audit.record(s, desk, "donation recorded", entity="donation", entity_id=d.id,
                     summary=f"{donor.name}: {KIND_LABELS[d.kind]} {gift_phrase(receipts.facts(d))}")
        if to_stock is not None:
            if d.kind != IN_KIND:
                raise InvalidInput("Only donated goods can be added to the giveaway stock.")
            from nightout_desk.services.inventory import stock as inventory

            inventory.receive_donated(s, desk, d, to_stock)
        if issue_receipt:
            if org.is_set_up:
                receipts.issue_in_session(s, desk, org, d)
            else:
                warnings.append("No receipt was issued yet: set up the organization (Organization settings), "
                                "then use “Issue missing receipts”.")
        return _info(s, d, tuple(warnings))


def correct(desk: Desk, donation_id: uuid.UUID, reason: str = "", **values) -> DonationInfo:
    """Correct a donation. If it has a receipt, that one is voided (with the reason) and a new one replaces it."""
    permissions.require(desk, "donations.correct")
    with desk.db.write() as s:
        d = s.get(Donation, donation_id, with_for_update=True)
        if d is None or d.event_id != desk.event_id:
            raise NotFound("That donation is not in this event.")
        if d.voided_at is not None:
            raise Conflict(f"That donation was voided by {d.voided_by} ({d.void_reason}): it cannot be corrected.")
        current = {"kind": d.kind, "received_on": d.received_on, "amount_cents": d.amount_cents,
                   "check_number": d.check_number, "description": d.description, "quantity": d.quantity,
                   "unit": d.unit, "estimated_value_cents": d.estimated_value_cents,
                   "returned_description": d.returned_description, "returned_value_cents": d.returned_value_cents,
                   "purpose": d.purpose, "returned_bears_logo": d.returned_bears_logo,
                   "returned_cost_cents": d.returned_cost_cents, "expenses_description": d.expenses_description}
        merged = dict(current)
        for key, value in values.items():
            if key in _MONEY_FIELDS:
                merged.pop(f"{key}_cents", None)
            merged[key] = value
        cleaned = _clean(merged)
        before, after = audit.changes(current, cleaned)
        if not after:
            return _info(s, d)
        old = receipts.active_receipt(s, d.id)
        if old is not None:
            _ready_for_receipt(organization.get(desk), cleaned)
        if old is not None and not reason.strip():
            raise InvalidInput(f"Receipt {old.number} will be voided and reissued: say why (e.g. “wrong amount”).")
        for k, v in cleaned.items():
            setattr(d, k, v)
        audit.record(s, desk, "donation corrected", entity="donation", entity_id=d.id, summary=reason.strip(),
                     before=before, after=after)
        if old is not None:
            receipts.void_in_session(s, desk, old, reason)
            s.flush()
            receipts.issue_in_session(s, desk, organization.get(desk), d, reissue_of=old)
        return _info(s, d)


def void(desk: Desk, donation_id: uuid.UUID, reason: str) -> DonationInfo:
    """Void a donation (typed twice, a bounced check, the wrong donor): it stays on file, marked void, and counts
    nowhere from now on. Its receipt is voided with it, a summary receipt that listed it too (issue a new one), and
    goods it put in the giveaway stock are taken back out. One transaction, in the audit log with the reason."""
    permissions.require(desk, "donations.void")
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput("Say why the donation is void (e.g. “typed twice”, “check bounced”): it stays on file.")
    with desk.db.write() as s:
        d = s.get(Donation, donation_id, with_for_update=True)
        if d is None or d.event_id != desk.event_id:
            raise NotFound("That donation is not in this event.")
        if d.voided_at is not None:
            raise Conflict(f"That donation was already voided by {d.voided_by}: {d.void_reason}.")
        d.voided_at, d.void_reason, d.voided_by = clock.now(), reason, desk.operator
        donor = s.get(Donor, d.donor_id)
        audit.record(s, desk, "donation voided", entity="donation", entity_id=d.id,
                     summary=f"{donor.name}: {KIND_LABELS[d.kind]} {gift_phrase(receipts.facts(d))} — {reason}")
        notes = []
        if (r := receipts.active_receipt(s, d.id)) is not None:
            receipts.void_in_session(s, desk, r, f"donation voided: {reason}")
            notes.append(f"Receipt {r.number} was voided with it.")
        for summary in receipts.summaries_listing(s, d):
            receipts.void_in_session(s, desk, summary, f"lists a voided donation: {reason}")
            notes.append(f"Summary receipt {summary.number} listed it and was voided too: issue a new summary.")
        from nightout_desk.services.inventory import stock as inventory

        taken = inventory.take_back_donated(s, desk, d, reason)
        if taken:
            notes.append(f"Taken back out of the giveaway stock: {taken}.")
        return _info(s, d, tuple(notes))


def find(desk: Desk, number_or_id: str) -> DonationInfo:
    """A donation by its receipt number (current or void, e.g. NNO-2026-0007) or by its id."""
    text = number_or_id.strip()
    with desk.db.read() as s:
        donation_id = s.scalar(select(Receipt.donation_id).where(Receipt.event_id == desk.event_id,
                                                                 func.lower(Receipt.number) == text.lower()))
        if donation_id is None:
            try:
                donation_id = uuid.UUID(text)
            except ValueError:
                raise NotFound(f"No donation has the receipt number or id “{text}”.") from None
        d = s.get(Donation, donation_id)
        if d is None or d.event_id != desk.event_id:
            raise NotFound(f"No donation has the receipt number or id “{text}”.")
        return _info(s, d)


def get(desk: Desk, donation_id: uuid.UUID) -> DonationInfo:
    with desk.db.read() as s:
        d = s.get(Donation, donation_id)
        if d is None or d.event_id != desk.event_id:
            raise NotFound("That donation is not in this event.")
        return _info(s, d)


def list_donations(desk: Desk, donor_id: uuid.UUID | None = None) -> list[DonationInfo]:
    """Newest first, each with its current (not void) receipt; void donations too, marked (`is_void`)."""
    with desk.db.read() as s:
        q = (select(Donation, Donor.name, Receipt)
             .join(Donor, Donor.id == Donation.donor_id)
             .outerjoin(Receipt, (Receipt.donation_id == Donation.id) & Receipt.voided_at.is_(None))
             .where(Donation.event_id == desk.event_id))
        if donor_id is not None:
            q = q.where(Donation.donor_id == donor_id)
        rows = s.execute(q.order_by(Donation.received_on.desc(), Donation.created_at.desc())).all()
        return [DonationInfo(d.id, d.donor_id, name, d.received_on, d.kind, d.amount_cents, d.check_number,
                             d.description, d.quantity, d.unit, d.estimated_value_cents, d.returned_description,
                             d.returned_value_cents, d.purpose, d.recorded_by, r.id if r else None,
                             r.number if r else "", bool(r and r.print_count), **_more(d)) for d, name, r in rows]


# --- the end-of-night report ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DonationSummary:
    money_cents_by_kind: dict[str, int]  # cash, check, card, gift card
    count_by_kind: dict[str, int]  # every kind
    money_total_cents: int
    donors: int  # donors who gave at least once
    in_kind_count: int
    in_kind_estimated_cents: int  # internal estimate, for the report only — never on a receipt
    receipts_issued: int
    receipts_void: int
    receipts_unprinted: int
    donations_void: int = 0  # kept on file, counted in nothing above

    @property
    def donations(self) -> int:
        return sum(self.count_by_kind.values())


def report_summary(desk: Desk) -> DonationSummary:
    with desk.db.read() as s:
        rows = s.execute(select(Donation.kind, func.count(Donation.id),
                                func.coalesce(func.sum(Donation.amount_cents), 0),
                                func.coalesce(func.sum(Donation.estimated_value_cents), 0))
                         .where(Donation.event_id == desk.event_id, Donation.voided_at.is_(None))
                         .group_by(Donation.kind)).all()
        donors = s.scalar(select(func.count(func.distinct(Donation.donor_id)))
                          .where(Donation.event_id == desk.event_id, Donation.voided_at.is_(None)))
        void = s.scalar(select(func.count(Donation.id)).where(Donation.event_id == desk.event_id,
                                                             Donation.voided_at.is_not(None)))
        r = s.execute(select(func.count(Receipt.id),
                             func.count(Receipt.id).filter(Receipt.voided_at.is_not(None)),
                             func.count(Receipt.id).filter(Receipt.voided_at.is_(None), Receipt.print_count == 0))
                      .where(Receipt.event_id == desk.event_id)).one()
    counts = {k: 0 for k in KINDS}
    money = {k: 0 for k in MONEY_KINDS}
    in_kind_value = 0
    for kind, n, cents, estimate in rows:
        counts[kind] = int(n)
        if kind in MONEY_KINDS:
            money[kind] = int(cents)
        elif kind == IN_KIND:
            in_kind_value = int(estimate)
    return DonationSummary(money, counts, sum(money.values()), int(donors or 0), counts[IN_KIND], in_kind_value,
                           int(r[0]), int(r[1]), int(r[2]), int(void or 0))
