"""What a screen reader hears from the running app, read over AT-SPI from outside it (as Orca does).

    /usr/bin/python3 tests/atspi_listen.py DESCRIPTION SECONDS

Runs with the system python (pyatspi is Debian's `python3-pyatspi`, not on PyPI). Finds the object whose
accessible description is DESCRIPTION (e.g. "Check-in result") in any application on the session's
accessibility bus, then prints one JSON line per thing heard, flushed at once, for SECONDS:
`{"name": …}` when the object is found and each time its name changes, `{"announcement": …}` for each
announcement the app sends. `{"error": …}` if the object never appears.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

SKIP_INSIDE = {"table", "tree table", "list", "menu bar", "page tab list"}  # their cells are not what we want


def say(**what: str) -> None:
    sys.stdout.write(json.dumps(what, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def find(node, description: str, depth: int = 0):
    if node is None or depth > 40:
        return None
    try:
        if node.description == description:
            return node
        if node.getRoleName() in SKIP_INSIDE:
            return None
        for i in range(node.childCount):
            found = find(node.getChildAtIndex(i), description, depth + 1)
            if found is not None:
                return found
    except Exception:  # noqa: BLE001 - an object going away while we walk: look again next time
        return None
    return None


def main() -> None:
    description, seconds = sys.argv[1], float(sys.argv[2])
    deadline = time.monotonic() + seconds
    target, last = None, None
    while target is None and time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            target = find(app, description)
            if target is not None:
                break
        else:
            time.sleep(0.3)
    if target is None:
        say(error=f"nothing described {description!r} on the accessibility bus")
        return

    def heard(event) -> None:
        say(announcement=str(event.any_data))

    pyatspi.Registry.registerEventListener(heard, "object:announcement")
    # a reader listens for name changes; without a listener libatspi keeps answering the name it cached
    pyatspi.Registry.registerEventListener(lambda _event: None, "object:property-change:accessible-name")

    def poll() -> bool:
        nonlocal last
        try:
            target.clear_cache()
            name = target.name
        except Exception:  # noqa: BLE001
            return True
        if name != last:
            last = name
            say(name=name)
        if time.monotonic() > deadline:
            pyatspi.Registry.stop()
            return False
        return True

    GLib.timeout_add(100, poll)
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()
