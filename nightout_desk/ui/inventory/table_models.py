"""Qt table models of the Inventory screen: stock levels (low stock in colour and words) and an item's moves."""

from __future__ import annotations

from PySide6.QtGui import QColor

from nightout_desk import clock
from nightout_desk.models.inventory import COUNTED, HANDED_OUT, RECEIVED
from nightout_desk.services.inventory.stock import ItemInfo, MoveInfo
from nightout_desk.ui.rows_model import RowsTableModel

OUT_BG = QColor("#ffd9d9")
LOW_BG = QColor("#fff0c2")


class ItemsModel(RowsTableModel):
    (COL_ITEM, COL_CATEGORY, COL_RECEIVED, COL_HANDED_OUT, COL_ADJUSTED, COL_ON_HAND, COL_STOCK, COL_LIMIT,
     COL_AT_DESK) = range(9)
    _HEADERS = ("Item", "Category", "Received", "Handed out tonight", "Adjusted / counted", "On hand", "Stock",
                "Limit / household", "At check-in desk")
    RIGHT_ALIGNED = (COL_RECEIVED, COL_HANDED_OUT, COL_ADJUSTED, COL_ON_HAND)

    def cells(self, i: ItemInfo) -> tuple[str, ...]:
        return (i.name, i.category, str(i.received), str(i.handed_out), f"{i.adjusted:+d}" if i.adjusted else "0",
                i.on_hand_words, i.stock_words,
                str(i.limit_per_household) if i.limit_per_household else "no limit", "yes" if i.at_check_in else "no")

    def background(self, i: ItemInfo) -> QColor | None:
        if i.is_out:
            return OUT_BG
        return LOW_BG if i.is_low else None

    def tooltip(self, i: ItemInfo, column: int) -> str:
        return i.low_stock_words


def _where(m: MoveInfo) -> str:
    if m.kind == HANDED_OUT:
        who = f"{m.household} household" if m.household else ""
        return " · ".join(x for x in (who, m.station) if x)
    if m.kind == RECEIVED:
        return m.source + (f" — {m.donor}" if m.donor else "")
    if m.kind == COUNTED:
        return f"counted {m.counted}"
    return ""


class MovesModel(RowsTableModel):
    COL_WHEN, COL_WHAT, COL_CHANGE, COL_BALANCE, COL_WHERE, COL_REASON, COL_BY = range(7)
    _HEADERS = ("When", "What", "Change", "On hand after", "To / from", "Reason", "By")
    RIGHT_ALIGNED = (COL_CHANGE, COL_BALANCE)

    def cells(self, m: MoveInfo) -> tuple[str, ...]:
        undone = m.reason.startswith("undo of")
        return (f"{clock.local(m.at):%b %d %H:%M}",
                m.kind + (" (override)" if m.override else "") + (" — undone" if undone else ""),
                f"{m.quantity:+d}", str(m.balance), _where(m), "" if undone else m.reason,
                f"{m.operator} · {m.device}" if m.device else m.operator)

    def background(self, m: MoveInfo) -> QColor | None:
        return LOW_BG if m.override else None
