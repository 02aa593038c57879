"""Editing a household, and merging two that are the same family."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from nightout_desk.services.checkin import household_codes, households
from nightout_desk.services.checkin.households import HouseholdInfo
from nightout_desk.services.codes import pretty
from nightout_desk.services.context import Desk
from nightout_desk.ui.checkin.walkup_panel import people_box
from nightout_desk.ui.messages import explain


def platform_codes_text(codes: tuple[household_codes.PlatformCode, ...]) -> str:
    """'Eventbrite barcode: 7345…, 7345… · Eventbrite order #: 7345128801', one group per kind."""
    groups: dict[str, list[str]] = {}
    for c in codes:
        groups.setdefault(c.label, []).append(c.code)
    return " · ".join(f"{label}: {', '.join(found)}" for label, found in groups.items())


def _error_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setStyleSheet("color: #b00020; font-weight: bold")
    return label


class HouseholdDialog(QDialog):
    """Edit the details of one household; every change lands in the audit log with before and after."""

    def __init__(self, desk: Desk, household: HouseholdInfo, places: list[str], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.desk = desk
        self.household = household
        self.setWindowTitle(f"Edit household — {household.family_name}")
        self.setObjectName("householdDialog")
        self.family = QLineEdit(household.family_name, objectName="editFamily")
        self.first_names = QLineEdit(household.first_names, objectName="editFirstNames")
        self.phone = QLineEdit(household.phone, objectName="editPhone")
        self.email = QLineEdit(household.email, objectName="editEmail")
        self.zip_code = QLineEdit(household.zip_code, objectName="editZip")
        self.neighbourhood = QComboBox(objectName="editNeighbourhood", editable=True)
        self.neighbourhood.addItems(places)
        self.neighbourhood.setCurrentText(household.neighbourhood)
        self.adults = people_box("editAdults", "Adults expected", household.adults_expected)
        self.kids = people_box("editKids", "Kids expected", household.kids_expected)
        self.notes = QPlainTextEdit(household.notes, objectName="editNotes")
        self.notes.setMaximumHeight(80)
        self.consent = QCheckBox("May be contacted about future events", objectName="editConsent")
        self.consent.setChecked(household.consent_to_contact)
        form = QFormLayout()
        for label, widget, name in (("&Family name:", self.family, "Family name"),
                                    ("First &names:", self.first_names, "First names"),
                                    ("&Phone:", self.phone, "Phone"), ("&Email:", self.email, "Email"),
                                    ("&ZIP:", self.zip_code, "ZIP code"),
                                    ("Neigh&bourhood:", self.neighbourhood, "Neighbourhood"),
                                    ("A&dults expected:", self.adults, "Adults expected"),
                                    ("&Kids expected:", self.kids, "Kids expected"), ("N&otes:", self.notes, "Notes")):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow("", self.consent)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Ticket {pretty(household.ticket_code)} · {household.source}"))
        platform = platform_codes_text(household_codes.codes(desk, household.id))
        if platform:  # the registration platform's tickets that also find this family (Eventbrite's, ...)
            codes = QLabel(platform, objectName="householdPlatformCodes", wordWrap=True)
            codes.setAccessibleName("Registration platform's ticket codes")
            codes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(codes)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.household = households.update(
                self.desk, self.household.id, family_name=self.family.text(), first_names=self.first_names.text(),
                phone=self.phone.text(), email=self.email.text(), zip_code=self.zip_code.text(),
                neighbourhood=self.neighbourhood.currentText(), adults_expected=self.adults.value(),
                kids_expected=self.kids.value(), notes=self.notes.toPlainText(),
                consent_to_contact=self.consent.isChecked())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(explain(exc))
            return
        super().accept()


def _describe(h: HouseholdInfo) -> str:
    parts = [h.display_name, pretty(h.ticket_code), h.phone, h.email, h.zip_code, h.neighbourhood, h.source,
             "checked in" if h.arrival else "not checked in"]
    return " · ".join(p for p in parts if p)


class MergeDialog(QDialog):
    """Two households that are one family: choose the one to keep; the other is folded into it, history kept."""

    def __init__(self, desk: Desk, a: HouseholdInfo, b: HouseholdInfo, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.desk = desk
        self.pair = (a, b)
        self.kept: HouseholdInfo | None = None
        self.setWindowTitle("Merge duplicate households")
        self.setObjectName("mergeDialog")
        self.keep_a = QRadioButton(f"Keep {_describe(a)}", objectName="mergeKeepFirst")
        self.keep_b = QRadioButton(f"Keep {_describe(b)}", objectName="mergeKeepSecond")
        preferred_a = a.source != "walk-up" or b.source == "walk-up"  # keep the registration by default
        (self.keep_a if preferred_a else self.keep_b).setChecked(True)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Merge")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("The other household is folded into the one you keep: its empty fields are filled in, "
                                "its ticket still works, and its check-in history is kept. If both were checked in, "
                                "the family is counted once."))
        layout.addWidget(self.keep_a)
        layout.addWidget(self.keep_b)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        a, b = self.pair
        keep, dup = (a, b) if self.keep_a.isChecked() else (b, a)
        try:
            self.kept = households.merge(self.desk, keep.id, dup.id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(explain(exc))
            return
        super().accept()
