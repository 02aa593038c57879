"""Donations › Year statements… driven as an organizer would: choose the year and a donor, preview, save the PDF."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QPushButton, QSpinBox

from nightout_desk.services import audit
from nightout_desk.services.donations import donors
from nightout_desk.services.donations import gifts as donations
from nightout_desk.ui.donations.donations_tab import DonationsTab
from nightout_desk.ui.donations.statements_dialog import YearStatementsDialog
from nightout_desk.ui.print_preview import PrintPreviewDialog
from nightout_desk.ui.state import AppState
from tests.test_donations_screen import save_and_close, when_shown
from tests.test_receipt_printing import pdf_text
from tests.test_year_statements import AUGUST, SPRING, event_desk, hardware_at


@pytest.fixture
def night(sqlite_db):
    spring = event_desk(sqlite_db, "Spring Safety Fair 2026", SPRING)
    night = event_desk(sqlite_db, "Riverside National Night Out 2026", AUGUST)
    donations.record(spring, hardware_at(spring).id, kind="check", amount="100", check_number="1042",
                     received_on=SPRING)
    h = hardware_at(night)
    donations.record(night, h.id, kind="cash", amount="250", received_on=AUGUST,
                     returned_description="sponsor banner at the park", returned_value="40")
    donations.record(night, h.id, kind="in-kind", description="bike helmets (youth)", quantity=24,
                     received_on=AUGUST, returned_description="two dinner tickets", returned_value="30")
    donations.record(night, donors.add_donor(night, name="Zoë Nguyễn-O'Brien").id, kind="cash", amount="20",
                     received_on=AUGUST)
    donations.record(night, donors.add_donor(night, name="Riverside Hardware & Garden").id, kind="cash",
                     amount="5", received_on=dt.date(2026, 9, 1))
    return night


@pytest.fixture
def tab(qtbot, night):
    widget = DonationsTab(AppState(night))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def test_year_statements_from_the_donations_tab_preview_one_donors_year_and_save_it(qtbot, tab, night, tmp_path):
    target = tmp_path / "hardware-2026.pdf"

    def choose(dialog: YearStatementsDialog) -> None:
        try:
            assert dialog.findChild(QSpinBox, "statementsYear").value() == 2026  # the newest year with gifts
            listed = dialog.findChild(QListWidget, "statementsDonors")
            labels = [listed.item(i).text() for i in range(listed.count())]
            assert labels[0].startswith("Riverside Hardware — 3 gifts, $350.00 (Spring Safety Fair 2026, Riverside")
            assert len(labels) == 3
            assert "all 3 donors who gave in 2026" in dialog.findChild(QLabel, "statementsWhich").text()
            listed.item(0).setSelected(True)
            assert "the selected donor's statement" in dialog.findChild(QLabel, "statementsWhich").text()
            dialog.grab().save(str(tmp_path / "dialog.png"))
            when_shown(qtbot, PrintPreviewDialog, save_and_close(target))
            qtbot.mouseClick(dialog.findChild(QPushButton, "previewStatementsButton"), Qt.MouseButton.LeftButton)
            assert dialog.preview is not None and dialog.preview.objectName() == "statementPreview"
        finally:  # a failed look must not leave the dialog waiting
            dialog.reject()

    opened = when_shown(qtbot, YearStatementsDialog, choose)
    qtbot.mouseClick(tab.findChild(QPushButton, "yearStatementsButton"), Qt.MouseButton.LeftButton)
    assert opened and target.exists()
    text = pdf_text(target)
    for needed in ("Riverside Hardware", "April 18, 2026", "Check no. 1042", "Spring Safety Fair 2026",
                   "24 × bike helmets (youth)", "Total cash contributions in 2026 $350.00",
                   "Gift 2 (August 4, 2026, Cash, $250.00)", "Gift 3 (August 4, 2026, 24 × bike helmets (youth))"):
        assert needed in text, needed
    assert "Zoë" not in text and "Garden" not in text
    assert any(e.summary == "2026: 1 statement (Riverside Hardware)"
               for e in audit.recent(night, action="year statements printed"))


def test_an_organizer_says_two_donors_are_the_same_and_they_share_one_statement(qtbot, night, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = YearStatementsDialog(AppState(night))
    qtbot.addWidget(dialog)
    listed = dialog.findChild(QListWidget, "statementsDonors")
    same = dialog.findChild(QPushButton, "sameDonorButton")
    assert not same.isEnabled()
    for i in range(listed.count()):
        listed.item(i).setSelected(listed.item(i).text().startswith("Riverside Hardware"))
    assert same.isEnabled()
    qtbot.mouseClick(same, Qt.MouseButton.LeftButton)
    labels = [listed.item(i).text() for i in range(listed.count())]
    assert len(labels) == 2 and labels[0].startswith("Riverside Hardware & Garden — 4 gifts, $355.00")


def test_a_volunteer_desk_is_asked_to_sign_in_and_nothing_is_shown_without_it(qtbot, night, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No)
    widget = DonationsTab(AppState(night.with_operator("Sam", "volunteer")))
    qtbot.addWidget(widget)
    widget.show()
    opened = when_shown(qtbot, YearStatementsDialog, lambda d: d.reject())
    qtbot.mouseClick(widget.findChild(QPushButton, "yearStatementsButton"), Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert len(asked) == 1 and asked[0].startswith("This needs an organizer. Sign in?") and not opened


def test_an_organizer_says_one_entry_is_two_people_and_each_event_gets_its_own_statement(qtbot, night, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    dialog = YearStatementsDialog(AppState(night))
    qtbot.addWidget(dialog)
    listed = dialog.findChild(QListWidget, "statementsDonors")
    apart = dialog.findChild(QPushButton, "notSameDonorButton")
    assert not apart.isEnabled()
    for i in range(listed.count()):  # Riverside Hardware gave at the spring fair and tonight: matched by name
        listed.item(i).setSelected(listed.item(i).text().startswith("Riverside Hardware — "))
    assert apart.isEnabled()
    qtbot.mouseClick(apart, Qt.MouseButton.LeftButton)
    assert "Spring Safety Fair 2026" in asked[0] and "different people" in asked[0]
    labels = sorted(listed.item(i).text() for i in range(listed.count()))
    hardware = [label for label in labels if label.startswith("Riverside Hardware — ")]
    assert len(hardware) == 2 and any("(Spring Safety Fair 2026)" in label for label in hardware)
    for i in range(listed.count()):  # an entry of one event cannot be split further
        listed.item(i).setSelected(listed.item(i).text() == hardware[0])
    assert not apart.isEnabled()


def test_a_donor_of_several_events_is_listed_whole_without_scrolling_sideways(qtbot, night):
    dialog = YearStatementsDialog(AppState(night))
    qtbot.addWidget(dialog)
    dialog.resize(480, 480)  # as narrow as a person may make it: the longest entry is wider than its list
    dialog.show()
    qtbot.waitExposed(dialog)
    listed = dialog.findChild(QListWidget, "statementsDonors")
    longest = max((listed.item(i).text() for i in range(listed.count())), key=len)
    assert "Spring Safety Fair 2026, Riverside National Night Out 2026" in longest
    assert listed.fontMetrics().horizontalAdvance(longest) > listed.viewport().width()
    assert listed.horizontalScrollBar().maximum() == 0
    assert [listed.item(i).text() for i in range(listed.count())
            if listed.visualItemRect(listed.item(i)).right() > listed.viewport().width()] == []
