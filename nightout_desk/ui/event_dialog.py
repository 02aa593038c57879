"""The event's details: created on first run, edited later by an organizer (name, date, park, town, neighbourhoods,
the printouts' language)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from nightout_desk.db import Database
from nightout_desk.services import events, operators, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.events import EventInfo
from nightout_desk.services.wording import language
from nightout_desk.ui import language as screens
from nightout_desk.ui.messages import said


def first_tuesday_of_august(year: int) -> dt.date:
    day = dt.date(year, 8, 1)
    return day + dt.timedelta(days=(1 - day.weekday()) % 7)


def parse_neighbourhoods(text: str) -> list[tuple[str, str]]:
    """Lines like 'Old Town: 12345 12346' -> [('Old Town', '12345 12346')]; a line without ':' has no ZIPs."""
    items = []
    for line in text.splitlines():
        name, _, zips = line.partition(":")
        if name.strip():
            items.append((name.strip(), " ".join(zips.replace(",", " ").split())))
    return items


def format_neighbourhoods(items: list[events.NeighbourhoodInfo]) -> str:
    return "\n".join(f"{n.name}: {' '.join(n.zip_codes)}" if n.zip_codes else n.name for n in items)


class EventDialog(QDialog):
    """With `desk` None it creates the first event; with a desk it edits that desk's event, or with `new` creates
    the next one (File › New event…: town and times as the desk's event, the rest typed)."""

    def __init__(self, db: Database, desk: Desk | None = None, parent=None, *, new: bool = False) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.desk = desk
        self.new = new and desk is not None
        self.created_event: EventInfo | None = None
        self.admin = ""  # the set-up's lieutenant, once made
        self.setWindowTitle(self.tr("New event") if self.new else self.tr("Event settings") if desk else
                            self.tr("Set up your National Night Out"))
        self.setObjectName("newEventDialog" if self.new else "eventDialog")
        today = dt.date.today()
        year = today.year if today <= dt.date(today.year, 8, 31) else today.year + 1
        self.name = QLineEdit(objectName="eventName",
                              placeholderText=self.tr("e.g. Riverside National Night Out {year}").format(year=year))
        self.date = QDateEdit(objectName="eventDate", calendarPopup=True)
        if screens.screens_language() == "es":  # weekday and month in the screens' language, not the system's
            self.date.setLocale(QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates))
        self.date.setDisplayFormat(self.tr("dddd, MMMM d, yyyy"))
        self.date.setDate(QDate(first_tuesday_of_august(year)))
        self.place = QLineEdit(objectName="eventPlace", placeholderText=self.tr("e.g. Riverside Park"))
        self.town = QLineEdit(objectName="eventTown", placeholderText=self.tr("e.g. Riverside"))
        self.starts = QLineEdit("17:00", objectName="eventStarts")
        self.ends = QLineEdit("21:00", objectName="eventEnds")
        self.hoods = QPlainTextEdit(objectName="eventNeighbourhoods")
        self.hoods.setPlaceholderText(self.tr("One per line, with ZIP codes after a colon:\n"
                                              "Old Town: 12345\nMill Creek: 12346 12347"))
        self.language = QComboBox(objectName="eventLanguage")  # the printouts', not the screens' (Qt's own)
        for code, label in ((language.ENGLISH, "English"), (language.SPANISH, "Español")):  # each in its own language
            self.language.addItem(label, code)
        self.language.setToolTip(self.tr("Tickets, badges, receipts, letters, waivers and the report print in this "
                                         "language; an organizer's choice."))
        self.saved_language = language.ENGLISH if desk is None or self.new else language.desk_language(desk)
        self.language.setCurrentIndex(self.language.findData(self.saved_language))
        if desk is not None and not permissions.may(desk, "event.edit"):
            self.language.setEnabled(False)
            self.language.setToolTip(self.tr("Only an organizer chooses the printouts' language."))
        for w, name in ((self.name, self.tr("Event name")), (self.date, self.tr("Date")),
                        (self.place, self.tr("Park or place")), (self.town, self.tr("Town")),
                        (self.starts, self.tr("Starts at")), (self.ends, self.tr("Ends at")),
                        (self.hoods, self.tr("Neighbourhoods")), (self.language, self.tr("Printouts in"))):
            w.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("Event &name:"), self.name)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Park or place:"), self.place)
        form.addRow(self.tr("&Town:"), self.town)
        form.addRow(self.tr("&Starts at:"), self.starts)
        form.addRow(self.tr("&Ends at:"), self.ends)
        form.addRow(self.tr("Neigh&bourhoods:"), self.hoods)
        form.addRow(self.tr("P&rintouts in:"), self.language)
        self.error = QLabel(objectName="eventError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if self.new:
            current = events.get_event(db, desk.event_id)
            self.town.setText("" if current.is_demo else current.town)
            self.starts.setText(current.starts_at)
            self.ends.setText(current.ends_at)
        elif desk is not None:
            self._fill(events.get_event(db, desk.event_id), events.neighbourhoods(desk))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if desk and not self.new else self.tr("Create the event"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            self.tr("The next night gets the default stations and the department's organizer and lieutenant "
                    "accounts; this laptop then opens it. Its name must differ from every other event's.") if self.new
            else self.tr("The town's neighbourhoods are offered at the walk-up form and group the report.") if desk
            else self.tr("<b>Welcome!</b> Tell us about your night. You can change all of this later."),
            wordWrap=True))
        layout.addLayout(form)
        self.admin_name = self.admin_pin = self.admin_again = None
        if desk is None:  # the set-up: the first account, a lieutenant / admin who adds the other organizers
            self.admin_name = QLineEdit(objectName="setupName", placeholderText=self.tr("Your first and last name"))
            self.admin_pin = QLineEdit(objectName="setupPin", echoMode=QLineEdit.EchoMode.Password,
                                       placeholderText=self.tr("{digits}+ digits, or {characters}+ characters").format(
                                           digits=operators.MIN_DIGITS, characters=operators.MIN_CHARACTERS))
            self.admin_again = QLineEdit(objectName="setupPinAgain", echoMode=QLineEdit.EchoMode.Password)
            for w, name in ((self.admin_name, self.tr("Your name")), (self.admin_pin, self.tr("Your PIN")),
                            (self.admin_again, self.tr("Your PIN again"))):
                w.setAccessibleName(name)
            admin = QFormLayout()
            admin.addRow(self.tr("Your na&me:"), self.admin_name)
            admin.addRow(self.tr("Your P&IN:"), self.admin_pin)
            admin.addRow(self.tr("PIN a&gain:"), self.admin_again)
            layout.addWidget(QLabel(self.tr("<b>You are the lieutenant / admin</b> of this laptop's events: you add "
                                            "the other organizers and lieutenants (Settings › Operators…). Volunteers "
                                            "need no PIN."), wordWrap=True))
            layout.addLayout(admin)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _fill(self, e: EventInfo, hoods: list[events.NeighbourhoodInfo]) -> None:
        self.name.setText(e.name)
        self.date.setDate(QDate(e.date))
        self.place.setText(e.place)
        self.town.setText(e.town)
        self.starts.setText(e.starts_at)
        self.ends.setText(e.ends_at)
        self.hoods.setPlainText(format_neighbourhoods(hoods))

    def accept(self) -> None:
        try:
            if self.new:
                self.created_event = events.new_event(
                    self.desk, name=self.name.text(), on=self.date.date().toPython(), place=self.place.text(),
                    town=self.town.text(), starts_at=self.starts.text(), ends_at=self.ends.text(),
                    neighbourhoods=parse_neighbourhoods(self.hoods.toPlainText()))
                self._save_language(replace(self.desk, event_id=self.created_event.id))
                super().accept()
                return
            if self.desk is not None:
                events.update_event(self.desk, name=self.name.text().strip(), date=self.date.date().toPython(),
                                    place=self.place.text().strip(), town=self.town.text().strip(),
                                    starts_at=self.starts.text(), ends_at=self.ends.text())
                events.set_neighbourhoods(self.desk, parse_neighbourhoods(self.hoods.toPlainText()))
                self._save_language(self.desk)
                super().accept()
                return
            admin, pin = " ".join(self.admin_name.text().split()), self.admin_pin.text()
            if not admin:
                raise InvalidInput(self.tr("Type your name: you are the first lieutenant / admin."))
            if pin != self.admin_again.text():
                raise InvalidInput(self.tr("The two PINs are not the same; type them again."))
            operators.check_pin_rules(pin)
            self.created_event = events.create_event(
                self.db, name=self.name.text(), on=self.date.date().toPython(), place=self.place.text(),
                town=self.town.text(), starts_at=self.starts.text(), ends_at=self.ends.text(),
                neighbourhoods=parse_neighbourhoods(self.hoods.toPlainText()), operator=admin)
            operators.add(Desk(self.db, self.created_event.id, admin, "volunteer"), admin, "lieutenant", pin)
            self.admin = admin
            self._save_language(Desk(self.db, self.created_event.id, admin, "lieutenant"))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(said(exc))
            return
        super().accept()

    def _save_language(self, desk: Desk) -> None:
        """The printouts' language, saved (and audited) only when it changed."""
        chosen = self.language.currentData()
        if chosen != self.saved_language:
            language.set_language(desk, chosen)
            self.saved_language = chosen
