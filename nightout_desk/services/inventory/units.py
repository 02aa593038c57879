"""Quantities of giveaway stock in words: "297 bottles", "1 bottle", "12" for items counted "each"."""

from __future__ import annotations

NO_UNIT = {"", "each", "ea", "pc", "piece"}  # counted one by one: the number says it all
SAME_IN_PLURAL = {"kg", "g", "lb", "lbs", "oz", "l", "ml", "dozen", "pcs"}


def plural(unit: str) -> str:
    """'bottle' -> 'bottles', 'box' -> 'boxes', 'battery' -> 'batteries', 'case of 24' -> 'cases of 24';
    a unit already plural ('bottles') or a measure ('kg') stays as it is."""
    unit = unit.strip()
    head, sep, rest = unit.partition(" of ")
    if sep:
        return f"{plural(head)} of {rest}"
    if " " in unit:  # "gift card" -> "gift cards": the last word carries the plural
        first, last = unit.rsplit(" ", 1)
        return f"{first} {plural(last)}"
    low = unit.casefold()
    if not low or low in SAME_IN_PLURAL or low.endswith("s") or not low[-1].isalpha():
        return unit
    if low.endswith(("x", "ch", "sh", "z")):
        return unit + "es"
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return unit[:-1] + "ies"
    return unit + "s"


def amount(quantity: int, unit: str) -> str:
    """A number of items with its unit in the right number: '297 bottles', '1 bottle', '12' (unit 'each')."""
    unit = (unit or "").strip()
    if unit.casefold() in NO_UNIT:
        return str(quantity)
    return f"{quantity} {unit if abs(quantity) == 1 else plural(unit)}"
