"""Qt table models of the Inventory screen: stock levels (low stock in colour and words) and an item's moves."""

from __future__ import annotations

from PySide6.QtGui import QColor

from nightout_desk import clock
from nightout_desk.models.inventory import COUNTED, HANDED_OUT, RECEIVED
from nightout_desk.services.inventory.stock import ItemInfo, MoveInfo
from nightout_desk.ui.donations.table_models import RowsModel

OUT_BG = QColor("#ffd9d9")
LOW_BG = QColor("#fff0c2")


class ItemsModel(RowsModel):
    COLUMNS = (
        ("Item", lambda i: i.name),
        ("Category", lambda i: i.category),
        ("Received", lambda i: str(i.received)),
        ("Handed out tonight", lambda i: str(i.handed_out)),
        ("Adjusted / counted", lambda i: f"{i.adjusted:+d}" if i.adjusted else "0"),
        ("On hand", lambda i: i.on_hand_words),
        ("Stock", lambda i: i.stock_words),
        ("Limit / household", lambda i: str(i.limit_per_household) if i.limit_per_household else "no limit"),
        ("At check-in desk", lambda i: "yes" if i.at_check_in else "no"),
    )
    RIGHT_ALIGNED = (2, 3, 4, 5)
    COL_STOCK = 6

    def background(self, i: ItemInfo) -> QColor | None:
        if i.is_out:
            return OUT_BG
        return LOW_BG if i.is_low else None

    def tooltip(self, i: ItemInfo) -> str:
        return i.low_stock_words


def _change(m: MoveInfo) -> str:
    return f"{m.quantity:+d}"


def _where(m: MoveInfo) -> str:
    if m.kind == HANDED_OUT:
        who = f"{m.household} household" if m.household else ""
        return " · ".join(x for x in (who, m.station) if x)
    if m.kind == RECEIVED:
        return m.source + (f" — {m.donor}" if m.donor else "")
    if m.kind == COUNTED:
        return f"counted {m.counted}"
    return ""


class MovesModel(RowsModel):
    COLUMNS = (
        ("When", lambda m: f"{clock.local(m.at):%b %d %H:%M}"),
        ("What", lambda m: m.kind + (" (override)" if m.override else "")
         + (" — undone" if m.reason.startswith("undo of") else "")),
        ("Change", _change),
        ("On hand after", lambda m: str(m.balance)),
        ("To / from", _where),
        ("Reason", lambda m: "" if m.reason.startswith("undo of") else m.reason),
        ("By", lambda m: f"{m.operator} · {m.device}" if m.device else m.operator),
    )
    RIGHT_ALIGNED = (2, 3)

    def background(self, m: MoveInfo) -> QColor | None:
        return LOW_BG if m.override else None
