"""Donors: residents and businesses, found by search, merged when the same donor was typed twice."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.models import Donation, Donor
from nightout_desk.models.donations import MONEY_KINDS
from nightout_desk.services import audit, permissions
from nightout_desk.services.characters import require_text
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound
from nightout_desk.services.search import contains_every_word
from nightout_desk.text import digits, fold, search_words

PERSON, BUSINESS = "person", "business"
EDITABLE = ("kind", "name", "contact_name", "address", "phone", "email", "notes")


@dataclass(frozen=True)
class DonorInfo:
    id: uuid.UUID
    kind: str
    name: str
    contact_name: str
    address: str
    phone: str
    email: str
    notes: str
    gifts: int = 0
    money_cents: int = 0  # money given (cash, checks, cards, gift cards)
    last_gift: date | None = None

    @property
    def is_business(self) -> bool:
        return self.kind == BUSINESS

    @property
    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    @property
    def greeting_name(self) -> str:
        """Whom a letter greets: the contact person at a business, else the donor."""
        return self.contact_name or self.name


def info(d: Donor, gifts: int = 0, money: int = 0, last: date | None = None) -> DonorInfo:
    return DonorInfo(d.id, d.kind, d.name, d.contact_name, d.address, d.phone, d.email, d.notes, gifts, money, last)


def search_text(d: Donor) -> str:
    return " ".join(x for x in (fold(d.name), fold(d.contact_name), fold(d.email), digits(d.phone),
                                fold(d.address.replace("\n", " "))) if x)


def _clean(fields: dict) -> dict:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidInput(f"Unknown donor field {', '.join(sorted(unknown))}.")
    out = {k: (v.strip("\n ") if k == "address" else " ".join(str(v).split())) for k, v in fields.items()}
    require_text(out)
    if "name" in out and not out["name"]:
        raise InvalidInput("A donor needs a name: the person's or the business's.")
    if "kind" in out and out["kind"] not in (PERSON, BUSINESS):
        raise InvalidInput("A donor is a person or a business.")
    if out.get("email") and "@" not in out["email"]:
        raise InvalidInput(f"“{out['email']}” does not look like an email address.")
    return out


def clean_fields(fields: dict) -> dict:
    """The values a new donor is saved with (blank fields filled in); raises InvalidInput as saving does."""
    return _clean({**dict.fromkeys(EDITABLE, ""), "kind": PERSON, **fields})


def new_donor(s: Session, desk: Desk, external_ref: str | None = None, **fields) -> Donor:
    fields = clean_fields(fields)
    d = Donor(event_id=desk.event_id, external_ref=external_ref, **fields)
    d.search_text = search_text(d)
    s.add(d)
    s.flush()
    audit.record(s, desk, "donor added", entity="donor", entity_id=d.id, summary=d.name)
    return d


def rows_for_import(desk: Desk, entries: Sequence[dict]) -> list[dict]:
    """New donors' rows for an import's batch (written with `db.bulk.BulkInsert`): the same checks and search text as
    `new_donor`; the batch's own audit entry stands for them. Rows come in the order of `entries`."""
    now = clock.now()
    rows = [{**clean_fields(fields), "id": uuid.uuid4(), "event_id": desk.event_id, "external_ref": None,
             "merged_into_id": None, "created_at": now}
            for fields in entries]
    for row in rows:
        row["search_text"] = search_text(SimpleNamespace(**row))  # the row's values, read as a Donor's
    return rows


def info_of_row(row: dict) -> DonorInfo:
    return DonorInfo(row["id"], row["kind"], row["name"], row["contact_name"], row["address"], row["phone"],
                     row["email"], row["notes"])


def add_donor(desk: Desk, **fields) -> DonorInfo:
    with desk.db.write() as s:
        return info(new_donor(s, desk, **fields))


def update(desk: Desk, donor_id: uuid.UUID, **fields) -> DonorInfo:
    permissions.require(desk, "donations.edit_donor")
    fields = _clean(fields)
    with desk.db.write() as s:
        d = _get(s, desk, donor_id)
        old = {k: getattr(d, k) for k in fields}
        for k, v in fields.items():
            setattr(d, k, v)
        d.search_text = search_text(d)
        before, after = audit.changes(old, fields)
        if after:
            audit.record(s, desk, "donor edited", entity="donor", entity_id=d.id, summary=d.name,
                         before=before, after=after)
        return info(d)


def _get(s: Session, desk: Desk, donor_id: uuid.UUID) -> Donor:
    d = s.get(Donor, donor_id)
    if d is None or d.event_id != desk.event_id:
        raise NotFound("That donor is not in this event.")
    return d


def get(desk: Desk, donor_id: uuid.UUID) -> DonorInfo:
    with desk.db.read() as s:
        d = _get(s, desk, donor_id)
        if d.merged_into_id is not None:
            d = _get(s, desk, d.merged_into_id)
        return _with_totals(s, [d])[0]


def _with_totals(s: Session, rows: list[Donor]) -> list[DonorInfo]:
    ids = [d.id for d in rows]
    totals: dict[uuid.UUID, tuple[int, int, date | None]] = {}
    if ids:
        money = func.sum(Donation.amount_cents).filter(Donation.kind.in_(MONEY_KINDS))
        for did, n, cents, last in s.execute(
                select(Donation.donor_id, func.count(Donation.id), money, func.max(Donation.received_on))
                .where(Donation.donor_id.in_(ids), Donation.voided_at.is_(None)).group_by(Donation.donor_id)):
            totals[did] = (int(n), int(cents or 0), last)
    return [info(d, *totals.get(d.id, (0, 0, None))) for d in rows]


def search(desk: Desk, query: str = "", limit: int = 200) -> list[DonorInfo]:
    """Donors whose name, contact, email, phone or address contain every word typed (accents and case ignored)."""
    words = search_words(query)
    with desk.db.read() as s:
        q = select(Donor).where(Donor.event_id == desk.event_id, Donor.merged_into_id.is_(None),
                                *contains_every_word(Donor.search_text, words))
        rows = list(s.scalars(q.order_by(func.lower(Donor.name)).limit(limit)))
        return _with_totals(s, rows)


def possible_duplicates(desk: Desk, name: str, email: str = "", phone: str = "") -> list[DonorInfo]:
    """Donors with the same name, or the same email or phone: probably the same giver."""
    folded, mail, tel = fold(name), fold(email), digits(phone)[-7:]
    found = []
    for d in search(desk, "", limit=10_000):
        if (folded and fold(d.name) == folded) or (mail and fold(d.email) == mail) or \
                (len(tel) == 7 and digits(d.phone).endswith(tel)):
            found.append(d)
    return found


def merge(desk: Desk, keep_id: uuid.UUID, duplicate_id: uuid.UUID) -> DonorInfo:
    """Keep one donor; the duplicate's donations move to it. Receipts already issued keep their wording."""
    permissions.require(desk, "donations.merge_donors")
    if keep_id == duplicate_id:
        raise InvalidInput("Pick two different donors to merge.")
    with desk.db.write() as s:
        keep, dup = _get(s, desk, keep_id), _get(s, desk, duplicate_id)
        for d in (keep, dup):
            if d.merged_into_id is not None:
                raise Conflict(f"{d.name} was already merged into another donor.")
        moved = list(s.scalars(select(Donation).where(Donation.donor_id == dup.id)))
        for donation in moved:
            donation.donor_id = keep.id
        for k in ("contact_name", "address", "phone", "email"):  # fill gaps, never overwrite
            if not getattr(keep, k) and getattr(dup, k):
                setattr(keep, k, getattr(dup, k))
        if dup.notes and dup.notes not in keep.notes:
            keep.notes = "\n".join(x for x in (keep.notes, dup.notes) if x)
        keep.search_text = search_text(keep)
        dup.merged_into_id = keep.id
        audit.record(s, desk, "donors merged", entity="donor", entity_id=keep.id,
                     summary=f"{dup.name} merged into {keep.name}; {len(moved)} donations moved",
                     before={"duplicate": str(dup.id), "donations": [str(x.id) for x in moved]})
        s.flush()
        return _with_totals(s, [keep])[0]

