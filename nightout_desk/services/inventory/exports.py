"""The giveaway stock's CSV table: the ledger of every move."""

from __future__ import annotations

from sqlalchemy import select

from nightout_desk.models import GiveawayItem, Household, StockMove
from nightout_desk.services.context import Desk
from nightout_desk.services.tables import Table


def stock_ledger(desk: Desk) -> Table:
    header = ["at", "item", "kind", "quantity", "source", "household", "station", "counted", "reason", "override",
              "operator", "device"]
    with desk.db.read() as s:
        rows = s.execute(select(StockMove, GiveawayItem.name, Household.family_name)
                         .join(GiveawayItem, GiveawayItem.id == StockMove.item_id)
                         .outerjoin(Household, Household.id == StockMove.household_id)
                         .where(StockMove.event_id == desk.event_id).order_by(StockMove.at)).all()
        out = [[m.at, item, m.kind, m.quantity, m.source, family or "", m.station, m.counted, m.reason, m.override,
                m.operator, m.device] for m, item, family in rows]
    return "stock_moves", header, out


TABLES = (stock_ledger,)
