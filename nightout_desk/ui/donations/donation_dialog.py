"""Record a donation (or correct one): who gave, what, what they got back — goods can go straight into stock."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.models.donations import CHECK, IN_KIND, KINDS, MONEY_KINDS, SERVICES
from nightout_desk.services.donations import donors
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.donations.gifts import DonationInfo, ToStock
from nightout_desk.services.inventory import stock as inventory
from nightout_desk.services.money import format_money
from nightout_desk.ui.donations.donor_dialog import DonorDialog
from nightout_desk.ui.donations.table_models import kind_label
from nightout_desk.ui.language import screens_language
from nightout_desk.ui.messages import explain, said
from nightout_desk.ui.sign_in import FollowsDesk, with_sign_in


def _money_edit(name: str, accessible: str, placeholder: str = "0.00") -> QLineEdit:
    edit = QLineEdit(objectName=name, placeholderText=placeholder)
    edit.setAccessibleName(accessible)
    edit.setMaximumWidth(160)
    return edit


class DonationDialog(FollowsDesk, QDialog):
    """`saved` holds the DonationInfo after Save; `print_after` is True after “Save and print receipt”."""

    def __init__(self, desk, parent: QWidget | None = None, donor_id=None,  # noqa: ANN001
                 correcting: DonationInfo | None = None) -> None:
        super().__init__(parent)
        self.desk, self.correcting = desk, correcting
        self.saved: DonationInfo | None = None
        self.print_after = False
        self.setObjectName("donationDialog")
        self.setWindowTitle(self.tr("Correct a donation") if correcting else self.tr("Record a donation"))

        self.donor = QComboBox(objectName="donationDonor", editable=True)
        self.donor.setAccessibleName(self.tr("Donor"))
        self.donor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.donor.lineEdit().setPlaceholderText(self.tr("Type to find a donor"))
        new_donor = QPushButton(self.tr("New donor…"), objectName="newDonorButton")
        new_donor.clicked.connect(self.add_donor)
        donor_row = QHBoxLayout()
        donor_row.addWidget(self.donor, 1)
        donor_row.addWidget(new_donor)
        # Qt's date format: "MMM d, yyyy" in English; the Spanish order is the translator's ("d MMM yyyy")
        self.date = QDateEdit(objectName="donationDate", calendarPopup=True,
                              displayFormat=self.tr("MMM d, yyyy"))
        self.date.setAccessibleName(self.tr("Date received"))
        if screens_language() == "es":  # the month's short name in the screens' language, not the system's
            self.date.setLocale(QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates))
        self.date.setDate(QDate.currentDate())
        self.kind = QComboBox(objectName="donationKind")
        self.kind.setAccessibleName(self.tr("What was given"))
        for k in KINDS:
            self.kind.addItem(kind_label(k), k)
        self.amount = _money_edit("donationAmount", self.tr("Amount in dollars"), self.tr("e.g. 250.00"))
        self.check_number = QLineEdit(objectName="donationCheckNumber")
        self.check_number.setAccessibleName(self.tr("Check number"))
        self.check_number.setMaximumWidth(160)
        self.description = QLineEdit(objectName="donationDescription")
        self.description.setAccessibleName(self.tr("Description of what was given"))
        self.quantity = QSpinBox(objectName="donationQuantity", minimum=0, maximum=100000, specialValueText="—")
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.unit = QLineEdit(objectName="donationUnit", placeholderText=self.tr("each, cases, boxes…"))
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setMaximumWidth(160)
        qty_row = QHBoxLayout()
        qty_row.addWidget(self.quantity)
        qty_row.addWidget(self.unit)
        qty_row.addStretch(1)
        self.estimate = _money_edit("donationEstimate", self.tr("Estimated value, internal only"))
        self.estimate.setToolTip(self.tr("For the organizers' report only. Receipts never show a value for goods."))
        self.returned = QLineEdit(objectName="donationReturned", placeholderText=self.tr(
            "nothing (leave empty) — or e.g. sponsor banner, dinner tickets"))
        self.returned.setAccessibleName(self.tr("What the donor received in return"))
        self.returned_value = _money_edit("donationReturnedValue",
                                          self.tr("Fair market value of what the donor received"))
        self.returned_logo = QCheckBox(self.tr("it bears our name or logo (a mug, a T-shirt, a sticker…)"),
                                       objectName="donationReturnedLogo")
        self.returned_logo.setAccessibleName(self.tr("What the donor received bears the organization's name or logo"))
        self.returned_cost = _money_edit("donationReturnedCost", self.tr("What it cost the organization"))
        self.returned_cost.setToolTip(self.tr("For token items (IRS Publication 1771): what the items given back "
                                              "cost us."))
        self.expenses = QLineEdit(objectName="donationExpenses", placeholderText=self.tr(
            "optional, e.g. mileage and paint supplies (no amount)"))
        self.expenses.setAccessibleName(self.tr("The volunteer's out-of-pocket expenses, not reimbursed"))
        self.purpose = QLineEdit(objectName="donationPurpose", placeholderText=self.tr("optional, e.g. K-9 equipment"))
        self.purpose.setAccessibleName(self.tr("Purpose or restriction"))
        self.reason = QLineEdit(objectName="donationReason", placeholderText=self.tr(
            "why it is corrected (printed receipts are voided and reissued)"))
        self.reason.setAccessibleName(self.tr("Reason for the correction"))

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Donor:"), donor_row)
        self.form.addRow(self.tr("Date &received:"), self.date)
        self.form.addRow(self.tr("&What was given:"), self.kind)
        self.form.addRow(self.tr("&Amount ($):"), self.amount)
        self.form.addRow(self.tr("Check &number:"), self.check_number)
        self.form.addRow(self.tr("Descri&ption:"), self.description)
        self.form.addRow(self.tr("&Quantity:"), qty_row)
        self.form.addRow(self.tr("Estimated value ($, internal):"), self.estimate)
        self.form.addRow(self.tr("Donor received in r&eturn:"), self.returned)
        self.form.addRow(self.tr("…its fair market &value ($):"), self.returned_value)
        self.form.addRow("", self.returned_logo)
        self.form.addRow(self.tr("…what it &cost us ($):"), self.returned_cost)
        self.form.addRow(self.tr("Expenses not reimbursed:"), self.expenses)
        self.form.addRow(self.tr("P&urpose:"), self.purpose)
        self.form.addRow(self.tr("Reason for the correction:"), self.reason)
        self.form.labelForField(donor_row).setBuddy(self.donor)
        self.form.labelForField(qty_row).setBuddy(self.quantity)

        self.stock = QGroupBox(self.tr("Add these goods to the giveaway stock"), objectName="donationToStock",
                               checkable=True)
        self.stock.setChecked(False)
        self.stock_item = QComboBox(objectName="donationStockItem")
        self.stock_item.setAccessibleName(self.tr("Giveaway item"))
        self.stock_quantity = QSpinBox(objectName="donationStockQuantity", minimum=1, maximum=100000)
        self.stock_quantity.setAccessibleName(self.tr("How many go into stock"))
        self.stock_limit = QSpinBox(objectName="donationStockLimit", minimum=0, maximum=99,
                                    specialValueText=self.tr("no limit"))
        self.stock_limit.setAccessibleName(self.tr("Limit per household for a new item"))
        stock_form = QFormLayout(self.stock)
        stock_form.addRow(self.tr("Item:"), self.stock_item)
        stock_form.addRow(self.tr("How many:"), self.stock_quantity)
        stock_form.addRow(self.tr("Limit per household (new item):"), self.stock_limit)

        self.problem = QLabel(objectName="donationProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #a00000; font-weight: bold")
        self.save_button = QPushButton(self.tr("&Save"), objectName="saveDonationButton")
        self.save_print_button = QPushButton(self.tr("Save and &print receipt"), objectName="saveAndPrintButton")
        cancel = QPushButton(self.tr("Cancel"))
        self.save_button.clicked.connect(lambda: self.save(False))
        self.save_print_button.clicked.connect(lambda: self.save(True))
        cancel.clicked.connect(self.reject)
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (cancel, self.save_button, self.save_print_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.stock)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        self._load_donors(donor_id or (correcting.donor_id if correcting else None))
        self._load_items()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.description.textChanged.connect(self._load_items_label)
        self.quantity.valueChanged.connect(lambda v: self.stock_quantity.setValue(max(1, v)))
        self.stock_item.currentIndexChanged.connect(lambda _i: self.stock_limit.setEnabled(
            self.stock_item.currentData() is None))
        if correcting:
            self._fill(correcting)
            self.donor.setEnabled(False)
            new_donor.setEnabled(False)
            self.save_print_button.setText(self.tr("Save and print new receipt"))
        self._kind_changed()
        self.resize(620, 0)

    # --- set-up -------------------------------------------------------------------------------------------------
    def _load_donors(self, selected) -> None:  # noqa: ANN001
        self.donor.clear()
        for d in donors.search(self.desk, "", limit=100_000):
            self.donor.addItem(d.name + (f" — {d.contact_name}" if d.contact_name else ""), str(d.id))
        completer = self.donor.completer()  # the editable combo's own: find "hardware" inside a name too
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
        index = self.donor.findData(str(selected)) if selected else -1  # ids kept as text: Qt compares them
        self.donor.setCurrentIndex(index)
        if index < 0:
            self.donor.setEditText("")

    def _load_items(self) -> None:
        self.stock_item.clear()
        self.stock_item.addItem("", None)
        for item in inventory.levels(self.desk):
            self.stock_item.addItem(self.tr("{item} ({n} on hand)").format(item=item.name, n=item.on_hand),
                                    str(item.id))
        self._load_items_label()

    def _load_items_label(self) -> None:
        name = self.description.text().strip() or self.tr("(the description)")
        self.stock_item.setItemText(0, self.tr("New item: {name}").format(name=name))

    def _fill(self, d: DonationInfo) -> None:
        self.date.setDate(QDate(d.received_on.year, d.received_on.month, d.received_on.day))
        self.kind.setCurrentIndex(KINDS.index(d.kind))
        self.amount.setText(format_money(d.amount_cents).lstrip("$") if d.is_money else "")
        self.check_number.setText(d.check_number)
        self.description.setText(d.description)
        self.quantity.setValue(d.quantity or 0)
        self.unit.setText(d.unit)
        self.estimate.setText(format_money(d.estimated_value_cents).lstrip("$") if d.estimated_value_cents else "")
        self.returned.setText(d.returned_description)
        self.returned_value.setText(format_money(d.returned_value_cents).lstrip("$") if d.returned_value_cents else "")
        self.purpose.setText(d.purpose)
        self.returned_logo.setChecked(d.returned_bears_logo)
        self.returned_cost.setText(format_money(d.returned_cost_cents).lstrip("$")
                                   if d.returned_cost_cents is not None else "")
        self.expenses.setText(d.expenses_description)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        money = kind in MONEY_KINDS
        rows = {self.amount: money, self.check_number: kind == CHECK,
                self.description: kind in (IN_KIND, SERVICES, "gift card"),
                self.quantity: kind == IN_KIND,
                self.estimate: kind in (IN_KIND, SERVICES), self.reason: self.correcting is not None,
                self.expenses: kind == SERVICES}
        for widget, shown in rows.items():
            self.form.setRowVisible(self._row_of(widget), shown)
        self.stock.setVisible(kind == IN_KIND and self.correcting is None)
        label = {"gift card": self.tr("Store / card:"), IN_KIND: self.tr("Descri&ption of goods:"),
                 SERVICES: self.tr("Descri&ption of services:")}
        if kind in label:
            self.form.labelForField(self.description).setText(label[kind])

    def _row_of(self, widget) -> int:  # noqa: ANN001
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is None:
                continue
            if item.widget() is widget or (item.layout() and item.layout().indexOf(widget) >= 0):
                return row
        raise KeyError(widget)

    def add_donor(self) -> None:
        dialog = DonorDialog(self.desk, parent=self, name=self.donor.currentText())
        if dialog.exec() and dialog.saved:
            self._load_donors(dialog.saved.id)

    # --- saving ---------------------------------------------------------------------------------------------------
    def selected_donor_id(self):  # noqa: ANN201
        text = self.donor.currentText().strip()
        index = self.donor.findText(text)
        return uuid.UUID(self.donor.itemData(index)) if index >= 0 else None

    def values(self) -> dict:
        d = self.date.date()
        return {"kind": self.kind.currentData(), "received_on": date(d.year(), d.month(), d.day()),
                "amount": self.amount.text(), "check_number": self.check_number.text(),
                "description": self.description.text(), "quantity": self.quantity.value() or None,
                "unit": self.unit.text(), "estimated_value": self.estimate.text(),
                "returned_description": self.returned.text(), "returned_value": self.returned_value.text(),
                "purpose": self.purpose.text(), "returned_bears_logo": self.returned_logo.isChecked(),
                "returned_cost": self.returned_cost.text(),
                "expenses_description": self.expenses.text() if self.kind.currentData() == SERVICES else ""}

    def _focus_asked(self, message: str) -> None:
        """The service asked for a value left blank: put the cursor where it goes."""
        for start, widget in (("Type the estimated value", self.estimate), ("Type what the items", self.returned_cost),
                              ("Describe what the donor received", self.returned)):
            if message.startswith(start):
                widget.setFocus()
                return

    def to_stock(self) -> ToStock | None:
        if not (self.stock.isVisible() and self.stock.isChecked()):
            return None
        item_id = uuid.UUID(self.stock_item.currentData()) if self.stock_item.currentData() else None
        return ToStock(quantity=self.stock_quantity.value(), item_id=item_id,
                       new_item_name=self.description.text() if item_id is None else "",
                       limit_per_household=self.stock_limit.value() or None)

    def save(self, print_after: bool) -> None:
        try:
            if self.correcting:
                self.saved = with_sign_in(self, self.tr("Correct a donation"), lambda: donations.correct(
                    self.desk, self.correcting.id, reason=self.reason.text(), **self.values()))
            else:
                donor_id = self.selected_donor_id()
                if donor_id is None:
                    self.problem.setText(self.tr("Choose the donor from the list, or add them with “New donor…”."))
                    self.donor.setFocus()
                    return
                self.saved = donations.record(self.desk, donor_id, to_stock=self.to_stock(), **self.values())
        except Exception as exc:  # noqa: BLE001
            self.problem.setText(said(exc))
            self._focus_asked(explain(exc))  # the service's English sentence says which field
            self.adjustSize()  # a two-line message is shown whole
            return
        self.print_after = print_after
        self.accept()

