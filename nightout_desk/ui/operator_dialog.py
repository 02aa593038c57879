"""“Who is at the desk?” — a name and a role, remembered by this laptop; an organizer or lieutenant also types the PIN
of their account (services/operators.py). Recorded on everything they do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from nightout_desk.config import LaptopSettings
from nightout_desk.lazy import lazy_module
from nightout_desk.services import desk_names
from nightout_desk.services.context import ROLES, Desk
from nightout_desk.ui.messages import said
from nightout_desk.ui.service_words import role_label

operators = lazy_module("nightout_desk.services.operators")  # loaded by the first PIN checked (a light start)


class OperatorDialog(QDialog):
    """With `role` given (an action needs it), the role is preset and `why` says what for. `record_later`: a
    volunteer's sign-in is checked but not recorded (`unrecorded` says so): at the start the window records it once
    the ORM is loaded, after it shows (ui/app.py)."""

    def __init__(self, desk: Desk, settings: LaptopSettings, parent=None, *,  # noqa: ANN001
                 role: str | None = None, why: str = "", record_later: bool = False) -> None:
        super().__init__(parent)
        self.record_later = record_later
        self.unrecorded = False
        self.setWindowTitle(self.tr("Who is at the desk?"))
        self.setObjectName("operatorDialog")
        self.desk = desk
        self.settings = settings
        self.name = QComboBox(objectName="operatorName", editable=True)
        self.name.setAccessibleName(self.tr("Your name"))
        accounts = [a.name for a in desk_names.accounts(desk.db, desk.event_id)]
        others = [name for name in desk_names.names_seen(desk.db, desk.event_id) if name not in accounts]
        self.name.addItems(accounts + others)
        remembered = settings.operator_name or (desk.operator if desk.operator != "Volunteer" else "")
        self.name.setCurrentText(remembered)
        self.name.lineEdit().setPlaceholderText(self.tr("Your first and last name"))
        self.role = QComboBox(objectName="operatorRole")
        self.role.setAccessibleName(self.tr("Your role tonight"))
        for r in ROLES:
            self.role.addItem(role_label(r), r)
        self.role.setCurrentIndex(max(0, self.role.findData(role or settings.operator_role or desk.role)))
        self.pin = QLineEdit(objectName="operatorPin", echoMode=QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN or password"))
        self.pin.setPlaceholderText(self.tr("the PIN of your account"))
        self.pin_label = QLabel(self.tr("&PIN:"))
        self.pin_label.setBuddy(self.pin)
        self.device = QLineEdit(settings.device_name, objectName="operatorDevice")
        self.device.setAccessibleName(self.tr("This laptop's name"))
        self.device.setPlaceholderText(self.tr("e.g. Desk 2"))
        self.error = QLabel(objectName="operatorError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.tr("This &laptop:"), self.device)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in") if role else self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if why:
            said = QLabel(why, objectName="operatorWhy", wordWrap=True)
            said.setStyleSheet("font-weight: bold")
            layout.addWidget(said)
        layout.addWidget(QLabel(self.tr("Your check-ins are credited to you, and the log shows who did what.\n"
                                        "Volunteers need no PIN; organizers and lieutenants type theirs.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Enter signs in; it never adds a list item
        self.name.lineEdit().installEventFilter(self)
        self.role.currentIndexChanged.connect(self._show_pin)
        self._show_pin()
        if remembered and self.needs_pin:
            self.pin.setFocus()
        else:
            self.name.setFocus()

    @property
    def needs_pin(self) -> bool:
        return self.role.currentData() != "volunteer"

    def _show_pin(self) -> None:
        self.pin.setVisible(self.needs_pin)
        self.pin_label.setVisible(self.needs_pin)
        if not self.needs_pin:
            self.pin.clear()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """One Enter in the name box starts, even when the remembered name is already there (the editable combo
        and its completer would otherwise take the first Enter for themselves); with a PIN still to type, Enter goes
        to the PIN box instead."""
        if obj is self.name.lineEdit() and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self.name.completer().popup() if self.name.completer() else None
            if popup is not None and popup.isVisible():
                popup.hide()
            if self.needs_pin and not self.pin.text():
                self.pin.setFocus()
            else:
                self.accept()
            return True
        return super().eventFilter(obj, event)

    def accept(self) -> None:
        device = " ".join(self.device.text().split()) or "Laptop"
        base = Desk(self.desk.db, self.desk.event_id, self.desk.operator, self.desk.role, device)
        pin, role = self.pin.text(), self.role.currentData()
        self.pin.clear()  # the PIN stays no longer than the check
        try:
            if self.record_later and role == "volunteer":
                self.desk, self.unrecorded = desk_names.at_desk(base, self.name.currentText(), role), True
            else:
                self.desk = operators.sign_in(base, self.name.currentText(), role, pin)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(said(exc))
            (self.pin if self.needs_pin else self.name).setFocus()
            return
        self.settings.operator_name, self.settings.device_name = self.desk.operator, device
        self.settings.operator_role = self.desk.role
        try:
            self.settings.save()
        except OSError:
            pass  # not remembering the name next time is no reason to stop the night
        super().accept()
