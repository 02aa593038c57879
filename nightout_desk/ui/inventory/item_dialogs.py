"""Small dialogs of the Inventory screen: a giveaway item, and a stock change (receive, adjust, hand out)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.services.inventory import stock as inventory
from nightout_desk.services.inventory.stock import SOURCES, ItemInfo
from nightout_desk.services.stations import stations
from nightout_desk.ui.inventory.words import source_label
from nightout_desk.ui.messages import said as explain  # the services' sentence, translated
from nightout_desk.ui.sign_in import FollowsDesk, with_sign_in


def _dialog_layout(dialog: QDialog, form: QFormLayout, save_name: str) -> QLabel:
    problem = QLabel(wordWrap=True, objectName=f"{save_name}Problem")
    problem.setStyleSheet("color: #a00000; font-weight: bold")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName(save_name)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(problem)
    layout.addWidget(buttons)
    return problem


class ItemDialog(FollowsDesk, QDialog):
    def __init__(self, desk, item: ItemInfo | None = None, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.desk, self.item, self.saved = desk, item, None
        self.setObjectName("itemDialog")
        self.setWindowTitle(self.tr("Edit giveaway item") if item else self.tr("New giveaway item"))
        self.name = QLineEdit(item.name if item else "", objectName="itemName",
                              placeholderText=self.tr("e.g. Bike helmet (youth)"))
        self.name.setAccessibleName(self.tr("Item name"))
        self.category = QLineEdit(item.category if item else "", objectName="itemCategory",
                                  placeholderText=self.tr("Safety, School supplies, Food and drink…"))
        self.category.setAccessibleName(self.tr("Category"))
        self.unit = QLineEdit(item.unit if item else "each", objectName="itemUnit")
        self.unit.setAccessibleName(self.tr("Unit"))
        self.low = QSpinBox(objectName="itemLowStock", minimum=0, maximum=100000,
                            value=item.low_stock_at if item else 5)
        self.low.setAccessibleName(self.tr("Warn when on hand is at or below"))
        self.limit = QSpinBox(objectName="itemLimit", minimum=0, maximum=99, specialValueText=self.tr("no limit"),
                              value=(item.limit_per_household or 0) if item else 1)
        self.limit.setAccessibleName(self.tr("Limit per household"))
        self.at_check_in = QCheckBox(self.tr("Offer it on the check-in desk's hand-out buttons"),
                                     objectName="itemAtCheckIn")
        self.at_check_in.setChecked(item.at_check_in if item else True)
        self.order = QSpinBox(objectName="itemOrder", minimum=0, maximum=999, value=item.sort_order if item else 0)
        self.order.setAccessibleName(self.tr("Order on the hand-out buttons"))
        self.order.setToolTip(self.tr("Lower comes first: the first item is Alt+1 on the check-in desk"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Low-stock warning at:"), self.low)
        form.addRow(self.tr("Limit per &household:"), self.limit)
        form.addRow("", self.at_check_in)
        form.addRow(self.tr("&Order:"), self.order)
        self.problem = _dialog_layout(self, form, "saveItemButton")

    def save(self) -> None:
        fields = {"name": self.name.text(), "category": self.category.text(), "unit": self.unit.text(),
                  "low_stock_at": self.low.value(), "limit_per_household": self.limit.value() or None,
                  "at_check_in": self.at_check_in.isChecked()}
        if self.item is not None or self.order.value():
            fields["sort_order"] = self.order.value()
        try:
            self.saved = with_sign_in(self, self.windowTitle(), lambda: (
                inventory.update_item(self.desk, self.item.id, **fields) if self.item
                else inventory.add_item(self.desk, **fields)))
        except Exception as exc:  # noqa: BLE001
            self.problem.setText(explain(exc))
            return
        self.accept()


RECEIVE, ADJUST, HAND_OUT = "receive", "adjust", "hand out"


class StockChangeDialog(FollowsDesk, QDialog):
    """Receive (purchased, donated, other), adjust with a reason, or hand out at a station."""

    TITLES = {RECEIVE: QT_TRANSLATE_NOOP("StockChangeDialog", "Receive stock"),
              ADJUST: QT_TRANSLATE_NOOP("StockChangeDialog", "Adjust stock (damaged, lost, found)"),
              HAND_OUT: QT_TRANSLATE_NOOP("StockChangeDialog", "Hand out at a station")}

    def __init__(self, desk, mode: str, items: list[ItemInfo], selected=None,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.mode, self.saved = desk, mode, None
        self.setObjectName("stockChangeDialog")
        self.setWindowTitle(self.tr(self.TITLES[mode]))
        self.item = QComboBox(objectName="stockItem")
        self.item.setAccessibleName(self.tr("Item"))
        for i in items:
            # ids as text: Qt compares them
            self.item.addItem(self.tr("{item} — {count} on hand").format(item=i.name, count=i.on_hand), str(i.id))
        if selected is not None:
            self.item.setCurrentIndex(max(0, self.item.findData(str(selected))))
        self.quantity = QSpinBox(objectName="stockQuantity", minimum=-100000 if mode == ADJUST else 1, maximum=100000)
        self.quantity.setValue(-1 if mode == ADJUST else 1)
        self.quantity.setAccessibleName(self.tr("Change (negative takes away)") if mode == ADJUST
                                        else self.tr("How many"))
        self.source = QComboBox(objectName="stockSource")
        self.source.setAccessibleName(self.tr("Where it came from"))
        for s in SOURCES:
            self.source.addItem(source_label(s), s)
        self.source.setCurrentIndex(SOURCES.index("purchased"))
        self.station = QComboBox(objectName="stockStation", editable=True)
        self.station.setAccessibleName(self.tr("Station"))
        try:
            names = [s.name for s in stations.list_stations(desk)]
        except Exception:  # noqa: BLE001 - a station list is only a convenience
            names = []
        self.station.addItems(names or [inventory.CHECK_IN_TABLE])
        giveaways = self.station.findText("Giveaways")
        if giveaways >= 0:
            self.station.setCurrentIndex(giveaways)
        self.reason = QLineEdit(objectName="stockReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText({RECEIVE: self.tr("optional, e.g. party store order"),
                                        ADJUST: self.tr("required, e.g. 2 damaged"),
                                        HAND_OUT: self.tr("optional")}[mode])
        form = QFormLayout()
        form.addRow(self.tr("&Item:"), self.item)
        form.addRow(self.tr("&Change:") if mode == ADJUST else self.tr("&How many:"), self.quantity)
        if mode == RECEIVE:
            form.addRow(self.tr("&From:"), self.source)
        if mode == HAND_OUT:
            form.addRow(self.tr("&Station:"), self.station)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.problem = _dialog_layout(self, form, "saveStockChangeButton")
        self.resize(460, 0)

    def save(self) -> None:
        item_id = uuid.UUID(self.item.currentData())

        def change():  # noqa: ANN202
            if self.mode == RECEIVE:
                return inventory.receive(self.desk, item_id, self.quantity.value(), self.source.currentData(),
                                         self.reason.text())
            if self.mode == ADJUST:
                return inventory.adjust(self.desk, item_id, self.quantity.value(), self.reason.text())
            return inventory.hand_out(self.desk, item_id, None, self.quantity.value(),
                                      station=self.station.currentText(), reason=self.reason.text()).item

        try:
            self.saved = with_sign_in(self, self.windowTitle(), change)
        except Exception as exc:  # noqa: BLE001
            self.problem.setText(explain(exc))
            return
        self.accept()
