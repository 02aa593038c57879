"""The Inventory screen: what is on hand, what went out tonight, low stock, each item's moves, the count."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from nightout_desk import clock
from nightout_desk.models.inventory import HANDED_OUT
from nightout_desk.printing.count_sheet import write_count_sheet
from nightout_desk.printing.progress import Cancelled, Progress
from nightout_desk.services import events
from nightout_desk.services.inventory import stock as inventory
from nightout_desk.services.wording.language import desk_language
from nightout_desk.services.wording.words import Words
from nightout_desk.ui.donations.donations_tab import button, table
from nightout_desk.ui.inventory.item_dialogs import ADJUST, HAND_OUT, RECEIVE, ItemDialog, StockChangeDialog
from nightout_desk.ui.inventory.reconcile_dialog import ReconcileDialog
from nightout_desk.ui.inventory.table_models import ItemsModel, MovesModel
from nightout_desk.ui.inventory.words import stock_words
from nightout_desk.ui.messages import said, show_error
from nightout_desk.ui.pdf_job import make_pdf, stop_if_cancelled
from nightout_desk.ui.print_preview import PrintPreviewDialog
from nightout_desk.ui.sign_in import allowed
from nightout_desk.ui.speech import show_result
from nightout_desk.ui.state import AppState

AREA = "inventory"


class InventoryTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        top = QHBoxLayout()
        for text, name, accessible, slot in (
                (self.tr("New item…"), "newItemButton", self.tr("Add a giveaway item"), self.new_item),
                (self.tr("Edit item…"), "editItemButton", self.tr("Edit the selected item"), self.edit_item),
                (self.tr("Receive…"), "receiveStockButton", self.tr("Receive stock"), lambda: self.change(RECEIVE)),
                (self.tr("Adjust…"), "adjustStockButton", self.tr("Adjust stock with a reason"),
                 lambda: self.change(ADJUST)),
                (self.tr("Hand out at a station…"), "stationHandOutButton", self.tr("Hand out at a station"),
                 lambda: self.change(HAND_OUT))):
            top.addWidget(button(text, name, accessible, slot))
        top.addStretch(1)
        top.addWidget(button(self.tr("Print count sheet…"), "countSheetButton",
                             self.tr("Print the end-of-night count sheet"), self.print_count_sheet))
        reconcile = button(self.tr("Reconcile count…"), "reconcileButton", self.tr("Enter counted quantities"),
                           self.reconcile)
        reconcile.setStyleSheet("QPushButton { font-weight: bold; padding: 6px 14px; }")
        top.addWidget(reconcile)

        self.summary = QLabel(objectName="inventorySummary", wordWrap=True)
        self.summary.setAccessibleName(self.tr("Stock summary"))
        self.items_model = ItemsModel(self)
        self.items_view = table("inventoryTable", self.tr("Giveaway items"), self.items_model, 0)
        self.moves_model = MovesModel(self)
        self.moves_view = table("movesTable", self.tr("Moves of the selected item"), self.moves_model, 5)
        self.moves_title = QLabel(objectName="movesTitle")
        self.undo_button = button(self.tr("Put back (undo a hand-out)"), "undoHandOutButton",
                                  self.tr("Undo the selected hand-out"), self.undo_hand_out)
        moves_top = QHBoxLayout()
        moves_top.addWidget(self.moves_title, 1)
        moves_top.addWidget(self.undo_button)
        moves = QWidget()
        moves_layout = QVBoxLayout(moves)
        moves_layout.setContentsMargins(0, 0, 0, 0)
        moves_layout.addLayout(moves_top)
        moves_layout.addWidget(self.moves_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.items_view)
        split.addWidget(moves)
        split.setSizes([330, 300])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.items_view.selectionModel().selectionChanged.connect(lambda *_: self._show_moves())
        self.items_view.doubleClicked.connect(lambda _i: self.edit_item())
        # another screen saved something: refresh now if shown, else when shown (the window refreshes a tab it
        # brings forward), so a check-in at the desk does not wait for this screen's queries
        state.dataChanged.connect(lambda area: self.refresh() if area != AREA and self.isVisible() else None)
        self.refresh()

    def focus_default(self) -> None:
        self.items_view.setFocus()

    def selected_item(self):  # noqa: ANN201
        return self.items_model.row(self.items_view.currentIndex().row())

    def refresh(self) -> None:
        current = self.selected_item()
        try:
            summary = inventory.report_summary(self.state.desk)
        except Exception as exc:  # noqa: BLE001 - a refresh must never take the screen down
            show_result(self.summary, self.tr("Not refreshed: {problem}").format(problem=said(exc)),
                        self.tr("Stock summary"), if_changed=True)
            return
        self.items_model.set_rows(summary.items)
        for r, i in enumerate(summary.items):
            if current is not None and i.id == current.id:
                self.items_view.selectRow(r)
        low = "; ".join(f"{i.name}: {stock_words(i)}" for i in summary.low)
        said_items = "<b>" + self.tr("%n items", "", len(summary.items)) + "</b>"
        served = self.tr("{handed_out} handed out tonight to %n households", "", summary.households_served).format(
            handed_out=summary.handed_out)
        low_words = (" · <span style='color:#8a1c1c'><b>" + self.tr("LOW STOCK") + f"</b> — {low}</span>" if low
                     else " · " + self.tr("no item is low"))
        show_result(self.summary, f"{said_items} · {served}{low_words}", self.tr("Stock summary"), if_changed=True)
        self._show_moves()

    def _show_moves(self) -> None:
        item = self.selected_item()
        if item is None:
            self.moves_model.set_rows([])
            self.moves_title.setText(self.tr("Select an item to see its moves (received, handed out, adjusted, "
                                             "counted)."))
            self.undo_button.setEnabled(False)
            return
        moves = inventory.history(self.state.desk, item.id)
        self.moves_model.set_rows(moves)
        self.moves_title.setText(f"<b>{item.name}</b>: " + self.tr("%n moves · {count} on hand", "", len(moves)).format(
            count=item.on_hand))
        self.undo_button.setEnabled(True)

    def _changed(self) -> None:
        self.refresh()
        self.state.dataChanged.emit(AREA)

    def new_item(self) -> None:
        if ItemDialog(self.state.desk, parent=self).exec():
            self._changed()

    def edit_item(self) -> None:
        item = self.selected_item()
        if item is None:
            QMessageBox.information(self, self.tr("Edit item"), self.tr("Select an item in the list first."))
            return
        if ItemDialog(self.state.desk, item, parent=self).exec():
            self._changed()

    def change(self, mode: str) -> None:
        items = inventory.levels(self.state.desk)
        if not items:
            QMessageBox.information(self, self.tr("Giveaways"), self.tr("Add a giveaway item first (New item…)."))
            return
        current = self.selected_item()
        if StockChangeDialog(self.state.desk, mode, items, current.id if current else None, self).exec():
            self._changed()

    def undo_hand_out(self) -> None:
        move = self.moves_model.row(self.moves_view.currentIndex().row())
        if move is None or move.kind != HANDED_OUT or move.quantity >= 0:
            QMessageBox.information(self, self.tr("Put back"),
                                    self.tr("Select a “handed out” move in the list of moves first."))
            return
        try:
            inventory.undo_hand_out(self.state.desk, move.id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Not put back"), exc)
            return
        self._changed()

    def print_count_sheet(self) -> None:
        desk = self.state.desk
        folder = Path(tempfile.mkdtemp(prefix="nightout-print-"))
        pdf = folder / "count-sheet.pdf"

        def work(_progress: Progress, cancelled: Cancelled) -> bool:  # off the GUI thread
            items = inventory.levels(desk)
            if not items:
                return False
            event = events.get_event(desk.db, desk.event_id)
            w = Words(desk_language(desk))  # the event's language, as `nightout-desk print count-sheet` prints it
            write_count_sheet(f"{event.name} — {w.day(event.date)}", items, pdf, clock.local(clock.now()), w)
            stop_if_cancelled(cancelled)
            return True

        try:
            made = make_pdf(self, self.tr("Giveaway count sheet"), work)
        except Exception as exc:  # noqa: BLE001
            made = None
            show_error(self, self.tr("Count sheet not made"), exc)
        if not made:
            shutil.rmtree(folder, ignore_errors=True)
            if made is False:
                QMessageBox.information(self, self.tr("Count sheet"), self.tr("There are no giveaway items yet."))
            return
        dialog = PrintPreviewDialog(pdf, self.tr("Giveaway count sheet"), self, settings=self.state.settings,
                                    suggested_name="count-sheet.pdf")
        dialog.setObjectName("countSheetPreview")
        dialog.exec()

    def reconcile(self) -> None:
        if not allowed(self, self.tr("Reconcile"), "inventory.adjust", self.state):  # asked before the count is typed
            return
        if ReconcileDialog(self.state.desk, self).exec():
            self._changed()
