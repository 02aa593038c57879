"""From the Donations screen to paper: build the PDF, preview it, and mark receipts printed once printed or saved."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from nightout_desk.printing.letters import write_letters
from nightout_desk.printing.progress import Cancelled, Progress
from nightout_desk.printing.receipts import write_receipts
from nightout_desk.services.donations import letters, organization, receipts
from nightout_desk.ui.pdf_job import make_pdf
from nightout_desk.ui.print_preview import PrintPreviewDialog
from nightout_desk.ui.state import AppState

translate = QCoreApplication.translate


def _temp_pdf(stem: str) -> Path:
    return Path(tempfile.mkdtemp(prefix="nightout-print-")) / f"{stem}.pdf"


def preview_receipts(state: AppState, receipt_ids: list[uuid.UUID], parent: QWidget | None) -> bool:
    """Returns True when the receipts went to a printer or a PDF file (then they count as printed)."""
    desk = state.desk
    folder = Path(tempfile.mkdtemp(prefix="nightout-print-"))

    def work(progress: Progress, cancelled: Cancelled) -> tuple[list, Path]:  # off the GUI thread
        docs = receipts.printable(desk, receipt_ids)
        stem = f"receipt-{docs[0].content.number}" if len(docs) == 1 else f"receipts-{len(docs)}"
        return docs, write_receipts(docs, folder / f"{stem}.pdf", progress, cancelled)

    made = make_pdf(parent, translate("DonationPrinting", "Receipts"), work,
                    translate("DonationPrinting", "Writing the receipts…"))
    if made is None:
        return False
    docs, pdf = made
    count = len(docs)  # a variable: lupdate misses a translate() whose count is a call
    title = translate("DonationPrinting", "%n receipts", None, count)
    if len(docs) == 1:
        title = translate("DonationPrinting", "Receipt {number}").format(number=docs[0].content.number)
    dialog = PrintPreviewDialog(pdf, title, parent, settings=state.settings, suggested_name=pdf.name)
    dialog.setObjectName("receiptPreview")
    dialog.exec()
    done = dialog.printed or dialog.saved_to is not None
    if done:
        receipts.mark_printed(desk, receipt_ids)
    return done


def preview_letters(state: AppState, donor_ids: list[uuid.UUID] | None, parent: QWidget | None) -> int:
    desk = state.desk

    def work(progress: Progress, cancelled: Cancelled) -> tuple[int, Path | None]:  # off the GUI thread
        made = letters.letters(desk, donor_ids)
        if not made:
            return 0, None
        return len(made), write_letters(made, _temp_pdf(f"thank-you-letters-{len(made)}"),
                                        organization.get(desk).footer, progress, cancelled)

    count, pdf = make_pdf(parent, translate("DonationPrinting", "Thank-you letters"), work,
                          translate("DonationPrinting", "Writing the letters…")) or (0, None)
    if pdf is None:
        return count
    dialog = PrintPreviewDialog(pdf, translate("DonationPrinting", "%n thank-you letters", None, count), parent,
                                settings=state.settings, suggested_name=pdf.name)
    dialog.setObjectName("letterPreview")
    dialog.exec()
    return count
