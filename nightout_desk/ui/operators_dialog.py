"""Settings › Operators…: a lieutenant adds and removes organizer and lieutenant accounts and resets their PINs."""

from __future__ import annotations

from PySide6.QtWidgets import (
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
    QVBoxLayout,
    QWidget,
)

from nightout_desk import clock
from nightout_desk.services import operators, permissions
from nightout_desk.services.context import ROLE_LABELS
from nightout_desk.ui.messages import explain
from nightout_desk.ui.sign_in import attempt
from nightout_desk.ui.state import AppState


class PinDialog(QDialog):
    """A new account (name, role, PIN twice) or a new PIN for `name`."""

    def __init__(self, parent: QWidget | None, *, name: str = "", first: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"New PIN for {name}" if name else "Add an organizer or lieutenant")
        self.setObjectName("pinDialog")
        self.name = QLineEdit(name, objectName="accountName", placeholderText="First and last name")
        self.name.setAccessibleName("Name")
        self.name.setReadOnly(bool(name))
        self.role = QComboBox(objectName="accountRole")
        self.role.setAccessibleName("Role")
        for role in (("lieutenant",) if first else operators.ACCOUNT_ROLES):
            self.role.addItem(ROLE_LABELS[role], role)
        self.pin = QLineEdit(objectName="accountPin", echoMode=QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName("PIN or password")
        self.pin.setPlaceholderText(f"{operators.MIN_DIGITS}+ digits, or {operators.MIN_CHARACTERS}+ characters")
        self.again = QLineEdit(objectName="accountPinAgain", echoMode=QLineEdit.EchoMode.Password)
        self.again.setAccessibleName("PIN again")
        self.error = QLabel(objectName="pinError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold")
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        if not name:
            form.addRow("&Role:", self.role)
        form.addRow("&PIN:", self.pin)
        form.addRow("PIN &again:", self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.pin if name else self.name).setFocus()

    def accept(self) -> None:
        if self.pin.text() != self.again.text():
            self.error.setText("The two PINs are not the same; type them again.")
            self.pin.clear()
            self.again.clear()
            self.pin.setFocus()
            return
        try:
            operators.check_pin_rules(self.pin.text())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(explain(exc))
            return
        super().accept()


class OperatorsDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle("Operators")
        self.setObjectName("operatorsDialog")
        self.list = QListWidget(objectName="operatorsList")
        self.list.setAccessibleName("Organizer and lieutenant accounts")
        self.add_button = QPushButton("&Add…", objectName="addOperatorButton")
        self.reset_button = QPushButton("&Reset PIN…", objectName="resetPinButton")
        self.role_button = QPushButton("Change &role", objectName="changeRoleButton")
        self.remove_button = QPushButton("Re&move", objectName="removeOperatorButton")
        for button, slot in ((self.add_button, self.add), (self.reset_button, self.reset_pin),
                             (self.role_button, self.change_role), (self.remove_button, self.remove)):
            button.clicked.connect(slot)
        side = QVBoxLayout()
        for button in (self.add_button, self.reset_button, self.role_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Organizers and lieutenants sign in with their PIN; volunteers need none.\n"
                                "Five wrong PINs lock an account for five minutes; a new PIN lifts the lock."))
        layout.addLayout(row, 1)
        layout.addWidget(close)
        self.resize(520, 340)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for a in operators.accounts(self.state.desk):
            locked = f" — locked until {clock.hhmm(a.locked_until)}" if a.locked_until else ""
            you = " (you)" if a.name == self.state.desk.operator else ""
            item = QListWidgetItem(f"{a.name}{you} · {a.role_label}{locked}")
            item.setData(256, a.name)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(256) if item else None

    def add(self) -> None:
        dialog = PinDialog(self)
        if dialog.exec():
            pin, name, role = dialog.pin.text(), dialog.name.text(), dialog.role.currentData()
            if attempt(self, "Add an operator", lambda: operators.add(self.state.desk, name, role, pin),
                       self.state) is not None:
                self.refresh()

    def reset_pin(self) -> None:
        name = self._chosen()
        if name is None:
            return
        dialog = PinDialog(self, name=name)
        if dialog.exec():
            pin = dialog.pin.text()
            attempt(self, "Reset a PIN", lambda: operators.reset_pin(self.state.desk, name, pin) or True, self.state)
            self.refresh()

    def change_role(self) -> None:
        name = self._chosen()
        if name is None:
            return
        current = next(a.role for a in operators.accounts(self.state.desk) if a.name == name)
        other = "organizer" if current == "lieutenant" else "lieutenant"
        attempt(self, "Change a role", lambda: operators.set_role(self.state.desk, name, other), self.state)
        self.refresh()

    def remove(self) -> None:
        name = self._chosen()
        if name is None:
            return
        sure = QMessageBox.question(self, "Remove an account",
                                    f"Remove {name}'s account? They may still sign in as a volunteer.")
        if sure == QMessageBox.StandardButton.Yes:
            attempt(self, "Remove an operator", lambda: operators.remove(self.state.desk, name) or True, self.state)
            self.refresh()


def open_operators(parent: QWidget, state: AppState) -> None:
    """Settings › Operators…: a lieutenant's; anyone else is offered to sign in as one first. On a database with no
    account yet (one made before accounts existed) it is the set-up: the first lieutenant, with no one to ask."""
    if not operators.accounts_exist(state.desk.db):
        dialog = PinDialog(parent, first=True)
        if dialog.exec():
            pin, name = dialog.pin.text(), dialog.name.text()
            if attempt(parent, "Operators", lambda: operators.add(state.desk, name, "lieutenant", pin), state):
                QMessageBox.information(parent, "Operators", f"{name} is the first lieutenant / admin. Sign in with "
                                                             f"that name and PIN (Ctrl+Shift+O) to add the others.")
        return
    if attempt(parent, "Operators", lambda: permissions.require(state.desk, "operators.manage") or True, state):
        OperatorsDialog(state, parent).exec()
