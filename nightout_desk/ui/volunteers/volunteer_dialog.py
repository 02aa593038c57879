"""Add or edit a volunteer: contact, organization, role, T-shirt, a minor's guardian, the private emergency contact."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.services.context import Desk
from nightout_desk.services.volunteers import roster as volunteers
from nightout_desk.services.volunteers.roster import ROLE_LABELS, TSHIRT_SIZES, VolunteerInfo
from nightout_desk.ui.sign_in import FollowsDesk, allowed, attempt
from nightout_desk.ui.volunteers.table_models import ROLES, translate


def _edit(name: str, accessible: str, text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text, objectName=name, placeholderText=placeholder)
    edit.setAccessibleName(accessible)
    return edit


class VolunteerDialog(FollowsDesk, QDialog):
    """`saved` holds the VolunteerInfo after OK."""

    def __init__(self, desk: Desk, volunteer: VolunteerInfo | None = None, organizations: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerDialog")
        self.setWindowTitle(self.tr("Edit volunteer") if volunteer else self.tr("Add a volunteer"))
        self.desk = desk
        self.volunteer = volunteer
        self.saved: VolunteerInfo | None = None
        v = volunteer
        self.first = _edit("volunteerFirstName", self.tr("First name"), v.first_name if v else "")
        self.last = _edit("volunteerLastName", self.tr("Last name"), v.last_name if v else "")
        self.phone = _edit("volunteerPhone", self.tr("Phone"), v.phone if v else "")
        self.email = _edit("volunteerEmail", self.tr("Email"), v.email if v else "")
        self.organization = QComboBox(objectName="volunteerOrganization", editable=True)
        self.organization.setAccessibleName(self.tr("Organization"))
        self.organization.addItems([""] + (organizations or []))
        self.organization.setCurrentText(v.organization if v else "")
        self.organization.lineEdit().setPlaceholderText(
            self.tr("Police department, Explorer post, Rotary, a business…"))
        self.role = QComboBox(objectName="volunteerRole")
        self.role.setAccessibleName(self.tr("Role"))
        for key in ROLE_LABELS:
            self.role.addItem(translate("VolunteerRoles", ROLES[key]) if key in ROLES else ROLE_LABELS[key], key)
        self.role.setCurrentIndex(max(0, self.role.findData(v.role if v else "civilian")))
        self.tshirt = QComboBox(objectName="volunteerTshirt")
        self.tshirt.setAccessibleName(self.tr("T-shirt size"))
        self.tshirt.addItems(list(TSHIRT_SIZES))
        self.tshirt.setCurrentText(v.tshirt_size if v else "")
        self.notes = QPlainTextEdit(v.notes if v else "", objectName="volunteerNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(56)

        self.minor = QCheckBox(self.tr("Under 18"), objectName="volunteerMinor")
        self.minor.setChecked(bool(v and v.is_minor))
        self.birth_year = _edit("volunteerBirthYear", self.tr("Birth year"),
                                str(v.birth_year) if v and v.birth_year else "", self.tr("e.g. 2011"))
        self.birth_year.setMaximumWidth(90)
        self.guardian_name = _edit("guardianName", self.tr("Guardian's name"), v.guardian_name if v else "")
        self.guardian_phone = _edit("guardianPhone", self.tr("Guardian's phone"), v.guardian_phone if v else "")
        minor_row = QHBoxLayout()
        minor_row.addWidget(self.minor)
        minor_row.addWidget(QLabel(self.tr("Birth year:")))
        minor_row.addWidget(self.birth_year)
        minor_row.addStretch(1)
        minors = QGroupBox(self.tr("Minors"))
        mform = QFormLayout(minors)
        mform.addRow(minor_row)
        mform.addRow(self.tr("Guardian's name:"), self.guardian_name)
        mform.addRow(self.tr("Guardian's phone:"), self.guardian_phone)

        private = volunteers.can_see_private(desk)
        self.emergency_name = _edit("emergencyName", self.tr("Emergency contact's name"), v.emergency_name if v else "")
        self.emergency_phone = _edit("emergencyPhone", self.tr("Emergency contact's phone"),
                                     v.emergency_phone if v else "")
        emergency = QGroupBox(self.tr("Emergency contact (organizers and lieutenants only)"))
        eform = QFormLayout(emergency)
        eform.addRow(self.tr("Name:"), self.emergency_name)
        eform.addRow(self.tr("Phone:"), self.emergency_phone)
        self.emergency_sign_in = QPushButton(self.tr("Sign in to see or change it…"), objectName="emergencySignIn")
        self.emergency_sign_in.setAccessibleName(self.tr("Sign in as an organizer to see the emergency contact"))
        self.emergency_sign_in.clicked.connect(self.show_emergency_contact)
        eform.addRow(self.emergency_sign_in)
        self.emergency_sign_in.setVisible(not private)
        if not private:
            for edit in (self.emergency_name, self.emergency_phone):
                edit.setEnabled(False)
                edit.setPlaceholderText(self.tr("Hidden — only organizers and lieutenants can see it"))

        form = QFormLayout()
        form.addRow(self.tr("&First name:"), self.first)
        form.addRow(self.tr("&Last name:"), self.last)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("&Organization:"), self.organization)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&T-shirt:"), self.tshirt)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if v:
            layout.addWidget(QLabel(self.tr("Badge <b>{code}</b>").format(code=v.badge_code)))
        layout.addLayout(form)
        layout.addWidget(minors)
        layout.addWidget(emergency)
        layout.addWidget(buttons)
        self.first.setFocus()

    def fields(self) -> dict:
        out = {
            "first_name": self.first.text(), "last_name": self.last.text(), "phone": self.phone.text(),
            "email": self.email.text(), "organization": self.organization.currentText(),
            "role": self.role.currentData(), "tshirt_size": self.tshirt.currentText(),
            "notes": self.notes.toPlainText(), "is_minor": self.minor.isChecked(),
            "birth_year": self.birth_year.text().strip() or None,
            "guardian_name": self.guardian_name.text(), "guardian_phone": self.guardian_phone.text(),
        }
        if volunteers.can_see_private(self.desk):
            out.update(emergency_name=self.emergency_name.text(), emergency_phone=self.emergency_phone.text())
        return out

    def show_emergency_contact(self) -> None:
        """Sign in as an organizer from the form: the contact appears, everything typed so far stays."""
        if not allowed(self, self.tr("Emergency contact"), "volunteers.emergency_contact"):
            return
        if self.volunteer is not None:
            fresh = attempt(self, self.tr("Emergency contact"), lambda: volunteers.get(self.desk, self.volunteer.id))
            if fresh is None:
                return
            self.emergency_name.setText(fresh.emergency_name)
            self.emergency_phone.setText(fresh.emergency_phone)
        for edit in (self.emergency_name, self.emergency_phone):
            edit.setEnabled(True)
            edit.setPlaceholderText("")
        self.emergency_sign_in.hide()
        self.emergency_name.setFocus()

    def save(self) -> None:
        if self.volunteer is None:
            saved = attempt(self, self.tr("Save volunteer"),
                            lambda: volunteers.add_volunteer(self.desk, **self.fields()))
        else:
            saved = attempt(self, self.tr("Save volunteer"),
                            lambda: volunteers.update(self.desk, self.volunteer.id, **self.fields()))
        if saved is None:  # said why; the dialog stays open with what was typed
            return
        self.saved = saved
        self.accept()
