"""The Volunteers screen driven like a person at the desk: assign, scan in, scan out, fix the time, see hours."""

from __future__ import annotations

from datetime import timedelta

import pypdf
import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from nightout_desk import clock
from nightout_desk.config import LaptopSettings
from nightout_desk.printing import badges as badge_pdf
from nightout_desk.services.stations import stations
from nightout_desk.services.volunteers import badges, shifts, timeclock
from nightout_desk.services.volunteers import hours as volunteer_hours
from nightout_desk.services.volunteers import roster as volunteers
from nightout_desk.ui.print_preview import PrintPreviewDialog, print_pdf, render_page
from nightout_desk.ui.state import AppState
from nightout_desk.ui.volunteers.badge_print_dialog import BadgePrintDialog
from nightout_desk.ui.volunteers.shift_dialogs import AssignDialog, TimeEntriesDialog
from nightout_desk.ui.volunteers.table_models import CoverageModel, VolunteerHoursModel
from nightout_desk.ui.volunteers.volunteer_dialog import VolunteerDialog
from nightout_desk.ui.volunteers.volunteers_tab import VolunteersTab


@pytest.fixture
def night(sqlite_desk):
    dunk = next(st for st in stations.list_stations(sqlite_desk) if st.name == "Dunk tank")
    now = clock.now().replace(second=0, microsecond=0)
    shift = shifts.add_shift(sqlite_desk, dunk.id, now - timedelta(hours=1), now + timedelta(hours=1), needed=2)
    dana = volunteers.add_volunteer(sqlite_desk, first_name="Dana", last_name="Reyes", organization="Riverside PD",
                                    role="officer", emergency_name="Sam Reyes", emergency_phone="555 0100")
    zoe = volunteers.add_volunteer(sqlite_desk, first_name="Zoë", last_name="Nguyễn-O'Brien", role="youth",
                                   organization="Explorer Post 12", is_minor=True)
    return sqlite_desk, shift, dana, zoe


@pytest.fixture
def tab(qtbot, night):
    desk = night[0]
    widget = VolunteersTab(AppState(desk))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.focus_default()
    return widget


def _coverage_row(tab, station="Dunk tank"):
    tab.pages.setCurrentWidget(tab.coverage)
    model = tab.coverage.model
    row = next(r for r in range(model.rowCount()) if model.text(r, CoverageModel.COL_STATION) == station)
    return [model.text(row, c) for c in range(model.columnCount())]


def test_assigning_a_volunteer_shows_in_coverage_and_a_minor_without_guardian_needs_a_yes(tab, night, monkeypatch):
    desk, shift, dana, zoe = night
    dialog = AssignDialog(desk, dana, tab)
    dialog.select_shift(shift.id)
    dialog.assign()
    assert dialog.assigned
    row = _coverage_row(tab)
    assert row[CoverageModel.COL_BOOKED] == "1" and "1 short of 2 needed" in row[CoverageModel.COL_STATUS]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    dialog = AssignDialog(desk, zoe, tab)
    dialog.select_shift(shift.id)
    dialog.assign()
    assert not dialog.assigned and "no guardian" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.assign()
    assert dialog.assigned
    tab.coverage.refresh()
    assert _coverage_row(tab)[CoverageModel.COL_BOOKED] == "2"


def test_scan_clocks_in_then_out_focus_stays_and_coverage_follows(qtbot, tab, night):
    desk, shift, dana, _ = night
    shifts.assign(desk, shift.id, dana.id)
    qtbot.keyClicks(tab.scan, dana.badge_code.lower())
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    assert (tab.banner.state == "ok" and "Dana Reyes clocked IN" in tab.banner.text()
            and "Dunk tank" in tab.banner.text())
    assert tab.scan.text() == "" and tab.scan.hasFocus()
    row = _coverage_row(tab)
    assert row[CoverageModel.COL_PRESENT] == "1" and row[CoverageModel.COL_STATUS].startswith("⚠")
    model = tab.coverage.model
    dunk = next(r for r in range(model.rowCount()) if model.text(r, CoverageModel.COL_STATION) == "Dunk tank")
    assert model.data(model.index(dunk, 0), Qt.ItemDataRole.ToolTipRole) == "Here now: Dana Reyes"
    qtbot.keyClicks(tab.scan, dana.badge_code)  # scanned twice by mistake: nothing changes, and it says so
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    assert tab.banner.state == "already" and "already clocked IN" in tab.banner.text()
    timeclock.correct(desk, volunteer_hours.hours_of(desk, dana.id).stretches[0].entry_id,
                      clock.now() - timedelta(minutes=40), None, reason="started before the scanner was up")
    qtbot.keyClicks(tab.scan, dana.badge_code)
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    assert "Dana Reyes clocked OUT" in tab.banner.text() and "0 h 40 this time" in tab.banner.text()
    assert tab.scan.hasFocus()
    qtbot.keyClicks(tab.scan, "VZZZZZZZ")
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    assert tab.banner.state == "missing" and "No volunteer has the badge" in tab.banner.text()


def test_organizer_corrects_the_clock_in_and_hours_appear_per_volunteer_and_organization(qtbot, tab, night,
                                                                                           monkeypatch):
    desk, shift, dana, _ = night
    now = clock.now().replace(second=0, microsecond=0)  # out on a minute: the dialog's times have no seconds
    at = [now - timedelta(minutes=5)]  # in by the scan 5 minutes before, out by the button at `now`
    monkeypatch.setattr(clock, "now", lambda: at[0])
    start = clock.local(now) - timedelta(minutes=90)
    if start.date() != clock.local(clock.now()).date():
        pytest.skip("the 90 minutes before now cross midnight")
    shifts.assign(desk, shift.id, dana.id)
    qtbot.keyClicks(tab.scan, dana.badge_code)
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    tab.pages.setCurrentIndex(0)
    tab.select(dana.id)
    at[0] = now
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)  # out, by the button (no double-scan guard)
    assert "Dana Reyes clocked OUT" in tab.banner.text()
    dialog = TimeEntriesDialog(desk, dana, tab)
    dialog.list.setCurrentRow(0)
    dialog.in_time.setTime(QTime(start.hour, start.minute))
    dialog.reason.setText("scanner was not set up at the start")
    dialog.correct()
    assert dialog.changed and "1.50 verified hours" in dialog.summary.text()
    tab.pages.setCurrentWidget(tab.hours)
    model = tab.hours.people_model
    row = next(r for r in range(model.rowCount()) if model.text(r, VolunteerHoursModel.COL_NAME) == "Dana Reyes")
    assert model.text(row, VolunteerHoursModel.COL_VERIFIED) == "1 h 30"
    orgs = tab.hours.org_model
    assert orgs.text(0, 0) == "Riverside PD" and orgs.text(0, 2) == "1 h 30"
    assert "verified hours from 1 volunteer" in tab.hours.summary.text()


def test_volunteer_role_sees_no_emergency_contact_in_the_edit_dialog(qtbot, night):
    desk, _, dana, _ = night
    at_table = desk.with_operator("Sam", "volunteer")
    dialog = VolunteerDialog(at_table, volunteers.get(at_table, dana.id))
    qtbot.addWidget(dialog)
    assert dialog.emergency_name.text() == "" and not dialog.emergency_name.isEnabled()
    dialog.phone.setText("555 0199")
    dialog.save()
    assert volunteers.get(desk, dana.id).emergency_phone == "555 0100"
    organizer_view = VolunteerDialog(desk, volunteers.get(desk, dana.id))
    qtbot.addWidget(organizer_view)
    assert organizer_view.emergency_name.text() == "Sam Reyes"


def test_badge_flow_previews_prints_to_a_printer_and_counts_the_prints(qtbot, tab, night, tmp_path):
    desk = night[0]
    dialog = BadgePrintDialog(tab.state, tab)
    qtbot.addWidget(dialog)
    dialog.stock.setCurrentIndex(dialog.stock.findData("avery-5395"))
    pdf = dialog.make_pdf()
    assert pdf is not None and "2 badges on 1 page" in dialog.summary.text()
    preview = PrintPreviewDialog(pdf, "Badges", dialog, settings=tab.state.settings)
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer)
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == 1
    saved = preview.save_as(str(tmp_path / "saved"))
    assert saved.name == "saved.pdf" and saved.read_bytes() == pdf.read_bytes()
    dialog.record()
    assert all(b.times_printed == 1 for b in badges.badge_sheet(desk).badges)
    dialog.only_unprinted.setChecked(True)
    assert dialog.make_pdf() is None and "printed already" in dialog.summary.text()


def test_signupgenius_report_imported_from_the_roster_shows_up_booked(qtbot, tab, night, tmp_path):
    from PySide6.QtWidgets import QLabel, QPushButton

    from tests.test_import_volunteers import REPORT

    path = tmp_path / "signup.csv"
    path.write_text(REPORT, encoding="utf-8")
    tab.import_volunteers()
    from nightout_desk.ui.import_dialog import ImportDialog

    dialog = tab.findChild(ImportDialog)
    dialog.choose_file(path)
    qtbot.waitUntil(lambda: not dialog.busy)  # the file is read off the GUI thread
    assert "SignUpGenius sign-up report" in dialog.findChild(QLabel, "importDetected").text()
    run = dialog.findChild(QPushButton, "importRunButton")
    assert run.isEnabled()
    with qtbot.waitSignal(dialog.imported):  # written off the GUI thread too
        qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    names = [tab.model.text(r, 0) for r in range(tab.model.rowCount())]
    assert "Łukasz Żółw" in names and len(names) == 4  # Dana and Zoë were there; the report adds Zoë's namesake
    # (she signed up with an email the desk's Zoë has not given) and Łukasz


def test_the_calibration_offset_is_remembered_per_printer_and_moves_the_print(qtbot, night, tmp_path):
    desk = night[0]
    pdf = tmp_path / "badges.pdf"
    badge_pdf.render(badges.badge_sheet(desk), "dk-11202", pdf)
    settings = LaptopSettings()
    preview = PrintPreviewDialog(pdf, "Badges", None, settings=settings)
    qtbot.addWidget(preview)
    preview.offset_x.setValue(3.0)
    preview.offset_y.setValue(-1.5)
    preview._save_offset("Brother QL-800")
    assert LaptopSettings.load().printer_offsets["Brother QL-800"] == [3.0, -1.5]
    again = PrintPreviewDialog(pdf, "Badges", None, settings=LaptopSettings.load())
    qtbot.addWidget(again)
    again._load_offset("Brother QL-800")
    assert (again.offset_x.value(), again.offset_y.value()) == (3.0, -1.5)

    def first_dark_column(path):
        image = render_page(path, 0, 72)
        return next(x for x in range(image.width()) if any(image.pixelColor(x, y).lightness() < 128
                                                          for y in range(0, image.height(), 2)))

    shifted = []
    for dx in (0.0, 5.0):
        out = tmp_path / f"printed-{dx}.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        assert print_pdf(pdf, printer, (dx, 0.0))
        shifted.append(first_dark_column(out))
    assert 12 <= shifted[1] - shifted[0] <= 16  # 5 mm at 72 dpi is 14 px


def test_print_without_a_printer_says_so_plainly(qtbot, night, tmp_path, monkeypatch):
    from nightout_desk.ui import print_preview

    pdf = tmp_path / "badges.pdf"
    badge_pdf.render(badges.badge_sheet(night[0]), "avery-5392", pdf)
    preview = PrintPreviewDialog(pdf, "Badges", None)
    qtbot.addWidget(preview)
    if print_preview.printers_available():
        pytest.skip("this machine has a printer set up")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append((title, text)))
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert told and told[0][0] == "No printer" and "Save as PDF" in told[0][1]
    assert not preview.printed
