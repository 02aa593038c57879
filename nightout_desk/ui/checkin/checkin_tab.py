"""The check-in desk, built for a line of families: one search box that a scanner can type into, Enter does the
obvious thing, focus always returns to the box, every check-in can be undone, and no modal dialog in the common path."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nightout_desk import clock
from nightout_desk.lazy import lazy_module
from nightout_desk.services.codes import ALPHABET, is_badge_code, looks_like_scan_code, pretty
from nightout_desk.services.errors import PermissionDenied
from nightout_desk.text import compact_code
from nightout_desk.ui.checkin.banner import ResultBanner
from nightout_desk.ui.checkin.extensions import panels
from nightout_desk.ui.checkin.recent_panel import RecentPanel
from nightout_desk.ui.checkin.results_area import ArrivalBar, results_table
from nightout_desk.ui.checkin.sound import Sounds
from nightout_desk.ui.checkin.table_models import SearchResultsModel, people
from nightout_desk.ui.checkin.walkup_panel import WalkUpPanel
from nightout_desk.ui.look import scaled
from nightout_desk.ui.messages import said as explain  # the services' sentence, translated
from nightout_desk.ui.sign_in import allowed, offer_sign_in, with_sign_in
from nightout_desk.ui.speech import announce
from nightout_desk.ui.state import AppState

if TYPE_CHECKING:
    from nightout_desk.services.checkin.checkins import CheckInResult, RecentCheckIn
    from nightout_desk.services.checkin.households import HouseholdInfo

# loaded when first used: the desk shows before the ORM loads (MainWindow.load)
events = lazy_module("nightout_desk.services.events")
checkins = lazy_module("nightout_desk.services.checkin.checkins")
households = lazy_module("nightout_desk.services.checkin.households")
household_dialogs = lazy_module("nightout_desk.ui.checkin.household_dialogs")

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 60  # coalesces a scanner's burst of keystrokes into one search
MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)


def looks_like_ticket(text: str) -> bool:
    """Could be a ticket code (8 characters of the code alphabet); some codes have no digit at all."""
    code = compact_code(text)
    return len(code) == 8 and all(ch in ALPHABET for ch in code)


def hint() -> str:
    """The desk's keys, in the screens' language."""
    return QCoreApplication.translate(
        "CheckInTab", "↑/↓ choose · Enter checks in · F2 walk-up · F3 correct counts · F4 edit · Ctrl+Z undo")


class CheckInTab(QWidget):
    badgeScanned = Signal(str)  # a volunteer's badge reached the family desk: the window clocks them in or out

    def __init__(self, state: AppState, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.state = state
        self.sounds = Sounds(self)
        self.sounds.enabled = state.settings.sound
        self.last_result: CheckInResult | None = None
        self.pending_undo: RecentCheckIn | None = None  # Ctrl+Z asked "undo …?": Enter confirms, Esc keeps
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.run_search)
        self._panels_waiting = state.loading  # at the start the panels read nothing until the first refresh
        self._build()
        self._wire()
        if not state.loading:  # at the start the window reads the rows once the ORM is loaded (MainWindow.load)
            self.refresh()

    # --- layout -----------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(objectName="checkinSearch")
        self.search.setAccessibleName(self.tr("Find a household or scan a ticket"))
        self.search.setPlaceholderText(self.tr("Name, phone, email or ticket code — or scan"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleDescription(hint())  # the desk's keys, then the matches as one types
        scaled(self.search, 1.7)
        self.search.setMinimumHeight(48)
        self.walk_up_button = QPushButton(self.tr("Walk-up  (F2)"), objectName="walkUpButton")
        self.walk_up_button.setAccessibleName(self.tr("Add a walk-up family"))
        self.walk_up_button.setAccessibleDescription(self.tr("Shortcut: F2"))
        self.walk_up_button.setMinimumHeight(48)
        self.sound_button = QPushButton(objectName="soundToggle", checkable=True)
        self.sound_button.setAccessibleName(self.tr("Sound on or off"))
        self.sound_button.setChecked(self.sounds.enabled)
        self.sound_button.setMinimumHeight(48)
        self._show_sound_state()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.walk_up_button)
        top.addWidget(self.sound_button)

        self.banner = ResultBanner(self)

        self.results_model = SearchResultsModel(self)
        self.results = results_table(self.results_model)
        self.empty_hint = QLabel(objectName="checkinHint", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #555; padding: 16px")
        self.empty_hint.setText(self.tr("Nothing is listed until you type — families' details stay private.") + "\n"
                                + hint())

        actions = ArrivalBar(self)
        self.adults, self.kids = actions.adults, actions.kids
        self.check_in_button, self.correct_button = actions.check_in_button, actions.correct_button
        self.edit_button, self.merge_button = actions.edit_button, actions.merge_button

        self.walk_up = WalkUpPanel(self.state, self)
        self.walk_up.hide()
        self.extension_panels = []
        for factory in panels():
            panel = factory(self.state)
            panel.return_focus = self.focus_default  # panels hand the keyboard back to the search box
            self.extension_panels.append(panel)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.empty_hint, 1)
        left_layout.addWidget(self.walk_up)
        left_layout.addWidget(actions)
        for panel in self.extension_panels:
            left_layout.addWidget(panel)

        right = RecentPanel(self)
        self.counters, self.recent, self.recent_model = right.counters, right.recent, right.recent_model
        self.undo_reason, self.undo_button = right.undo_reason, right.undo_button
        self.recent_panel = right

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self._show_results([])
        self._update_correct_button()

    def _wire(self) -> None:
        self.search.textChanged.connect(lambda _t: self._update_correct_button())
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.installEventFilter(self)
        self.adults.installEventFilter(self)
        self.kids.installEventFilter(self)
        self.results.selectionModel().selectionChanged.connect(self._selection_changed)
        self.results.doubleClicked.connect(lambda _i: self.check_in_selected())
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.correct_button.clicked.connect(self.correct_last_counts)
        self.walk_up_button.clicked.connect(self.start_walk_up)
        self.edit_button.clicked.connect(self.edit_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button.clicked.connect(self.undo_selected)
        self.sound_button.toggled.connect(self._toggle_sound)
        self.walk_up.saved.connect(self._walk_up_saved)
        self.walk_up.message.connect(self._walk_up_message)
        self.walk_up.cancelled.connect(self.cancel_walk_up)
        self.walk_up.useExisting.connect(self._walk_up_is_existing)
        for key, slot in (("F2", self.start_walk_up), ("F3", self.correct_last_counts), ("F4", self.edit_selected),
                          ("Ctrl+Z", self.undo_last), ("Ctrl+F", self.focus_default)):
            QShortcut(QKeySequence(key), self, activated=slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- the common path --------------------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if obj is self.search and self.pending_undo is not None and key not in MODIFIER_KEYS:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.confirm_undo()
                return True
            if key == Qt.Key.Key_Escape:
                self.keep_check_in()
                return True
            self.pending_undo = None  # typing moves on: the question lapses
        if obj is self.search:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.on_enter()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key == Qt.Key.Key_Z and event.modifiers() == Qt.KeyboardModifier.ControlModifier \
                    and not self.search.text():
                self.undo_last()  # the box is empty after a check-in: Ctrl+Z offers to undo it, not typing
                return True
            if key == Qt.Key.Key_Escape:
                self.search.clear()
                self._show_results([])
                return True
        elif obj in (self.adults, self.kids) and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            obj.interpretText()
            self.check_in_selected()
            return True
        return False

    def focus_default(self) -> None:
        if not self.walk_up.isVisible():
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text()
        try:
            found = households.search(self.state.desk, text) if text.strip() else []
        except Exception as exc:
            log.exception("search failed")
            self.banner.show_message("missing", explain(exc))
            return
        self._show_results(found)

    def _show_results(self, found: list[HouseholdInfo]) -> None:
        self.results_model.set_rows(found)
        has_text = bool(self.search.text().strip())
        self.results.setVisible(bool(found) and not self.walk_up.isVisible())
        self.empty_hint.setVisible(not found and not self.walk_up.isVisible())
        if has_text and not found:
            self.empty_hint.setText(self.tr(
                "No household matches “{text}”.\nTry part of the name or phone number — or press F2 to add them as "
                "a walk-up.").format(text=self.search.text().strip()))
        elif not has_text:
            self.empty_hint.setText(self.tr("Nothing is listed until you type — families' details stay private.") + "\n"
                                    + hint())
        if found:
            self.results.selectRow(0)
        if has_text and not self.walk_up.isVisible():
            many = self.tr("%n households match", "", len(found)) if found else self.tr("No household matches")
            self._speak_choice(many + (self.tr(", ↑/↓ to choose") if len(found) > 1 else ""))
        else:
            self.search.setAccessibleDescription(hint())

    def _speak_choice(self, lead: str = "") -> None:
        """Say (and keep as the search box's description) the match count and the family Enter would check in."""
        h = self.selected_household()
        chosen = ""
        if h is not None:
            row = self.results.currentIndex().row()
            cells = self.results_model.cells(h)
            chosen = self.tr("{row} of {rows}").format(row=row + 1, rows=self.results_model.rowCount()) + ": " + \
                ", ".join(cells[c] for c in (SearchResultsModel.COL_FAMILY, SearchResultsModel.COL_FIRST,
                                             SearchResultsModel.COL_EXPECTED, SearchResultsModel.COL_STATUS))
        words = ". ".join(x for x in (lead, chosen) if x)
        self.search.setAccessibleDescription(words)
        announce(self.search, words)

    def _move_selection(self, step: int) -> None:
        rows = self.results_model.rowCount()
        if not rows:
            return
        current = self.results.currentIndex().row()
        new = min(rows - 1, max(0, (current if current >= 0 else -1) + step))
        self.results.selectionModel().setCurrentIndex(
            self.results_model.index(new, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.results.scrollTo(self.results_model.index(new, 0))
        self._speak_choice()

    def _selection_changed(self) -> None:
        h = self.selected_household()
        if h is not None:
            arrived = h.arrival
            self.adults.setValue(arrived.adults if arrived else h.adults_expected)
            self.kids.setValue(arrived.kids if arrived else h.kids_expected)

    def selected_households(self) -> list[HouseholdInfo]:
        rows = sorted({i.row() for i in self.results.selectionModel().selectedRows()})
        return [h for h in (self.results_model.household(r) for r in rows) if h is not None]

    def selected_household(self) -> HouseholdInfo | None:
        current = self.results.currentIndex()
        if current.isValid() and self.results.selectionModel().isRowSelected(current.row()):
            return self.results_model.household(current.row())
        chosen = self.selected_households()
        return chosen[0] if chosen else None

    def on_enter(self) -> None:
        """Enter in the search box: a scanned/typed ticket checks in at once; otherwise the selected result."""
        text = self.search.text().strip()
        if not text:
            return
        if is_badge_code(text):
            self.search.clear()
            self._show_results([])
            self.badgeScanned.emit(compact_code(text))
            return
        if looks_like_scan_code(text):
            try:
                found = households.find_by_code(self.state.desk, text)
            except Exception as exc:  # noqa: BLE001
                self._problem(explain(exc))
                return
            if found is not None:
                self._check_in(found, found.adults_expected, found.kids_expected)
                return
        if self._search_timer.isActive() or self.results_model.rowCount() == 0:
            self.run_search()
        if self.results_model.rowCount():
            self.check_in_selected()
        elif looks_like_ticket(text) and any(ch.isdigit() for ch in text):
            self._problem(self.tr("✗ NOT FOUND: ticket {code} is not registered for this event. Ask for their name, "
                                  "or press F2 for a walk-up.").format(code=pretty(compact_code(text))), clear=True)
        elif looks_like_scan_code(text):  # a code nobody has: cleared, so the next scan does not land behind it
            self._problem(self.tr("✗ NOT FOUND: {code} is not a ticket for this event. Ask for their name, or press "
                                  "F2 for a walk-up.").format(code=text), clear=True)
        else:
            self._problem(self.tr("✗ NOT FOUND: nobody matches “{text}”. Try part of the name or phone, or F2 for a "
                                  "walk-up.").format(text=text))

    def scan_code(self, code: str) -> None:
        """A scan that reached the window outside the search box: check the family in at once, or say NOT FOUND.
        Whatever was half-typed (a walk-up, a search) stays as it was; an unknown code changes nothing."""
        self.pending_undo = None
        try:
            found = households.find_by_code(self.state.desk, code)
        except Exception as exc:  # noqa: BLE001
            self._problem(explain(exc))
            return
        if found is None:
            shown = pretty(compact_code(code)) if looks_like_ticket(code) else code
            self.banner.show_message("missing", self.tr("✗ NOT FOUND: {code} is not a ticket for this event. "
                                                        "Nothing was changed.").format(code=shown))
            self.sounds.play("problem")
            return
        typed = self.search.text()
        self._check_in(found, found.adults_expected, found.kids_expected)
        if typed and not self.search.text() and self.walk_up.isVisible():
            self.search.setText(typed)

    def check_in_selected(self) -> None:
        h = self.selected_household()
        if h is None:
            self._problem(self.tr("Choose a family first: type part of their name, then Enter."))
            return
        self._check_in(h, self.adults.value(), self.kids.value())

    def _check_in(self, h: HouseholdInfo, adults: int, kids: int) -> None:
        try:
            result = checkins.check_in(self.state.desk, h.id, adults=adults, kids=kids)
        except Exception as exc:
            log.exception("check-in failed")
            self._problem(explain(exc))
            return
        self._after_check_in(result)

    def _after_check_in(self, result: CheckInResult) -> None:
        h, a = result.household, result.arrival
        if result.is_new:
            self.last_result = result
            self.banner.show_message("ok", self.tr("✓ CHECKED IN — {family}: {people}").format(
                family=h.display_name, people=people(a.adults, a.kids)))
            self.sounds.play("ok")
        else:
            who = f"{a.device} ({a.operator})" if a.operator else a.device
            self.banner.show_message("already", self.tr("⚠ ALREADY CHECKED IN — {family} at {time} by {who}: "
                                                        "{people}").format(
                family=h.display_name, time=clock.hhmm(a.at), who=who, people=people(a.adults, a.kids)))
            self.sounds.play("problem")
        self.banner.repaint()  # the answer on screen first; the counters and the list follow a moment later
        if result.is_new:
            for panel in self.extension_panels:
                if hasattr(panel, "household_checked_in"):
                    panel.household_checked_in(h)
        self.search.clear()
        self._show_results([])
        if result.is_new:
            self.adults.setValue(a.adults)
            self.kids.setValue(a.kids)
        self._update_correct_button()
        self.refresh()
        self.state.dataChanged.emit("check-in")
        self.focus_default()

    def _update_correct_button(self) -> None:
        """Correcting applies the Adults/Kids boxes to the last check-in, so only while they show that check-in."""
        self.correct_button.setEnabled(self.last_result is not None and not self.search.text().strip())

    def _problem(self, text: str, clear: bool = False) -> None:
        self.banner.show_message("missing", text)
        self.sounds.play("problem")
        if clear:
            self.search.clear()
            self._show_results([])
        self.focus_default()

    # --- corrections -------------------------------------------------------------------------------------------------
    def correct_last_counts(self) -> None:
        if self.last_result is None:
            self._problem(self.tr("There is no check-in from this desk to correct yet."))
            return
        try:
            check_in_id, adults, kids = self.last_result.arrival.check_in_id, self.adults.value(), self.kids.value()
            result = with_sign_in(self, self.tr("Correct the counts"), lambda: checkins.correct_counts(
                self.state.desk, check_in_id, adults, kids), self.state)
        except Exception as exc:  # noqa: BLE001
            self._problem(explain(exc))
            return
        self.last_result = result
        a = result.arrival
        self.banner.show_message("ok", self.tr("✓ COUNTS CORRECTED — {family}: {people}").format(
            family=result.household.display_name, people=people(a.adults, a.kids)))
        self.refresh()
        self.state.dataChanged.emit("check-in")
        self.focus_default()

    def undo_last(self) -> None:
        """Ctrl+Z: offer to undo this laptop's most recent check-in still in force, naming the family and time."""
        try:
            target = checkins.last_in_force(self.state.desk)
        except Exception as exc:  # noqa: BLE001
            self._problem(explain(exc))
            return
        if target is None:
            self._problem(self.tr("Nothing to undo: this laptop has no check-in in force."))
            return
        self.pending_undo = target
        self.banner.show_message("already", self.tr(
            "Undo {family}'s check-in at {time} ({people})?  Enter = undo · Esc = keep it").format(
            family=target.family_name, time=clock.hhmm(target.at), people=people(target.adults, target.kids)))
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def confirm_undo(self) -> None:
        target, self.pending_undo = self.pending_undo, None
        if target is not None:
            self._undo(target)

    def keep_check_in(self) -> None:
        target, self.pending_undo = self.pending_undo, None
        if target is not None:
            self.banner.show_message("info", self.tr("Kept {family}'s check-in at {time}.").format(
                family=target.family_name, time=clock.hhmm(target.at)))
        self.focus_default()

    def undo_selected(self) -> None:
        """The Undo button: the check-in picked in the list on the right (an explicit choice, no question)."""
        self.pending_undo = None
        target = self.recent_panel.selected_check_in()
        if target is None:
            self._problem(self.tr("Pick the check-in to undo in the list on the right first (Ctrl+Z undoes this "
                                  "laptop's last one)."))
            return
        if target.undone:
            self._problem(self.tr("{family}'s check-in at {time} is already undone.").format(
                family=target.family_name, time=clock.hhmm(target.at)))
            return
        self._undo(target)

    def _undo(self, target: RecentCheckIn) -> None:
        reason = self.undo_reason.text().strip()
        try:
            checkins.undo(self.state.desk, target.check_in_id, reason)
        except PermissionDenied as exc:  # another laptop's check-in: an organizer may, right here
            if offer_sign_in(self, self.tr("Undo a check-in"), exc, self.state):
                self._undo(target)
            else:
                self._problem(explain(exc))
            return
        except Exception as exc:  # noqa: BLE001
            self._problem(explain(exc))
            return
        self.undo_reason.clear()
        if self.last_result and self.last_result.arrival.check_in_id == target.check_in_id:
            self.last_result = None
            self._update_correct_button()
        for panel in self.extension_panels:
            if hasattr(panel, "cleared"):
                panel.cleared()
        undone = self.tr("↶ UNDONE — {family}'s check-in at {time}{reason}. They can be checked in again.")
        self.banner.show_message("info", undone.format(family=target.family_name, time=clock.hhmm(target.at),
                                                       reason=f" ({reason})" if reason else ""))
        self.refresh()
        self.state.dataChanged.emit("check-in")
        self.focus_default()

    def _may(self, action: str, title: str) -> bool:
        """Whether the desk may do `action`, after offering to sign in when it may not (then back to the desk)."""
        if allowed(self, title, action, self.state):
            return True
        self.focus_default()
        return False

    def edit_selected(self) -> None:
        h = self.selected_household()
        if h is None:
            self._problem(self.tr("Choose a family to edit first: type part of their name."))
            return
        if not self._may("checkin.edit_household", self.tr("Edit a household")):
            return
        dialog = household_dialogs.HouseholdDialog(self.state.desk, h, self._places(), self)
        if dialog.exec():
            self.banner.show_message("info", self.tr("Saved the changes to {family}.").format(
                family=dialog.household.display_name))
            self.run_search()
        self.focus_default()

    def merge_selected(self) -> None:
        chosen = self.selected_households()
        if len(chosen) != 2:
            self._problem(self.tr("Select exactly two households (Ctrl+click) that are the same family, then Merge."))
            return
        if not self._may("checkin.merge_households", self.tr("Merge households")):
            return
        dialog = household_dialogs.MergeDialog(self.state.desk, chosen[0], chosen[1], self)
        if dialog.exec() and dialog.kept is not None:
            self.banner.show_message("info", self.tr("Merged into {family}.").format(family=dialog.kept.display_name))
            self.run_search()
            self.refresh()
        self.focus_default()

    # --- walk-ups -----------------------------------------------------------------------------------------------------
    def _places(self) -> list[str]:
        try:
            return [n.name for n in events.neighbourhoods(self.state.desk)]
        except Exception:  # noqa: BLE001
            return []

    def start_walk_up(self) -> None:
        typed = self.search.text().strip()
        name = "" if not typed or looks_like_ticket(typed) or any(ch.isdigit() for ch in typed) else typed
        self.results.hide()
        self.empty_hint.hide()
        self.walk_up.start(name.title() if name.islower() else name, self._places())
        self.banner.show_message("info", self.tr("Walk-up: family name, Tab, adults, Tab, kids, Tab, ZIP — then Enter.")
)
    def _walk_up_saved(self, result: CheckInResult) -> None:
        self._after_check_in(result)
        self.banner.show_message("ok", self.tr("✓ WALK-UP CHECKED IN — {family}: {people}").format(
            family=result.household.display_name, people=people(result.arrival.adults, result.arrival.kids)))

    def _walk_up_message(self, state: str, text: str) -> None:
        self.banner.show_message(state, text)
        if state == "missing":
            self.sounds.play("problem")

    def _walk_up_is_existing(self, existing: HouseholdInfo, adults: int, kids: int) -> None:
        self._check_in(existing, adults or existing.adults_expected, kids)

    def cancel_walk_up(self) -> None:
        self.walk_up.hide()
        self.banner.show_message("idle", self.tr(
            "Walk-up cancelled. Type a name, phone or ticket code — or scan a ticket."))
        self._show_results([])
        self.focus_default()

    # --- refresh ------------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Counters and recent check-ins from every laptop (called after each action and by the window's timer)."""
        try:
            counts = checkins.counters(self.state.desk)
            recent = checkins.recent(self.state.desk)
        except Exception as exc:  # noqa: BLE001
            log.warning("check-in desk not refreshed: %s", exc)
            return
        self.recent_panel.show_night(counts, recent)
        self.state.countersRead.emit(counts)
        if self._panels_waiting:  # the first refresh after the start (MainWindow.load): the panels read theirs
            self._panels_waiting = False
            for panel in self.extension_panels:
                if hasattr(panel, "cleared"):
                    panel.cleared()

    def _toggle_sound(self, on: bool) -> None:
        self.sounds.enabled = on
        self.state.settings.sound = on
        try:
            self.state.settings.save()
        except OSError:
            pass
        self._show_sound_state()
        self.focus_default()

    def _show_sound_state(self) -> None:
        self.sound_button.setText(self.tr("Sound: on") if self.sound_button.isChecked() else self.tr("Sound: off"))

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_default)
