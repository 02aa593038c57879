"""The walk-up form, inline (no modal dialog): family name, adults, kids, ZIP or neighbourhood, phone — Enter saves
and checks in; a family that looks registered already is pointed out first."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
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

from nightout_desk.lazy import lazy_module
from nightout_desk.ui.messages import explain
from nightout_desk.ui.state import AppState

if TYPE_CHECKING:
    from nightout_desk.services.checkin.households import HouseholdInfo

# loaded when first used (a light start)
events = lazy_module("nightout_desk.services.events")
checkins = lazy_module("nightout_desk.services.checkin.checkins")
households = lazy_module("nightout_desk.services.checkin.households")

log = logging.getLogger(__name__)


def people_box(name: str, accessible: str, value: int) -> QSpinBox:
    box = QSpinBox(objectName=name, minimum=0, maximum=99, value=value)
    box.setAccessibleName(accessible)
    box.setMinimumWidth(70)
    return box


class WalkUpPanel(QFrame):
    saved = Signal(object)  # CheckInResult: the walk-up was saved and checked in
    message = Signal(str, str)  # (banner state, text) for the desk's result banner
    cancelled = Signal()
    useExisting = Signal(object, int, int)  # (HouseholdInfo, adults, kids): "it's them — check in the registration"

    def __init__(self, state: AppState, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.state = state
        self._confirmed_duplicate = False
        self._dup_timer = QTimer(self, singleShot=True, interval=250, timeout=self.check_duplicate)
        self.setObjectName("walkUpPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#walkUpPanel { background: #f4f8ff; border: 2px solid #2d5d9f; border-radius: 6px; }")
        title = QLabel(self.tr("<b>Walk-up family</b> — Tab between fields, Enter saves and checks in, Esc cancels"))
        self.family = QLineEdit(objectName="walkUpFamily", placeholderText=self.tr("Family name"))
        self.family.setAccessibleName(self.tr("Walk-up family name"))
        self.adults = people_box("walkUpAdults", self.tr("Walk-up adults"), 1)
        self.kids = people_box("walkUpKids", self.tr("Walk-up kids"), 0)
        self.where = QComboBox(objectName="walkUpWhere", editable=True)
        self.where.setAccessibleName(self.tr("Walk-up ZIP or neighbourhood"))
        self.where.lineEdit().setPlaceholderText(self.tr("ZIP or neighbourhood"))
        self.where.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.phone = QLineEdit(objectName="walkUpPhone", placeholderText=self.tr("Phone (optional)"))
        self.phone.setAccessibleName(self.tr("Walk-up phone"))
        self.first_names = QLineEdit(objectName="walkUpFirstNames", placeholderText=self.tr("First names (optional)"))
        self.first_names.setAccessibleName(self.tr("Walk-up first names"))
        self.save = QPushButton(self.tr("Save and check in  (Enter)"), objectName="walkUpSave")
        self.save.setAccessibleName(self.tr("Save the walk-up and check them in"))
        self.cancel = QPushButton(self.tr("Cancel  (Esc)"), objectName="walkUpCancel")
        self.duplicate = QLabel(objectName="walkUpDuplicate", wordWrap=True)
        self.duplicate.setStyleSheet("background: #fff4d6; color: #1a1a1a; padding: 6px; border-radius: 4px")
        self.duplicate.hide()
        self.use_existing = QPushButton(self.tr("It's them: check in the registered family  (F6)"),
                                        objectName="walkUpUseExisting")
        self.use_existing.hide()
        self._existing: HouseholdInfo | None = None

        row = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("&Family name:"), self.family)
        form.addRow(self.tr("&ZIP / area:"), self.where)
        form.addRow(self.tr("&Phone:"), self.phone)
        counts = QFormLayout()
        counts.addRow(self.tr("A&dults:"), self.adults)
        counts.addRow(self.tr("&Kids:"), self.kids)
        counts.addRow(self.tr("First &names:"), self.first_names)
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
        self.save.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.cancelled)
        self.use_existing.clicked.connect(self._use_existing)
        for edit in (self.family, self.phone, self.where.lineEdit()):
            edit.textEdited.connect(lambda _t: self._dup_timer.start())
        # Enter from any field reaches keyPressEvent below (line edits and spin boxes pass it to their parent);
        # no returnPressed connections, so one key press can never save twice.

    def start(self, family_name: str = "", places: list[str] | None = None) -> None:
        self.where.clear()
        self.where.addItems(places or [])
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
        if family_name:
            self.check_duplicate()

    def where_typed(self) -> tuple[str, str]:
        """(ZIP, neighbourhood) from the one field: digits are a ZIP (its neighbourhood looked up), else a name."""
        where = self.where.currentText().strip()
        if where.replace("-", "").isdigit():
            return where, events.neighbourhood_for_zip(self.state.desk, where)
        return "", where

    def check_duplicate(self) -> None:
        self._dup_timer.stop()
        try:
            matches = households.possible_duplicates(self.state.desk, self.family.text(), self.phone.text(),
                                                     self.where_typed()[0])
        except Exception:
            log.exception("duplicate check failed")
            matches = []
        self.show_duplicate(matches[0] if matches else None)
        self._confirmed_duplicate = False

    def submit(self) -> None:
        """Save and check in; when the family looks registered, the first Enter only says so."""
        if not self.isVisible():
            return
        if self._dup_timer.isActive() or not self.use_existing.isVisible():
            confirmed = self._confirmed_duplicate
            self.check_duplicate()
            self._confirmed_duplicate = confirmed
        if self.use_existing.isVisible() and not self._confirmed_duplicate:
            self._confirmed_duplicate = True
            self.message.emit("already", "⚠ This family may already be registered. Press F6 to check in the "
                                         "registered family, or Enter again to save a new walk-up anyway.")
            return
        zip_code, hood = self.where_typed()
        try:
            result = checkins.walk_up(self.state.desk, self.family.text(), adults=self.adults.value(),
                                      kids=self.kids.value(), zip_code=zip_code, neighbourhood=hood,
                                      phone=self.phone.text(), first_names=self.first_names.text())
        except Exception as exc:  # noqa: BLE001 - the form keeps what was typed
            self.message.emit("missing", explain(exc))
            self.family.setFocus()
            return
        self.hide()
        self.saved.emit(result)

    def _use_existing(self) -> None:
        if self._existing is not None:
            self.hide()
            self.useExisting.emit(self._existing, self.adults.value(), self.kids.value())

    def show_duplicate(self, existing: HouseholdInfo | None) -> None:
        self._existing = existing
        if existing is None:
            self.duplicate.hide()
            self.use_existing.hide()
            return
        where = " · ".join(x for x in (existing.zip_code, existing.neighbourhood, existing.phone) if x)
        state = self.tr("ALREADY CHECKED IN") if existing.arrival else self.tr("pre-registered, not yet arrived")
        self.duplicate.setText(self.tr("⚠ Possible duplicate: {family} — {where} ({state}).").format(
            family=existing.display_name, where=where, state=state))
        self.duplicate.show()
        self.use_existing.show()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        if event.key() == Qt.Key.Key_F6 and self._existing is not None:
            self._use_existing()
            return
        super().keyPressEvent(event)
