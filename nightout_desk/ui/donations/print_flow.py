"""From the Donations screen to paper: build the PDF, preview it, and mark receipts printed once printed or saved."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from PySide6.QtWidgets import QWidget

from nightout_desk.printing.letters import write_letters
from nightout_desk.printing.receipts import write_receipts
from nightout_desk.services.donations import letters, organization, receipts
from nightout_desk.ui.print_preview import PrintPreviewDialog
from nightout_desk.ui.state import AppState


def _temp_pdf(stem: str) -> Path:
    return Path(tempfile.mkdtemp(prefix="nightout-print-")) / f"{stem}.pdf"


def preview_receipts(state: AppState, receipt_ids: list[uuid.UUID], parent: QWidget | None) -> bool:
    """Returns True when the receipts went to a printer or a PDF file (then they count as printed)."""
    desk = state.desk
    docs = receipts.printable(desk, receipt_ids)
    stem = f"receipt-{docs[0].content.number}" if len(docs) == 1 else f"receipts-{len(docs)}"
    pdf = write_receipts(docs, _temp_pdf(stem))
    title = f"Receipt {docs[0].content.number}" if len(docs) == 1 else f"{len(docs)} receipts"
    dialog = PrintPreviewDialog(pdf, title, parent, settings=state.settings, suggested_name=pdf.name)
    dialog.setObjectName("receiptPreview")
    dialog.exec()
    done = dialog.printed or dialog.saved_to is not None
    if done:
        receipts.mark_printed(desk, receipt_ids)
    return done


def preview_letters(state: AppState, donor_ids: list[uuid.UUID] | None, parent: QWidget | None) -> int:
    made = letters.letters(state.desk, donor_ids)
    if not made:
        return 0
    pdf = write_letters(made, _temp_pdf(f"thank-you-letters-{len(made)}"), organization.get(state.desk).footer)
    dialog = PrintPreviewDialog(pdf, f"{len(made)} thank-you letter{'s' if len(made) != 1 else ''}", parent,
                                settings=state.settings, suggested_name=pdf.name)
    dialog.setObjectName("letterPreview")
    dialog.exec()
    return len(made)
