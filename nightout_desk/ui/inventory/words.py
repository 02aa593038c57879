"""The Inventory screens' words for what the services give as keys or English words: kinds of stock moves, where
stock came from, an item's stock in words, and a move's date, in the screens' language.

Item names and units are what the organizer typed and are shown as typed. Without a translator installed every
function gives back the services' own English, word for word.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nightout_desk.models.inventory import ADJUSTED, COUNTED, HANDED_OUT, RECEIVED
from nightout_desk.services.inventory.stock import ItemInfo
from nightout_desk.services.inventory.units import amount

translate = QCoreApplication.translate

MOVES = {  # models/inventory.py: a stock move's kind
    RECEIVED: QT_TRANSLATE_NOOP("InventoryWords", "received"),
    HANDED_OUT: QT_TRANSLATE_NOOP("InventoryWords", "handed out"),
    ADJUSTED: QT_TRANSLATE_NOOP("InventoryWords", "adjusted"),
    COUNTED: QT_TRANSLATE_NOOP("InventoryWords", "counted"),
}
SOURCES = {  # services/inventory/stock.py SOURCES
    "donation": QT_TRANSLATE_NOOP("InventoryWords", "donation"),
    "purchased": QT_TRANSLATE_NOOP("InventoryWords", "purchased"),
    "other": QT_TRANSLATE_NOOP("InventoryWords", "other"),
}
MONTHS = (QT_TRANSLATE_NOOP("InventoryWords", "Jan"), QT_TRANSLATE_NOOP("InventoryWords", "Feb"),
          QT_TRANSLATE_NOOP("InventoryWords", "Mar"), QT_TRANSLATE_NOOP("InventoryWords", "Apr"),
          QT_TRANSLATE_NOOP("InventoryWords", "May"), QT_TRANSLATE_NOOP("InventoryWords", "Jun"),
          QT_TRANSLATE_NOOP("InventoryWords", "Jul"), QT_TRANSLATE_NOOP("InventoryWords", "Aug"),
          QT_TRANSLATE_NOOP("InventoryWords", "Sep"), QT_TRANSLATE_NOOP("InventoryWords", "Oct"),
          QT_TRANSLATE_NOOP("InventoryWords", "Nov"), QT_TRANSLATE_NOOP("InventoryWords", "Dec"))


def move_kind(kind: str) -> str:
    return translate("InventoryWords", MOVES[kind]) if kind in MOVES else kind


def source_label(source: str) -> str:
    return translate("InventoryWords", SOURCES[source]) if source in SOURCES else source


def stock_words(item: ItemInfo) -> str:
    """ItemInfo.stock_words ("LOW — 3 left", "OUT — none left", "OK") in the screens' language."""
    if item.on_hand < 0:
        return translate("InventoryWords", "Below zero ({count}) — count it").format(count=item.on_hand)
    if item.is_out:
        return translate("InventoryWords", "OUT — none left")
    if item.is_low:
        return translate("InventoryWords", "LOW — {count} left").format(count=item.on_hand)
    return translate("InventoryWords", "OK")


def low_stock_words(item: ItemInfo) -> str:
    return translate("InventoryWords", "Low-stock warning at {amount} or fewer").format(
        amount=amount(item.low_stock_at, item.unit))


def short_moment(local: datetime) -> str:
    """"Aug 04 19:05" / "04 ago 19:05": a move's date and time."""
    return translate("InventoryWords", "{month} {day} {time}").format(
        month=translate("InventoryWords", MONTHS[local.month - 1]), day=f"{local.day:02d}", time=f"{local:%H:%M}")
