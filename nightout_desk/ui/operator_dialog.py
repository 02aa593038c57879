"""“Who is at the desk?” — a name and a role, remembered by this laptop; recorded on everything they do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from nightout_desk.config import LaptopSettings
from nightout_desk.services import events
from nightout_desk.services.context import ROLE_LABELS, ROLES, Desk
from nightout_desk.ui.messages import explain


class OperatorDialog(QDialog):
    def __init__(self, desk: Desk, settings: LaptopSettings, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle("Who is at the desk?")
        self.desk = desk
        self.settings = settings
        self.name = QComboBox(objectName="operatorName", editable=True)
        self.name.setAccessibleName("Your name")
        self.name.addItems([o.name for o in events.operators(desk)])
        self.name.setCurrentText(settings.operator_name or (desk.operator if desk.operator != "Volunteer" else ""))
        self.name.lineEdit().setPlaceholderText("Your first and last name")
        self.role = QComboBox(objectName="operatorRole")
        self.role.setAccessibleName("Your role tonight")
        for role in ROLES:
            self.role.addItem(ROLE_LABELS[role], role)
        self.role.setCurrentIndex(max(0, self.role.findData(settings.operator_role or desk.role)))
        self.device = QLineEdit(settings.device_name, objectName="operatorDevice")
        self.device.setAccessibleName("This laptop's name")
        self.device.setPlaceholderText("e.g. Desk 2")
        self.error = QLabel(objectName="operatorError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold")
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("&Role:", self.role)
        form.addRow("This &laptop:", self.device)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Your check-ins are credited to you, and the log shows who did what."))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Enter signs in; it never adds a list item
        self.name.lineEdit().installEventFilter(self)
        self.name.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """One Enter in the name box starts, even when the remembered name is already there (the editable combo
        and its completer would otherwise take the first Enter for themselves)."""
        if obj is self.name.lineEdit() and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self.name.completer().popup() if self.name.completer() else None
            if popup is not None and popup.isVisible():
                popup.hide()
            self.accept()
            return True
        return super().eventFilter(obj, event)

    def accept(self) -> None:
        device = " ".join(self.device.text().split()) or "Laptop"
        base = Desk(self.desk.db, self.desk.event_id, self.desk.operator, self.desk.role, device)
        try:
            self.desk = events.sign_in_operator(base, self.name.currentText(), self.role.currentData())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(explain(exc))
            return
        self.settings.operator_name, self.settings.operator_role = self.desk.operator, self.desk.role
        self.settings.device_name = device
        try:
            self.settings.save()
        except OSError:
            pass  # not remembering the name next time is no reason to stop the night
        super().accept()
