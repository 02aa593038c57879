"""Hours: per volunteer and per organization, verified vs not yet verified, entries left open flagged."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.printing import hours_letters as letters_pdf
from nightout_desk.printing.progress import Cancelled, Progress
from nightout_desk.services.volunteers import hours as volunteer_hours
from nightout_desk.services.volunteers import hours_letters
from nightout_desk.ui.pdf_job import make_pdf
from nightout_desk.ui.print_preview import PrintPreviewDialog
from nightout_desk.ui.sign_in import attempt
from nightout_desk.ui.state import AppState
from nightout_desk.ui.volunteers.table_models import OrganizationHoursModel, VolunteerHoursModel, hours


def _table(name: str, accessible: str, model) -> QTableView:  # noqa: ANN001
    view = QTableView(objectName=name)
    view.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class HoursPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.summary = QLabel(objectName="hoursSummary", wordWrap=True)
        self.people_model = VolunteerHoursModel(self)
        self.org_model = OrganizationHoursModel(self)
        self.people = _table("hoursTable", self.tr("Hours per volunteer"), self.people_model)
        self.orgs = _table("orgHoursTable", self.tr("Hours per organization"), self.org_model)
        self.letters_button = QPushButton(self.tr("Service-hours letters…"), objectName="hoursLettersButton")
        self.letters_button.setAccessibleName(self.tr("Preview and print service-hours letters"))
        self.letters_button.setToolTip(self.tr("The selected volunteer's letter, or with nobody selected, one letter "
                                               "for everyone with verified hours"))
        self.letters_button.clicked.connect(self.print_letters)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.people)
        split.addWidget(self.orgs)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 3)
        self.orgs.horizontalHeader().setStretchLastSection(False)
        self.orgs.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        bottom = QHBoxLayout()
        note = QLabel(self.tr("Verified = clocked in and out, or entered/corrected by an organizer. An entry left "
                              "open after its shift counts only once an organizer reviews it."), wordWrap=True)
        bottom.addWidget(note, 1)
        bottom.addWidget(self.letters_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        people = volunteer_hours.hours_by_volunteer(self.state.desk)
        self.people_model.set_rows(people)
        self.org_model.set_rows(volunteer_hours.hours_by_organization(self.state.desk))
        verified = sum(h.verified_hours for h in people)
        flagged = sum(h.flagged for h in people)
        worked = sum(1 for h in people if h.verified_hours)
        text = self.tr("<b>{hours}</b> verified hours from %n volunteers; {on_site} on site now.", "", worked).format(
            hours=hours(verified), on_site=sum(1 for h in people if h.on_site))
        if flagged:
            text += " " + self.tr("<b style='color:#8a5a00'>⚠ %n entries left open need review</b> (Clock times… on "
                                  "the roster).", "", flagged)
        self.summary.setText(text)

    def selected_code(self) -> str | None:
        """The badge code of the volunteer selected in the hours table (their letter alone), else None (everyone)."""
        rows = self.people.selectionModel().selectedRows() if self.people.selectionModel() else []
        h = self.people_model.row(rows[0].row()) if rows else None
        if h is None:
            return None
        from nightout_desk.services.volunteers import roster as volunteers

        return volunteers.get(self.state.desk, h.volunteer_id).badge_code

    def print_letters(self) -> None:
        code = self.selected_code()
        folder = Path(tempfile.mkdtemp(prefix="nightout-letters-"))
        path = folder / "service-hours-letters.pdf"

        def make() -> int | None:  # reads the desk when it runs: after a sign-in, the organizer's
            desk = self.state.desk

            def work(progress: Progress, cancelled: Cancelled) -> int:  # off the GUI thread
                found = hours_letters.letters(desk, volunteer_code=code)
                letters_pdf.render(found, path, progress, cancelled)
                return len(found)

            return make_pdf(self, self.tr("Service-hours letters"), work, self.tr("Writing the letters…"))

        count = attempt(self, self.tr("Letters not made"), make, self.state)
        if count is None:
            shutil.rmtree(folder, ignore_errors=True)
            return
        title = self.tr("Service-hours letters ({count})").format(count=count)
        PrintPreviewDialog(path, title, self, settings=self.state.settings,
                           suggested_name=path.name).exec()
