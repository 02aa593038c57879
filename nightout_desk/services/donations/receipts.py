"""Numbered receipts: gap-free numbers per event and series, issue, void with a reason, reissue, print marks.

Numbers come from the event's `ReceiptCounter` row of the laptop's series, locked with SELECT ... FOR UPDATE inside
the transaction that writes the receipt: two laptops recording at the same moment on PostgreSQL queue on that row,
and a transaction that rolls back gives its number back, so numbers are unique and gap-free. On SQLite, writers are
serialized by BEGIN IMMEDIATE (db/database.py). A voided receipt stays on file; its number is never used again.

Series: a laptop working alone, or wired to the one shared database, numbers from series "" (NNO-2026-0007). Laptops
that work apart on their own files and are merged later each number from their own series, a short code in capitals
kept as the event setting `receipt series:<device>` (`assign_series`, done when a laptop joins a hub):
NNO-2026-B0007. A merge copies receipts as they are, so a number printed on the night is kept forever.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from nightout_desk import clock
from nightout_desk.db.bulk import BulkInsert
from nightout_desk.models import Donation, Donor, Event, EventSetting, Receipt, ReceiptCounter
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import donors as donor_service
from nightout_desk.services.donations import organization
from nightout_desk.services.donations.donors import DonorInfo
from nightout_desk.services.donations.organization import Organization
from nightout_desk.services.donations.receipt_wording import GiftFacts, ReceiptContent, build
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound
from nightout_desk.services.wording.language import event_language
from nightout_desk.services.wording.words import Words

DONATION, SUMMARY = "donation", "summary"
SERIES_SETTING = "receipt series:"  # + the laptop's device name -> its series code
SERIES_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: read aloud or handwritten, they pass for 1 and 0
_COUNTERS = uuid.UUID("5b0d7c1e-3f1a-4d57-9a53-0b8f1c6e2a41")  # namespace of the counters' ids


@dataclass(frozen=True)
class ReceiptInfo:
    id: uuid.UUID
    number: str
    kind: str
    donor_id: uuid.UUID
    donor_name: str
    donation_id: uuid.UUID | None
    issued_at: datetime
    issued_by: str
    printed_at: datetime | None
    print_count: int
    voided_at: datetime | None
    void_reason: str
    voided_by: str
    reissue_of: str  # the number this one replaces
    replaced_by: str  # the number that replaced this one
    money_total: str

    @property
    def is_void(self) -> bool:
        return self.voided_at is not None

    @property
    def status(self) -> str:
        if self.is_void:
            return "VOID" + (f" — replaced by {self.replaced_by}" if self.replaced_by else "")
        return f"printed ×{self.print_count}" if self.print_count else "not printed yet"


@dataclass(frozen=True)
class PrintableReceipt:
    """What printing/receipts.py draws: the frozen wording plus the receipt's state at printing time."""

    content: ReceiptContent
    void: bool
    void_reason: str
    voided_on: str
    reissue_of: str
    copy: bool  # printed before: marked as a copy


def facts(d: Donation) -> GiftFacts:
    return GiftFacts(d.received_on, d.kind, d.amount_cents, d.check_number, d.description, d.quantity, d.unit,
                     d.estimated_value_cents, d.returned_description, d.returned_value_cents, d.purpose,
                     bool(d.returned_bears_logo), d.returned_cost_cents, d.expenses_description)


def facts_of_values(d: Mapping[str, Any]) -> GiftFacts:
    """The same, from a donation's column values not yet saved (a dialog's cleaned values, an import's row)."""
    return GiftFacts(d["received_on"], d["kind"], d["amount_cents"], d["check_number"], d["description"],
                     d["quantity"], d["unit"], d["estimated_value_cents"], d["returned_description"],
                     d["returned_value_cents"], d["purpose"], bool(d.get("returned_bears_logo")),
                     d.get("returned_cost_cents"), d.get("expenses_description") or "")


def receipt_number(prefix: str, series: str, sequence: int) -> str:
    """NNO-2026-0007 in series "", NNO-2026-B0007 in series "B"."""
    return f"{prefix}-{series}{sequence:04d}"


def counter_id(event_id: uuid.UUID, series: str) -> uuid.UUID:
    """The same on every laptop, so two laptops' counters of one series are one row."""
    return uuid.uuid5(_COUNTERS, f"{event_id}/{series}")


def series_of(s: Session, desk: Desk) -> str:
    """The series this laptop numbers from: "" unless one was assigned to its device name."""
    return s.scalar(select(EventSetting.value).where(EventSetting.event_id == desk.event_id,
                                                     EventSetting.key == SERIES_SETTING + desk.device)) or ""


def _take_number(s: Session, desk: Desk, prefix: str) -> tuple[int, str, str]:
    """The next number, from the counter row of this laptop's series locked until this transaction ends."""
    return _take_numbers(s, desk, prefix, 1)[0]


def _take_numbers(s: Session, desk: Desk, prefix: str, count: int) -> list[tuple[int, str, str]]:
    """The next `count` (sequence, number, series) in a row, from the counter row of this laptop's series, locked
    until this transaction ends."""
    series = series_of(s, desk)
    query = select(ReceiptCounter).where(ReceiptCounter.event_id == desk.event_id,
                                         ReceiptCounter.series == series).with_for_update()
    counter = s.scalars(query).first()
    if counter is None:
        try:
            with s.begin_nested():  # another laptop may create it at the same moment: then use theirs
                s.add(ReceiptCounter(id=counter_id(desk.event_id, series), event_id=desk.event_id, series=series,
                                     prefix=prefix, last_number=0))
        except IntegrityError:
            pass
        counter = s.scalars(query.execution_options(populate_existing=True)).one()
    first = counter.last_number + 1
    counter.last_number += count
    s.flush()
    return [(n, receipt_number(counter.prefix, series, n), series) for n in range(first, first + count)]


def _series_code(code: str) -> str:
    code = code.strip().upper()
    if not (1 <= len(code) <= 3 and all(c in SERIES_LETTERS for c in code)):
        raise InvalidInput(f"A receipt series is one to three capital letters (not I or O), e.g. B — not “{code}”.")
    return code


def _series_in_use(s: Session, desk: Desk) -> dict[str, str]:
    """series -> the laptop it belongs to ("" for one seen only on receipts)."""
    used = {r.value: r.key.removeprefix(SERIES_SETTING) for r in s.scalars(select(EventSetting).where(
        EventSetting.event_id == desk.event_id, EventSetting.key.startswith(SERIES_SETTING)))}
    for series in s.scalars(select(Receipt.series).where(Receipt.event_id == desk.event_id).distinct()):
        used.setdefault(series, "")
    return used


def set_series(desk: Desk, code: str) -> str:
    """Give this laptop (its device name) its own receipt series; refused when another laptop has that code."""
    permissions.require(desk, "donations.receipt_series")
    code = _series_code(code)
    with desk.db.write() as s:
        return _set_series(s, desk, code)


def _set_series(s: Session, desk: Desk, code: str) -> str:
    current = series_of(s, desk)
    if current == code:
        return code
    if current and s.scalar(select(func.count()).select_from(Receipt).where(Receipt.event_id == desk.event_id,
                                                                             Receipt.series == current)):
        raise Conflict(f"{desk.device} has issued receipts in series {current}; it keeps that series.")
    owner = _series_in_use(s, desk).get(code)
    if owner is not None and owner != desk.device:
        raise Conflict(f"Series {code} is already used by {owner or 'another laptop'}: choose another letter.")
    row = s.scalars(select(EventSetting).where(EventSetting.event_id == desk.event_id,
                                               EventSetting.key == SERIES_SETTING + desk.device)).first()
    if row is None:
        s.add(EventSetting(event_id=desk.event_id, key=SERIES_SETTING + desk.device, value=code))
    else:
        row.value = code
    audit.record(s, desk, "receipt series set", entity="setting", summary=f"{desk.device}: series {code}",
                 before={"series": current}, after={"series": code})
    return code


def assign_series(desk: Desk) -> str:
    """This laptop's series, choosing the first letter no other laptop (nor any receipt) uses when it has none yet:
    for a laptop about to work apart (joining a hub). No role needed: it only keeps numbers apart."""
    with desk.db.write() as s:
        current = series_of(s, desk)
        if current:
            return current
        used = _series_in_use(s, desk)
        letters = [*SERIES_LETTERS, *(a + b for a in SERIES_LETTERS for b in SERIES_LETTERS)]
        return _set_series(s, desk, next(c for c in letters if c not in used))


def _event_name(s: Session, desk: Desk) -> str:
    return s.get(Event, desk.event_id).name


def issue_in_session(s: Session, desk: Desk, org: Organization, donation: Donation,
                     reissue_of: Receipt | None = None) -> Receipt:
    if not org.is_set_up:
        raise InvalidInput("Receipts need the organization's name and tax status first: "
                           "Donations → Organization settings.")
    donor = donor_service.info(s.get(Donor, donation.donor_id))
    seq, number, series = _take_number(s, desk, organization.receipt_prefix(desk, org))
    content = build(org, donor, [facts(donation)], number, clock.local(clock.now()).date(),
                    event_name=_event_name(s, desk), words=Words(event_language(s, desk.event_id)))
    r = Receipt(event_id=desk.event_id, number=number, series=series, sequence=seq, kind=DONATION, donor_id=donor.id,
                donation_id=donation.id, content=content.to_json(), issued_at=clock.now(), issued_by=desk.operator,
                reissue_of_id=reissue_of.id if reissue_of else None)
    s.add(r)
    s.flush()
    audit.record(s, desk, "receipt issued", entity="receipt", entity_id=r.id,
                 summary=f"{number} for {donor.name}" + (f", replacing {reissue_of.number}" if reissue_of else ""))
    return r


_NUMBER_TOKEN = "@@receipt-number@@"  # stands for the number in a draft's wording until the number is taken


@dataclass(frozen=True)
class ReceiptDrafts:
    """Receipts for an import's batch, worded before the write transaction; `issue_drafts` numbers and writes them."""

    prefix: str
    drafts: tuple[tuple[uuid.UUID, DonorInfo, str], ...]  # (donation id, donor, content JSON with _NUMBER_TOKEN)


def drafts_for_import(desk: Desk, org: Organization, gifts: Sequence[tuple[dict, DonorInfo]]) -> ReceiptDrafts:
    """The wording of each new donation's receipt, as `issue_in_session` words it (it only reads).
    `gifts`: (the donation's column values with its id, its donor)."""
    if gifts and not org.is_set_up:
        raise InvalidInput("Receipts need the organization's name and tax status first: "
                           "Donations → Organization settings.")
    if not gifts:
        return ReceiptDrafts("", ())
    with desk.db.read() as s:
        event_name = _event_name(s, desk)
        words = Words(event_language(s, desk.event_id))
    today = clock.local(clock.now()).date()
    drafts = []
    for d, donor in gifts:
        content = build(org, donor, [facts_of_values(d)], _NUMBER_TOKEN, today, event_name=event_name, words=words)
        drafts.append((d["id"], donor, content.to_json()))
    return ReceiptDrafts(organization.receipt_prefix(desk, org), tuple(drafts))


def issue_drafts(s: Session, desk: Desk, receipts: ReceiptDrafts) -> list[str]:
    """Number the drafted receipts from the locked counter (in one go, so still gap-free) and write them inside the
    caller's transaction; returns their numbers (the import's batch entry in the audit log names the range)."""
    if not receipts.drafts:
        return []
    numbers = _take_numbers(s, desk, receipts.prefix, len(receipts.drafts))
    now = clock.now()
    BulkInsert.of(desk.db, Receipt.__table__, [
        {"id": uuid.uuid4(), "event_id": desk.event_id, "number": number, "series": series, "sequence": seq,
         "kind": DONATION, "donor_id": donor.id, "donation_id": donation_id,
         "content": content.replace(_NUMBER_TOKEN, json.dumps(number, ensure_ascii=False)[1:-1]),
         "issued_at": now, "issued_by": desk.operator, "printed_at": None, "print_count": 0, "voided_at": None,
         "void_reason": "", "voided_by": "", "reissue_of_id": None}
        for (seq, number, series), (donation_id, donor, content) in zip(numbers, receipts.drafts, strict=True)]).run(s)
    return [number for _, number, _ in numbers]


def active_receipt(s: Session, donation_id: uuid.UUID) -> Receipt | None:
    return s.scalars(select(Receipt).where(Receipt.donation_id == donation_id, Receipt.voided_at.is_(None))).first()


def summaries_listing(s: Session, d: Donation) -> list[Receipt]:
    """The donor's current summary receipts issued since the donation was recorded: those that list it."""
    return list(s.scalars(select(Receipt).where(Receipt.event_id == d.event_id, Receipt.kind == SUMMARY,
                                                Receipt.donor_id == d.donor_id, Receipt.voided_at.is_(None),
                                                Receipt.issued_at >= d.created_at).with_for_update()))


def issue_for_donation(desk: Desk, donation_id: uuid.UUID) -> ReceiptInfo:
    org = organization.get(desk)
    with desk.db.write() as s:
        d = s.get(Donation, donation_id, with_for_update=True)
        if d is None or d.event_id != desk.event_id:
            raise NotFound("That donation is not in this event.")
        if (existing := active_receipt(s, d.id)) is not None:
            raise Conflict(f"That donation already has receipt {existing.number}.")
        if d.voided_at is not None:
            raise Conflict(f"That donation was voided by {d.voided_by}: {d.void_reason}.")
        r = issue_in_session(s, desk, org, d)
        return _infos(s, desk, [r.id])[0]


def issue_missing(desk: Desk) -> list[ReceiptInfo]:
    """Receipts for every donation that has none (e.g. recorded before the organization was set up)."""
    permissions.require(desk, "donations.issue_receipts")
    org = organization.get(desk)
    with desk.db.write() as s:
        with_receipt = select(Receipt.donation_id).where(Receipt.donation_id.is_not(None), Receipt.voided_at.is_(None))
        todo = list(s.scalars(select(Donation).where(Donation.event_id == desk.event_id, Donation.voided_at.is_(None),
                                                     Donation.id.not_in(with_receipt))
                              .order_by(Donation.received_on, Donation.created_at).with_for_update()))
        # another laptop may have numbered some while we waited for the locks: look again, row by row
        made = [issue_in_session(s, desk, org, d).id for d in todo if active_receipt(s, d.id) is None]
        return _infos(s, desk, made)


def issue_summary(desk: Desk, donor_id: uuid.UUID) -> ReceiptInfo:
    """One receipt listing every gift of a donor for this event (an annual / event summary)."""
    permissions.require(desk, "donations.issue_receipts")
    org = organization.get(desk)
    if not org.is_set_up:
        raise InvalidInput("Receipts need the organization's name and tax status first: "
                           "Donations → Organization settings.")
    with desk.db.write() as s:
        donor = s.get(Donor, donor_id)
        if donor is None or donor.event_id != desk.event_id:
            raise NotFound("That donor is not in this event.")
        gifts = list(s.scalars(select(Donation).where(Donation.donor_id == donor.id, Donation.voided_at.is_(None))
                               .order_by(Donation.received_on, Donation.created_at)))
        if not gifts:
            raise InvalidInput(f"{donor.name} has no donations to summarize.")
        seq, number, series = _take_number(s, desk, organization.receipt_prefix(desk, org))
        event = s.get(Event, desk.event_id)
        content = build(org, donor_service.info(donor), [facts(g) for g in gifts], number,
                        clock.local(clock.now()).date(), event_name=event.name, summary_year=event.date.year,
                        words=Words(event_language(s, desk.event_id)))
        r = Receipt(event_id=desk.event_id, number=number, series=series, sequence=seq, kind=SUMMARY,
                    donor_id=donor.id,
                    content=content.to_json(), issued_at=clock.now(), issued_by=desk.operator)
        s.add(r)
        s.flush()
        audit.record(s, desk, "summary receipt issued", entity="receipt", entity_id=r.id,
                     summary=f"{number} for {donor.name}: {len(gifts)} gifts")
        return _infos(s, desk, [r.id])[0]


def _locked(s: Session, desk: Desk, receipt_id: uuid.UUID) -> Receipt:
    r = s.get(Receipt, receipt_id, with_for_update=True)
    if r is None or r.event_id != desk.event_id:
        raise NotFound("That receipt is not in this event.")
    return r


def void_in_session(s: Session, desk: Desk, r: Receipt, reason: str) -> None:
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput("Say why the receipt is void (e.g. “wrong amount”, “duplicate”): it stays on file.")
    if r.voided_at is not None:
        raise Conflict(f"Receipt {r.number} was already voided by {r.voided_by}: {r.void_reason}.")
    r.voided_at, r.void_reason, r.voided_by = clock.now(), reason, desk.operator
    audit.record(s, desk, "receipt voided", entity="receipt", entity_id=r.id, summary=f"{r.number}: {reason}")


def void(desk: Desk, receipt_id: uuid.UUID, reason: str) -> ReceiptInfo:
    permissions.require(desk, "donations.void_receipt")
    with desk.db.write() as s:
        r = _locked(s, desk, receipt_id)
        void_in_session(s, desk, r, reason)
        return _infos(s, desk, [r.id])[0]


def reissue(desk: Desk, receipt_id: uuid.UUID, reason: str) -> ReceiptInfo:
    """Void (if not yet) and issue a new receipt, with a new number, pointing to the old one."""
    permissions.require(desk, "donations.void_receipt")
    org = organization.get(desk)
    with desk.db.write() as s:
        old = _locked(s, desk, receipt_id)
        if s.scalar(select(Receipt.id).where(Receipt.reissue_of_id == old.id)) is not None:
            raise Conflict(f"Receipt {old.number} was already reissued.")
        if old.voided_at is None:
            void_in_session(s, desk, old, reason)
        if old.donation_id is None:  # a summary: rebuild it from the donor's gifts today
            s.flush()
            new_id = _reissue_summary(s, desk, org, old)
        else:
            donation = s.get(Donation, old.donation_id)
            if donation.voided_at is not None:
                raise Conflict(f"Receipt {old.number}'s donation was voided: it gets no new receipt.")
            if (other := active_receipt(s, donation.id)) is not None:
                raise Conflict(f"That donation already has receipt {other.number}.")
            new_id = issue_in_session(s, desk, org, donation, reissue_of=old).id
        return _infos(s, desk, [new_id])[0]


def _reissue_summary(s: Session, desk: Desk, org: Organization, old: Receipt) -> uuid.UUID:
    donor = s.get(Donor, old.donor_id)
    if donor.merged_into_id is not None:
        donor = s.get(Donor, donor.merged_into_id)
    gifts = list(s.scalars(select(Donation).where(Donation.donor_id == donor.id, Donation.voided_at.is_(None))
                           .order_by(Donation.received_on)))
    seq, number, series = _take_number(s, desk, organization.receipt_prefix(desk, org))
    event = s.get(Event, desk.event_id)
    content = build(org, donor_service.info(donor), [facts(g) for g in gifts], number, clock.local(clock.now()).date(),
                    event_name=event.name, summary_year=event.date.year, words=Words(event_language(s, desk.event_id)))
    r = Receipt(event_id=desk.event_id, number=number, series=series, sequence=seq, kind=SUMMARY, donor_id=donor.id,
                content=content.to_json(), issued_at=clock.now(), issued_by=desk.operator, reissue_of_id=old.id)
    s.add(r)
    s.flush()
    audit.record(s, desk, "receipt issued", entity="receipt", entity_id=r.id,
                 summary=f"{number} for {donor.name}, replacing {old.number}")
    return r.id


def _infos(s: Session, desk: Desk, ids: list[uuid.UUID] | None = None, *, unprinted: bool = False,
           include_void: bool = True) -> list[ReceiptInfo]:
    prev, nxt = aliased(Receipt), aliased(Receipt)
    q = (select(Receipt, Donor.name, prev.number, nxt.number)
         .join(Donor, Donor.id == Receipt.donor_id)
         .outerjoin(prev, prev.id == Receipt.reissue_of_id)
         .outerjoin(nxt, nxt.reissue_of_id == Receipt.id)
         .where(Receipt.event_id == desk.event_id))
    if ids is not None:
        q = q.where(Receipt.id.in_(ids))
    if unprinted:
        q = q.where(Receipt.print_count == 0, Receipt.voided_at.is_(None))
    if not include_void:
        q = q.where(Receipt.voided_at.is_(None))
    out = []
    for r, donor_name, prev_number, next_number in s.execute(q.order_by(Receipt.series, Receipt.sequence)):
        total = ReceiptContent.from_json(r.content).money_total
        out.append(ReceiptInfo(r.id, r.number, r.kind, r.donor_id, donor_name, r.donation_id, r.issued_at,
                               r.issued_by, r.printed_at, r.print_count, r.voided_at, r.void_reason, r.voided_by,
                               prev_number or "", next_number or "", total))
    return out


def list_receipts(desk: Desk, *, unprinted: bool = False, include_void: bool = True) -> list[ReceiptInfo]:
    with desk.db.read() as s:
        return _infos(s, desk, unprinted=unprinted, include_void=include_void)


def for_donation(desk: Desk, donation_id: uuid.UUID) -> list[ReceiptInfo]:
    with desk.db.read() as s:
        ids = list(s.scalars(select(Receipt.id).where(Receipt.donation_id == donation_id)))
        return _infos(s, desk, ids)


def printable(desk: Desk, receipt_ids: list[uuid.UUID]) -> list[PrintableReceipt]:
    """In the order asked; voided receipts print with a VOID mark and their reason."""
    with desk.db.read() as s:
        rows = {r.id: r for r in s.scalars(select(Receipt).where(Receipt.event_id == desk.event_id,
                                                                 Receipt.id.in_(receipt_ids)))}
        missing = [i for i in receipt_ids if i not in rows]
        if missing:
            raise NotFound("A receipt asked for is not in this event.")
        prev = {r.id: r.number for r in s.scalars(select(Receipt).where(
            Receipt.id.in_([x.reissue_of_id for x in rows.values() if x.reissue_of_id])))}
        out = []
        for rid in receipt_ids:
            r = rows[rid]
            voided_on = f"{clock.local(r.voided_at):%B %d, %Y}" if r.voided_at else ""
            out.append(PrintableReceipt(ReceiptContent.from_json(r.content), r.voided_at is not None, r.void_reason,
                                        voided_on, prev.get(r.reissue_of_id, ""), r.print_count > 0))
        return out


def mark_printed(desk: Desk, receipt_ids: list[uuid.UUID]) -> None:
    if not receipt_ids:
        return
    now = clock.now()
    with desk.db.write() as s:
        rows = list(s.scalars(select(Receipt).where(Receipt.event_id == desk.event_id, Receipt.id.in_(receipt_ids))
                              .with_for_update()))
        for r in rows:
            r.print_count += 1
            r.printed_at = r.printed_at or now
        audit.record(s, desk, "receipts printed", entity="receipt",
                     summary=", ".join(r.number for r in sorted(rows, key=lambda x: (x.series, x.sequence))))
