"""Add or edit a donor: a person or a business, with a warning when the same donor seems to be on file already."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.services.donations import donors
from nightout_desk.services.donations.donors import BUSINESS, PERSON, DonorInfo
from nightout_desk.ui.messages import said
from nightout_desk.ui.sign_in import FollowsDesk, with_sign_in


class DonorDialog(FollowsDesk, QDialog):
    def __init__(self, desk, donor: DonorInfo | None = None, parent: QWidget | None = None,  # noqa: ANN001
                 name: str = "") -> None:
        super().__init__(parent)
        self.desk, self.donor, self.saved = desk, donor, None
        self.setObjectName("donorDialog")
        self.setWindowTitle(self.tr("Edit donor") if donor else self.tr("New donor"))
        self.person = QRadioButton(self.tr("A &person"), objectName="donorPerson")
        self.business = QRadioButton(self.tr("A &business or group"), objectName="donorBusiness")
        group = QButtonGroup(self)
        group.addButton(self.person)
        group.addButton(self.business)
        kinds = QHBoxLayout()
        kinds.addWidget(self.person)
        kinds.addWidget(self.business)
        kinds.addStretch(1)
        self.name = QLineEdit(objectName="donorName")
        self.name.setAccessibleName(self.tr("Donor's name"))
        self.contact = QLineEdit(objectName="donorContact", placeholderText=self.tr("the person at the business"))
        self.contact.setAccessibleName(self.tr("Contact person"))
        self.address = QPlainTextEdit(objectName="donorAddress")
        self.address.setAccessibleName(self.tr("Postal address"))
        self.address.setPlaceholderText(self.tr("12 Main St\nRiverside, NY 12345"))
        self.address.setFixedHeight(72)
        self.phone = QLineEdit(objectName="donorPhone")
        self.phone.setAccessibleName(self.tr("Phone"))
        self.email = QLineEdit(objectName="donorEmail")
        self.email.setAccessibleName(self.tr("Email"))
        self.notes = QLineEdit(objectName="donorNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.duplicates = QLabel(objectName="donorDuplicates", wordWrap=True)
        self.duplicates.setStyleSheet("color: #8a5a00")
        self.duplicates.hide()
        self.problem = QLabel(objectName="donorProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #a00000")

        form = QFormLayout()
        form.addRow(self.tr("Who:"), kinds)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Contact person:"), self.contact)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("N&otes:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveDonorButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        d = donor
        (self.business if d and d.is_business else self.person).setChecked(True)
        if d:
            self.name.setText(d.name)
            self.contact.setText(d.contact_name)
            self.address.setPlainText(d.address)
            self.phone.setText(d.phone)
            self.email.setText(d.email)
            self.notes.setText(d.notes)
        else:
            self.name.setText(name)
        self._timer = QTimer(self, singleShot=True, interval=300, timeout=self._check_duplicates)
        for edit in (self.name, self.email, self.phone):
            edit.textEdited.connect(lambda _t: self._timer.start())
        self.business.toggled.connect(self._kind_changed)
        self._kind_changed()
        self.resize(480, 0)

    def _kind_changed(self) -> None:
        self.contact.setEnabled(self.business.isChecked())

    def _check_duplicates(self) -> None:
        if self.donor is not None:
            return
        try:
            found = donors.possible_duplicates(self.desk, self.name.text(), self.email.text(), self.phone.text())
        except Exception:  # noqa: BLE001 - only a hint
            return
        self.duplicates.setVisible(bool(found))
        if found:
            names = ", ".join(self.tr("“{name}” ({gifts})").format(name=d.name, gifts=self.tr("%n gifts", "", d.gifts))
                              for d in found[:3])
            self.duplicates.setText(self.tr("⚠ Already on file: {names}. Cancel and pick them in the list instead of "
                                            "adding them twice.").format(names=names))

    def values(self) -> dict:
        return {"kind": BUSINESS if self.business.isChecked() else PERSON, "name": self.name.text(),
                "contact_name": self.contact.text() if self.business.isChecked() else "",
                "address": self.address.toPlainText(), "phone": self.phone.text(), "email": self.email.text(),
                "notes": self.notes.text()}

    def save(self) -> None:
        try:
            if self.donor is None:
                self.saved = donors.add_donor(self.desk, **self.values())
            else:
                self.saved = with_sign_in(self, self.tr("Edit donor"), lambda: donors.update(
                    self.desk, self.donor.id, **self.values()))
        except Exception as exc:  # noqa: BLE001
            self.problem.setText(said(exc))
            return
        self.accept()
