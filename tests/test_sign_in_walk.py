"""Every screen action that needs an organizer, done at a volunteer desk in the real window: the screen asks
"This needs an organizer. Sign in?", the organizer types the PIN in the real sign-in dialog, and the action is done
with what was typed or selected still in place (read back through the services); with a wrong PIN nothing is done.

Each case drives the screen as a person would (its buttons and forms, not the services); tests/modal_answers.py
answers the questions and forms as they come up. The organizer account is the demo's kind: a name and a 4-digit PIN.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QItemSelectionModel, QTime
from PySide6.QtWidgets import QPushButton, QWidget

from nightout_desk import clock
from nightout_desk.areas import Area
from nightout_desk.config import LaptopSettings
from nightout_desk.services import events, operators, privacy
from nightout_desk.services.checkin import checkins, households
from nightout_desk.services.donations import donors, gifts, organization, receipts
from nightout_desk.services.inventory import stock as inventory
from nightout_desk.services.stations import schedule as station_schedule
from nightout_desk.services.stations import stations, waivers
from nightout_desk.services.volunteers import hours as volunteer_hours
from nightout_desk.services.volunteers import roster as volunteers
from nightout_desk.services.volunteers import shifts, timeclock
from nightout_desk.ui.checkin.attendee_import import ATTENDEES
from nightout_desk.ui.checkin.ticket_print_dialog import open_ticket_print
from nightout_desk.ui.import_dialog import ImportDialog
from nightout_desk.ui.inventory.handout_panel import HandOutPanel
from nightout_desk.ui.inventory.item_dialogs import ADJUST, RECEIVE
from nightout_desk.ui.inventory.reconcile_dialog import CountModel
from nightout_desk.ui.main_window import MainWindow
from nightout_desk.ui.privacy_dialog import PrivacyDialog
from nightout_desk.ui.state import AppState
from tests import donation_helpers as helpers
from tests.conftest import make_desk
from tests.modal_answers import Answers, close_dialog, no, ok, sign_in, type_text, wrong_pin_said, yes

ORGANIZER, PIN = "Demo Organizer", "2026"
ASKED = "This needs an organizer. Sign in?"


@dataclass
class Night:
    win: MainWindow
    organizer: Any  # a Desk signed in as the organizer, for reading back
    data: dict[str, Any] = field(default_factory=dict)

    def screen(self, area: Area) -> QWidget:
        self.win.tabs.setCurrentWidget(self.win.screens[area])
        return self.win.screens[area]


@pytest.fixture
def night(qtbot, sqlite_db, monkeypatch):
    """A volunteer desk in the main window of an event with the demo's kind of accounts and something of everything."""
    monkeypatch.setattr(operators, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    desk = make_desk(sqlite_db, role="volunteer", operator="Sam Volunteer")
    operators.add(desk, "Demo Lieutenant", "lieutenant", PIN)
    lieutenant = operators.sign_in(desk, "Demo Lieutenant", "lieutenant", PIN)
    operators.add(lieutenant, ORGANIZER, "organizer", PIN)
    org = operators.sign_in(desk, ORGANIZER, "organizer", PIN)
    data: dict[str, Any] = {}
    data["family"] = households.add_household(org, family_name="García", first_names="José", adults_expected=1,
                                              kids_expected=2)
    data["dana"] = volunteers.add_volunteer(org, first_name="Dana", last_name="Reyes", organization="Riverside PD",
                                            role="officer", emergency_name="Sam Reyes", emergency_phone="555 0100")
    ended = clock.now().replace(second=0, microsecond=0) - timedelta(hours=2)
    timeclock.add_entry(org, data["dana"].id, ended - timedelta(hours=3), ended, "worked the set-up")
    data["dunk"] = next(st for st in stations.list_stations(org) if st.name == "Dunk tank")
    helpers.set_up(org)
    data["hardware"] = helpers.hardware(org)
    data["hardware_again"] = donors.add_donor(org, kind="business", name="Riverside Hardware Inc.")
    data["gift"] = gifts.record(org, data["hardware"].id, kind="cash", amount="250.00")
    data["helmet"] = helpers.helmets(org, limit=1, stock=10)
    win = MainWindow(AppState(desk, LaptopSettings(device_name=desk.device)))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return Night(win, org, data)


def form(fill: Callable[[Any], None]) -> Callable[[QWidget], None]:
    """A form the action opened: filled and saved by `fill` (which may ask to sign in); closed if it stays up."""
    def step(dialog: QWidget) -> None:
        fill(dialog)
        if dialog.isVisible():
            dialog.reject()
    return step


@dataclass
class Case:
    act: Callable[[], Any]  # what the person does on the screen (may open forms: answered by `before`)
    read: Callable[[], Any]  # the record, read back through the services
    want: Any  # what it reads once done
    before: tuple = ()  # answers before the sign-in question (a form, a reason typed)
    after: tuple = ()  # answers after a right PIN (a preview closed, "Print it now?")
    after_wrong: tuple = ()  # answers after a wrong PIN (what the screen does without an organizer)
    also: Callable[[], bool] = lambda: True  # after a right PIN: what was typed before the sign-in is still there


def _select_row(view, rows: list[int]) -> None:
    view.clearSelection()
    for r in rows:
        view.selectionModel().select(view.model().index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                     | QItemSelectionModel.SelectionFlag.Rows)
    view.selectionModel().setCurrentIndex(view.model().index(rows[-1], 0), QItemSelectionModel.SelectionFlag.NoUpdate)


# --- volunteers -------------------------------------------------------------------------------------------------------
def emergency_contact(n: Night) -> Case:
    tab, dana = n.screen(Area.VOLUNTEERS), n.data["dana"]
    tab.select(dana.id)

    def fill(d) -> None:
        d.phone.setText("555 0199")  # typed before signing in: kept
        d.emergency_sign_in.click()
        d.emergency_phone.setText("555 0111")
        d.save()

    return Case(tab.edit_volunteer, lambda: volunteers.get(n.organizer, dana.id).emergency_phone, "555 0111",
                before=(form(fill),), also=lambda: volunteers.get(n.organizer, dana.id).phone == "555 0199")


def add_shift(n: Night) -> Case:
    tab = n.screen(Area.VOLUNTEERS)
    tab.pages.setCurrentWidget(tab.coverage)

    def fill(d) -> None:
        d.needed.setValue(4)
        d.save()

    return Case(tab.coverage.add_shift, lambda: sorted(s.needed for s in shifts.list_shifts(n.organizer)), [4],
                before=(form(fill),))


def clock_in_at_another_time(n: Night) -> Case:
    tab, dana = n.screen(Area.VOLUNTEERS), n.data["dana"]
    tab.select(dana.id)

    def fill(d) -> None:
        d.in_time.setTime(d.now.addSecs(-3600))
        d.reason.setText("arrived before the scanner was set up")
        d.clock_in_button.click()

    return Case(tab.clock_times, lambda: len(volunteer_hours.hours_of(n.organizer, dana.id).stretches), 2,
                before=(form(fill),))


def hours_letters(n: Night) -> Case:
    tab = n.screen(Area.VOLUNTEERS)
    tab.pages.setCurrentWidget(tab.hours)
    shown: list[str] = []
    return Case(tab.hours.print_letters, lambda: shown, ["Service-hours letters (1)"],
                after=(lambda w: shown.append(w.windowTitle()) or close_dialog("Service-hours")(w),))


# --- check-in desk ----------------------------------------------------------------------------------------------------
def family_tickets(n: Night) -> Case:
    shown: list[str] = []
    return Case(lambda: open_ticket_print(n.win, n.win.state), lambda: shown, ["Print family tickets"],
                after=(lambda w: shown.append(w.windowTitle()) or close_dialog("Print family tickets")(w),))


def attendee_import(n: Night) -> Case:
    path = n.data["tmp"] / "club.csv"
    path.write_text("Family name,Adults\nOkafor,4\n", encoding="utf-8")
    dialog = ImportDialog(ATTENDEES, n.win.state, n.win)
    dialog.show()
    dialog.choose_file(path)
    n.data["qtbot"].waitUntil(lambda: not dialog.busy and dialog.run_button.isEnabled(), timeout=20_000)

    def run() -> None:
        dialog.run_button.click()
        n.data["qtbot"].waitUntil(lambda: not dialog.busy, timeout=20_000)

    return Case(run, lambda: [h.family_name for h in households.search(n.organizer, "okafor")], ["Okafor"])


def edit_household(n: Night) -> Case:
    tab, family = n.screen(Area.CHECKIN), n.data["family"]
    tab.search.setText("garcia")
    tab.run_search()  # the family found and selected, as typing does

    def fill(d) -> None:
        d.phone.setText("555-010-4444")
        d.accept()

    return Case(tab.edit_selected, lambda: households.get(n.organizer, family.id).phone, "555-010-4444",
                after=(form(fill),))


def give_a_second_helmet(n: Night) -> Case:
    family = n.data["family"]
    checkins.check_in(n.win.state.desk, family.id, adults=1, kids=2)
    panel = n.win.findChild(HandOutPanel)
    panel.household_checked_in(households.get(n.organizer, family.id))
    panel.hand_out(0)
    panel.hand_out(0)  # the limit: refused, and "Allow anyway (organizer)" offered
    button = n.win.findChild(QPushButton, "handOutOverride")
    assert button.isVisible()
    return Case(button.click, lambda: inventory.household_handouts(n.organizer, family.id)[n.data["helmet"].id], 2)


# --- stations ---------------------------------------------------------------------------------------------------------
def add_station(n: Night) -> Case:
    tab = n.screen(Area.STATIONS)
    return Case(tab.add_station, lambda: "Face painting" in [s.name for s in stations.list_stations(n.organizer)],
                True, before=(type_text("Face painting"),))


def station_details(n: Night) -> Case:
    tab, dunk = n.screen(Area.STATIONS), n.data["dunk"]
    tab.select(dunk.id)
    tab.details.name.setText("Dunk tank (north lawn)")
    tab.details.location.setText("North lawn")
    return Case(tab.details.save, lambda: stations.get_station(n.organizer, dunk.id).location, "North lawn",
                also=lambda: stations.get_station(n.organizer, dunk.id).name == "Dunk tank (north lawn)")


def demonstration(n: Night) -> Case:
    tab, dunk = n.screen(Area.STATIONS), n.data["dunk"]
    tab.select(dunk.id)
    tab.schedule.title.setText("Dunk the chief")
    tab.schedule.time.setTime(QTime(18, 30))
    return Case(tab.schedule.add, lambda: [d.title for d in station_schedule.schedule(n.organizer, dunk.id)],
                ["Dunk the chief"])


def waiver_text(n: Night) -> Case:
    tab = n.screen(Area.STATIONS)
    button = tab.findChild(QPushButton, "editWaiverTextButton")

    def fill(d) -> None:
        d.editor.setPlainText("I allow my child to take part in the dunk tank.")
        d.save()

    return Case(button.click, lambda: waivers.text(n.organizer), "I allow my child to take part in the dunk tank.",
                before=(form(fill),))


# --- donations --------------------------------------------------------------------------------------------------------
def _donor_row(tab, donor_id) -> int:
    return next(r for r, d in enumerate(tab.donors_model.rows) if d.id == donor_id)


def edit_donor(n: Night) -> Case:
    tab, donor = n.screen(Area.DONATIONS), n.data["hardware"]
    _select_row(tab.donors_view, [_donor_row(tab, donor.id)])

    def fill(d) -> None:
        d.phone.setText("(555) 010-7777")
        d.save()

    return Case(tab.edit_donor, lambda: donors.get(n.organizer, donor.id).phone, "(555) 010-7777",
                before=(form(fill),))


def merge_donors(n: Night) -> Case:
    tab = n.screen(Area.DONATIONS)
    _select_row(tab.donors_view, sorted(_donor_row(tab, d.id) for d in (n.data["hardware"], n.data["hardware_again"])))
    return Case(tab.merge_donors, lambda: len(donors.search(n.organizer)), 1, before=(yes("Keep"),))


def _gift_selected(n: Night):
    tab = n.screen(Area.DONATIONS)
    _select_row(tab.donors_view, [_donor_row(tab, n.data["hardware"].id)])
    tab.right_tabs.setCurrentWidget(tab.donations_view)
    tab.donations_view.setCurrentIndex(tab.donations_model.index(0, 0))
    return tab


def correct_donation(n: Night) -> Case:
    tab = _gift_selected(n)

    def fill(d) -> None:
        d.amount.setText("275.00")
        d.reason.setText("the check said 275")
        d.save(False)

    return Case(tab.correct_selected, lambda: gifts.get(n.organizer, n.data["gift"].id).amount_cents, 27500,
                before=(form(fill),))


def void_receipt(n: Night) -> Case:
    tab = _gift_selected(n)
    return Case(tab.void_selected, lambda: [r.is_void for r in receipts.list_receipts(n.organizer)], [True],
                before=(type_text("written to the wrong donor"),))


def reissue_receipt(n: Night) -> Case:
    tab = _gift_selected(n)
    return Case(tab.reissue_selected, lambda: sorted(r.is_void for r in receipts.list_receipts(n.organizer)),
                [False, True], before=(type_text("misspelled name"),), after=(no("Receipt"),))


def receipts_issuer(n: Night) -> Case:
    tab = n.screen(Area.DONATIONS)

    def fill(d) -> None:
        d.phone.setText("(555) 010-2999")
        d.save()

    return Case(tab.edit_organization, lambda: organization.get(n.organizer).phone, "(555) 010-2999",
                after=(form(fill),))


# --- giveaway stock ---------------------------------------------------------------------------------------------------
def new_item(n: Night) -> Case:
    tab = n.screen(Area.INVENTORY)

    def fill(d) -> None:
        d.name.setText("Glow stick")
        d.save()

    return Case(tab.new_item, lambda: sorted(i.name for i in inventory.levels(n.organizer)),
                ["Bike helmet (youth)", "Glow stick"], before=(form(fill),))


def _helmets_left(n: Night) -> int:
    return next(i.on_hand for i in inventory.levels(n.organizer) if i.id == n.data["helmet"].id)


def receive_stock(n: Night) -> Case:
    tab = n.screen(Area.INVENTORY)

    def fill(d) -> None:
        d.quantity.setValue(5)
        d.reason.setText("second box from the PAL")
        d.save()

    return Case(lambda: tab.change(RECEIVE), lambda: _helmets_left(n), 15, before=(form(fill),))


def adjust_stock(n: Night) -> Case:
    tab = n.screen(Area.INVENTORY)

    def fill(d) -> None:
        d.quantity.setValue(-2)
        d.reason.setText("two cracked in the box")
        d.save()

    return Case(lambda: tab.change(ADJUST), lambda: _helmets_left(n), 8, before=(form(fill),))


def record_the_count(n: Night) -> Case:
    tab = n.screen(Area.INVENTORY)

    def fill(d) -> None:
        d.model.setData(d.model.index(0, CountModel.COL_COUNTED), 7)
        d.save()

    return Case(tab.reconcile, lambda: _helmets_left(n), 7, after=(form(fill),))


# --- the event --------------------------------------------------------------------------------------------------------
def said(words: str) -> Callable[[QWidget], None]:
    """A message that says `words`, read and closed."""
    def step(w: QWidget) -> None:
        assert words in w.text(), f"“{words}” not in “{w.text()}”"
        ok()(w)
    return step


def export_everything(n: Night) -> Case:
    folder = n.data["tmp"] / "export"

    def choose(w) -> None:
        folder.mkdir()
        w.setDirectory(str(folder))
        w.accept()

    return Case(n.win.export, lambda: (folder / "audit_log.csv").exists(), True, before=(choose,),
                after=(said(f"written to {folder} (readable by you only)."),),
                after_wrong=(said("counts only: names, phones, emails"),),  # without an organizer
                also=lambda: "García" in (folder / "households.csv").read_text(encoding="utf-8"))


def audit_log(n: Night) -> Case:
    shown: list[str] = []
    return Case(n.win.show_audit, lambda: shown, ["Audit log — every change tonight"],
                after=(lambda w: shown.append(w.windowTitle()) or close_dialog("Audit log")(w),))


def event_settings(n: Night) -> Case:
    def fill(d) -> None:
        d.place.setText("Riverside Park, north lawn")
        d.accept()

    return Case(n.win.edit_event, lambda: events.get_event(n.organizer.db, n.organizer.event_id).place,
                "Riverside Park, north lawn", after=(form(fill),))


def privacy_days(n: Night) -> Case:
    dialog = PrivacyDialog(n.win.state, n.win)
    dialog.show()
    dialog.days.setValue(3)
    return Case(dialog.findChild(QPushButton, "privacySave").click, lambda: privacy.status(n.organizer).days, 3,
                also=lambda: dialog.days.value() == 3 and dialog.error.text() == "")


CASES = [emergency_contact, add_shift, clock_in_at_another_time, hours_letters,  # volunteers
         family_tickets, attendee_import, edit_household, give_a_second_helmet,  # the check-in desk
         add_station, station_details, demonstration, waiver_text,  # stations
         edit_donor, merge_donors, correct_donation, void_receipt, reissue_receipt, receipts_issuer,  # donations
         new_item, receive_stock, adjust_stock, record_the_count,  # giveaway stock
         export_everything, audit_log, event_settings, privacy_days]  # the event


@pytest.mark.parametrize("pin", [PIN, "1999"], ids=["right PIN", "wrong PIN"])
@pytest.mark.parametrize("make", CASES, ids=[c.__name__ for c in CASES])
def test_a_volunteer_desk_is_asked_to_sign_in_and_the_action_carries_on(qtbot, night, tmp_path, make, pin):
    night.data.update(tmp=tmp_path, qtbot=qtbot)
    case = make(night)
    was = case.read()
    assert was != case.want and night.win.state.desk.role == "volunteer"
    right = pin == PIN
    answers = Answers(*case.before, yes(ASKED), sign_in(ORGANIZER, pin),
                      *(case.after if right else (wrong_pin_said(), *case.after_wrong)))
    case.act()
    qtbot.waitUntil(lambda: answers.ended, timeout=10_000)
    answers.stop()
    assert answers.all_answered, answers.problems or answers.steps
    if right:
        assert case.read() == case.want and case.also()
        assert (night.win.state.desk.operator, night.win.state.desk.role) == (ORGANIZER, "organizer")
    else:
        assert case.read() == was, "a wrong PIN did it anyway"
        assert night.win.state.desk.role == "volunteer"
