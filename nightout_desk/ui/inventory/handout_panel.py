"""The check-in desk's hand-out panel: after a family checks in, one keystroke (Alt+1…Alt+9) hands out an item.

The per-household limit and the stock are enforced by the service; when either stops a hand-out the panel says so
in words, and an organizer at the desk may allow it anyway (the service records the override in the audit log).
The keyboard always goes back to the check-in search box (`return_focus`, set by the check-in tab).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.lazy import lazy_module
from nightout_desk.services.inventory.units import amount
from nightout_desk.ui.elided import ElidedButton
from nightout_desk.ui.messages import said as explain  # the services' sentence, translated
from nightout_desk.ui.service_words import in_language
from nightout_desk.ui.sign_in import with_sign_in
from nightout_desk.ui.speech import show_result
from nightout_desk.ui.state import AppState

if TYPE_CHECKING:
    from nightout_desk.services.checkin.households import HouseholdInfo
    from nightout_desk.services.inventory.stock import ItemInfo

# loaded when first used (a light start)
inventory = lazy_module("nightout_desk.services.inventory.stock")

MAX_BUTTONS = 9
PER_ROW = 3
NAME_CHARS = 25  # longer names are shortened on the button (the full name is in its accessible name)
STYLES = {
    "ok": "color: #14532d; background: #dcfce7;",
    "problem": "color: #7f1d1d; background: #fee2e2; font-weight: bold;",
    "info": "color: #333; background: #f1f5f9;",
}


def _left_words(item: ItemInfo) -> str:
    """What is left after a hand-out, in words: never "Only 0 left!"."""
    translate = QCoreApplication.translate
    if item.on_hand < 0:
        return translate("HandOutPanel", "Stock shows {count} (below zero): count the {item} when you can.").format(
            count=item.on_hand, item=item.name)
    if item.on_hand == 0:
        return translate("HandOutPanel", "That was the last one: {item} is now OUT OF STOCK.").format(item=item.name)
    left = amount(item.on_hand, item.unit)
    return (translate("HandOutPanel", "Only {left} left!") if item.is_low
            else translate("HandOutPanel", "{left} left.")).format(left=left)


class HandOutPanel(QFrame):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("handOutPanel")
        self.setAccessibleName(self.tr("Giveaways to hand out"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.return_focus: Callable[[], None] | None = None  # the check-in tab sets it
        self.household: HouseholdInfo | None = None
        self.items: list[ItemInfo] = []
        self.given: dict = {}
        self.last_move = None
        self.blocked_index: int | None = None  # the item an organizer may allow anyway

        self.title = QLabel(objectName="handOutTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.undo_button = QPushButton(self.tr("Undo last  (Alt+0)"), objectName="handOutUndo")
        self.undo_button.setAccessibleName(self.tr("Put back the last item handed out"))
        self.undo_button.setAccessibleDescription(self.tr("Shortcut: {keys}").format(keys="Alt+0"))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo_last)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.undo_button)
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        self.buttons: list[QPushButton] = []
        for n in range(MAX_BUTTONS):
            b = ElidedButton(objectName=f"handOut{n + 1}")  # a long name ends in "…", never cut through a letter
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the search box
            b.setMinimumHeight(54)
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # never widens the window
            b.clicked.connect(lambda _=False, n=n: self.hand_out(n))
            self.grid.addWidget(b, n // PER_ROW, n % PER_ROW)
            self.buttons.append(b)
            QShortcut(QKeySequence(f"Alt+{n + 1}"), self, activated=lambda n=n: self.hand_out(n),
                      context=Qt.ShortcutContext.WindowShortcut)
        QShortcut(QKeySequence("Alt+0"), self, activated=self.undo_last, context=Qt.ShortcutContext.WindowShortcut)
        self.status = QLabel(objectName="handOutStatus", wordWrap=True)
        self.status.setAccessibleName(self.tr("Hand-out result"))
        self.override_button = QPushButton(self.tr("Allow anyway (organizer)"), objectName="handOutOverride")
        self.override_button.setAccessibleName(self.tr("Allow this hand-out past the limit or the stock"))
        self.override_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.override_button.clicked.connect(self.allow_anyway)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.override_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(head)
        layout.addLayout(self.grid)
        layout.addLayout(status_row)
        if state.loading:  # the start: the check-in desk calls cleared() once the window has loaded
            self.setVisible(False)
        else:
            self.cleared()

    # --- the check-in tab's calls ----------------------------------------------------------------------------------
    def household_checked_in(self, household: HouseholdInfo) -> None:
        self.household = household
        self.last_move = None
        self._load()
        if self.items:
            self._say("info", self.tr("Hand out to the {family} household: press Alt+1…Alt+{last} (or click). Limits "
                                      "per household are checked.").format(family=household.family_name,
                                                                          last=len(self.items)))

    def cleared(self) -> None:
        self.household = None
        self.last_move = None
        self._load()
        self._say("info", self.tr("After a check-in, hand out giveaways here with Alt+1…Alt+9."))

    # --- actions -----------------------------------------------------------------------------------------------------
    def hand_out(self, index: int, override: bool = False) -> None:
        if index >= len(self.items):
            return
        item = self.items[index]
        if self.household is None:
            self._say("problem", self.tr("Check a family in first: giveaways are handed out to a checked-in "
                                         "household."))
            self._done()
            return
        try:
            result = with_sign_in(self, self.tr("Allow anyway"), lambda: inventory.hand_out(
                self.state.desk, item.id, self.household.id, override=override), self.state)
        except (inventory.LimitReached, inventory.NotEnoughStock) as exc:
            self.blocked_index = index
            self._say("problem", in_language(str(exc)), allow_override=True)
            self._done()
            return
        except Exception as exc:  # noqa: BLE001
            self._say("problem", explain(exc))
            self._done()
            return
        self.last_move = (result.move_id, result.item.name)
        self._load()
        limit = " " + self.tr("({given} of {limit})").format(given=result.household_total,
                                                             limit=item.limit_per_household) \
            if item.limit_per_household else ""
        extra = " — " + self.tr("allowed by an organizer") if result.override else ""
        warn = _left_words(result.item)
        self._say("ok", self.tr("✓ 1 {item} to the {family} household{limit}{extra}. {left}").format(
            item=item.name, family=self.household.family_name, limit=limit, extra=extra, left=warn))
        self.state.dataChanged.emit("inventory")
        self._done()

    def allow_anyway(self) -> None:
        if self.blocked_index is not None:
            self.hand_out(self.blocked_index, override=True)

    def undo_last(self) -> None:
        if self.last_move is None:
            self._say("problem", self.tr("Nothing to undo here: no item was handed out since this check-in."))
            self._done()
            return
        move_id, name = self.last_move
        try:
            inventory.undo_hand_out(self.state.desk, move_id)
        except Exception as exc:  # noqa: BLE001
            self._say("problem", explain(exc))
            self._done()
            return
        self.last_move = None
        self._load()
        self._say("info", self.tr("↶ {item} put back in stock.").format(item=name))
        self.state.dataChanged.emit("inventory")
        self._done()

    # --- showing ---------------------------------------------------------------------------------------------------
    def _load(self) -> None:
        try:
            self.items = inventory.check_in_items(self.state.desk)[:MAX_BUTTONS]
            self.given = inventory.household_handouts(self.state.desk, self.household.id) if self.household else {}
        except Exception as exc:  # noqa: BLE001 - the desk must keep working even if this fails
            self.items, self.given = [], {}
            self._say("problem", explain(exc))
        self.setVisible(bool(self.items))
        name = self.household.family_name if self.household else ""
        self.title.setText(self.tr("<b>Giveaways</b> for the <b>{family}</b> household").format(family=name) if name
                           else self.tr("<b>Giveaways</b>"))
        self.undo_button.setEnabled(self.last_move is not None)
        for n, b in enumerate(self.buttons):
            if n >= len(self.items):
                b.hide()
                continue
            item = self.items[n]
            given = self.given.get(item.id, 0)
            blocked = item.on_hand <= 0 or bool(item.limit_per_household and given >= item.limit_per_household)
            if item.on_hand <= 0:
                state = self.tr("OUT OF STOCK")
            elif item.limit_per_household and given >= item.limit_per_household:
                state = self.tr("LIMIT REACHED ({given} of {limit})").format(given=given,
                                                                            limit=item.limit_per_household)
            elif item.limit_per_household:
                state = self.tr("{given} of {limit} given · {left} left").format(
                    given=given, limit=item.limit_per_household, left=item.on_hand)
            elif given:
                state = self.tr("{given} given · {left} left").format(given=given, left=item.on_hand)
            else:
                state = self.tr("{left} left").format(left=item.on_hand)
            name = item.name if len(item.name) <= NAME_CHARS else item.name[:NAME_CHARS - 1] + "…"
            b.setText(f"Alt+{n + 1}   {name}\n{state}")
            b.setToolTip(item.name)
            b.setAccessibleName(self.tr("Hand out {item}: {state}").format(item=item.name, state=state))
            # a QShortcut of the window, not the button's
            b.setAccessibleDescription(self.tr("Shortcut: {keys}").format(keys=f"Alt+{n + 1}"))
            b.setStyleSheet("QPushButton { text-align: left; padding: 4px 10px; %s }"
                            % ("color: #7f1d1d; background: #fee2e2;" if blocked else "font-weight: bold;"))
            b.setEnabled(self.household is not None)
            b.show()

    def _say(self, kind: str, text: str, allow_override: bool = False) -> None:
        show_result(self.status, text, self.tr("Hand-out result"), urgent=kind == "problem")
        self.status.setStyleSheet(f"QLabel {{ {STYLES[kind]} padding: 4px 8px; border-radius: 3px; }}")
        self.override_button.setVisible(allow_override)  # a volunteer desk is asked to sign in as an organizer
        if not allow_override:
            self.blocked_index = None

    def _done(self) -> None:
        if self.return_focus is not None:
            self.return_focus()
