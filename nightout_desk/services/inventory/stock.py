"""Giveaway stock: items, and an append-only ledger of moves (received, handed out, adjusted, counted).

On hand is always the sum of an item's moves; corrections are new moves. Handing out locks the item's row
(SELECT ... FOR UPDATE on PostgreSQL) so two laptops cannot both give the last helmet or pass a household's limit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.models import Donation, Donor, GiveawayItem, Household, StockMove
from nightout_desk.models.inventory import ADJUSTED, COUNTED, HANDED_OUT, RECEIVED
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound
from nightout_desk.services.inventory.units import amount

CHECK_IN_TABLE = "Check-in table"
SOURCES = ("donation", "purchased", "other")
ITEM_FIELDS = ("name", "category", "unit", "low_stock_at", "limit_per_household", "at_check_in", "sort_order")


class LimitReached(Conflict):
    """The household already has its share; an organizer may override (recorded in the audit log)."""


class NotEnoughStock(Conflict):
    """Handing out would take the stock below zero; an organizer may override if the count is wrong."""


@dataclass(frozen=True)
class ItemInfo:
    id: uuid.UUID
    name: str
    category: str
    unit: str
    low_stock_at: int
    limit_per_household: int | None
    at_check_in: bool
    sort_order: int
    received: int = 0
    handed_out: int = 0
    adjusted: int = 0  # adjustments and count differences together
    on_hand: int = 0

    @property
    def is_out(self) -> bool:
        return self.on_hand <= 0

    @property
    def is_low(self) -> bool:
        return self.on_hand <= self.low_stock_at

    @property
    def on_hand_words(self) -> str:
        """'297 bottles', '1 bottle', '12' (an item counted 'each')."""
        return amount(self.on_hand, self.unit)

    @property
    def low_stock_words(self) -> str:
        return f"Low-stock warning at {amount(self.low_stock_at, self.unit)} or fewer"

    @property
    def stock_words(self) -> str:
        if self.on_hand < 0:
            return f"Below zero ({self.on_hand}) — count it"
        if self.is_out:
            return "OUT — none left"
        if self.is_low:
            return f"LOW — {self.on_hand} left"
        return "OK"


@dataclass(frozen=True)
class MoveInfo:
    id: uuid.UUID
    at: datetime
    kind: str
    quantity: int
    balance: int  # on hand after this move
    source: str
    household: str
    station: str
    donor: str
    counted: int | None
    reason: str
    override: bool
    operator: str
    device: str


@dataclass(frozen=True)
class HandOut:
    move_id: uuid.UUID
    item: ItemInfo
    household_total: int  # how many of this item the household has now
    override: bool


def _sums() -> tuple[ColumnElement[int], ...]:
    def total(kind: str) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((StockMove.kind == kind, StockMove.quantity), else_=0)), 0)
    return (total(RECEIVED), total(HANDED_OUT), total(ADJUSTED) + total(COUNTED),
            func.coalesce(func.sum(StockMove.quantity), 0))


def _levels(s: Session, desk: Desk, item_ids: list[uuid.UUID] | None = None) -> list[ItemInfo]:
    q = (select(GiveawayItem, *_sums()).outerjoin(StockMove, StockMove.item_id == GiveawayItem.id)
         .where(GiveawayItem.event_id == desk.event_id).group_by(GiveawayItem.id))
    if item_ids is not None:
        q = q.where(GiveawayItem.id.in_(item_ids))
    out = []
    for i, received, handed, adjusted, on_hand in s.execute(q):
        out.append(ItemInfo(i.id, i.name, i.category, i.unit, i.low_stock_at, i.limit_per_household, i.at_check_in,
                            i.sort_order, int(received), -int(handed), int(adjusted), int(on_hand)))
    return sorted(out, key=lambda x: (x.sort_order, x.name.casefold()))


def levels(desk: Desk) -> list[ItemInfo]:
    """Every item with what came in, went out and is on hand — derived from the ledger."""
    with desk.db.read() as s:
        return _levels(s, desk)


def check_in_items(desk: Desk) -> list[ItemInfo]:
    return [i for i in levels(desk) if i.at_check_in]


def _clean_item(fields: dict) -> dict:
    unknown = set(fields) - set(ITEM_FIELDS)
    if unknown:
        raise InvalidInput(f"Unknown item field {', '.join(sorted(unknown))}.")
    out = dict(fields)
    for key in ("name", "category", "unit"):
        if key in out:
            out[key] = " ".join(str(out[key] or "").split())
    if "name" in out and not out["name"]:
        raise InvalidInput("The item needs a name, e.g. “Bike helmet (youth)”.")
    if "unit" in out and not out["unit"]:
        out["unit"] = "each"
    for key in ("low_stock_at", "sort_order"):
        if key in out:
            out[key] = _whole(out[key], "The low-stock level" if key == "low_stock_at" else "The order")
    if "limit_per_household" in out:
        limit = out["limit_per_household"]
        out["limit_per_household"] = None if limit in (None, "", 0) else _whole(limit, "The limit per household")
    return out


def _whole(value, label: str) -> int:  # noqa: ANN001
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{label} must be a whole number, not “{value}”.") from None
    if n < 0:
        raise InvalidInput(f"{label} cannot be negative.")
    return n


def new_item(s: Session, desk: Desk, **fields) -> GiveawayItem:
    fields = _clean_item(fields)
    if "name" not in fields:
        raise InvalidInput("The item needs a name, e.g. “Bike helmet (youth)”.")
    taken = s.scalar(select(GiveawayItem.id).where(GiveawayItem.event_id == desk.event_id,
                                                   func.lower(GiveawayItem.name) == fields["name"].lower()))
    if taken is not None:
        raise Conflict(f"There is already an item called “{fields['name']}”.")
    if "sort_order" not in fields:
        fields["sort_order"] = (s.scalar(select(func.max(GiveawayItem.sort_order))
                                         .where(GiveawayItem.event_id == desk.event_id)) or 0) + 1
    item = GiveawayItem(event_id=desk.event_id, **fields)
    s.add(item)
    s.flush()
    audit.record(s, desk, "giveaway item added", entity="giveaway_item", entity_id=item.id, summary=item.name,
                 after={k: getattr(item, k) for k in fields})
    return item


def add_item(desk: Desk, **fields) -> ItemInfo:
    permissions.require(desk, "inventory.items")
    with desk.db.write() as s:
        item = new_item(s, desk, **fields)
        return _levels(s, desk, [item.id])[0]


def update_item(desk: Desk, item_id: uuid.UUID, **fields) -> ItemInfo:
    permissions.require(desk, "inventory.items")
    fields = _clean_item(fields)
    with desk.db.write() as s:
        item = _item(s, desk, item_id)
        old = {k: getattr(item, k) for k in fields}
        for k, v in fields.items():
            setattr(item, k, v)
        before, after = audit.changes(old, fields)
        if after:
            audit.record(s, desk, "giveaway item edited", entity="giveaway_item", entity_id=item.id,
                         summary=item.name, before=before, after=after)
        return _levels(s, desk, [item.id])[0]


def _item(s: Session, desk: Desk, item_id: uuid.UUID, lock: bool = False) -> GiveawayItem:
    item = s.get(GiveawayItem, item_id, with_for_update=lock)
    if item is None or item.event_id != desk.event_id:
        raise NotFound("That giveaway item is not in this event.")
    return item


def stock_on_hand(s: Session, item_id: uuid.UUID) -> int:
    return int(s.scalar(select(func.coalesce(func.sum(StockMove.quantity), 0)).where(StockMove.item_id == item_id)))


def _move(s: Session, desk: Desk, item: GiveawayItem, kind: str, quantity: int, **extra) -> StockMove:
    m = StockMove(event_id=desk.event_id, item_id=item.id, kind=kind, quantity=quantity, at=clock.now(),
                  operator=desk.operator, device=desk.device, **extra)
    s.add(m)
    s.flush()
    return m


# --- receiving -------------------------------------------------------------------------------------------------------

def receive(desk: Desk, item_id: uuid.UUID, quantity: int, source: str = "purchased", reason: str = "") -> ItemInfo:
    """Stock that arrives other than with a donation recorded at the desk (that one is `receive_donated`): an
    organizer's, since it raises what the desk may hand out; from "other" sources it needs a reason too."""
    permissions.require(desk, "inventory.receive")
    quantity = _positive(quantity)
    if source == "other" and not reason.strip():
        raise InvalidInput("Say where the stock came from, e.g. “left over from 2025” or “from the PD's stock”.")
    if source not in SOURCES:
        raise InvalidInput(f"Where did it come from? ({', '.join(SOURCES)})")
    with desk.db.write() as s:
        item = _item(s, desk, item_id, lock=True)
        _move(s, desk, item, RECEIVED, quantity, source=source, reason=reason.strip())
        audit.record(s, desk, "stock received", entity="giveaway_item", entity_id=item.id,
                     summary=f"{item.name}: {amount(quantity, item.unit)} ({source})"
                     + (f": {reason.strip()}" if reason.strip() else ""))
        return _levels(s, desk, [item.id])[0]


def receive_donated(s: Session, desk: Desk, donation: Donation, to_stock) -> GiveawayItem:  # noqa: ANN001
    """Inside the donation's transaction: donated goods become giveaway stock (a new item if asked)."""
    quantity = _positive(to_stock.quantity)
    if to_stock.item_id is not None:
        item = _item(s, desk, to_stock.item_id, lock=True)
    else:
        name = to_stock.new_item_name.strip() or donation.description
        existing = s.scalars(select(GiveawayItem).where(GiveawayItem.event_id == desk.event_id,
                                                        func.lower(GiveawayItem.name) == name.lower())).first()
        item = existing or new_item(s, desk, name=name, category=to_stock.category,
                                    unit=donation.unit or "each", limit_per_household=to_stock.limit_per_household)
    donor = s.get(Donor, donation.donor_id)
    _move(s, desk, item, RECEIVED, quantity, source="donation", donation_id=donation.id)
    audit.record(s, desk, "stock received", entity="giveaway_item", entity_id=item.id,
                 summary=f"{item.name}: {amount(quantity, item.unit)} donated by {donor.name}")
    return item


def take_back_donated(s: Session, desk: Desk, donation: Donation, reason: str) -> str:
    """Inside a void's transaction: the goods a voided donation put in the stock come back out, as a "received" move
    of the opposite sign (received totals then count them nowhere). Returns what was taken back, "" for nothing."""
    rows = s.execute(select(StockMove.item_id, func.sum(StockMove.quantity))
                     .where(StockMove.donation_id == donation.id, StockMove.kind == RECEIVED)
                     .group_by(StockMove.item_id)).all()
    taken = []
    for item_id, quantity in rows:
        if not quantity:
            continue
        item = _item(s, desk, item_id, lock=True)
        _move(s, desk, item, RECEIVED, -int(quantity), source="donation", donation_id=donation.id,
              reason=f"donation voided: {reason}")
        audit.record(s, desk, "stock received", entity="giveaway_item", entity_id=item.id,
                     summary=f"{item.name}: {amount(-int(quantity), item.unit)} (donation voided: {reason})")
        taken.append(amount(int(quantity), item.unit) + f" of {item.name}")
    return ", ".join(taken)


def _positive(quantity) -> int:  # noqa: ANN001
    try:
        n = int(quantity)
    except (TypeError, ValueError):
        raise InvalidInput(f"The quantity must be a whole number, not “{quantity}”.") from None
    if n <= 0:
        raise InvalidInput("The quantity must be at least 1.")
    return n


# --- handing out -----------------------------------------------------------------------------------------------------

def _household_total(s: Session, item_id: uuid.UUID, household_id: uuid.UUID) -> int:
    return -int(s.scalar(select(func.coalesce(func.sum(StockMove.quantity), 0)).where(
        StockMove.item_id == item_id, StockMove.household_id == household_id, StockMove.kind == HANDED_OUT)))


def hand_out(desk: Desk, item_id: uuid.UUID, household_id: uuid.UUID | None = None, quantity: int = 1,
             station: str = CHECK_IN_TABLE, override: bool = False, reason: str = "") -> HandOut:
    """Give items out; refuses past the household's limit or below zero unless an organizer overrides."""
    quantity = _positive(quantity)
    if override:
        permissions.require(desk, "inventory.override")
    with desk.db.write() as s:
        item = _item(s, desk, item_id, lock=True)  # serialises laptops handing out the same item
        family = ""
        if household_id is not None:
            h = s.get(Household, household_id)
            if h is None or h.event_id != desk.event_id:
                raise NotFound("That household is not in this event.")
            family = f"the {h.family_name} household"
        available = stock_on_hand(s, item.id)
        given = _household_total(s, item.id, household_id) if household_id is not None else 0
        problems = []
        if item.limit_per_household and household_id is not None and given + quantity > item.limit_per_household:
            problems.append("limit")
            if not override:
                raise LimitReached(f"Limit reached: {family} already received {given} {item.name} "
                                   f"(limit {item.limit_per_household} per household). An organizer can allow more.")
        if available - quantity < 0:
            problems.append("stock")
            if not override:
                raise NotEnoughStock(f"{item.name}: only {max(available, 0)} left in stock, so {quantity} cannot be "
                                     "handed out. Count the stock, or ask an organizer to override.")
        m = _move(s, desk, item, HANDED_OUT, -quantity, household_id=household_id, station=station,
                  override=bool(problems), reason=reason.strip())
        who = family or station
        audit.record(s, desk, "item handed out", entity="stock_move", entity_id=m.id,
                     summary=f"{quantity} {item.name} to {who}")
        if problems:
            what = " and ".join({"limit": "the per-household limit", "stock": "an empty stock"}[p] for p in problems)
            audit.record(s, desk, "hand-out override", entity="stock_move", entity_id=m.id,
                         summary=f"{desk.operator} allowed {quantity} {item.name} to {who} past {what}"
                                 + (f": {reason.strip()}" if reason.strip() else ""),
                         after={"household_had": given, "on_hand_before": available})
        return HandOut(m.id, _levels(s, desk, [item.id])[0], given + quantity if household_id else 0, bool(problems))


def undo_hand_out(desk: Desk, move_id: uuid.UUID, reason: str = "handed out by mistake") -> ItemInfo:
    """Puts the item back: a new 'handed out' move with the opposite sign (the first one stays)."""
    with desk.db.write() as s:
        m = s.get(StockMove, move_id)
        if m is None or m.event_id != desk.event_id or m.kind != HANDED_OUT or m.quantity >= 0:
            raise NotFound("That hand-out is not in this event.")
        if s.scalar(select(StockMove.id).where(StockMove.reason == f"undo of {m.id}")) is not None:
            raise Conflict("That hand-out was already undone.")
        item = _item(s, desk, m.item_id, lock=True)
        back = _move(s, desk, item, HANDED_OUT, -m.quantity, household_id=m.household_id, station=m.station,
                     reason=f"undo of {m.id}")
        audit.record(s, desk, "hand-out undone", entity="stock_move", entity_id=back.id,
                     summary=f"{-m.quantity} {item.name} back in stock: {reason}")
        return _levels(s, desk, [item.id])[0]


def household_handouts(desk: Desk, household_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """How many of each item a household has received (undo included)."""
    with desk.db.read() as s:
        rows = s.execute(select(StockMove.item_id, func.sum(StockMove.quantity))
                         .where(StockMove.event_id == desk.event_id, StockMove.household_id == household_id,
                                StockMove.kind == HANDED_OUT).group_by(StockMove.item_id))
        return {item_id: -int(total) for item_id, total in rows if total}


# --- adjusting and counting ----------------------------------------------------------------------------------------

def adjust(desk: Desk, item_id: uuid.UUID, change: int, reason: str) -> ItemInfo:
    """A correction (+ found, - damaged or lost), always with a reason."""
    permissions.require(desk, "inventory.adjust")
    try:
        change = int(change)
    except (TypeError, ValueError):
        raise InvalidInput(f"The change must be a whole number like -2 or 5, not “{change}”.") from None
    if change == 0:
        raise InvalidInput("An adjustment of 0 changes nothing.")
    if not reason.strip():
        raise InvalidInput("Say why the stock changes (e.g. “2 damaged”, “found a box in the van”).")
    with desk.db.write() as s:
        item = _item(s, desk, item_id, lock=True)
        _move(s, desk, item, ADJUSTED, change, reason=reason.strip())
        audit.record(s, desk, "stock adjusted", entity="giveaway_item", entity_id=item.id,
                     summary=f"{item.name} {change:+d}: {reason.strip()}")
        return _levels(s, desk, [item.id])[0]


def record_count(desk: Desk, counted: dict[uuid.UUID, int], note: str = "") -> list[ItemInfo]:
    """The end-of-night count: for each item counted, a 'counted' move records the difference to the ledger."""
    permissions.require(desk, "inventory.adjust")
    for value in counted.values():
        if not isinstance(value, int) or value < 0:
            raise InvalidInput("Counted quantities must be whole numbers, 0 or more.")
    with desk.db.write() as s:
        lines = []
        for item_id, value in counted.items():
            item = _item(s, desk, item_id, lock=True)
            diff = value - stock_on_hand(s, item.id)
            _move(s, desk, item, COUNTED, diff, counted=value, reason=note.strip())
            lines.append(f"{item.name}: counted {value} ({diff:+d})")
        audit.record(s, desk, "stock counted", entity="giveaway_item", summary="; ".join(lines),
                     after={"note": note.strip()} if note.strip() else None)
        return _levels(s, desk, list(counted))


def history(desk: Desk, item_id: uuid.UUID) -> list[MoveInfo]:
    """Every move of an item, newest first, with the balance after each."""
    with desk.db.read() as s:
        _item(s, desk, item_id)
        rows = s.execute(select(StockMove, Household.family_name, Donor.name)
                         .outerjoin(Household, Household.id == StockMove.household_id)
                         .outerjoin(Donation, Donation.id == StockMove.donation_id)
                         .outerjoin(Donor, Donor.id == Donation.donor_id)
                         .where(StockMove.item_id == item_id).order_by(StockMove.at, StockMove.id)).all()
    out, balance = [], 0
    for m, family, donor in rows:
        balance += m.quantity
        out.append(MoveInfo(m.id, m.at, m.kind, m.quantity, balance, m.source, family or "", m.station, donor or "",
                            m.counted, m.reason, m.override, m.operator, m.device))
    return list(reversed(out))


# --- the end-of-night report ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class InventorySummary:
    items: list[ItemInfo]  # received / handed_out / adjusted / on_hand / is_low per item
    households_served: int = 0  # households that received at least one item

    @property
    def handed_out(self) -> int:
        return sum(i.handed_out for i in self.items)

    @property
    def low(self) -> list[ItemInfo]:
        return [i for i in self.items if i.is_low]


def report_summary(desk: Desk) -> InventorySummary:
    with desk.db.read() as s:
        items = _levels(s, desk)
        served = s.scalar(select(func.count(func.distinct(StockMove.household_id)))
                          .where(StockMove.event_id == desk.event_id, StockMove.kind == HANDED_OUT,
                                 StockMove.household_id.is_not(None)))
    return InventorySummary(items, int(served or 0))
