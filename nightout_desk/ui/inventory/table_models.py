"""Qt table models of the Inventory screen: stock levels (low stock in colour and words) and an item's moves."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from nightout_desk import clock
from nightout_desk.models.inventory import COUNTED, HANDED_OUT, RECEIVED
from nightout_desk.services.inventory.stock import ItemInfo, MoveInfo
from nightout_desk.ui.inventory.words import low_stock_words, move_kind, short_moment, source_label, stock_words
from nightout_desk.ui.rows_model import RowsTableModel

OUT_BG = QColor("#ffd9d9")
LOW_BG = QColor("#fff0c2")


class ItemsModel(RowsTableModel):
    (COL_ITEM, COL_CATEGORY, COL_RECEIVED, COL_HANDED_OUT, COL_ADJUSTED, COL_ON_HAND, COL_STOCK, COL_LIMIT,
     COL_AT_DESK) = range(9)
    _HEADERS = (QT_TRANSLATE_NOOP("ItemsModel", "Item"), QT_TRANSLATE_NOOP("ItemsModel", "Category"),
                QT_TRANSLATE_NOOP("ItemsModel", "Received"), QT_TRANSLATE_NOOP("ItemsModel", "Handed out tonight"),
                QT_TRANSLATE_NOOP("ItemsModel", "Adjusted / counted"), QT_TRANSLATE_NOOP("ItemsModel", "On hand"),
                QT_TRANSLATE_NOOP("ItemsModel", "Stock"), QT_TRANSLATE_NOOP("ItemsModel", "Limit / household"),
                QT_TRANSLATE_NOOP("ItemsModel", "At check-in desk"))
    RIGHT_ALIGNED = (COL_RECEIVED, COL_HANDED_OUT, COL_ADJUSTED, COL_ON_HAND)

    def cells(self, i: ItemInfo) -> tuple[str, ...]:
        return (i.name, i.category, str(i.received), str(i.handed_out), f"{i.adjusted:+d}" if i.adjusted else "0",
                i.on_hand_words, stock_words(i),
                str(i.limit_per_household) if i.limit_per_household else self.tr("no limit"),
                self.tr("yes") if i.at_check_in else self.tr("no"))

    def background(self, i: ItemInfo) -> QColor | None:
        if i.is_out:
            return OUT_BG
        return LOW_BG if i.is_low else None

    def tooltip(self, i: ItemInfo, column: int) -> str:
        return low_stock_words(i)


def _where(m: MoveInfo) -> str:
    translate = QCoreApplication.translate
    if m.kind == HANDED_OUT:
        who = translate("MovesModel", "{family} household").format(family=m.household) if m.household else ""
        return " · ".join(x for x in (who, m.station) if x)
    if m.kind == RECEIVED:
        return source_label(m.source) + (f" — {m.donor}" if m.donor else "")
    if m.kind == COUNTED:
        return translate("MovesModel", "counted {count}").format(count=m.counted)
    return ""


class MovesModel(RowsTableModel):
    COL_WHEN, COL_WHAT, COL_CHANGE, COL_BALANCE, COL_WHERE, COL_REASON, COL_BY = range(7)
    _HEADERS = (QT_TRANSLATE_NOOP("MovesModel", "When"), QT_TRANSLATE_NOOP("MovesModel", "What"),
                QT_TRANSLATE_NOOP("MovesModel", "Change"), QT_TRANSLATE_NOOP("MovesModel", "On hand after"),
                QT_TRANSLATE_NOOP("MovesModel", "To / from"), QT_TRANSLATE_NOOP("MovesModel", "Reason"),
                QT_TRANSLATE_NOOP("MovesModel", "By"))
    RIGHT_ALIGNED = (COL_CHANGE, COL_BALANCE)

    def cells(self, m: MoveInfo) -> tuple[str, ...]:
        undone = m.reason.startswith("undo of")
        return (short_moment(clock.local(m.at)),
                move_kind(m.kind) + (" " + self.tr("(override)") if m.override else "")
                + (" — " + self.tr("undone") if undone else ""),
                f"{m.quantity:+d}", str(m.balance), _where(m), "" if undone else m.reason,
                f"{m.operator} · {m.device}" if m.device else m.operator)

    def background(self, m: MoveInfo) -> QColor | None:
        return LOW_BG if m.override else None
