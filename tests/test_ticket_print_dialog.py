"""File › Print family tickets…: the count per stock, the preview's PDF, the mail-merge export, the audit entry."""

from __future__ import annotations

from pathlib import Path

from nightout_desk.services import audit
from nightout_desk.services.checkin import attendee_import
from nightout_desk.ui.checkin import ticket_print_dialog
from nightout_desk.ui.checkin.ticket_print_dialog import TicketPrintDialog
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.state import AppState

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "eventbrite_attendees.csv"


def test_the_organizer_previews_the_families_tickets_and_saving_them_is_audited(qtbot, sqlite_desk, monkeypatch):
    attendee_import.run(sqlite_desk, SAMPLE)
    dialog = TicketPrintDialog(AppState(sqlite_desk))
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "13 families → 2 pages"  # Letter, 8 a page
    dialog.stock.setCurrentIndex(dialog.stock.findData("dk-22205"))
    assert dialog.summary.text() == "13 families → 13 labels"

    def saved(preview) -> int:  # the preview dialog, where "Save as PDF…" was chosen
        preview.saved_to = preview.pdf_path
        return 0

    monkeypatch.setattr(ticket_print_dialog.PrintPreviewDialog, "exec", saved)
    dialog.open_preview()
    assert dialog.pdf_path.is_file() and dialog.summary.text() == "13 tickets on 13 pages."
    assert [e.summary for e in audit.recent(sqlite_desk, action="family tickets printed")] == [
        "13 families' tickets printed: dk-22205, family-tickets-dk-22205.pdf"]


def test_the_mail_merge_export_writes_the_csv_and_the_pictures(qtbot, sqlite_desk, tmp_path):
    attendee_import.run(sqlite_desk, SAMPLE)
    dialog = TicketPrintDialog(AppState(sqlite_desk))
    qtbot.addWidget(dialog)
    written = dialog.export(tmp_path / "merge")
    assert written[0].name == "tickets.csv" and len(written) == 14
    assert "tickets.csv and 13 QR pictures written to" in dialog.summary.text()


def test_print_family_tickets_is_in_the_file_menu(qtbot, sqlite_desk):
    window = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(window)
    action = next(a for a in window.file_menu.actions() if a.text() == "Print family tickets…")
    assert action.shortcut().toString() == "Ctrl+Shift+T"
