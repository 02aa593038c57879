"""Panels other areas add under the check-in desk (e.g. giveaways handed out to the family just checked in).

A panel is a QWidget built by `factory(state)`; it may define `household_checked_in(household: HouseholdInfo)`
(called after every successful check-in) and `cleared()` (called when the desk moves on to the next family).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from nightout_desk.areas import AREAS, Area
from nightout_desk.ui.state import AppState

PanelFactory = Callable[[AppState], QWidget]


def _hand_out(state: AppState) -> QWidget:
    """Giveaways for the family just checked in (imported when the desk is built)."""
    from nightout_desk.ui.inventory.handout_panel import HandOutPanel

    return HandOutPanel(state)


PANELS: dict[Area, PanelFactory] = {
    Area.INVENTORY: _hand_out,
}


def panels() -> list[PanelFactory]:
    """The panels of every area that has one, in AREAS order."""
    return [PANELS[info.area] for info in AREAS if info.area in PANELS]
