"""The report's parts that other areas own: volunteers, donations and giveaway stock, from their `report_summary`."""

from __future__ import annotations

from nightout_desk.services.context import Desk
from nightout_desk.services.donations import gifts as donation_gifts
from nightout_desk.services.donations.gifts import IN_KIND, KIND_LABELS
from nightout_desk.services.inventory import stock
from nightout_desk.services.report.model import EN, DonationKind, Donations, Giveaways, HoursLine, StockLine, Volunteers
from nightout_desk.services.volunteers import hours
from nightout_desk.services.wording.words import Words


def volunteers(desk: Desk) -> Volunteers | None:
    summary = hours.report_summary(desk)
    if summary is None or not summary.volunteers:
        return None
    return Volunteers(
        volunteers=int(summary.volunteers), hours=float(summary.total_verified_hours),
        unverified_hours=float(summary.total_unverified_hours), flagged=int(summary.open_entries_flagged),
        by_station=tuple(HoursLine(name, float(h)) for name, h in summary.hours_by_station),
        by_organization=tuple(HoursLine(name, float(h)) for name, h in summary.hours_by_organization),
    )


def donations(desk: Desk, w: Words = EN) -> Donations | None:
    summary = donation_gifts.report_summary(desk)
    if summary is None or not summary.donations:
        return None
    money = summary.money_cents_by_kind
    kinds = []
    for kind, count in summary.count_by_kind.items():
        if count:
            cents = money.get(kind, 0) if kind in money else summary.in_kind_estimated_cents if kind == IN_KIND else 0
            kinds.append(DonationKind(w.label(f"kind.{kind}", KIND_LABELS.get(kind, kind)), int(count), int(cents)))
    kinds.sort(key=lambda k: (-k.cents, -k.donations, k.kind))
    return Donations(donors=int(summary.donors), donations=int(summary.donations),
                     money_cents=int(summary.money_total_cents),
                     goods_value_cents=int(summary.in_kind_estimated_cents), by_kind=tuple(kinds))


def giveaways(desk: Desk) -> Giveaways | None:
    summary = stock.report_summary(desk)
    if summary is None or not summary.items:
        return None
    lines = tuple(StockLine(i.name, int(i.received), abs(int(i.handed_out)), int(i.on_hand), bool(i.is_low),
                            int(i.adjusted)) for i in summary.items)
    return Giveaways(lines, int(summary.households_served))
