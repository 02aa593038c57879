"""Building the `NightReport` for an event, and the year-over-year comparison with the event before it."""

from __future__ import annotations

from nightout_desk import clock
from nightout_desk.services import events
from nightout_desk.services.context import Desk
from nightout_desk.services.report import areas
from nightout_desk.services.report.attendance import attendance
from nightout_desk.services.report.model import Change, Comparison, NightReport
from nightout_desk.services.report.stations_part import incidents, stations
from nightout_desk.services.wording.language import event_language
from nightout_desk.services.wording.words import Words

MEASURES = {  # each measure of the comparison (its id, the English the Reports screen shows) and its words' key
    "People attending": "measure.people", "Households": "measure.households",
    "Walk-up households": "measure.walk_ups", "Volunteers": "measure.volunteers", "Volunteer hours": "measure.hours",
    "Donations received": "measure.donations", "Donors": "measure.donors",
}


def build_report(desk: Desk, *, compare: bool = True, full: bool = True, language: str | None = None) -> NightReport:
    """Everything the end-of-night report shows; sections without data are None or empty.
    `full=False` builds only what the year-over-year comparison needs (attendance, volunteers, donations).
    In the event's language unless `language` ("en" | "es") says otherwise."""
    event = events.get_event(desk.db, desk.event_id)
    with desk.db.read() as s:
        w = Words(language or event_language(s, desk.event_id))
        att = attendance(desk, s, w)
        st = stations(desk, s, w) if full else None
        inc = incidents(desk, s) if full else ()
    vol = areas.volunteers(desk)
    don = areas.donations(desk, w)
    give = areas.giveaways(desk) if full else None
    report = NightReport(event.name, event.date, event.place, event.starts_at, event.ends_at,
                         clock.local(clock.now()), att, st, vol, don, give, inc, None, w.language)
    if not compare:
        return report
    previous = events.previous_event(desk.db, desk.event_id)
    if previous is None:
        return report
    before = build_report(Desk(desk.db, previous.id, desk.operator, desk.role, desk.device), compare=False,
                          full=False, language=w.language)
    comparison = Comparison(previous.name, previous.date, tuple(changes(report, before)))
    return NightReport(**{**report.__dict__, "comparison": comparison})


def _measures(r: NightReport) -> dict[str, float | None]:
    """Each measure, None when its section has no data that night."""
    a, v, d = r.attendance, r.volunteers, r.donations
    return {
        "People attending": a.people if a else None,
        "Households": a.households if a else None,
        "Walk-up households": a.walk_ups.households if a else None,
        "Volunteers": v.volunteers if v else None,
        "Volunteer hours": v.hours if v else None,
        "Donations received": d.money_cents if d else None,
        "Donors": d.donors if d else None,
    }


def changes(now: NightReport, before: NightReport) -> list[Change]:
    """The measures either night has data for (a night without data counts as zero)."""
    a, b = _measures(now), _measures(before)
    return [Change(k, a[k] or 0, b[k] or 0, money=k == "Donations received", hours=k == "Volunteer hours")
            for k in a if a[k] is not None or b[k] is not None]
