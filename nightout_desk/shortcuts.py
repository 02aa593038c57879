"""Every keyboard shortcut of the app, in one list: Help › Keyboard shortcuts and the printed cheat sheet read it,
and a test walks the running window's QActions, QShortcuts and buttons and fails when a key is missing from it, or
listed here and bound nowhere (tests/test_shortcuts.py).

Plain data (no Qt), so the printout and the command line can read it too.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Shortcut:
    label: str  # the keys as a volunteer reads them: "Alt+1 … Alt+9"
    what: str  # what they do, in a few words
    bound: tuple[str, ...] = ()  # the QKeySequence texts the window binds (empty: typed keys the screen reads itself)
    standard: str = ""  # or a QKeySequence.StandardKey the window binds: its keys are the system's (none offscreen)


@dataclass(frozen=True)
class Group:
    title: str  # the task: "At the check-in desk"
    shortcuts: tuple[Shortcut, ...]


def _digits(modifier: str, last: int) -> tuple[str, ...]:
    return tuple(f"{modifier}+{n}" for n in range(1, last + 1))


SCREEN_COUNT = 6  # one Ctrl+digit per tab (nightout_desk.areas.AREAS; the test checks this number against it)

GROUPS: tuple[Group, ...] = (
    Group("At the check-in desk", (
        Shortcut("Type, then Enter", "find a family by name, phone, email or ticket code; Enter checks in the "
                                     "one highlighted"),
        Shortcut("↑ / ↓", "choose another family in the list"),
        Shortcut("Esc", "clear the search box"),
        Shortcut("Ctrl+F", "back to the search box (Volunteers: their search box)", ("Ctrl+F",)),
        Shortcut("Alt+A, Alt+K", "adults, kids arriving"),
        Shortcut("F2", "walk-up family: Enter saves, Esc cancels", ("F2",)),
        Shortcut("F6", "walk-up already registered: check in that family instead"),
        Shortcut("F4", "edit the selected family", ("F4",)),
    )),
    Group("Scanning", (
        Shortcut("Scan a ticket", "anywhere in the window: the family is checked in and Check-in comes forward"),
        Shortcut("Scan a badge", "the volunteer clocks in or out"),
        Shortcut("Scan on Stations", "a ticket counts a visit at the chosen station"),
        Shortcut("NOT FOUND", "an unknown code changes nothing: check the code, or find the family by name"),
    )),
    Group("Undo and corrections", (
        Shortcut("Ctrl+Z", "undo this laptop's last check-in: it names the family first; Enter undoes, Esc keeps",
                 ("Ctrl+Z",)),
        Shortcut("F3", "correct the last check-in's adults and kids", ("F3",)),
        Shortcut("Alt+0", "Check-in: put the last giveaway back · Stations: take back one count", ("Alt+0",)),
    )),
    Group("Giveaways and station counts", (
        Shortcut("Alt+1 … Alt+9", "Check-in: hand out giveaway 1 to 9 to the family just checked in",
                 _digits("Alt", 9)),
        Shortcut("Alt+1, Alt+5", "Stations: count one, count five visitors", ("Alt+1", "Alt+5")),
        Shortcut("Ctrl+N", "Donations: record a donation", ("Ctrl+N",)),
    )),
    Group("Lock and who is at the desk", (
        Shortcut("Ctrl+L", "lock the desk: back to the volunteer role", ("Ctrl+L",)),
        Shortcut("Ctrl+Shift+O", "change who is at the desk (sign in)", ("Ctrl+Shift+O",)),
    )),
    Group("Screens (tabs)", (
        Shortcut(f"Ctrl+1 … Ctrl+{SCREEN_COUNT}", "Check-in, Volunteers, Stations, Donations, Inventory, Reports",
                 _digits("Ctrl", SCREEN_COUNT)),
        Shortcut("Ctrl+B", "the station board, for a TV or a second screen", ("Ctrl+B",)),
        Shortcut("F11, Esc", "station board: full screen on and off", ("F11", "Esc")),
    )),
    Group("Menus and help", (
        Shortcut("F1", "quick start card", ("F1",)),
        Shortcut("Ctrl+/", "this list of keyboard shortcuts", ("Ctrl+/",)),
        Shortcut("Ctrl+Shift+I", "import attendees", ("Ctrl+Shift+I",)),
        Shortcut("Ctrl+Shift+T", "print family tickets", ("Ctrl+Shift+T",)),
        Shortcut("Ctrl+Shift+L", "audit log", ("Ctrl+Shift+L",)),
        Shortcut("Ctrl+Shift+E", "export CSV files", ("Ctrl+Shift+E",)),
        Shortcut("Ctrl+Q", "quit (the system's own key; on a Mac, Cmd+Q)", standard="Quit"),
    )),
)


def bound_keys() -> set[str]:
    """Every key sequence the list says the window binds, as QKeySequence.toString(PortableText) writes it."""
    return {key for group in GROUPS for s in group.shortcuts for key in s.bound}
