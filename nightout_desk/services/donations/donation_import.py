"""Importing donations from a CSV (an online-giving export, a treasurer's spreadsheet), on the shared import machinery.

One donation per row. Donors are matched by name (and email when both have one) with the donors already on file, so a
returning donor appears once. Each donation keeps the reference it came from (a transaction id, or a hash of the
row), so importing the same file again adds nothing. Receipts are numbered in the same transaction when the
organization is set up, like a donation recorded by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from nightout_desk import clock
from nightout_desk.models import Donation, Donor
from nightout_desk.models.donations import CARD, CASH, CHECK, GIFT_CARD, IN_KIND, MONEY_KINDS, SERVICES
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import donors, organization, receipts
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.errors import Conflict, ImportProblem, InvalidInput
from nightout_desk.services.importing import (
    Field,
    ImportPreview,
    ImportResult,
    Plan,
    RowSkipped,
    calendar_date,
    fits,
    header_test,
    identity_ref,
    known_refs,
    limited,
    match_columns,
    missing_message,
    read_table,
    whole_number,
)
from nightout_desk.services.money import format_money, parse_money
from nightout_desk.text import fold

NOUN = "donations"
_LABELS = {"check_number": "check number", "purpose": "purpose", "unit": "unit"}
FORMAT = "Donations CSV"
FORMATS = (("auto", "Donations CSV (choose the columns)"),)
SHOWN = ("Date", "Donor", "Kind", "Amount / goods", "In return")

FIELDS: tuple[Field, ...] = (
    Field("donor_name", "Donor", ("donor name", "name", "full name", "donor", "from", "giver", "contact",
                                  "supporter", "supporter name", "billing name"),
          required=True, satisfied_by=("last_name", "company"), hint="or first/last name, or a company column"),
    Field("first_name", "First name", ("first name", "firstname", "given name")),
    Field("last_name", "Last name", ("last name", "lastname", "surname", "family name")),
    Field("company", "Company", ("company", "business", "organization", "organisation", "company name",
                                 "business name", "employer")),
    Field("donor_kind", "Person or business", ("donor type", "type of donor", "person or business")),
    Field("address", "Address", ("address", "street", "street address", "address line 1", "address 1",
                                 "billing address", "mailing address")),
    Field("city", "City", ("city", "town")),
    Field("state", "State", ("state", "province", "region")),
    Field("zip", "ZIP", ("zip", "zip code", "postal code", "postcode")),
    Field("email", "Email", ("email", "email address", "e-mail")),
    Field("phone", "Phone", ("phone", "phone number", "telephone", "mobile")),
    Field("received_on", "Date", ("date", "date received", "gift date", "donation date", "received",
                                  "transaction date", "payment date", "created", "created at")),
    Field("kind", "Kind of gift", ("kind", "gift type", "type of gift", "donation type", "payment method",
                                   "method", "payment type", "type", "tender"),
          hint="cash, check, card/online, gift card, in-kind, services (blank: card/online)"),
    Field("amount", "Amount", ("amount", "gift amount", "donation amount", "total", "gross", "gross amount",
                               "amount ($)", "amount usd")),
    Field("check_number", "Check number", ("check number", "check no", "check #", "cheque number")),
    Field("description", "Description", ("description", "items", "item", "goods", "in-kind description",
                                         "gift description", "what")),
    Field("quantity", "Quantity", ("quantity", "qty", "count")),
    Field("estimated_value", "Estimated value (internal)", ("estimated value", "in-kind value", "est value",
                                                            "estimated amount")),
    Field("returned_description", "Received in return", ("benefit", "received in return", "premium",
                                                         "goods or services provided", "thank-you gift")),
    Field("returned_value", "Value received in return", ("benefit value", "premium value", "fair market value",
                                                         "fmv")),
    Field("purpose", "Purpose", ("purpose", "designation", "fund", "campaign", "restriction", "note", "notes",
                                 "memo")),
    Field("reference", "Reference", ("reference", "transaction id", "transaction", "donation id", "payment id",
                                     "receipt id", "id", "ref")),
)

_KINDS = ((CHECK, ("check", "cheque", "chk")), (GIFT_CARD, ("gift card", "giftcard", "voucher")),
          (IN_KIND, ("in-kind", "in kind", "inkind", "goods", "items", "product")),
          (SERVICES, ("service", "services", "labor", "labour", "time")), (CASH, ("cash", "currency")),
          (CARD, ("card", "credit", "debit", "online", "paypal", "stripe", "square", "venmo", "zelle", "ach",
                  "bank", "transfer", "visa", "mastercard", "amex", "web")))


def _kind(text: str, has_amount: bool, has_description: bool) -> str:
    value = fold(text)
    if not value:
        if has_amount:
            return CARD
        if has_description:
            return IN_KIND
        raise RowSkipped("it has neither an amount nor a description of goods")
    for kind, words in _KINDS:
        if any(w in value for w in words):
            return kind
    raise RowSkipped(f"the kind of gift “{text}” is not cash, check, card/online, gift card, in-kind or services")


def _date(text: str) -> date:
    """The day of the gift (a date and time in the file gives its date); a row without one was received today."""
    return calendar_date(text) if text.strip() else clock.local(clock.now()).date()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _money(text: str, label: str) -> int:
    try:
        return parse_money(text, label)
    except InvalidInput as exc:
        raise RowSkipped(str(exc).rstrip(".").replace(label, label.lower(), 1)) from None


def _row(v: dict[str, str]) -> tuple[str, dict, dict]:
    """(reference, donor fields, donation values) for one row, or RowSkipped."""
    person = " ".join(x for x in (v.get("first_name", ""), v.get("last_name", "")) if x.strip())
    name = " ".join((v.get("donor_name") or "").split()) or " ".join(person.split())
    company = " ".join(v.get("company", "").split())
    business = bool(company) or fold(v.get("donor_kind", "")).startswith(("bus", "com", "org", "corp"))
    if company:
        contact, name = name, company
    else:
        contact = ""
    if not name:
        raise RowSkipped("it has no donor name")
    amount_text, description = v.get("amount", ""), " ".join(v.get("description", "").split())
    kind = _kind(v.get("kind", ""), bool(amount_text.strip()), bool(description))
    values = {"kind": kind, "received_on": _date(v.get("received_on", "")), "description": description,
              "check_number": v.get("check_number", "").strip(), "purpose": v.get("purpose", "").strip(),
              "returned_description": v.get("returned_description", "").strip(),
              "returned_value_cents": _money(v.get("returned_value", ""), "The value received in return"),
              "estimated_value_cents": _money(v.get("estimated_value", ""), "The estimated value")}
    if kind in MONEY_KINDS:
        values["amount_cents"] = _money(amount_text, "The amount")
        if values["amount_cents"] <= 0:
            raise RowSkipped("the amount is empty or zero")
    quantity = whole_number(v.get("quantity", ""), "the quantity", maximum=donations.MAX_QUANTITY)
    if quantity == 0:
        raise RowSkipped("the quantity is 0")
    if quantity is not None:
        values["quantity"] = quantity
    city, state, zip_code = (v.get(k, "").strip() for k in ("city", "state", "zip"))
    town = ", ".join(x for x in (city, " ".join(x for x in (state, zip_code) if x)) if x)
    address = "\n".join(x for x in (v.get("address", "").strip(), town) if x)
    donor = {"kind": "business" if business else "person", "name": limited(name, 200, "donor name"),
             "contact_name": limited(contact, 200, "contact name"), "address": address,
             "email": limited(v.get("email", "").strip(), 200, "email"),
             "phone": limited(v.get("phone", "").strip(), 40, "phone")}
    try:  # the rules saving applies, here, so that the run never refuses a row the preview accepted
        cleaned = donations.clean_values(values)
        donor = donors.clean_fields(donor)
    except InvalidInput as exc:
        raise RowSkipped(_lower_first(str(exc).rstrip("."))) from None
    fits(Donation, cleaned, _LABELS)
    fits(Donor, donor, {"name": "donor name", "contact_name": "contact name"})
    reference = v.get("reference", "").strip()
    ref = f"csv:{reference}" if reference else identity_ref(
        "csv", str(cleaned["received_on"]), name, kind, str(cleaned["amount_cents"]), description,
        cleaned["check_number"])
    return limited(ref, 200, "reference"), donor, cleaned


def _plan(path: Path, mapping: Mapping[str, str] | None) -> Plan:
    chosen = dict(mapping or {})
    table = read_table(path, header_test(FIELDS, chosen.values()))
    columns = match_columns(table.header, FIELDS, chosen)
    missing = columns.missing(FIELDS)
    if not missing and not ({k for k, _ in columns.chosen} & {"amount", "description"}):
        missing_text = "The file needs an Amount column (money) or a Description column (goods)."
    else:
        missing_text = missing_message(missing, FIELDS) if missing else ""
    plan = Plan(table, FORMAT, FIELDS, columns, SHOWN, NOUN, problem=missing_text)
    if missing_text:
        return plan
    for row in table.rows:
        try:
            ref, donor, values = _row(columns.values(row))
        except RowSkipped as skip:
            plan.skip(row.line, skip.reason)
            continue
        what = format_money(values["amount_cents"]) if values["kind"] in MONEY_KINDS else values["description"]
        back = (f"{values['returned_description']} ({format_money(values['returned_value_cents'])})"
                if values["returned_description"] else "")
        plan.add(row.line, ref, (f"{values['received_on']:%Y-%m-%d}", donor["name"],
                                 donations.KIND_LABELS[values["kind"]], what, back), (donor, values))
    return plan


def preview(desk: Desk, path: Path, mapping: Mapping[str, str] | None = None, fmt: str = "auto") -> ImportPreview:
    plan = _plan(path, mapping)
    with desk.db.read() as s:
        known = known_refs(s, Donation, desk.event_id, [i.ref for i in plan.items])
    return plan.preview(known)


def run(desk: Desk, path: Path, mapping: Mapping[str, str] | None = None, fmt: str = "auto") -> ImportResult:
    """Add the file's new donations (and new donors) in one transaction, with their receipts."""
    permissions.require(desk, "donations.import")
    plan = _plan(path, mapping)
    if plan.problem:
        raise ImportProblem(plan.problem)
    org = organization.get(desk)
    try:
        with desk.db.write() as s:
            known = known_refs(s, Donation, desk.event_id, [i.ref for i in plan.items])
            new = plan.new_items(known)
            on_file = _donors_on_file(s, desk)
            for item in new:
                donor_fields, values = item.payload
                donor = _match(on_file, donor_fields) or _add_donor(s, desk, on_file, donor_fields)
                d = Donation(event_id=desk.event_id, donor_id=donor.id, recorded_by=desk.operator,
                             device=desk.device, external_ref=item.ref, **values)
                s.add(d)
                s.flush()
                if org.is_set_up:
                    receipts.issue_in_session(s, desk, org, d)
            result = plan.result(len(new), len(plan.items) - len(new))
            if new:
                audit.record(s, desk, "donations imported", entity="donation",
                             summary=f"{len(new)} donations from {path.name}",
                             after={"file": path.name, "created": len(new), "already there": result.already_there,
                                    "rows skipped": len(result.skipped)})
    except IntegrityError:
        raise Conflict("Another laptop imported some of these donations at the same moment, so nothing was added. "
                       "Import the file again: the donations already there will be left as they are.") from None
    return result


def _donors_on_file(s, desk: Desk) -> dict[str, list[Donor]]:  # noqa: ANN001
    found: dict[str, list[Donor]] = {}
    for d in s.scalars(select(Donor).where(Donor.event_id == desk.event_id, Donor.merged_into_id.is_(None))):
        found.setdefault(fold(d.name), []).append(d)
    return found


def _match(on_file: dict[str, list[Donor]], fields: dict) -> Donor | None:
    same_name = on_file.get(fold(fields["name"]), [])
    email = fold(fields["email"])
    for d in same_name:
        if not email or not d.email or fold(d.email) == email:
            return d
    return None


def _add_donor(s, desk: Desk, on_file: dict[str, list[Donor]], fields: dict) -> Donor:  # noqa: ANN001
    donor = donors.new_donor(s, desk, **fields)
    on_file.setdefault(fold(donor.name), []).append(donor)
    return donor
