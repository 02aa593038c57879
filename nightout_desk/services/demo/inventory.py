"""Demo hand-outs: checked-in households received helmets, backpacks and glow sticks at the table, a few minutes
after arriving; the food tent gave out water all evening."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from nightout_desk.models import CheckIn, CheckInUndo, GiveawayItem, Household, StockMove
from nightout_desk.models.inventory import HANDED_OUT, RECEIVED
from nightout_desk.services.demo.night import DESK_VOLUNTEERS, DEVICES, DemoNight
from nightout_desk.services.inventory import stock as inventory
from nightout_desk.services.inventory.stock import CHECK_IN_TABLE


def _hand_outs(night: DemoNight) -> None:
    """Households checked in tonight received items at the table, a few minutes after arriving."""
    rng, desk = night.rng, night.desk
    with desk.db.write() as s:
        for move in s.scalars(select(StockMove).where(StockMove.event_id == desk.event_id, StockMove.kind == RECEIVED)):
            move.at = night.start - timedelta(hours=3)  # unloaded from the van before the gates opened
        items = {i.name: i for i in s.scalars(select(GiveawayItem).where(GiveawayItem.event_id == desk.event_id))}
        on_hand = {i.id: inventory.stock_on_hand(s, i.id) for i in items.values()}
        arrived_at = dict(s.execute(select(CheckIn.household_id, CheckIn.at)
                                    .outerjoin(CheckInUndo, CheckInUndo.check_in_id == CheckIn.id)
                                    .where(CheckIn.event_id == desk.event_id, CheckInUndo.id.is_(None))).all())
        for hid in night.checked_in_ids:
            if rng.random() > 0.6:
                continue
            h = s.get(Household, hid)
            at = min(night.now - timedelta(minutes=1), arrived_at[hid] + timedelta(minutes=rng.randint(1, 4)))
            kids = max(1, h.kids_expected)
            wanted = [("Junior officer sticker", kids), ("Glow stick", min(4, kids + 1))]
            if rng.random() < 0.2:
                wanted.append(("Bike helmet (youth)", 1))
            if rng.random() < 0.18:
                wanted.append(("Backpack with school supplies", min(2, kids)))
            if rng.random() < 0.2:
                wanted.append(("Coloring book", 1))
            for name, qty in wanted:
                item = items[name]
                qty = min(qty, item.limit_per_household or qty, on_hand[item.id])
                if qty <= 0:
                    continue
                on_hand[item.id] -= qty
                s.add(StockMove(event_id=desk.event_id, item_id=item.id, kind=HANDED_OUT, quantity=-qty,
                                household_id=hid, station=CHECK_IN_TABLE, at=at, operator=rng.choice(DESK_VOLUNTEERS),
                                device=rng.choice(DEVICES)))
        water = items["Bottled water"]
        for minute in range(0, int((night.now - night.start).total_seconds() // 60), 10):
            qty = rng.randint(8, 20)
            s.add(StockMove(event_id=desk.event_id, item_id=water.id, kind=HANDED_OUT, quantity=-qty,
                            station="Food", at=night.start + timedelta(minutes=minute), operator="Food tent",
                            device="Desk 3"))


STEPS = (("Giveaways handed out", _hand_outs),)
