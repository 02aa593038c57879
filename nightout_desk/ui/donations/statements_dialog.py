"""Donations › Year statements…: choose a year and donors, preview every gift of the year across events, print."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nightout_desk import clock
from nightout_desk.printing.statements import write_statements
from nightout_desk.services.donations import donor_identity, statements
from nightout_desk.services.donations.statements import GiverInfo
from nightout_desk.services.money import format_money
from nightout_desk.ui.messages import show_error
from nightout_desk.ui.pdf_job import make_pdf
from nightout_desk.ui.print_preview import PrintPreviewDialog
from nightout_desk.ui.sign_in import attempt
from nightout_desk.ui.state import AppState


class YearStatementsDialog(QDialog):
    """Opened by an organizer (the tab asks to sign in first); every service call checks again."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("yearStatementsDialog")
        self.setWindowTitle(self.tr("Year statements"))
        self.resize(640, 480)
        self.preview: PrintPreviewDialog | None = None  # the last preview shown (tests look at it)
        years = statements.years(state.desk)
        self.year = QSpinBox(objectName="statementsYear", minimum=1990, maximum=2100)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setValue(years[0] if years else clock.local(clock.now()).year)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.donors = QListWidget(objectName="statementsDonors")
        self.donors.setAccessibleName(self.tr("Donors who gave in the year"))
        self.donors.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # a donor of several events is a long line: wrapped, never cut off behind a sideways scroll bar
        self.donors.setWordWrap(True)
        self.donors.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.donors.setResizeMode(QListView.ResizeMode.Adjust)
        self.donors.itemSelectionChanged.connect(self._say_which)
        self.which = QLabel(objectName="statementsWhich", wordWrap=True)
        self.preview_button = QPushButton(self.tr("Preview…"), objectName="previewStatementsButton")
        self.preview_button.setAccessibleName(self.tr("Preview the year statements"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview_statements)
        self.same_button = QPushButton(self.tr("Same donor…"), objectName="sameDonorButton")
        self.same_button.setAccessibleName(self.tr("Say that the two selected donors are the same giver"))
        self.same_button.clicked.connect(self.same_donor)
        self.apart_button = QPushButton(self.tr("Not the same donor…"), objectName="notSameDonorButton")
        self.apart_button.setAccessibleName(self.tr("Say that the selected entry is different people at different "
                                                    "events"))
        self.apart_button.clicked.connect(self.not_same_donor)
        close = QPushButton(self.tr("Close"), objectName="closeStatementsButton")
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        label = QLabel(self.tr("Calendar &year:"))
        label.setBuddy(self.year)
        top.addWidget(label)
        top.addWidget(self.year)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.apart_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Each statement lists every gift of the year, at every event, with what was "
                                        "given back. Donors are matched across events by name and email."),
                                wordWrap=True))
        layout.addWidget(self.donors, 1)
        layout.addWidget(self.which)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.donors.clear()
        try:
            found = statements.givers(self.state.desk, self.year.value())
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            show_error(self, self.tr("Year statements"), exc)
            found = []
        for g in found:
            item = QListWidgetItem(self.label(g))
            item.setData(Qt.ItemDataRole.UserRole, g)
            self.donors.addItem(item)
        self._say_which()

    def label(self, g: GiverInfo) -> str:
        """GiverInfo.label in the screens' language: "Pat Lee — 2 gifts, $40.00 (Night Out 2026)"."""
        gifts = self.tr("%n gifts", "", g.gifts)
        if g.money_cents:
            gifts = self.tr("{gifts}, {money}").format(gifts=gifts, money=format_money(g.money_cents))
        return self.tr("{name} — {gifts} ({events})").format(name=g.name, gifts=gifts, events=", ".join(g.events))

    def chosen(self) -> list[GiverInfo]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.donors.selectedItems()]

    def _say_which(self) -> None:
        n, year = len(self.chosen()), self.year.value()
        everyone = self.donors.count()
        if not everyone:
            self.which.setText(self.tr("No gifts were received in {year}.").format(year=year))
        elif n:
            self.which.setText(self.tr("Preview shows the selected donor's statement.") if n == 1 else
                               self.tr("Preview shows the {n} selected donors' statements. Two entries of one giver? "
                                       "Same donor… puts them on one statement.").format(n=n))
        else:
            self.which.setText(self.tr("Nobody selected: Preview shows the statements of all %n donors who gave in "
                                       "{year} (Ctrl+click to choose).", "", everyone).format(year=year))
        self.preview_button.setEnabled(everyone > 0)
        self.same_button.setEnabled(n == 2)
        self.apart_button.setEnabled(n == 1 and len(self.chosen()[0].donor_ids) > 1)

    def preview_statements(self) -> None:
        desk, year = self.state.desk, self.year.value()
        keys: list[uuid.UUID] | None = [g.key for g in self.chosen()] or None
        pdf = Path(tempfile.mkdtemp(prefix="nightout-print-")) / f"statements-{year}.pdf"

        def work(progress, cancelled):  # noqa: ANN001, ANN202 - off the GUI thread: plain values only
            made = statements.year_statements(desk, year, keys)
            return made, write_statements(made, pdf, progress, cancelled)

        try:
            done = make_pdf(self, self.tr("Year statements"), work, self.tr("Writing the statements…"))
        except Exception as exc:  # noqa: BLE001 - said in words; the log has the detail
            show_error(self, self.tr("Year statements"), exc)
            return
        if done is None:  # cancelled
            return
        made, path = done
        title = (f"{made[0].donor_name}: {year}" if len(made) == 1 else
                 self.tr("%n year statements, {year}", "", len(made)).format(year=year))
        self.preview = PrintPreviewDialog(path, title, self, settings=self.state.settings, suggested_name=pdf.name)
        self.preview.setObjectName("statementPreview")
        self.preview.exec()
        if self.preview.printed or self.preview.saved_to is not None:
            attempt(self, self.tr("Year statements"), lambda: statements.record_printed(desk, made), self.state)

    def same_donor(self) -> None:
        chosen = self.chosen()
        if len(chosen) != 2:
            return
        keep, other = chosen
        answer = QMessageBox.question(self, self.tr("Same donor"), self.tr(
            "Are “{one}” ({one_events}) and “{other}” ({other_events}) the same giver? Their gifts then go on one "
            "statement.").format(one=keep.name, one_events=", ".join(keep.events), other=other.name,
                                 other_events=", ".join(other.events)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if attempt(self, self.tr("Same donor"), lambda: donor_identity.link_givers(self.state.desk, other.donor_ids,
                                                                          keep.donor_ids) or True, self.state):
            self.refresh()

    def not_same_donor(self) -> None:
        """Two different people of one name (two Pat Lees, or a donor whose email was removed by the privacy purge):
        each event's donor gets a statement of its own."""
        chosen = self.chosen()
        if len(chosen) != 1 or len(chosen[0].donor_ids) < 2:
            return
        giver = chosen[0]
        answer = QMessageBox.question(self, self.tr("Not the same donor"), self.tr(
            "“{name}” is matched across {events} by name and email. Are they different people? Each event's donor "
            "then gets a statement of its own.").format(name=giver.name, events=", ".join(giver.events)))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def keep_apart() -> bool:
            for donor_id in giver.donor_ids[1:]:
                donor_identity.keep_apart(self.state.desk, donor_id)
            return True

        if attempt(self, self.tr("Not the same donor"), keep_apart, self.state):
            self.refresh()
