"""Assign a volunteer to a shift (with the double-booking / guardian warnings), add a shift, fix clock times."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from nightout_desk import clock
from nightout_desk.services import events
from nightout_desk.services.context import Desk
from nightout_desk.services.stations import stations
from nightout_desk.services.volunteers import hours as volunteer_hours
from nightout_desk.services.volunteers import shifts, timeclock
from nightout_desk.services.volunteers.roster import VolunteerInfo
from nightout_desk.text import matches_words, search_words
from nightout_desk.ui.messages import show_error
from nightout_desk.ui.service_words import in_language
from nightout_desk.ui.sign_in import FollowsDesk, attempt


def event_time(desk: Desk, value: QTime) -> datetime:
    """A wall-clock time on the event's date (this laptop's time zone) as an aware datetime."""
    return shifts.local_time(events.get_event(desk.db, desk.event_id).date, value.toString("HH:mm"))


def today_time(value: QTime) -> datetime:
    """A wall-clock time today (for clock corrections during the night)."""
    local = clock.local(clock.now())
    return local.replace(hour=value.hour(), minute=value.minute(), second=0, microsecond=0)


def on_day(base: datetime, value: QTime, not_before: datetime | None = None) -> datetime:
    """`value` on the local day of `base` (the next day if that would fall before `not_before`)."""
    from datetime import timedelta

    local = clock.local(base).replace(hour=value.hour(), minute=value.minute(), second=0, microsecond=0)
    if not_before is not None and local <= not_before:
        local += timedelta(days=1)
    return local


def _qtime(moment: datetime | None) -> QTime:
    t = clock.local(moment).time() if moment else time(18, 0)
    return QTime(t.hour, t.minute)


translate = QCoreApplication.translate


def confirm_warnings(parent: QWidget, warnings: list[str]) -> bool:
    if not warnings:
        return True
    text = "\n\n".join(in_language(w) for w in warnings) + "\n\n" + translate("ShiftDialogs", "Assign anyway?")
    answer = QMessageBox.question(parent, translate("ShiftDialogs", "Please check"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class AssignDialog(QDialog):
    """Pick a shift for one volunteer; warnings are shown before booking."""

    def __init__(self, desk: Desk, volunteer: VolunteerInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("Assign {name} to a shift").format(name=volunteer.full_name))
        self.desk, self.volunteer = desk, volunteer
        self.assigned = False
        self.filter = QLineEdit(objectName="shiftFilter", placeholderText=self.tr("Filter by station…"))
        self.filter.setAccessibleName(self.tr("Filter shifts by station"))
        self.list = QListWidget(objectName="shiftList")
        self.list.setAccessibleName(self.tr("Shifts"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        mine = {s.id for s in shifts.shifts_of(desk, volunteer.id)}
        for sh in shifts.list_shifts(desk):
            booked = len(sh.assigned_ids)
            short = sh.needed - booked
            text = f"{sh.label}   ·   " + self.tr("{booked} of {needed} booked").format(booked=booked, needed=sh.needed)
            if short > 0:
                text += " — " + self.tr("needs %n more", "", short)
            item = QListWidgetItem(text + ("   " + self.tr("(already on it)") if sh.id in mine else ""))
            item.setData(256, sh.id)
            if short > 0 and sh.id not in mine:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if sh.id in mine:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._filter)
        self.list.itemDoubleClicked.connect(lambda _i: self.assign())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = QPushButton(self.tr("Assign"), objectName="assignConfirmButton")
        ok.setDefault(True)
        buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.assign)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Shifts in <b>bold</b> still need people. {name}'s warnings (double-booking, "
                                        "a minor without a guardian) are shown before booking.")
                                .format(name=volunteer.full_name), wordWrap=True))
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(620, 480)

    def _filter(self, text: str) -> None:
        words = search_words(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not matches_words(item.text(), words))

    def select_shift(self, shift_id) -> None:  # noqa: ANN001
        for i in range(self.list.count()):
            if self.list.item(i).data(256) == shift_id:
                self.list.setCurrentRow(i)

    def assign(self) -> None:
        item = self.list.currentItem()
        if item is None:
            QMessageBox.information(self, self.tr("Pick a shift"), self.tr("Choose the shift first."))
            return
        shift_id = item.data(256)
        try:
            warnings = shifts.assignment_warnings(self.desk, shift_id, self.volunteer.id)
            if not confirm_warnings(self, warnings):
                return
            shifts.assign(self.desk, shift_id, self.volunteer.id, accept_warnings=True)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Not assigned"), exc)
            return
        self.assigned = True
        self.accept()


class AddShiftDialog(FollowsDesk, QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addShiftDialog")
        self.setWindowTitle(self.tr("Add a shift"))
        self.desk = desk
        self.created = None
        event = events.get_event(desk.db, desk.event_id)
        self.station = QComboBox(objectName="shiftStation")
        self.station.setAccessibleName(self.tr("Station"))
        for st in stations.list_stations(desk):
            self.station.addItem(st.name, st.id)
        self.starts = QTimeEdit(QTime.fromString(event.starts_at, "HH:mm"), objectName="shiftStarts")
        self.ends = QTimeEdit(QTime.fromString(event.ends_at, "HH:mm"), objectName="shiftEnds")
        self.starts.setAccessibleName(self.tr("Shift starts at"))
        self.ends.setAccessibleName(self.tr("Shift ends at"))
        self.needed = QSpinBox(objectName="shiftNeeded", minimum=0, maximum=100, value=2)
        self.needed.setAccessibleName(self.tr("Volunteers needed"))
        form = QFormLayout()
        form.addRow(self.tr("&Station:"), self.station)
        form.addRow(self.tr("S&tarts:"), self.starts)
        form.addRow(self.tr("&Ends:"), self.ends)
        form.addRow(self.tr("&Volunteers needed:"), self.needed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.created = attempt(self, self.tr("Shift not added"), lambda: shifts.add_shift(
            self.desk, self.station.currentData(), event_time(self.desk, self.starts.time()),
            event_time(self.desk, self.ends.time()), self.needed.value()))
        if self.created is not None:
            self.accept()


class TimeEntriesDialog(FollowsDesk, QDialog):
    """One volunteer's clock entries; organizers clock in/out at another time or correct an entry (audited)."""

    def __init__(self, desk: Desk, volunteer: VolunteerInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeEntriesDialog")
        self.setWindowTitle(self.tr("Clock times — {name}").format(name=volunteer.full_name))
        self.desk, self.volunteer = desk, volunteer
        self.changed = False
        self.summary = QLabel(objectName="timeEntriesSummary")
        self.list = QListWidget(objectName="timeEntryList")
        self.list.setAccessibleName(self.tr("Time entries"))
        self.in_time = QTimeEdit(objectName="correctIn")
        self.out_time = QTimeEdit(objectName="correctOut")
        self.in_time.setAccessibleName(self.tr("Clock-in time"))
        self.out_time.setAccessibleName(self.tr("Clock-out time"))
        self.reason = QLineEdit(objectName="correctReason",
                                placeholderText=self.tr("Why (e.g. forgot to scan out at 20:00)"))
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        self.clock_in_button = QPushButton(self.tr("Clock in at this time"), objectName="manualClockInButton")
        self.clock_out_button = QPushButton(self.tr("Clock out at this time"), objectName="manualClockOutButton")
        self.correct_button = QPushButton(self.tr("Correct selected entry"), objectName="correctEntryButton")
        self.clock_in_button.clicked.connect(self.manual_in)
        self.clock_out_button.clicked.connect(self.manual_out)
        self.correct_button.clicked.connect(self.correct)
        self.list.currentRowChanged.connect(self._selected)
        times = QHBoxLayout()
        times.addWidget(QLabel(self.tr("In:")))
        times.addWidget(self.in_time)
        times.addWidget(QLabel(self.tr("Out:")))
        times.addWidget(self.out_time)
        times.addWidget(self.reason, 1)
        actions = QHBoxLayout()
        for b in (self.clock_in_button, self.clock_out_button, self.correct_button):
            actions.addWidget(b)
        note = QLabel(self.tr("Times other than now, and corrections, need an organizer (you are asked to sign in if "
                              "the desk has none); each is kept in the audit log."), objectName="timeEntriesNote")
        note.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(times)
        layout.addLayout(actions)
        layout.addWidget(note)
        layout.addWidget(close)
        self.resize(640, 420)
        self.now = QTime.currentTime()
        self.in_time.setTime(self.now)
        self.out_time.setTime(self.now)
        self.refresh()

    def refresh(self) -> None:
        h = volunteer_hours.hours_of(self.desk, self.volunteer.id)
        self.stretches = list(h.stretches)
        self.list.clear()
        for w in self.stretches:
            out = (clock.hhmm(w.clock_out) if w.clock_out
                   else (self.tr("open — needs review") if w.flagged else self.tr("on duty")))
            extra = {"correction": " · " + self.tr("corrected"),
                     "manual": " · " + self.tr("entered by hand")}.get(w.source, "")
            self.list.addItem(f"{w.station_name}: {clock.hhmm(w.clock_in)} → {out}   ({w.hours:.2f} h){extra}"
                              + (f" — {w.reason}" if w.reason else ""))
        if not self.stretches:
            self.list.addItem(self.tr("No clock entries yet — scan the badge, or clock in here."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.summary.setText(self.tr("<b>{name}</b>: {hours} verified hours").format(
            name=self.volunteer.full_name, hours=f"{h.verified_hours:.2f}")
            + (", " + self.tr("{hours} not yet verified").format(hours=f"{h.unverified_hours:.2f}")
               if h.unverified_hours else ""))

    def _selected(self, row: int) -> None:
        if 0 <= row < len(self.stretches):
            w = self.stretches[row]
            self.in_time.setTime(_qtime(w.clock_in))
            self.out_time.setTime(_qtime(w.clock_out or w.counted_until))

    def _run(self, title: str, action) -> None:  # noqa: ANN001
        if attempt(self, title, lambda: action() or True) is None:
            return
        self.changed = True
        self.refresh()

    def _when(self, edit: QTimeEdit) -> datetime | None:
        """None (= now) when the organizer left the box at the time the dialog opened."""
        return None if edit.time() == self.now else today_time(edit.time())

    def manual_in(self) -> None:
        self._run(self.tr("Not clocked in"), lambda: timeclock.clock_in(self.desk, self.volunteer.id,
                                                               self._when(self.in_time), self.reason.text()))

    def manual_out(self) -> None:
        self._run(self.tr("Not clocked out"), lambda: timeclock.clock_out(self.desk, self.volunteer.id,
                                                                 self._when(self.out_time), self.reason.text()))

    def correct(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.stretches):
            QMessageBox.information(self, self.tr("Pick an entry"), self.tr("Choose the entry to correct first."))
            return
        w = self.stretches[row]
        new_in = on_day(w.clock_in, self.in_time.time())
        new_out = on_day(w.clock_in, self.out_time.time(), not_before=new_in)
        self._run(self.tr("Not corrected"), lambda: timeclock.correct(self.desk, w.entry_id, new_in, new_out,
                                                             self.reason.text()))
