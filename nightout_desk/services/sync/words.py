"""Rows and versions in the organizers' words, for the conflicts list and the audit log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from nightout_desk import clock

ANOTHER_LAPTOP = "another laptop"

_LABELS: dict[str, Callable[[dict], str]] = {
    "events": lambda r: f"the event “{r['name']}”",
    "households": lambda r: f"the {r['family_name']} household",
    "volunteers": lambda r: f"{r['first_name']} {r['last_name']}".strip(),
    "donors": lambda r: r["name"],
    "donations": lambda r: f"a {r['kind']} donation",
    "receipts": lambda r: f"receipt {r['number']}",
    "stations": lambda r: f"the {r['name']} station",
    "giveaway_items": lambda r: f"the giveaway item “{r['name']}”",
    "operators": lambda r: f"the operator {r['name']}",
    "event_settings": lambda r: f"the setting “{r['key']}”",
    "neighbourhoods": lambda r: f"the neighbourhood {r['name']}",
    "demonstrations": lambda r: f"the demonstration “{r['title']}”",
    "incidents": lambda r: f"an incident ({r['kind']})",
    "shifts": lambda r: "a shift",
    "shift_assignments": lambda r: "a shift booking",
    "time_entries": lambda r: "a time entry",
}


def label(table: str, row: dict) -> str:
    return _LABELS.get(table, lambda r: f"a row of {table}")(row)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def device(name: str) -> str:
    return name or ANOTHER_LAPTOP


def at(moment: datetime | None) -> str:
    return clock.hhmm(moment) if moment else "an unknown time"


PRIVATE = frozenset({"emergency_name", "emergency_phone"})  # a volunteer's: named, never shown in the list


def field_values(values: dict, fields: list[str]) -> str:
    """'phone: 555-0101; ZIP code: 12345' for the fields given (private ones named, not shown)."""
    return "; ".join(f"{_field(f)}: {'(private)' if f in PRIVATE else _value(values.get(f))}" for f in fields)


def _field(name: str) -> str:
    return {"zip_code": "ZIP code", "family_name": "family name", "first_names": "first names"}.get(
        name, name.replace("_", " "))


def _value(value: object) -> str:
    if value is None or value == "":
        return "(empty)"
    if value is True or value is False:
        return "yes" if value else "no"
    return str(value)
