"""The Stations screens' words for what the services give as keys or English words: statuses, kinds, the preset
pause reasons, incident kinds, countdowns ("in 12 min") and staffing ("2 of 3 on duty"), in the screens' language.

What people typed (a station's name, a typed pause reason) is shown as typed. Without a translator installed
every function gives back the services' own English, word for word.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nightout_desk.services.stations.board import StationRow, StationStaffing

CONTEXT = "StationWords"
translate = QCoreApplication.translate

STATUSES = {  # services/stations/stations.py STATUS_LABELS
    "setting up": QT_TRANSLATE_NOOP("StationWords", "Setting up"),
    "open": QT_TRANSLATE_NOOP("StationWords", "Open"),
    "paused": QT_TRANSLATE_NOOP("StationWords", "Paused"),
    "closed": QT_TRANSLATE_NOOP("StationWords", "Closed"),
}
PAUSE_REASONS = {  # services/stations/stations.py PAUSE_REASONS (stored in English, the report translates them too)
    "Weather": QT_TRANSLATE_NOOP("StationWords", "Weather"),
    "K-9 resting": QT_TRANSLATE_NOOP("StationWords", "K-9 resting"),
    "Refilling the tank": QT_TRANSLATE_NOOP("StationWords", "Refilling the tank"),
    "Short of volunteers": QT_TRANSLATE_NOOP("StationWords", "Short of volunteers"),
    "Equipment problem": QT_TRANSLATE_NOOP("StationWords", "Equipment problem"),
    "Break": QT_TRANSLATE_NOOP("StationWords", "Break"),
}
KINDS = {  # services/stations/stations.py KINDS
    "check-in": QT_TRANSLATE_NOOP("StationWords", "Check-in table"),
    "dunk-tank": QT_TRANSLATE_NOOP("StationWords", "Dunk tank"),
    "k9": QT_TRANSLATE_NOOP("StationWords", "K-9 demonstration"),
    "fingerprinting": QT_TRANSLATE_NOOP("StationWords", "Fingerprinting / child ID kits"),
    "equipment": QT_TRANSLATE_NOOP("StationWords", "Equipment display"),
    "bounce-house": QT_TRANSLATE_NOOP("StationWords", "Bounce house"),
    "crafts": QT_TRANSLATE_NOOP("StationWords", "Arts and crafts"),
    "music": QT_TRANSLATE_NOOP("StationWords", "Music / DJ"),
    "giveaways": QT_TRANSLATE_NOOP("StationWords", "Giveaways"),
    "food": QT_TRANSLATE_NOOP("StationWords", "Food"),
    "first-aid": QT_TRANSLATE_NOOP("StationWords", "First aid"),
    "information": QT_TRANSLATE_NOOP("StationWords", "Information"),
    "other": QT_TRANSLATE_NOOP("StationWords", "Other"),
}
INCIDENT_KINDS = {  # services/stations/incidents.py KINDS
    "lost child": QT_TRANSLATE_NOOP("StationWords", "lost child"),
    "first aid": QT_TRANSLATE_NOOP("StationWords", "first aid"),
    "equipment": QT_TRANSLATE_NOOP("StationWords", "equipment"),
    "safety": QT_TRANSLATE_NOOP("StationWords", "safety"),
    "weather": QT_TRANSLATE_NOOP("StationWords", "weather"),
    "note": QT_TRANSLATE_NOOP("StationWords", "note"),
}
WHEN = {  # services/stations/schedule.py DemonstrationInfo.when's fixed words
    "now": QT_TRANSLATE_NOOP("StationWords", "now"),
    "done": QT_TRANSLATE_NOOP("StationWords", "done"),
    "cancelled": QT_TRANSLATE_NOOP("StationWords", "cancelled"),
}


def _word(table: dict[str, str], key: str) -> str:
    return translate(CONTEXT, table[key]) if key in table else key


def status_label(status: str) -> str:
    return _word(STATUSES, status) if status in STATUSES else status.capitalize()


def kind_label(kind: str) -> str:
    return _word(KINDS, kind)


def incident_kind(kind: str) -> str:
    return _word(INCIDENT_KINDS, kind)


def pause_reason(reason: str) -> str:
    """A preset reason in the screens' language; a typed one as typed."""
    return _word(PAUSE_REASONS, reason)


def reason_of(row: StationRow) -> str:
    """The pause's reason from the status text ("Paused — Weather" -> "Weather"), translated if it is a preset."""
    return pause_reason(row.status_text.split(" — ", 1)[1]) if " — " in row.status_text else ""


def status_text(row: StationRow) -> str:
    """"Paused — Weather" in the screens' language."""
    reason = reason_of(row)
    return status_label(row.status) + (f" — {reason}" if reason else "")


def when_words(when: str) -> str:
    """A countdown ("in 1 h 05 min", "in 12 min", "in 45 s", "now", "done", "cancelled") in the screens' language."""
    if when in WHEN:
        return _word(WHEN, when)
    if found := re.fullmatch(r"in (\d+) h (\d+) min", when):
        return translate("StationWords", "in {hours} h {minutes} min").format(hours=found[1], minutes=found[2])
    if found := re.fullmatch(r"in (\d+) min", when):
        return translate("StationWords", "in {minutes} min").format(minutes=found[1])
    if found := re.fullmatch(r"in (\d+) s", when):
        return translate("StationWords", "in {seconds} s").format(seconds=found[1])
    return when


def staffing_words(staffing: StationStaffing) -> str:
    """"2 of 3 on duty", "2 on duty", "No shift now" (services/stations/board.py) in the screens' language."""
    if staffing.words == "No shift now":
        return translate("StationWords", "No shift now")
    if found := re.fullmatch(r"(\d+) of (\d+) on duty", staffing.words):
        return translate("StationWords", "{here} of {needed} on duty").format(here=found[1], needed=found[2])
    if found := re.fullmatch(r"(\d+) on duty", staffing.words):
        return translate("StationWords", "{here} on duty").format(here=found[1])
    return staffing.words
