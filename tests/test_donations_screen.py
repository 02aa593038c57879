"""The Donations screen driven as an organizer would: record a gift, print its receipt to a PDF, void, letters."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QGroupBox, QInputDialog, QLineEdit, QPushButton

from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.donations import receipts
from nightout_desk.services.inventory import stock as inventory
from nightout_desk.ui.donations.donation_dialog import DonationDialog
from nightout_desk.ui.donations.donations_tab import DonationsTab
from nightout_desk.ui.print_preview import PrintPreviewDialog
from nightout_desk.ui.state import AppState
from tests.donation_helpers import hardware, set_up, zoe
from tests.test_receipt_printing import pdf_text


def when_shown(qtbot, cls: type, act: Callable[[QDialog], None]) -> list:
    """Act on the next dialog of `cls` once it is open (the code under test waits in its exec())."""
    seen: list = []

    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, cls) and w.isVisible() and w not in seen:
                seen.append(w)
                act(w)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def save_and_close(target):
    def act(dialog: PrintPreviewDialog) -> None:
        dialog.save_as(str(target))
        dialog.accept()
    return act


@pytest.fixture
def tab(qtbot, sqlite_desk):
    set_up(sqlite_desk)
    widget = DonationsTab(AppState(sqlite_desk))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def _fill(qtbot, dialog: DonationDialog, donor: str, kind_label: str, **fields: str) -> None:
    dialog.donor.setCurrentIndex(dialog.donor.findText(donor))  # picked from the list (the completer's popup)
    dialog.kind.setCurrentIndex(dialog.kind.findText(kind_label))
    for name, text in fields.items():
        qtbot.keyClicks(dialog.findChild(QLineEdit, name), text)


def test_recording_a_check_and_printing_its_receipt_to_pdf(qtbot, tab, sqlite_desk, tmp_path):
    hardware(sqlite_desk)
    tab.refresh()
    target = tmp_path / "receipt.pdf"

    def record(dialog: DonationDialog) -> None:
        _fill(qtbot, dialog, "Riverside Hardware — Sam Patel", "Check", donationAmount="1,250",
              donationCheckNumber="4417", donationPurpose="K-9 equipment")
        assert not dialog.findChild(QGroupBox, "donationToStock").isVisible()  # money never goes into stock
        when_shown(qtbot, PrintPreviewDialog, save_and_close(target))
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveAndPrintButton"), Qt.MouseButton.LeftButton)

    opened = when_shown(qtbot, DonationDialog, record)
    qtbot.mouseClick(tab.findChild(QPushButton, "recordDonationButton"), Qt.MouseButton.LeftButton)
    assert opened and target.exists()
    saved = donations.list_donations(sqlite_desk)[0]
    assert (saved.kind, saved.amount_cents, saved.check_number, saved.purpose) == ("check", 125000, "4417",
                                                                                   "K-9 equipment")
    assert saved.receipt_number == "NNO-2026-0001" and saved.receipt_printed
    text = pdf_text(target)
    assert "NNO-2026-0001" in text and "$1,250.00" in text and "Check no. 4417" in text
    assert "No goods or services were provided in return for this contribution." in text
    assert "0 receipts not printed yet" in tab.totals.text()


def test_donated_helmets_offer_to_go_into_stock_from_the_dialog(qtbot, sqlite_desk):
    set_up(sqlite_desk)
    zoe(sqlite_desk)
    dialog = DonationDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, "Zoë Nguyễn-O'Brien", "Goods (in-kind)", donationDescription="Bike helmets (youth)",
          donationEstimate="480")
    dialog.quantity.setValue(24)
    stock = dialog.findChild(QGroupBox, "donationToStock")
    assert stock.isVisible() and not stock.isChecked()
    assert dialog.findChild(QComboBox, "donationStockItem").currentText() == "New item: Bike helmets (youth)"
    stock.setChecked(True)
    dialog.stock_limit.setValue(1)
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveDonationButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    item = inventory.levels(sqlite_desk)[0]
    assert (item.name, item.on_hand, item.limit_per_household) == ("Bike helmets (youth)", 24, 1)
    assert donations.list_donations(sqlite_desk)[0].estimated_value_cents == 48000


def test_a_mistake_in_the_dialog_is_explained_and_nothing_is_saved(qtbot, sqlite_desk):
    zoe(sqlite_desk)
    dialog = DonationDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, "Zoë Nguyễn-O'Brien", "Cash", donationAmount="12.345")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveDonationButton"), Qt.MouseButton.LeftButton)
    assert "two digits" in dialog.problem.text() and dialog.isVisible()
    dialog.donor.setEditText("Nobody we know")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveDonationButton"), Qt.MouseButton.LeftButton)
    assert "Choose the donor" in dialog.problem.text()
    assert donations.list_donations(sqlite_desk) == []


def test_voiding_from_the_screen_keeps_the_receipt_marked_void(qtbot, tab, sqlite_desk, monkeypatch):
    d = donations.record(sqlite_desk, zoe(sqlite_desk).id, kind="cash", amount="40")
    tab.refresh()
    tab.donations_view.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("entered twice", True))
    qtbot.mouseClick(tab.findChild(QPushButton, "voidReceiptButton"), Qt.MouseButton.LeftButton)
    r = receipts.for_donation(sqlite_desk, d.id)[0]
    assert r.is_void and r.void_reason == "entered twice"
    tab.right_tabs.setCurrentIndex(1)
    model = tab.receipts_model
    assert model.data(model.index(0, 4)).startswith("VOID")
    assert donations.list_donations(sqlite_desk)[0].receipt_number == ""


def test_thank_you_letters_preview_from_the_screen(qtbot, tab, sqlite_desk, tmp_path):
    donations.record(sqlite_desk, zoe(sqlite_desk).id, kind="cash", amount="40")
    target = tmp_path / "letters.pdf"
    when_shown(qtbot, PrintPreviewDialog, save_and_close(target))
    qtbot.mouseClick(tab.findChild(QPushButton, "lettersButton"), Qt.MouseButton.LeftButton)
    assert "Dear Zoë Nguyễn-O'Brien," in pdf_text(target)


def test_print_unprinted_sends_every_waiting_receipt_and_marks_them(qtbot, tab, sqlite_desk, tmp_path):
    z = zoe(sqlite_desk)
    for amount in ("10", "20", "30"):
        donations.record(sqlite_desk, z.id, kind="cash", amount=amount)
    tab.refresh()
    button = tab.findChild(QPushButton, "printUnprintedButton")
    assert button.text() == "Print unprinted receipts (3)"
    target = tmp_path / "batch.pdf"
    when_shown(qtbot, PrintPreviewDialog, save_and_close(target))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "NNO-2026-0001" in pdf_text(target) and "NNO-2026-0003" in pdf_text(target)
    assert receipts.list_receipts(sqlite_desk, unprinted=True) == []
    assert not button.isEnabled() and button.text() == "Print unprinted receipts (0)"


def test_two_entries_of_one_donor_are_merged_from_the_screen(qtbot, tab, sqlite_desk, monkeypatch):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QMessageBox

    from nightout_desk.services.donations import donors

    a = hardware(sqlite_desk)
    b = donors.add_donor(sqlite_desk, kind="business", name="Riverside Hardware Inc.")
    donations.record(sqlite_desk, b.id, kind="cash", amount="5")
    donations.record(sqlite_desk, b.id, kind="cash", amount="6")
    donations.record(sqlite_desk, a.id, kind="cash", amount="7")
    tab.refresh()
    selection = tab.donors_view.selectionModel()
    for r in range(tab.donors_model.rowCount()):
        selection.select(tab.donors_model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.findChild(QPushButton, "mergeDonorsButton"), Qt.MouseButton.LeftButton)
    assert "Keep “Riverside Hardware Inc.” (2 gifts)" in asked[0]  # the entry with more gifts is kept
    assert [d.name for d in tab.donors_model.rows] == ["Riverside Hardware Inc."]
    assert tab.donors_model.rows[0].gifts == 3


def test_more_helmets_from_the_selected_donor_go_onto_the_existing_item(qtbot, sqlite_desk):
    set_up(sqlite_desk)
    z = zoe(sqlite_desk)
    existing = inventory.add_item(sqlite_desk, name="Bike helmet (youth)", limit_per_household=1)
    dialog = DonationDialog(sqlite_desk, donor_id=z.id)  # opened with the donor chosen in the list
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.donor.currentText() == "Zoë Nguyễn-O'Brien"
    dialog.kind.setCurrentIndex(dialog.kind.findText("Goods (in-kind)"))
    qtbot.keyClicks(dialog.description, "More helmets")
    dialog.quantity.setValue(6)
    dialog.stock.setChecked(True)
    dialog.stock_item.setCurrentIndex(dialog.stock_item.findText("Bike helmet (youth) (0 on hand)"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()
    levels = inventory.levels(sqlite_desk)
    assert [(i.id, i.on_hand) for i in levels] == [(existing.id, 6)]
