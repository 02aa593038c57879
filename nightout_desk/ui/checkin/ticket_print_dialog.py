"""File › Print family tickets…: every household's ticket (family name, QR of its code, the event) on Letter or A4
paper with cut lines or on badge labels — preview, then print or save as PDF — or a folder for a mail merge."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

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

from nightout_desk.printing import ticket_files
from nightout_desk.printing import tickets as ticket_pdf
from nightout_desk.printing.progress import Cancelled, Progress
from nightout_desk.services.checkin import tickets
from nightout_desk.ui.messages import show_error
from nightout_desk.ui.pdf_job import make_pdf
from nightout_desk.ui.print_preview import PrintPreviewDialog
from nightout_desk.ui.sign_in import allowed
from nightout_desk.ui.state import AppState


class TicketPrintDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketPrintDialog")
        self.setWindowTitle("Print family tickets")
        self.state = state
        self.pdf_path: Path | None = None
        self.sheet: tickets.TicketSheet | None = None
        self.preview: PrintPreviewDialog | None = None
        self.stock = QComboBox(objectName="ticketStock")
        self.stock.setAccessibleName("Paper or label stock")
        for name, st in ticket_pdf.stocks().items():
            self.stock.addItem(st.title, name)
        form = QFormLayout()
        form.addRow("&Print on:", self.stock)
        self.summary = QLabel(objectName="ticketPrintSummary", wordWrap=True)
        self.preview_button = QPushButton("Preview…", objectName="ticketPreviewButton")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.open_preview)
        self.export_button = QPushButton("Export for a mail merge…", objectName="ticketExportButton")
        self.export_button.setToolTip("tickets.csv (family, first names, email, code) and one QR picture per family")
        self.export_button.clicked.connect(lambda: self.export())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("One ticket per family, with the QR code the check-in desk scans. Send them ahead of "
                                "the night, or hand them out at sign-up.", wordWrap=True))
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
            self.summary.setText(str(exc))
            return None

    def count(self) -> None:
        """How many tickets and pages the current stock gives, before anything is drawn."""
        sheet = self._sheet()
        if sheet is None:
            return
        n = len(sheet.tickets)
        st = ticket_pdf.ticket_stock(self.stock.currentData())
        pages = -(-n // st.per_page)
        unit = "label" if st.per_page == 1 else "page"
        self.summary.setText(f"{n} famil{'ies' if n != 1 else 'y'} → {pages} {unit}{'s' if pages != 1 else ''}"
                             if n else "No families yet: import the sign-ups first (File › Import attendees…).")

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
            made = make_pdf(self, self.windowTitle(), work, "Drawing the tickets…")
        except Exception as exc:  # noqa: BLE001 - e.g. a volunteer may not print them
            made = None
            show_error(self, "Tickets not made", exc)
        else:
            if made is None:
                self.summary.setText("Stopped: no tickets were made.")
        if made is None or not made[0].tickets:
            shutil.rmtree(folder, ignore_errors=True)
            return None
        self.sheet, pages = made
        self.pdf_path = path
        n = len(self.sheet.tickets)
        self.summary.setText(f"{n} ticket{'s' if n != 1 else ''} on {pages} page{'s' if pages != 1 else ''}.")
        return self.pdf_path

    def open_preview(self) -> None:
        if self.make_pdf() is None:
            return
        self.preview = PrintPreviewDialog(self.pdf_path, self.windowTitle(), self, settings=self.state.settings,
                                          suggested_name=self.pdf_path.name)
        self.preview.exec()
        if self.preview.printed or self.preview.saved_to:
            self._record("printed", f"{self.stock.currentData()}, "
                                    + (self.preview.saved_to.name if self.preview.saved_to else "printer"))

    def export(self, folder: Path | None = None) -> list[Path]:
        """Write tickets.csv and the QR pictures into a folder the user picks (or `folder`, for tests)."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, "Export families' tickets to which folder?")
            if not chosen:
                return []
            folder = Path(chosen)
        sheet = self._sheet()
        if sheet is None or not sheet.tickets:
            return []
        try:
            csv_path, pictures = ticket_files.write_mail_merge(sheet, folder)
        except Exception as exc:  # noqa: BLE001
            show_error(self, "Tickets not exported", exc)
            return []
        self.sheet = sheet
        self._record("exported", str(folder))
        self.summary.setText(f"{csv_path.name} and {len(pictures)} QR pictures written to {folder}.")
        return [csv_path, *pictures]

    def _record(self, done: str, where: str) -> None:
        try:
            tickets.record(self.state.desk, self.sheet, done, where)
        except Exception as exc:  # noqa: BLE001
            show_error(self, "Not written to the audit log", exc)


def open_ticket_print(parent: QWidget | None, state: AppState) -> TicketPrintDialog | None:
    """File › Print family tickets…: an organizer's (a volunteer desk is asked to sign in first)."""
    if not allowed(parent, "Print family tickets", "checkin.tickets", state):
        return None
    dialog = TicketPrintDialog(state, parent)
    dialog.exec()
    return dialog
