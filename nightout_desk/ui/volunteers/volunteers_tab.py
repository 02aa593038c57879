"""The Volunteers screen: a clock-in/out scan box (like the check-in box: focus stays, Enter toggles, a big result),
the roster, coverage per station, hours, and the badge print flow."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nightout_desk import clock
from nightout_desk.services.volunteers import hours as volunteer_hours
from nightout_desk.services.volunteers import roster as volunteers
from nightout_desk.services.volunteers import timeclock
from nightout_desk.services.volunteers.roster import VolunteerInfo
from nightout_desk.services.volunteers.timeclock import ClockResult
from nightout_desk.ui.checkin.banner import ResultBanner
from nightout_desk.ui.checkin.sound import Sounds
from nightout_desk.ui.look import scaled
from nightout_desk.ui.messages import said, show_error
from nightout_desk.ui.state import AppState
from nightout_desk.ui.volunteers.badge_print_dialog import BadgePrintDialog
from nightout_desk.ui.volunteers.coverage_page import CoveragePage
from nightout_desk.ui.volunteers.hours_page import HoursPage
from nightout_desk.ui.volunteers.shift_dialogs import AssignDialog, TimeEntriesDialog
from nightout_desk.ui.volunteers.table_models import RosterModel, hours
from nightout_desk.ui.volunteers.volunteer_dialog import VolunteerDialog

log = logging.getLogger(__name__)
IDLE = QT_TRANSLATE_NOOP("VolunteersTab", "Scan a volunteer's badge to clock them in or out.")


class VolunteersTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.last_result: ClockResult | None = None
        self.sounds = Sounds(self)  # the same tones as the check-in box, and the same laptop setting
        self._search_timer = QTimer(self, singleShot=True, interval=150, timeout=self.refresh_roster)
        self._build()
        self.refresh()

    # --- layout -----------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.scan = QLineEdit(objectName="clockScan")
        self.scan.setAccessibleName(self.tr("Scan a volunteer badge to clock in or out"))
        self.scan.setPlaceholderText(self.tr("Scan a badge (or type its code) and press Enter — in if out, out if in"))
        scaled(self.scan, 1.7)
        self.scan.setMinimumHeight(48)
        self.scan.returnPressed.connect(self.on_scan)
        self.print_button = QPushButton(self.tr("Print badges…"), objectName="printBadgesButton")
        self.print_button.setAccessibleName(self.tr("Preview and print badges"))
        self.print_button.setMinimumHeight(48)
        self.print_button.clicked.connect(self.print_badges)
        top = QHBoxLayout()
        top.addWidget(self.scan, 1)
        top.addWidget(self.print_button)
        self.banner = ResultBanner(self, what=self.tr("Clock-in result"))
        self.banner.setObjectName("clockBanner")
        self.banner.show_message("idle", self.tr(IDLE))

        self.pages = QTabWidget(objectName="volunteerPages")
        self.pages.addTab(self._roster_page(), self.tr("Roster"))
        self.coverage = CoveragePage(self.state, self)
        self.pages.addTab(self.coverage, self.tr("Coverage"))
        self.hours = HoursPage(self.state, self)
        self.pages.addTab(self.hours, self.tr("Hours"))
        self.pages.currentChanged.connect(lambda _i: self.refresh())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=lambda: self.search.setFocus())

    def _roster_page(self) -> QWidget:
        page = QWidget()
        self.search = QLineEdit(objectName="volunteerSearch",
                                placeholderText=self.tr("Find: name, organization, phone, badge"))
        self.search.setAccessibleName(self.tr("Find a volunteer"))
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.count_label = QLabel(objectName="rosterCount")
        self.model = RosterModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="volunteerRoster")
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.table.setAccessibleName(self.tr("Volunteer roster"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RosterModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RosterModel.COL_NOTES, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_volunteer())
        self.add_button = QPushButton(self.tr("Add…"), objectName="addVolunteerButton")
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="editVolunteerButton")
        self.assign_button = QPushButton(self.tr("Assign to shift…"), objectName="assignShiftButton")
        self.toggle_button = QPushButton(self.tr("Clock in / out"), objectName="toggleClockButton")
        self.times_button = QPushButton(self.tr("Clock times…"), objectName="clockTimesButton")
        self.reprint_button = QPushButton(self.tr("Reprint badge…"), objectName="reprintBadgeButton")
        self.import_button = QPushButton(self.tr("Import…"), objectName="importVolunteersButton")
        for button, slot, name in (
                (self.add_button, self.add_volunteer, self.tr("Add a volunteer")),
                (self.edit_button, self.edit_volunteer, self.tr("Edit the selected volunteer")),
                (self.assign_button, self.assign_shift, self.tr("Assign the selected volunteer to a shift")),
                (self.toggle_button, self.toggle_selected, self.tr("Clock the selected volunteer in or out")),
                (self.times_button, self.clock_times, self.tr("See and correct clock times")),
                (self.reprint_button, self.reprint_badge, self.tr("Reprint the selected volunteer's badge")),
                (self.import_button, self.import_volunteers,
                 self.tr("Import volunteers from SignUpGenius or a CSV file"))):
            button.setAccessibleName(name)
            button.clicked.connect(slot)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.assign_button, self.toggle_button, self.times_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return page

    # --- refresh ----------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            page = self.pages.currentWidget()
            if page is self.coverage:
                self.coverage.refresh()
            elif page is self.hours:
                self.hours.refresh()
            else:
                self.refresh_roster()
        except Exception as exc:  # noqa: BLE001 - a refresh must never take the window down
            log.warning("volunteers not refreshed: %s", exc)

    def refresh_roster(self) -> None:
        selected = self.selected()
        people = volunteers.roster(self.state.desk, self.search.text())
        worked = {h.volunteer_id: h for h in volunteer_hours.hours_by_volunteer(self.state.desk)}
        self.model.set_rows(people, worked)
        on_site = sum(1 for h in worked.values() if h.on_site)
        total = len(worked)
        self.count_label.setText(self.tr("{shown} of {total} shown · {on_site} on site now").format(
            shown=len(people), total=total, on_site=on_site))
        if selected is not None:
            self.select(selected.id)

    def select(self, volunteer_id) -> None:  # noqa: ANN001
        for row in range(self.proxy.rowCount()):
            v = self.model.volunteer(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if v is not None and v.id == volunteer_id:
                self.table.selectRow(row)
                return

    def selected(self) -> VolunteerInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.volunteer(self.proxy.mapToSource(rows[0]).row())

    def focus_default(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    # --- clock in / out ---------------------------------------------------------------------------------------------
    def on_scan(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if not text:
            self.focus_default()
            return
        if not volunteers.is_badge_code(text):
            self._find_by_name(text)
            return
        self.clock_code(text)

    def _find_by_name(self, text: str) -> None:
        """Typed a name (or a code that is not a badge) into the clock box: list who matches, if anybody does."""
        found = volunteers.roster(self.state.desk, text)
        if not found:
            self.banner.show_message("missing", self.tr("✖ NOT FOUND: no volunteer's badge or name matches “{text}”. "
                                                        "Nothing was changed.").format(text=text))
            self.sounds.enabled = self.state.settings.sound
            self.sounds.play("problem")
            self.focus_default()
            return
        self.search.setText(text)
        self.pages.setCurrentIndex(0)
        self.refresh_roster()
        listed = self.tr("“{text}” is not a badge code — %n volunteers match, listed below; select one and press "
                         "Clock in / out.", "", len(found))
        self.banner.show_message("info", listed.format(text=text))
        self.focus_default()

    def clock_code(self, text: str) -> None:
        """A badge scanned in the clock box, or anywhere in the window: clock that volunteer in or out."""
        try:
            result = timeclock.scan(self.state.desk, text)
        except Exception as exc:  # noqa: BLE001
            self.banner.show_message("missing", "✖ " + said(exc))
            self.sounds.enabled = self.state.settings.sound
            self.sounds.play("problem")
            self.focus_default()
            return
        self._show_result(result)

    def _show_result(self, result: ClockResult) -> None:
        self.last_result = result
        self.sounds.enabled = self.state.settings.sound
        self.sounds.play("problem" if result.repeated else "ok")
        who = result.volunteer.full_name
        where = " — " + (result.station or self.tr("no shift booked now"))
        if result.volunteer.needs_guardian:
            where += " · ⚠ " + self.tr("minor with no guardian on file")
        at = clock.hhmm(result.at)
        if result.repeated:
            said = (self.tr("{who} is already clocked IN (at {time}) — nothing changed. Scan again after a minute to "
                            "change it.") if result.status == timeclock.ALREADY_IN else
                    self.tr("{who} is already clocked OUT (at {time}) — nothing changed. Scan again after a minute to "
                            "change it."))
            self.banner.show_message("already", said.format(who=who, time=at))
            self.focus_default()
            return
        if result.clocked_in:
            self.banner.show_message("ok", self.tr("✔ {who} clocked IN at {time}{where}").format(
                who=who, time=at, where=where))
        else:
            self.banner.show_message("info", self.tr("✔ {who} clocked OUT at {time} · {stretch} this time, {tonight} "
                                                     "tonight").format(who=who, time=at,
                                                                       stretch=hours(result.stretch_hours),
                                                                       tonight=hours(result.hours_tonight)))
        self.state.dataChanged.emit("volunteers")
        self.refresh()
        self.focus_default()

    def toggle_selected(self) -> None:
        v = self._need_selection()
        if v is None:
            return
        try:
            result = timeclock.toggle(self.state.desk, v.id, guard=False)  # a deliberate click, not a re-read
        except Exception as exc:  # noqa: BLE001
            self.banner.show_message("missing", "✖ " + said(exc))
            return
        self._show_result(result)

    # --- roster actions ---------------------------------------------------------------------------------------------
    def _need_selection(self) -> VolunteerInfo | None:
        v = self.selected()
        if v is None:
            QMessageBox.information(self, self.tr("Pick a volunteer"),
                                    self.tr("Select a volunteer in the roster first."))
        return v

    def add_volunteer(self) -> None:
        dialog = VolunteerDialog(self.state.desk, None, volunteers.organizations(self.state.desk), self)
        if dialog.exec() and dialog.saved:
            self.state.dataChanged.emit("volunteers")
            self.refresh_roster()
            self.select(dialog.saved.id)

    def edit_volunteer(self) -> None:
        v = self._need_selection()
        if v is None:
            return
        try:
            fresh = volunteers.get(self.state.desk, v.id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Cannot open"), exc)
            return
        dialog = VolunteerDialog(self.state.desk, fresh, volunteers.organizations(self.state.desk), self)
        if dialog.exec():
            self.state.dataChanged.emit("volunteers")
            self.refresh_roster()

    def assign_shift(self) -> None:
        v = self._need_selection()
        if v is None:
            return
        dialog = AssignDialog(self.state.desk, v, self)
        if dialog.exec() and dialog.assigned:
            self.banner.show_message("ok", self.tr("✔ {name} is booked on the shift.").format(name=v.full_name))
            self.state.dataChanged.emit("volunteers")
            self.refresh_roster()

    def clock_times(self) -> None:
        v = self._need_selection()
        if v is None:
            return
        dialog = TimeEntriesDialog(self.state.desk, v, self)
        dialog.exec()
        if dialog.changed:
            self.state.dataChanged.emit("volunteers")
            self.refresh_roster()

    def reprint_badge(self) -> None:
        v = self._need_selection()
        if v is None:
            return
        BadgePrintDialog(self.state, self, volunteer_code=v.badge_code, volunteer_name=v.full_name).exec()
        self.refresh_roster()

    def import_volunteers(self) -> None:
        from nightout_desk.ui.volunteers.volunteer_import import open_volunteer_import

        dialog = open_volunteer_import(self, self.state)
        dialog.imported.connect(lambda _r: self.refresh_roster())

    def print_badges(self) -> None:
        BadgePrintDialog(self.state, self).exec()
        self.refresh_roster()
        self.focus_default()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() == Qt.Key.Key_Escape:
            self.scan.clear()
            self.banner.show_message("idle", self.tr(IDLE))
            self.focus_default()
            return
        super().keyPressEvent(event)
