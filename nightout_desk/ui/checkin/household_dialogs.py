"""Editing a household, and merging two that are the same family."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

from nightout_desk.models.household import SOURCE_PREREGISTERED, SOURCE_WALK_UP
from nightout_desk.services.checkin import household_codes, households
from nightout_desk.services.checkin.households import HouseholdInfo
from nightout_desk.services.codes import pretty
from nightout_desk.services.context import Desk
from nightout_desk.ui.checkin.walkup_panel import people_box
from nightout_desk.ui.messages import said

translate = QCoreApplication.translate
CODE_KINDS = {  # services/checkin/household_codes.py KIND_LABELS, in the screens' language
    household_codes.EVENTBRITE_BARCODE: QT_TRANSLATE_NOOP("HouseholdCodes", "Eventbrite barcode"),
    household_codes.EVENTBRITE_ATTENDEE: QT_TRANSLATE_NOOP("HouseholdCodes", "Eventbrite attendee #"),
    household_codes.EVENTBRITE_ORDER: QT_TRANSLATE_NOOP("HouseholdCodes", "Eventbrite order #"),
    household_codes.IMPORTED: QT_TRANSLATE_NOOP("HouseholdCodes", "Imported ticket"),
}
SOURCES = {  # a household's source (models/household.py), in the screens' language
    SOURCE_PREREGISTERED: QT_TRANSLATE_NOOP("HouseholdCodes", "pre-registered"),
    SOURCE_WALK_UP: QT_TRANSLATE_NOOP("HouseholdCodes", "walk-up"),
}


def source_label(source: str) -> str:
    return translate("HouseholdCodes", SOURCES[source]) if source in SOURCES else source


def platform_codes_text(codes: tuple[household_codes.PlatformCode, ...]) -> str:
    """'Eventbrite barcode: 7345…, 7345… · Eventbrite order #: 7345128801', one group per kind."""
    groups: dict[str, list[str]] = {}
    for c in codes:
        label = translate("HouseholdCodes", CODE_KINDS[c.kind]) if c.kind in CODE_KINDS else c.label
        groups.setdefault(label, []).append(c.code)
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
        self.setWindowTitle(self.tr("Edit household — {family}").format(family=household.family_name))
        self.setObjectName("householdDialog")
        self.family = QLineEdit(household.family_name, objectName="editFamily")
        self.first_names = QLineEdit(household.first_names, objectName="editFirstNames")
        self.phone = QLineEdit(household.phone, objectName="editPhone")
        self.email = QLineEdit(household.email, objectName="editEmail")
        self.zip_code = QLineEdit(household.zip_code, objectName="editZip")
        self.neighbourhood = QComboBox(objectName="editNeighbourhood", editable=True)
        self.neighbourhood.addItems(places)
        self.neighbourhood.setCurrentText(household.neighbourhood)
        self.adults = people_box("editAdults", self.tr("Adults expected"), household.adults_expected)
        self.kids = people_box("editKids", self.tr("Kids expected"), household.kids_expected)
        self.notes = QPlainTextEdit(household.notes, objectName="editNotes")
        self.notes.setMaximumHeight(80)
        self.consent = QCheckBox(self.tr("May be contacted about future events"), objectName="editConsent")
        self.consent.setChecked(household.consent_to_contact)
        form = QFormLayout()
        for label, widget, name in ((self.tr("&Family name:"), self.family, self.tr("Family name")),
                                    (self.tr("First &names:"), self.first_names, self.tr("First names")),
                                    (self.tr("&Phone:"), self.phone, self.tr("Phone")),
                                    (self.tr("&Email:"), self.email, self.tr("Email")),
                                    (self.tr("&ZIP:"), self.zip_code, self.tr("ZIP code")),
                                    (self.tr("Neigh&bourhood:"), self.neighbourhood, self.tr("Neighbourhood")),
                                    (self.tr("A&dults expected:"), self.adults, self.tr("Adults expected")),
                                    (self.tr("&Kids expected:"), self.kids, self.tr("Kids expected")),
                                    (self.tr("N&otes:"), self.notes, self.tr("Notes"))):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow("", self.consent)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Ticket {code} · {source}").format(code=pretty(household.ticket_code),
                                                                            source=source_label(household.source))))
        platform = platform_codes_text(household_codes.codes(desk, household.id))
        if platform:  # the registration platform's tickets that also find this family (Eventbrite's, ...)
            codes = QLabel(platform, objectName="householdPlatformCodes", wordWrap=True)
            codes.setAccessibleName(self.tr("Registration platform's ticket codes"))
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
            self.error.setText(said(exc))
            return
        super().accept()


def _describe(h: HouseholdInfo) -> str:
    parts = [h.display_name, pretty(h.ticket_code), h.phone, h.email, h.zip_code, h.neighbourhood,
             source_label(h.source),
             translate("MergeDialog", "checked in") if h.arrival else translate("MergeDialog", "not checked in")]
    return " · ".join(p for p in parts if p)


class MergeDialog(QDialog):
    """Two households that are one family: choose the one to keep; the other is folded into it, history kept."""

    def __init__(self, desk: Desk, a: HouseholdInfo, b: HouseholdInfo, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.desk = desk
        self.pair = (a, b)
        self.kept: HouseholdInfo | None = None
        self.setWindowTitle(self.tr("Merge duplicate households"))
        self.setObjectName("mergeDialog")
        keep = self.tr("Keep {household}")
        self.keep_a = QRadioButton(keep.format(household=_describe(a)), objectName="mergeKeepFirst")
        self.keep_b = QRadioButton(keep.format(household=_describe(b)), objectName="mergeKeepSecond")
        preferred_a = a.source != "walk-up" or b.source == "walk-up"  # keep the registration by default
        (self.keep_a if preferred_a else self.keep_b).setChecked(True)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The other household is folded into the one you keep: its empty fields are "
                                        "filled in, its ticket still works, and its check-in history is kept. If both "
                                        "were checked in, the family is counted once.")))
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
            self.error.setText(said(exc))
            return
        super().accept()
