"""File › Print family tickets…: every household's ticket (family name, QR of its code, the event) on Letter or A4
paper with cut lines or on badge labels — preview, then print or save as PDF — or a folder for a mail merge."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.printers import paper as papers
from nightout_desk.printing import badges as badge_pdf
from nightout_desk.printing import ticket_files
from nightout_desk.printing import tickets as ticket_pdf
from nightout_desk.printing.progress import Cancelled, Progress
from nightout_desk.services.checkin import tickets
from nightout_desk.ui.messages import said, show_error
from nightout_desk.ui.pdf_job import make_pdf
from nightout_desk.ui.print_preview import PrintPreviewDialog
from nightout_desk.ui.sign_in import allowed
from nightout_desk.ui.state import AppState
from nightout_desk.ui.volunteers.badge_print_dialog import STOCK_TITLES as BADGE_STOCK_TITLES

PAPER_TITLES = {  # printing/tickets.py PAPER's titles, in the screens' language
    "letter": QT_TRANSLATE_NOOP("TicketStocks", "US Letter paper — 8 tickets of 4″ × 2½″, cut on the dashed lines"),
    "a4": QT_TRANSLATE_NOOP("TicketStocks", "A4 paper — 8 tickets of 100 × 70 mm, cut on the dashed lines"),
}


def stock_title(name: str, title: str) -> str:
    """A stock's title in the screens' language (the paper's here, the label stocks' in the badge dialog's table)."""
    if name in PAPER_TITLES:
        return QCoreApplication.translate("TicketStocks", PAPER_TITLES[name])
    if name in BADGE_STOCK_TITLES:
        return QCoreApplication.translate("BadgeStocks", BADGE_STOCK_TITLES[name])
    return title


class TicketPrintDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketPrintDialog")
        self.setWindowTitle(self.tr("Print family tickets"))
        self.state = state
        self.pdf_path: Path | None = None
        self.sheet: tickets.TicketSheet | None = None
        self.preview: PrintPreviewDialog | None = None
        self.stock = QComboBox(objectName="ticketStock")
        self.stock.setAccessibleName(self.tr("Paper or label stock"))
        for name, st in ticket_pdf.stocks().items():
            self.stock.addItem(stock_title(name, st.title), name)
        form = QFormLayout()
        form.addRow(self.tr("&Print on:"), self.stock)
        self.summary = QLabel(objectName="ticketPrintSummary", wordWrap=True)
        self.preview_button = QPushButton(self.tr("Preview…"), objectName="ticketPreviewButton")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.open_preview)
        self.export_button = QPushButton(self.tr("Export for a mail merge…"), objectName="ticketExportButton")
        self.export_button.setToolTip(self.tr("tickets.csv (family, first names, email, code) and one QR picture "
                                              "per family"))
        self.export_button.clicked.connect(lambda: self.export())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One ticket per family, with the QR code the check-in desk scans. Send them "
                                        "ahead of the night, or hand them out at sign-up."), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(600, 200)
        self.stock.currentIndexChanged.connect(lambda *_: self.count())
        self.count()

    def _sheet(self) -> tickets.TicketSheet | None:
        try:
            return tickets.ticket_sheet(self.state.desk)
        except Exception as exc:  # noqa: BLE001 - said in the dialog (e.g. a volunteer may not print them)
            self.summary.setText(said(exc))
            return None

    def count(self) -> None:
        """How many tickets and pages the current stock gives, before anything is drawn."""
        sheet = self._sheet()
        if sheet is None:
            return
        n = len(sheet.tickets)
        st = ticket_pdf.ticket_stock(self.stock.currentData())
        pages = -(-n // st.per_page)
        if not n:
            self.summary.setText(self.tr("No families yet: import the sign-ups first (File › Import attendees…)."))
            return
        units = self.tr("%n labels", "", pages) if st.per_page == 1 else self.tr("%n pages", "", pages)
        self.summary.setText(self.tr("%n families", "", n) + " → " + units)

    def make_pdf(self) -> Path | None:
        """Build the PDF for the chosen stock off the GUI thread (tests call this directly)."""
        desk, stock_name = self.state.desk, self.stock.currentData()
        folder = Path(tempfile.mkdtemp(prefix="nightout-tickets-"))
        path = folder / f"family-tickets-{stock_name}.pdf"

        def work(progress: Progress, cancelled: Cancelled) -> tuple[tickets.TicketSheet, int]:
            sheet = tickets.ticket_sheet(desk)
            if not sheet.tickets:
                return sheet, 0
            return sheet, ticket_pdf.render(sheet, stock_name, path, progress=progress, cancelled=cancelled)

        try:
            made = make_pdf(self, self.windowTitle(), work, self.tr("Drawing the tickets…"))
        except Exception as exc:  # noqa: BLE001 - e.g. a volunteer may not print them
            made = None
            show_error(self, self.tr("Tickets not made"), exc)
        else:
            if made is None:
                self.summary.setText(self.tr("Stopped: no tickets were made."))
        if made is None or not made[0].tickets:
            shutil.rmtree(folder, ignore_errors=True)
            return None
        self.sheet, pages = made
        self.pdf_path = path
        n = len(self.sheet.tickets)
        self.summary.setText(self.tr("{tickets} on {pages}.").format(tickets=self.tr("%n tickets", "", n),
                                                                     pages=self.tr("%n pages", "", pages)))
        return self.pdf_path

    def open_preview(self) -> None:
        if self.make_pdf() is None:
            return
        stock = self.stock.currentData()
        paper = papers.for_stock(stock) if stock in badge_pdf.STOCKS else None  # Letter/A4: read from the PDF
        self.preview = PrintPreviewDialog(self.pdf_path, self.windowTitle(), self, settings=self.state.settings,
                                          suggested_name=self.pdf_path.name, paper=paper,
                                          job_title=f"Family tickets — {stock} — {len(self.sheet.tickets)}")
        self.preview.exec()
        if self.preview.printed or self.preview.saved_to:
            self._record("printed", f"{self.stock.currentData()}, "
                                    + (self.preview.saved_to.name if self.preview.saved_to else "printer"))

    def export(self, folder: Path | None = None) -> list[Path]:
        """Write tickets.csv and the QR pictures into a folder the user picks (or `folder`, for tests)."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export families' tickets to which folder?"))
            if not chosen:
                return []
            folder = Path(chosen)
        sheet = self._sheet()
        if sheet is None or not sheet.tickets:
            return []
        try:
            csv_path, pictures = ticket_files.write_mail_merge(sheet, folder)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Tickets not exported"), exc)
            return []
        self.sheet = sheet
        self._record("exported", str(folder))
        self.summary.setText(self.tr("{file} and %n QR pictures written to {folder}.", "", len(pictures)).format(
            file=csv_path.name, folder=folder))
        return [csv_path, *pictures]

    def _record(self, done: str, where: str) -> None:
        try:
            tickets.record(self.state.desk, self.sheet, done, where)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Not written to the audit log"), exc)


def open_ticket_print(parent: QWidget | None, state: AppState) -> TicketPrintDialog | None:
    """File › Print family tickets…: an organizer's (a volunteer desk is asked to sign in first)."""
    if not allowed(parent, QCoreApplication.translate("TicketPrintDialog", "Print family tickets"), "checkin.tickets",
                   state):
        return None
    dialog = TicketPrintDialog(state, parent)
    dialog.exec()
    return dialog
