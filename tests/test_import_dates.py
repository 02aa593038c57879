"""The one date/time reader every import uses: the spellings exports and treasurers write, and plain refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from nightout_desk.services.importing import RowSkipped, calendar_date, date_and_time

AUG_4 = dt.date(2026, 8, 4)


@pytest.mark.parametrize("text", ["2026-08-04", "2026/08/04", "8/4/2026", "08/04/2026", "08/04/26", "Aug 4, 2026",
                                  "August 4, 2026", "aug. 4, 2026", "4 Aug 2026", "4 August 2026",
                                  "2026-08-04 18:22:05", "2026-08-04T18:22:05.120Z", "2026-08-04 09:14:22-04:00",
                                  "08/04/2026 05:00 PM", "08/04/2026 11:30 pm EDT", "Aug 4, 2026, 5 p.m."])
def test_a_gift_date_is_read_in_every_common_spelling_and_a_time_after_it_is_ignored(text):
    assert calendar_date(text) == AUG_4


@pytest.mark.parametrize("text", ["Aug 4 2026", "tonight", "2026-02-30", "13/13/2026", "08-04-2026",
                                  "2026-08-04 25:00", "Augtober 4, 2026"])
def test_a_date_that_cannot_be_read_skips_the_row_quoting_it(text):
    with pytest.raises(RowSkipped) as skipped:
        calendar_date(text, "gift date")
    assert skipped.value.reason == f"the gift date “{text}” is not a date like 2026-08-04 or 08/04/2026"


@pytest.mark.parametrize("text", ["08/04/2026 05:00 PM", "08/04/2026 5:00PM", "8/4/2026 5 pm", "08/04/26 05:00 P.M.",
                                  "08/04/2026 17:00", "2026-08-04 17:00", "2026-08-04T17:00", "2026-08-04 17:00:00",
                                  "Aug 4, 2026 5:00 PM", "4 August 2026 at 17:00"])
def test_a_shift_time_as_signupgenius_and_people_write_it_is_local_time(text):
    when = date_and_time(text, "start")
    assert when.tzinfo is not None
    assert when.replace(tzinfo=None) == dt.datetime(2026, 8, 4, 17, 0)


def test_a_time_with_an_offset_or_utc_is_converted_to_this_laptops_time():
    eventbrite = date_and_time("2026-07-01 09:14:22-04:00", "order date")
    assert eventbrite == dt.datetime(2026, 7, 1, 13, 14, 22, tzinfo=dt.UTC)
    assert eventbrite.utcoffset() == dt.datetime(2026, 7, 1, 13, 14, 22, tzinfo=dt.UTC).astimezone().utcoffset()
    assert date_and_time("2026-08-04T21:00:00Z", "start") == dt.datetime(2026, 8, 4, 21, tzinfo=dt.UTC)


@pytest.mark.parametrize("text", ["tonight", "08/04/2026", "2026-08-04 17", "08/04/2026 13:00 PM",
                                  "08/04/2026 05:00 PM EDT", ""])
def test_a_shift_time_without_a_clear_time_skips_the_row_quoting_it(text):
    with pytest.raises(RowSkipped) as skipped:
        date_and_time(text, "start")
    assert skipped.value.reason == f"the start “{text}” is not a date and time like 08/04/2026 05:00 PM"
