"""The walk-up form, inline (no modal dialog): family name, adults, kids, ZIP or neighbourhood, phone — Enter saves."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from nightout_desk.services.households import HouseholdInfo


def people_box(name: str, accessible: str, value: int) -> QSpinBox:
    box = QSpinBox(objectName=name, minimum=0, maximum=99, value=value)
    box.setAccessibleName(accessible)
    box.setMinimumWidth(70)
    return box


class WalkUpPanel(QFrame):
    submitted = Signal()  # the volunteer pressed Enter / "Save and check in"
    cancelled = Signal()
    useExisting = Signal(object)  # HouseholdInfo: "it's them — check in the registered household instead"

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("walkUpPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#walkUpPanel { background: #f4f8ff; border: 2px solid #2d5d9f; border-radius: 6px; }")
        title = QLabel("<b>Walk-up family</b> — Tab between fields, Enter saves and checks in, Esc cancels")
        self.family = QLineEdit(objectName="walkUpFamily", placeholderText="Family name")
        self.family.setAccessibleName("Walk-up family name")
        self.adults = people_box("walkUpAdults", "Walk-up adults", 1)
        self.kids = people_box("walkUpKids", "Walk-up kids", 0)
        self.where = QComboBox(objectName="walkUpWhere", editable=True)
        self.where.setAccessibleName("Walk-up ZIP or neighbourhood")
        self.where.lineEdit().setPlaceholderText("ZIP or neighbourhood")
        self.where.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.phone = QLineEdit(objectName="walkUpPhone", placeholderText="Phone (optional)")
        self.phone.setAccessibleName("Walk-up phone")
        self.first_names = QLineEdit(objectName="walkUpFirstNames", placeholderText="First names (optional)")
        self.first_names.setAccessibleName("Walk-up first names")
        self.save = QPushButton("Save and check in  (Enter)", objectName="walkUpSave")
        self.save.setAccessibleName("Save the walk-up and check them in")
        self.cancel = QPushButton("Cancel  (Esc)", objectName="walkUpCancel")
        self.duplicate = QLabel(objectName="walkUpDuplicate", wordWrap=True)
        self.duplicate.setStyleSheet("background: #fff4d6; color: #1a1a1a; padding: 6px; border-radius: 4px")
        self.duplicate.hide()
        self.use_existing = QPushButton("It's them: check in the registered family  (F6)", objectName="walkUpUseExisting")
        self.use_existing.hide()
        self._existing: HouseholdInfo | None = None

        row = QHBoxLayout()
        form = QFormLayout()
        form.addRow("&Family name:", self.family)
        form.addRow("&ZIP / area:", self.where)
        form.addRow("&Phone:", self.phone)
        counts = QFormLayout()
        counts.addRow("A&dults:", self.adults)
        counts.addRow("&Kids:", self.kids)
        counts.addRow("First &names:", self.first_names)
        row.addLayout(form, 3)
        row.addLayout(counts, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_existing)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.duplicate)
        layout.addLayout(buttons)
        self.setTabOrder(self.family, self.adults)
        self.setTabOrder(self.adults, self.kids)
        self.setTabOrder(self.kids, self.where)
        self.setTabOrder(self.where, self.phone)
        self.setTabOrder(self.phone, self.first_names)
        self.setTabOrder(self.first_names, self.save)
        self.save.clicked.connect(self.submitted)
        self.cancel.clicked.connect(self.cancelled)
        self.use_existing.clicked.connect(lambda: self._existing and self.useExisting.emit(self._existing))
        # Enter from any field reaches keyPressEvent below (line edits and spin boxes pass it to their parent);
        # no returnPressed connections, so one key press can never save twice.

    def set_places(self, names: list[str]) -> None:
        current = self.where.currentText()
        self.where.clear()
        self.where.addItems(names)
        self.where.setCurrentText(current)

    def start(self, family_name: str = "") -> None:
        self.family.setText(family_name)
        self.adults.setValue(1)
        self.kids.setValue(0)
        self.where.setCurrentText("")
        self.phone.clear()
        self.first_names.clear()
        self.show_duplicate(None)
        self.show()
        self.family.setFocus()
        self.family.end(False)

    def show_duplicate(self, existing: HouseholdInfo | None) -> None:
        self._existing = existing
        if existing is None:
            self.duplicate.hide()
            self.use_existing.hide()
            return
        where = " · ".join(x for x in (existing.zip_code, existing.neighbourhood, existing.phone) if x)
        state = "ALREADY CHECKED IN" if existing.arrival else "pre-registered, not yet arrived"
        self.duplicate.setText(f"⚠ Possible duplicate: {existing.display_name} — {where} ({state}).")
        self.duplicate.show()
        self.use_existing.show()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        if event.key() == Qt.Key.Key_F6 and self._existing is not None:
            self.useExisting.emit(self._existing)
            return
        super().keyPressEvent(event)
