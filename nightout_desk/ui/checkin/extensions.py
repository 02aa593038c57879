"""Panels other areas add under the check-in desk (e.g. giveaways handed out to the family just checked in).

A panel is a QWidget built by `factory(state)`; it may define `household_checked_in(household: HouseholdInfo)`
(called after every successful check-in) and `cleared()` (called when the desk moves on to the next family).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from nightout_desk.ui.state import AppState

PanelFactory = Callable[[AppState], QWidget]


def panels() -> list[PanelFactory]:
    """Imported lazily so that the check-in screen does not pay for areas it does not show."""
    found: list[PanelFactory] = []
    from nightout_desk.ui.inventory.handout_panel import HandOutPanel  # giveaways for the family just checked in

    found.append(HandOutPanel)
    return found
