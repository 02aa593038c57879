"""The import dialog, driven as an organizer would: choose the file, read the preview, fix a column, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QPushButton, QTableView

from nightout_desk.services.checkin import households
from nightout_desk.ui.checkin.attendee_import import open_attendee_import
from nightout_desk.ui.import_dialog import ImportDialog
from nightout_desk.ui.import_models import MappingModel
from nightout_desk.ui.state import AppState

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def _dialog(qtbot, desk) -> tuple[ImportDialog, AppState]:
    state = AppState(desk)
    dialog = open_attendee_import(None, state)
    qtbot.addWidget(dialog)
    return dialog, state


def _idle(qtbot, dialog: ImportDialog) -> None:
    """The file is read (or the import done): both run off the GUI thread."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def _column(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_eventbrite_report_is_previewed_then_imported_once(qtbot, sqlite_desk, monkeypatch):
    dialog, state = _dialog(qtbot, sqlite_desk)
    run = dialog.findChild(QPushButton, "importRunButton")
    assert not run.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(SAMPLES / "eventbrite_attendees.csv"), ""))
    qtbot.mouseClick(dialog.findChild(QPushButton, "importFileButton"), Qt.MouseButton.LeftButton)
    _idle(qtbot, dialog)

    assert "Eventbrite attendee report" in dialog.findChild(QLabel, "importDetected").text()
    assert "UTF-8 with BOM" in dialog.findChild(QLabel, "importDetected").text()
    mapping = dialog.findChild(QTableView, "importMapping")
    assert _column(mapping, MappingModel.COL_COLUMN)[:3] == ["Order #", "First Name", "Last Name"]
    preview = dialog.findChild(QTableView, "importPreview")
    assert preview.model().rowCount() == 13
    assert _column(preview, 2)[:2] == ["García", "Nguyễn-O'Brien"]
    assert set(_column(preview, 1)) == {"will be added"}
    skipped = dialog.findChild(QTableView, "importSkipped")
    assert _column(skipped, 0) == ["10", "11", "19", "30", "37"]
    assert _column(skipped, 1)[0] == "the attendee status is “Refunded”"
    assert run.isEnabled() and run.text().replace("&", "") == "Import 13 households"
    assert households.search(sqlite_desk, "garcia") == [], "nothing is written before Import is pressed"

    with qtbot.waitSignal(state.dataChanged) as changed:
        qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    assert changed.args == ["households"]
    _idle(qtbot, dialog)
    assert dialog.findChild(QLabel, "importSummary").text() == (
        "Imported 13 households from eventbrite_attendees.csv. 5 rows were skipped. Records in the file: 39 = 34 "
        "making 13 households (13 imported, 0 already there) + 5 skipped.")
    assert not run.isEnabled()
    assert set(_column(preview, 1)) == {"already there"}
    assert [h.family_name for h in households.search(sqlite_desk, "garcia")] == ["García"]

    dialog.choose_file(SAMPLES / "eventbrite_attendees.csv")  # the same file again: nothing to add
    _idle(qtbot, dialog)
    assert not run.isEnabled()
    assert dialog.findChild(QLabel, "importSummary").text().startswith("0 households to add · 13 already there")


def test_a_list_with_unknown_headings_is_imported_after_choosing_the_name_column(qtbot, sqlite_desk, tmp_path):
    path = tmp_path / "club.csv"
    path.write_text("Who is coming;Tel;Guests\nOkafor;555 222 1111;4\nBrennan;;1\n", encoding="utf-8")
    dialog, _state = _dialog(qtbot, sqlite_desk)
    dialog.choose_file(path)
    _idle(qtbot, dialog)
    summary = dialog.findChild(QLabel, "importSummary")
    run = dialog.findChild(QPushButton, "importRunButton")
    assert "no column for the family name" in summary.text() and summary.text().startswith("⚠")
    assert not run.isEnabled()
    preview = dialog.findChild(QTableView, "importPreview")
    assert _column(preview, 1) == ["Okafor", "Brennan"], "the file is shown as it is, to help choose the columns"

    mapping = dialog.findChild(QTableView, "importMapping")
    row = mapping.model().row_of("family_name")
    assert mapping.model().index(row, 0).data() == "Family name (required) — missing"
    combo = mapping.indexWidget(mapping.model().index(row, MappingModel.COL_COLUMN))
    assert isinstance(combo, QComboBox) and combo.accessibleName() == "Column for family name"
    combo.setCurrentIndex(combo.findText("Who is coming"))
    qtbot.waitUntil(lambda: run.isEnabled())
    assert run.text().replace("&", "") == "Import 2 households"
    assert _column(preview, 2) == ["Okafor", "Brennan"]

    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    _idle(qtbot, dialog)
    assert summary.text() == ("Imported 2 households from club.csv. Records in the file: 2 = 2 imported + 0 already "
                              "there + 0 skipped.")
    assert [h.adults_expected for h in households.search(sqlite_desk, "okafor")] == [4]


def test_a_picture_renamed_csv_is_explained_and_cannot_be_imported(qtbot, sqlite_desk, tmp_path):
    path = tmp_path / "attendees.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    dialog, _state = _dialog(qtbot, sqlite_desk)
    dialog.choose_file(path)
    _idle(qtbot, dialog)
    text = dialog.findChild(QLabel, "importSummary").text()
    assert "cannot be imported" in text and "PNG picture" in text
    assert not dialog.findChild(QPushButton, "importRunButton").isEnabled()
    assert dialog.findChild(QTableView, "importPreview").model().rowCount() == 0


def test_the_file_menu_opens_the_attendee_import(qtbot, sqlite_desk):
    from nightout_desk.ui.main_window import MainWindow

    window = MainWindow(AppState(sqlite_desk))
    qtbot.addWidget(window)
    action = next(a for a in window.file_menu.actions() if a.text() == "Import attendees…")
    action.trigger()
    dialog = window.findChild(ImportDialog, "importDialog")
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Import attendees"
    dialog.close()


def test_the_columns_can_be_chosen_from_the_keyboard_alone(qtbot, sqlite_desk, tmp_path):
    path = tmp_path / "club.csv"
    path.write_text("Who is coming,Tel\nOkafor,555 222 1111\n", encoding="utf-8")
    dialog, _state = _dialog(qtbot, sqlite_desk)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.choose_file(path)
    _idle(qtbot, dialog)
    mapping = dialog.findChild(QTableView, "importMapping")
    mapping.setFocus()
    mapping.setCurrentIndex(mapping.model().index(mapping.model().row_of("family_name"), 0))
    qtbot.keyClick(mapping, Qt.Key.Key_Space)
    combo = mapping.indexWidget(mapping.model().index(mapping.model().row_of("family_name"), 1))
    qtbot.waitUntil(lambda: combo.view().isVisible())
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    run = dialog.findChild(QPushButton, "importRunButton")
    qtbot.waitUntil(lambda: run.isEnabled())
    assert dict(dialog.current.mapping)["family_name"] == "Who is coming"
    # Tab leaves the mapping table for the next widget instead of walking its combos
    mapping = dialog.findChild(QTableView, "importMapping")
    mapping.setFocus()
    qtbot.keyClick(mapping, Qt.Key.Key_Tab)
    assert dialog.focusWidget().objectName() == "importPreview"
