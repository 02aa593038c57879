"""Service-hours letters read back: one per volunteer with verified hours, signed, open entries not certified."""

from __future__ import annotations

from datetime import timedelta

import pypdf

from nightout_desk import clock
from nightout_desk.printing import hours_letters as letters_pdf
from nightout_desk.services.stations import stations
from nightout_desk.services.volunteers import hours_letters, shifts, timeclock
from nightout_desk.services.volunteers import roster as volunteers


def _hour(offset: float):
    return clock.now().replace(second=0, microsecond=0) + timedelta(hours=offset)


def test_letters_certify_verified_hours_only_and_are_signed(desk, tmp_path):
    food = next(st for st in stations.list_stations(desk) if st.name == "Food")
    early = shifts.add_shift(desk, food.id, _hour(-4), _hour(-3), needed=2)
    zoe = volunteers.add_volunteer(desk, first_name="Zoë", last_name="Nguyễn-O'Brien", organization="Explorer Post 12",
                                   role="youth", is_minor=True, guardian_name="Minh", guardian_phone="555 0100")
    li = volunteers.add_volunteer(desk, first_name="李小龙", last_name="Lee", organization="Riverside PD")
    idle = volunteers.add_volunteer(desk, first_name="Ann", last_name="Idle")
    for v in (zoe, li):
        shifts.assign(desk, early.id, v.id)
    timeclock.add_entry(desk, zoe.id, _hour(-4), _hour(-2.75), reason="shift sheet")
    timeclock.clock_in(desk, li.id, at=_hour(-4), reason="scanner down")  # never clocked out: flagged, not counted
    timeclock.add_entry(desk, li.id, _hour(-2.5), _hour(-2), reason="helped at the food tent")

    found = hours_letters.letters(desk, signer="Lt. Maria Lopez")
    assert [x.volunteer_name for x in found] == ["李小龙 Lee", "Zoë Nguyễn-O'Brien"]  # Idle has no hours: no letter
    lee = found[0]
    assert lee.verified_hours == 0.5 and lee.unverified_hours == 1.0
    assert [line.verified for line in lee.lines] == [False, True]
    assert "under review" in lee.lines[0].note
    assert hours_letters.letters(desk, volunteer_code=idle.badge_code)[0].verified_hours == 0

    pdf = tmp_path / "letters.pdf"
    letters_pdf.render(found, pdf)
    pages = [p.extract_text() for p in pypdf.PdfReader(pdf).pages]
    assert len(pages) == 2
    assert "李小龙 Lee (Riverside PD)" in pages[0] and "0.50 hours (0 h 30 min)" in pages[0]
    assert "A further 1.00 hours were recorded but are not yet verified" in pages[0]
    assert "Zoë Nguyễn-O'Brien (Explorer Post 12)" in pages[1] and "1.25 hours (1 h 15 min)" in pages[1]
    assert all("Lt. Maria Lopez" in p and "Riverside National Night Out 2026" in p for p in pages)
    assert letters_pdf.hours_text(2.75) == "2.75 hours (2 h 45 min)"
