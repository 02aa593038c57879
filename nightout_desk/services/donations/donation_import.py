"""Importing donations from a CSV (an online-giving export, a treasurer's spreadsheet), on the shared import machinery.

One donation per row. Donors are matched by name (and email when both have one) with the donors already on file, so a
returning donor appears once. Each donation keeps the reference it came from (a transaction id, or a hash of the
row), so importing the same file again adds nothing. Receipts are numbered in the same transaction when the
organization is set up, like a donation recorded by hand.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.db.bulk import BulkInsert
from nightout_desk.models import Donation, Donor
from nightout_desk.models.donations import CARD, CASH, CHECK, GIFT_CARD, IN_KIND, MONEY_KINDS, SERVICES
from nightout_desk.services import permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import donors, organization, receipts
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.donations.receipt_wording import missing_for_wording
from nightout_desk.services.errors import ImportProblem, InvalidInput
from nightout_desk.services.importing import (
    Field,
    ImportPreview,
    ImportResult,
    Plan,
    PlannedItem,
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
from nightout_desk.services.importing.batches import (
    BatchRun,
    BatchWriter,
    Progress,
    ShouldStop,
    Write,
    write_in_batches,
)
from nightout_desk.services.money import format_money, parse_money
from nightout_desk.text import fold

NOUN = "donations"
T = TypeVar("T")
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
    Field("returned_bears_logo", "Bears our name or logo", ("bears logo", "logo", "logo item", "branded",
                                                             "with logo"),
          hint="yes/no: what was given back bears the organization's name or logo (IRS Publication 1771)"),
    Field("returned_cost", "What it cost us", ("benefit cost", "premium cost", "item cost", "cost to us")),
    Field("expenses_description", "Out-of-pocket expenses", ("expenses", "out-of-pocket expenses",
                                                              "unreimbursed expenses")),
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
              "estimated_value_cents": _money(v.get("estimated_value", ""), "The estimated value"),
              "returned_bears_logo": v.get("returned_bears_logo", ""),
              "expenses_description": v.get("expenses_description", "").strip()}
    if v.get("returned_cost", "").strip():
        values["returned_cost_cents"] = _money(v["returned_cost"], "What it cost")
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


def _unworded(org: organization.Organization, values: dict) -> str:
    """Why this row's receipt cannot be worded yet ("" when it can): the import asks, as the dialog does, and never
    decides a disclosure silently (issue 14: goods given back for an in-kind gift with no estimate)."""
    if not org.is_set_up:
        return ""  # no receipt is issued now; "Issue missing receipts" asks later, one donation at a time
    missing = missing_for_wording(org, receipts.facts_of_values(values))
    return f"its receipt needs more: {_lower_first(missing.rstrip('.'))}" if missing else ""


def _plan(path: Path, mapping: Mapping[str, str] | None, org: organization.Organization) -> Plan:
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
        if unworded := _unworded(org, values):
            plan.skip(row.line, unworded)
            continue
        what = format_money(values["amount_cents"]) if values["kind"] in MONEY_KINDS else values["description"]
        back = (f"{values['returned_description']} ({format_money(values['returned_value_cents'])})"
                if values["returned_description"] else "")
        plan.add(row.line, ref, (f"{values['received_on']:%Y-%m-%d}", donor["name"],
                                 donations.KIND_LABELS[values["kind"]], what, back), (donor, values))
    return plan


def preview(desk: Desk, path: Path, mapping: Mapping[str, str] | None = None, fmt: str = "auto") -> ImportPreview:
    plan = _plan(path, mapping, organization.get(desk))
    with desk.db.read() as s:
        known = known_refs(s, Donation, desk.event_id, [i.ref for i in plan.items])
    return plan.preview(known)


def run(desk: Desk, path: Path, mapping: Mapping[str, str] | None = None, fmt: str = "auto",
        progress: Progress | None = None, should_stop: ShouldStop | None = None) -> ImportResult:
    """Add the file's new donations (and new donors) with their receipts, a batch at a time, each batch in its own
    transaction with its audit entry (`importing/batches.py`); running it again finishes an import that was stopped.
    `progress(done, total)` is called after each batch; `should_stop()` is asked before each."""
    permissions.require(desk, "donations.import")
    org = organization.get(desk)
    plan = _plan(path, mapping, org)
    if plan.problem:
        raise ImportProblem(plan.problem)
    with desk.db.read() as s:  # what is there already, read once (each batch checks its own donations again)
        known = known_refs(s, Donation, desk.event_id, [i.ref for i in plan.items])
        on_file = _donors_on_file(s, desk)
    todo = plan.new_items(known)
    added: dict[str, list[tuple[str, donors.DonorInfo]]] = {}  # a batch's new donors: on file once it committed

    def prepare(r: Session, batch: Sequence[PlannedItem]) -> Write:
        added.clear()
        there = known_refs(r, Donation, desk.event_id, [i.ref for i in batch])
        new = [i for i in batch if i.ref not in there]
        givers: list[donors.DonorInfo | int] = []  # a donor on file, or the index of a donor this batch adds
        to_add: list[dict] = []
        staged: dict[str, list[tuple[str, int]]] = {}  # donors this batch adds, found by the same rule
        for item in new:
            fields = item.payload[0]
            name, email = fold(fields["name"]), fold(fields["email"])
            found = _match(on_file.get(name, ()), email)
            if found is None:
                found = _match(staged.get(name, ()), email)
            if found is None:
                found = len(to_add)
                staged.setdefault(name, []).append((email, found))
                to_add.append(fields)
            givers.append(found)
        donor_rows = donors.rows_for_import(desk, to_add)
        new_donors = [donors.info_of_row(row) for row in donor_rows]
        for d in new_donors:
            added.setdefault(fold(d.name), []).append((fold(d.email), d))
        gifts, now = [], clock.now()
        for item, giver in zip(new, givers, strict=True):
            donor = new_donors[giver] if isinstance(giver, int) else giver
            gifts.append(({**item.payload[1], "id": uuid.uuid4(), "event_id": desk.event_id, "donor_id": donor.id,
                           "recorded_by": desk.operator, "device": desk.device, "external_ref": item.ref,
                           "created_at": now}, donor))
        inserts = (BulkInsert.of(desk.db, Donor.__table__, donor_rows),
                   BulkInsert.of(desk.db, Donation.__table__, [g for g, _ in gifts]))
        drafts = receipts.drafts_for_import(desk, org, gifts) if org.is_set_up else None
        counts = Counter(created=len(new), donors=len(new_donors), raced=len(batch) - len(new))

        def write(s: Session) -> tuple[Counter, dict]:  # a reference taken since `prepare`: IntegrityError, again
            for insert_rows in inserts:
                insert_rows.run(s)
            numbers = receipts.issue_drafts(s, desk, drafts) if drafts else []
            return (counts + Counter(receipts=len(numbers)),
                    {"receipt numbers": f"{numbers[0]} to {numbers[-1]}"} if numbers else {})
        return write

    def committed() -> None:
        for name, found in added.items():
            on_file.setdefault(name, []).extend(found)

    def summary(run: BatchRun) -> tuple[str, dict]:
        created = run.counts["created"]
        return (f"{created} donations from {path.name}" + (": stopped before the end" if run.stopped else ""),
                {"file": path.name, "created": created, "donors added": run.counts["donors"],
                 "receipts issued": run.counts["receipts"],
                 "already there": len(plan.items) - len(todo) + run.counts["raced"],
                 "rows skipped": len(plan.skipped), "batches": run.batches})

    def result(run: BatchRun) -> ImportResult:
        raced = run.counts["raced"]
        return plan.result(run.counts["created"], len(plan.items) - len(todo) + raced, planned=len(todo) - raced,
                           stopped=run.stopped)

    writer = BatchWriter("donations imported", "donation", prepare, summary, result, committed)
    return write_in_batches(desk, path.name, NOUN, todo, writer, progress=progress, should_stop=should_stop)


def _donors_on_file(s: Session, desk: Desk) -> dict[str, list[tuple[str, donors.DonorInfo]]]:
    """The event's donors by folded name, with their folded email, read once for the whole import (one query)."""
    found: dict[str, list[tuple[str, donors.DonorInfo]]] = {}
    for row in s.execute(select(Donor.id, Donor.kind, Donor.name, Donor.contact_name, Donor.address, Donor.phone,
                                Donor.email, Donor.notes)
                         .where(Donor.event_id == desk.event_id, Donor.merged_into_id.is_(None))):
        found.setdefault(fold(row.name), []).append((fold(row.email), donors.DonorInfo(*row)))
    return found


def _match(same_name: Iterable[tuple[str, T]], email: str) -> T | None:
    """The first donor of the same (folded) name whose email agrees: the same, or either one has none."""
    return next((donor for their_email, donor in same_name if not email or not their_email or their_email == email),
                None)
