"""The Donations screen: find donors, record gifts, and look after their receipts and thank-you letters."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.services import permissions
from nightout_desk.services.donations import donors, organization, receipts
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.money import format_money
from nightout_desk.ui.donations import print_flow
from nightout_desk.ui.donations.donation_dialog import DonationDialog
from nightout_desk.ui.donations.donor_dialog import DonorDialog
from nightout_desk.ui.donations.organization_dialog import OrganizationDialog
from nightout_desk.ui.donations.table_models import DonationsModel, DonorsModel, ReceiptsModel, kind_label
from nightout_desk.ui.messages import said, show_error
from nightout_desk.ui.service_words import in_language
from nightout_desk.ui.sign_in import allowed, attempt
from nightout_desk.ui.state import AppState

AREA = "donations"


def table(name: str, accessible: str, model, stretch: int, multi: bool = False) -> QTableView:  # noqa: ANN001
    view = QTableView(objectName=name)
    view.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def button(text: str, name: str, accessible: str, slot) -> QPushButton:  # noqa: ANN001
    b = QPushButton(text, objectName=name)
    b.setAccessibleName(accessible)
    if accessible != text.rstrip("…"):
        b.setToolTip(accessible)
    b.clicked.connect(slot)
    return b


class DonationsTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.search = QLineEdit(objectName="donorSearch",
                                placeholderText=self.tr("Find a donor: name, contact, email, phone"))
        self.search.setAccessibleName(self.tr("Find a donor"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=200, timeout=self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.record_button = button(self.tr("Record donation…  (Ctrl+N)"), "recordDonationButton",
                                    self.tr("Record a donation"), self.record_donation)
        self.record_button.setStyleSheet("QPushButton { font-weight: bold; padding: 6px 14px; }")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(button(self.tr("New donor…"), "newDonorButton", self.tr("Add a donor"), self.new_donor))
        top.addWidget(button(self.tr("Edit donor…"), "editDonorButton", self.tr("Edit the selected donor"),
                             self.edit_donor))
        top.addWidget(button(self.tr("Merge donors…"), "mergeDonorsButton", self.tr("Merge two selected donors"),
                             self.merge_donors))
        top.addWidget(self.record_button)

        self.setup_banner = QLabel(objectName="donationsSetupBanner", wordWrap=True)
        self.setup_banner.setStyleSheet("background: #fff4d6; color: #5a3d00; padding: 8px; border-radius: 4px")
        self.setup_banner.setText(self.tr("⚠ Receipts cannot be issued yet: an organizer must enter the "
                                          "organization's name and tax status (Organization… below). Donations can "
                                          "be recorded meanwhile."))

        self.donors_model = DonorsModel(self)
        self.donors_view = table("donorsTable", self.tr("Donors"), self.donors_model, 0, multi=True)
        self.donations_model = DonationsModel(self)
        self.donations_view = table("donationsTable", self.tr("Donations"), self.donations_model, 3)
        for column, width in ((1, 170),):  # the donor's name may be long; the gift itself gets the room
            self.donations_view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.donations_view.setColumnWidth(column, width)
        self.receipts_model = ReceiptsModel(self)
        self.receipts_view = table("receiptsTable", self.tr("Receipts"), self.receipts_model, 1)
        self.right_tabs = QTabWidget(objectName="donationsViews")
        self.right_tabs.addTab(self.donations_view, self.tr("Donations"))
        self.right_tabs.addTab(self.receipts_view, self.tr("Receipts (void ones too)"))
        self.showing = QLabel(objectName="donationsShowing")
        self.show_all_button = button(self.tr("Show every donor's"), "showAllDonationsButton",
                                      self.tr("Show every donor's donations"), self.show_all)
        showing_row = QHBoxLayout()
        showing_row.addWidget(self.showing, 1)
        showing_row.addWidget(self.show_all_button)

        receipt_row = QHBoxLayout()
        for text, name, accessible, slot in (
                (self.tr("Print receipt…"), "printReceiptButton", self.tr("Print or reprint the selected receipt"),
                 self.print_selected),
                (self.tr("Void receipt…"), "voidReceiptButton", self.tr(
                    "Void the selected receipt only: the gift still counts (to take the gift back too, use Void "
                    "donation…)"), self.void_selected),
                (self.tr("Reissue…"), "reissueReceiptButton", self.tr("Void and reissue the selected receipt"),
                 self.reissue_selected),
                (self.tr("Correct donation…"), "correctDonationButton", self.tr("Correct the selected donation"),
                 self.correct_selected),
                (self.tr("Void donation…"), "voidDonationButton",
                 self.tr("Void the selected donation (typed twice, a bounced check)"), self.void_donation),
                (self.tr("Donor summary receipt…"), "summaryReceiptButton",
                 self.tr("One receipt listing all the donor's gifts"), self.summary_receipt)):
            receipt_row.addWidget(button(text, name, accessible, slot))
        receipt_row.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(showing_row)
        right_layout.addWidget(self.right_tabs, 1)
        right_layout.addLayout(receipt_row)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.donors_view)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([470, 880])
        split.setChildrenCollapsible(False)

        self.unprinted_button = button(self.tr("Print unprinted receipts"), "printUnprintedButton",
                                       self.tr("Print every receipt not printed yet"), self.print_unprinted)
        bottom = QHBoxLayout()
        self.totals = QLabel(objectName="donationsTotals", wordWrap=True)
        self.totals.setMinimumWidth(200)
        self.totals.setAccessibleName(self.tr("Donation totals"))
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.unprinted_button)
        bottom.addWidget(button(self.tr("Import donations…"), "importDonationsButton",
                                self.tr("Import donations from a CSV file"), self.import_donations))
        bottom.addWidget(button(self.tr("Thank-you letters…"), "lettersButton", self.tr("Print thank-you letters"),
                                self.print_letters))
        bottom.addWidget(button(self.tr("Year statements…"), "yearStatementsButton",
                                self.tr("Print donors' calendar-year statements (every event)"), self.year_statements))
        bottom.addWidget(button(self.tr("Organization…"), "organizationButton", self.tr("Who issues the receipts"),
                                self.edit_organization))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.setup_banner)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self.donors_view.selectionModel().selectionChanged.connect(lambda *_: self._show_donations())
        self.donations_view.doubleClicked.connect(lambda _i: self.print_selected())
        # another screen saved something: refresh now if shown, else when shown (the window refreshes a tab it
        # brings forward), so a check-in at the desk does not wait for this screen's queries
        state.dataChanged.connect(lambda area: self.refresh() if area != AREA and self.isVisible() else None)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.record_donation,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh()

    # --- data -------------------------------------------------------------------------------------------------------
    def focus_default(self) -> None:
        self.search.setFocus()

    def selected_donors(self) -> list:
        rows = sorted({i.row() for i in self.donors_view.selectionModel().selectedRows()})
        return [self.donors_model.row(r) for r in rows]

    def refresh(self) -> None:
        try:
            chosen = {d.id for d in self.selected_donors()}
            self.donors_model.set_rows(donors.search(self.state.desk, self.search.text()))
            for r, d in enumerate(self.donors_model.rows):
                if d.id in chosen:
                    self.donors_view.selectRow(r)
            self._show_donations()
            summary = donations.report_summary(self.state.desk)
            org = organization.get(self.state.desk)
        except Exception as exc:  # noqa: BLE001 - a refresh must never take the screen down
            self.totals.setText(self.tr("Not refreshed: {why}").format(why=said(exc)))
            return
        self.setup_banner.setVisible(not org.is_set_up)
        self.totals.setText(self.tr("{donors} · {donations} · {money} in money · {goods} · {unprinted}").format(
            donors=self.tr("%n donors", "", summary.donors), donations=self.tr("%n donations", "", summary.donations),
            money=format_money(summary.money_total_cents),
            goods=self.tr("%n gifts of goods", "", summary.in_kind_count),
            unprinted=self.tr("%n receipts not printed yet", "", summary.receipts_unprinted)))
        self.unprinted_button.setText(self.tr("Print unprinted receipts ({n})").format(n=summary.receipts_unprinted))
        self.unprinted_button.setEnabled(summary.receipts_unprinted > 0 or not org.is_set_up)

    def _show_donations(self) -> None:
        chosen = self.selected_donors()
        donor = chosen[0] if len(chosen) == 1 else None
        desk = self.state.desk
        self.donations_model.set_rows(donations.list_donations(desk, donor.id if donor else None))
        every = receipts.list_receipts(desk)
        self.receipts_model.set_rows([r for r in reversed(every) if donor is None or r.donor_id == donor.id])
        self.showing.setText(self.tr("<b>{donor}</b>: {gifts}").format(donor=donor.name,
                                                                       gifts=self.tr("%n gifts", "", donor.gifts))
                             if donor else self.tr("<b>Every donor's gifts</b>"))
        self.show_all_button.setVisible(donor is not None)

    def show_all(self) -> None:
        self.donors_view.clearSelection()

    def _changed(self) -> None:
        self.refresh()
        self.state.dataChanged.emit(AREA)

    # --- donors -------------------------------------------------------------------------------------------------------
    def new_donor(self) -> None:
        dialog = DonorDialog(self.state.desk, parent=self, name=self.search.text())
        if dialog.exec() and dialog.saved:
            self.search.clear()
            self._changed()
            self._select_donor(dialog.saved.id)

    def _select_donor(self, donor_id) -> None:  # noqa: ANN001
        for r, d in enumerate(self.donors_model.rows):
            if d.id == donor_id:
                self.donors_view.selectRow(r)

    def edit_donor(self) -> None:
        chosen = self.selected_donors()
        if len(chosen) != 1:
            QMessageBox.information(self, self.tr("Edit donor"), self.tr("Select one donor in the list first."))
            return
        if DonorDialog(self.state.desk, chosen[0], parent=self).exec():
            self._changed()

    def merge_donors(self) -> None:
        chosen = self.selected_donors()
        if len(chosen) != 2:
            QMessageBox.information(self, self.tr("Merge donors"), self.tr(
                "Select the two entries of the same donor (Ctrl+click the second one), then press Merge."))
            return
        keep, dup = sorted(chosen, key=lambda d: (-d.gifts, d.name))
        answer = QMessageBox.question(self, self.tr("Merge donors"), self.tr(
            "Keep “{keep}” ({kept}) and move the {moved} of “{other}” to it?\n\nReceipts already issued keep their "
            "wording.").format(keep=keep.name, kept=self.tr("%n gifts", "", keep.gifts),
                               moved=self.tr("%n gifts", "", dup.gifts), other=dup.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if attempt(self, self.tr("Merge donors"), lambda: donors.merge(self.state.desk, keep.id, dup.id) or True,
                   self.state) is None:
            return
        self._changed()
        self._select_donor(keep.id)

    # --- donations ------------------------------------------------------------------------------------------------
    def record_donation(self) -> None:
        chosen = self.selected_donors()
        dialog = DonationDialog(self.state.desk, self, donor_id=chosen[0].id if len(chosen) == 1 else None)
        if not dialog.exec() or dialog.saved is None:
            return
        self._changed()
        saved = dialog.saved
        if saved.warnings:
            QMessageBox.information(self, self.tr("Donation saved"), "\n".join(map(in_language, saved.warnings)))
        elif dialog.print_after and saved.receipt_id:
            print_flow.preview_receipts(self.state, [saved.receipt_id], self)
            self.refresh()

    def selected_donation(self):  # noqa: ANN201
        return self.donations_model.row(self.donations_view.currentIndex().row())

    def selected_receipt(self):  # noqa: ANN201
        """The receipt chosen in the Receipts list, or the current receipt of the chosen donation."""
        if self.right_tabs.currentWidget() is self.receipts_view:
            return self.receipts_model.row(self.receipts_view.currentIndex().row())
        d = self.selected_donation()
        if d is None or d.receipt_id is None:
            return None
        return next((r for r in receipts.for_donation(self.state.desk, d.id) if r.id == d.receipt_id), None)

    def correct_selected(self) -> None:
        d = self.selected_donation()
        if d is None:
            QMessageBox.information(self, self.tr("Correct a donation"),
                                    self.tr("Select the donation in the Donations list first."))
            return
        dialog = DonationDialog(self.state.desk, self, correcting=d)
        if dialog.exec():
            self._changed()
            if dialog.print_after and dialog.saved and dialog.saved.receipt_id:
                print_flow.preview_receipts(self.state, [dialog.saved.receipt_id], self)
                self.refresh()

    def void_donation(self) -> None:
        d = self.selected_donation()
        if d is None:
            QMessageBox.information(self, self.tr("Void a donation"),
                                    self.tr("Select the donation in the Donations list first."))
            return
        if d.is_void:
            QMessageBox.information(self, self.tr("Void a donation"),
                                    self.tr("That donation is void already: {reason}.").format(reason=d.void_reason))
            return
        gift = self.tr("{donor}'s {kind} of {what}").format(donor=d.donor_name, kind=kind_label(d.kind).lower(),
                                                            what=d.what)
        question = (self.tr("Void {gift}? It stays on file, marked VOID, and counts nowhere; receipt {number} is "
                            "voided with it.").format(gift=gift, number=d.receipt_number) if d.receipt_number else
                    self.tr("Void {gift}? It stays on file, marked VOID, and counts nowhere.").format(gift=gift))
        reason, ok = QInputDialog.getText(self, self.tr("Void donation"), question + "\n" + self.tr(
            "Why (typed twice, check bounced, wrong donor)?"))
        if not ok:
            return
        done = attempt(self, self.tr("Void donation"), lambda: donations.void(self.state.desk, d.id, reason),
                       self.state)
        if done is None:
            return
        self._changed()
        if done.warnings:
            QMessageBox.information(self, self.tr("Donation voided"), "\n".join(map(in_language, done.warnings)))

    # --- receipts ---------------------------------------------------------------------------------------------------
    def _need_receipt(self):  # noqa: ANN202
        r = self.selected_receipt()
        d = self.selected_donation() if self.right_tabs.currentWidget() is not self.receipts_view else None
        if r is None and d is not None and d.is_void:  # its receipt went with it: say so, not "select one"
            QMessageBox.information(self, self.tr("Receipts"), self.tr(
                "That donation was voided ({reason}), and its receipt with it: the Receipts list shows it.").format(
                reason=d.void_reason))
            return None
        if r is None:
            QMessageBox.information(self, self.tr("Receipts"), self.tr(
                "Select a donation that has a receipt, or a receipt in the Receipts list."))
        return r

    def print_selected(self) -> None:
        r = self._need_receipt()
        if r is not None:
            self._print([r.id])

    def _print(self, ids) -> None:  # noqa: ANN001
        try:
            print_flow.preview_receipts(self.state, ids, self)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Not printed"), exc)
        self._changed()

    def void_selected(self) -> None:
        r = self._need_receipt()
        if r is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Void receipt {number}").format(number=r.number),
                                          self.tr("Why is it void? It stays on file, marked VOID, with this reason:"))
        if not ok:
            return
        if attempt(self, self.tr("Void receipt"), lambda: receipts.void(self.state.desk, r.id, reason) or True,
                   self.state) is None:
            return
        self._changed()

    def reissue_selected(self) -> None:
        r = self._need_receipt()
        if r is None:
            return
        prompt = self.tr("The new receipt gets a new number and points to this one.")
        if not r.is_void:
            prompt += "\n" + self.tr("Receipt {number} will be voided. Why?").format(number=r.number)
        reason, ok = QInputDialog.getText(self, self.tr("Reissue receipt {number}").format(number=r.number), prompt,
                                          text=r.void_reason)
        if not ok:
            return
        new = attempt(self, self.tr("Reissue receipt"), lambda: receipts.reissue(self.state.desk, r.id, reason),
                      self.state)
        if new is None:
            return
        self._changed()
        if QMessageBox.question(self, self.tr("Reissued"), self.tr("Receipt {new} replaces {old}. Print it now?")
                                .format(new=new.number, old=r.number)) == QMessageBox.StandardButton.Yes:
            self._print([new.id])

    def summary_receipt(self) -> None:
        chosen = self.selected_donors()
        if len(chosen) != 1:
            QMessageBox.information(self, self.tr("Donor summary receipt"),
                                    self.tr("Select one donor in the list first."))
            return
        made = attempt(self, self.tr("Donor summary receipt"),
                       lambda: receipts.issue_summary(self.state.desk, chosen[0].id), self.state)
        if made is None:
            return
        self._changed()
        self._print([made.id])

    def print_unprinted(self) -> None:
        desk = self.state.desk
        try:
            if not organization.get(desk).is_set_up:
                raise InvalidInput(self.tr("Set up the organization first (Organization…), then print."))
            if permissions.may(desk, "donations.issue_receipts"):  # numbering old donations: an organizer's
                receipts.issue_missing(desk)
            todo = [r.id for r in receipts.list_receipts(desk, unprinted=True)]
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Receipts"), exc)
            return
        if not todo:
            QMessageBox.information(self, self.tr("Receipts"), self.tr("Every receipt is printed already."))
            return
        self._print(todo)

    def print_letters(self) -> None:
        chosen = self.selected_donors()
        ids = [d.id for d in chosen] if chosen else None
        count = attempt(self, self.tr("Thank-you letters"), lambda: print_flow.preview_letters(self.state, ids, self),
                        self.state)
        if count is None:
            return
        if count == 0:
            QMessageBox.information(self, self.tr("Thank-you letters"),
                                    self.tr("No donations are recorded for these donors yet."))

    def year_statements(self) -> None:
        from nightout_desk.ui.donations.statements_dialog import YearStatementsDialog
        from nightout_desk.ui.sign_in import allowed

        if not allowed(self, self.tr("Year statements"), "donations.statements", self.state):
            return
        dialog = attempt(self, self.tr("Year statements"), lambda: YearStatementsDialog(self.state, self), self.state)
        if dialog is not None:
            dialog.exec()

    def import_donations(self) -> None:
        from nightout_desk.ui.donations.donation_import import open_donation_import

        dialog = open_donation_import(self, self.state)
        dialog.imported.connect(lambda _r: self.refresh())

    def edit_organization(self) -> None:
        # asked before the form opens
        if not allowed(self, self.tr("Organization"), "donations.organization", self.state):
            return
        if OrganizationDialog(self.state.desk, self).exec():
            self._changed()

