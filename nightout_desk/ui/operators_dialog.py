"""Settings › Operators…: a lieutenant adds and removes organizer and lieutenant accounts and resets their PINs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
from nightout_desk.services import operators
from nightout_desk.ui.messages import said
from nightout_desk.ui.service_words import role_label
from nightout_desk.ui.sign_in import allowed, attempt
from nightout_desk.ui.state import AppState

translate = QCoreApplication.translate


class PinDialog(QDialog):
    """A new account (name, role, PIN twice) or a new PIN for `name`."""

    def __init__(self, parent: QWidget | None, *, name: str = "", first: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New PIN for {name}").format(name=name) if name
                            else self.tr("Add an organizer or lieutenant"))
        self.setObjectName("pinDialog")
        self.name = QLineEdit(name, objectName="accountName", placeholderText=self.tr("First and last name"))
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setReadOnly(bool(name))
        self.role = QComboBox(objectName="accountRole")
        self.role.setAccessibleName(self.tr("Role"))
        for role in (("lieutenant",) if first else operators.ACCOUNT_ROLES):
            self.role.addItem(role_label(role), role)
        self.pin = QLineEdit(objectName="accountPin", echoMode=QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN or password"))
        self.pin.setPlaceholderText(self.tr("{digits}+ digits, or {characters}+ characters").format(
            digits=operators.MIN_DIGITS, characters=operators.MIN_CHARACTERS))
        self.again = QLineEdit(objectName="accountPinAgain", echoMode=QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("PIN again"))
        self.error = QLabel(objectName="pinError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        if not name:
            form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&PIN:"), self.pin)
        form.addRow(self.tr("PIN &again:"), self.again)
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
            self.error.setText(self.tr("The two PINs are not the same; type them again."))
            self.pin.clear()
            self.again.clear()
            self.pin.setFocus()
            return
        try:
            operators.check_pin_rules(self.pin.text())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(said(exc))
            return
        super().accept()


class OperatorsDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Operators"))
        self.setObjectName("operatorsDialog")
        self.list = QListWidget(objectName="operatorsList")
        self.list.setAccessibleName(self.tr("Organizer and lieutenant accounts"))
        self.add_button = QPushButton(self.tr("&Add…"), objectName="addOperatorButton")
        self.reset_button = QPushButton(self.tr("&Reset PIN…"), objectName="resetPinButton")
        self.role_button = QPushButton(self.tr("Change &role"), objectName="changeRoleButton")
        self.remove_button = QPushButton(self.tr("Re&move"), objectName="removeOperatorButton")
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
        layout.addWidget(QLabel(self.tr("Organizers and lieutenants sign in with their PIN; volunteers need none.\n"
                                        "Five wrong PINs lock an account for five minutes; a new PIN lifts the lock.")))
        layout.addLayout(row, 1)
        layout.addWidget(close)
        self.resize(520, 340)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for a in operators.accounts(self.state.desk):
            locked = self.tr(" — locked until {time}").format(time=clock.hhmm(a.locked_until)) if a.locked_until else ""
            you = self.tr(" (you)") if a.name == self.state.desk.operator else ""
            item = QListWidgetItem(f"{a.name}{you} · {role_label(a.role)}{locked}")
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
            if attempt(self, self.tr("Add an operator"), lambda: operators.add(self.state.desk, name, role, pin),
                       self.state) is not None:
                self.refresh()

    def reset_pin(self) -> None:
        name = self._chosen()
        if name is None:
            return
        dialog = PinDialog(self, name=name)
        if dialog.exec():
            pin = dialog.pin.text()
            attempt(self, self.tr("Reset a PIN"), lambda: operators.reset_pin(self.state.desk, name, pin) or True,
                    self.state)
            self.refresh()

    def change_role(self) -> None:
        name = self._chosen()
        if name is None:
            return
        current = next(a.role for a in operators.accounts(self.state.desk) if a.name == name)
        other = "organizer" if current == "lieutenant" else "lieutenant"
        attempt(self, self.tr("Change a role"), lambda: operators.set_role(self.state.desk, name, other), self.state)
        self.refresh()

    def remove(self) -> None:
        name = self._chosen()
        if name is None:
            return
        sure = QMessageBox.question(self, self.tr("Remove an account"), self.tr(
            "Remove {name}'s account? They may still sign in as a volunteer.").format(name=name))
        if sure == QMessageBox.StandardButton.Yes:
            attempt(self, self.tr("Remove an operator"), lambda: operators.remove(self.state.desk, name) or True,
                    self.state)
            self.refresh()


def open_operators(parent: QWidget, state: AppState) -> None:
    """Settings › Operators…: a lieutenant's; anyone else is offered to sign in as one first. On a database with no
    account yet (one made before accounts existed) it is the set-up: the first lieutenant, with no one to ask."""
    if not operators.accounts_exist(state.desk.db):
        dialog = PinDialog(parent, first=True)
        if dialog.exec():
            pin, name = dialog.pin.text(), dialog.name.text()
            title = translate("OperatorsDialog", "Operators")
            if attempt(parent, title, lambda: operators.add(state.desk, name, "lieutenant", pin), state):
                QMessageBox.information(parent, title, translate(
                    "OperatorsDialog", "{name} is the first lieutenant / admin. Sign in with that name and PIN "
                                       "(Ctrl+Shift+O) to add the others.").format(name=name))
        return
    if allowed(parent, translate("OperatorsDialog", "Operators"), "operators.manage", state):
        OperatorsDialog(state, parent).exec()
