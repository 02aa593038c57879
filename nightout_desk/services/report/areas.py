"""The report's parts that other areas own: volunteers, donations and giveaway stock, from their `report_summary`.

Each area's summary is read by name; an area that is missing from this version leaves its section None and is
listed in `NightReport.missing_areas` (the report says "no data yet" rather than failing).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from nightout_desk.services.context import Desk
from nightout_desk.services.report.model import DonationKind, Donations, Giveaways, HoursLine, StockLine, Volunteers

log = logging.getLogger(__name__)


def _summary(module: str, desk: Desk) -> tuple[object | None, bool]:
    """(the area's report_summary(desk), whether the area exists in this version)."""
    try:
        mod = importlib.import_module(f"nightout_desk.services.{module}")
    except ImportError:
        return None, False
    fn: Callable | None = getattr(mod, "report_summary", None)
    if fn is None:
        return None, False
    return fn(desk), True


def volunteers(desk: Desk) -> tuple[Volunteers | None, bool]:
    summary, present = _summary("volunteers", desk)
    if summary is None or not summary.volunteers:
        return None, present
    return Volunteers(
        volunteers=int(summary.volunteers), hours=float(summary.total_verified_hours),
        unverified_hours=float(summary.total_unverified_hours), flagged=int(summary.open_entries_flagged),
        by_station=tuple(HoursLine(name, float(h)) for name, h in summary.hours_by_station),
        by_organization=tuple(HoursLine(name, float(h)) for name, h in summary.hours_by_organization),
    ), present


def donations(desk: Desk) -> tuple[Donations | None, bool]:
    summary, present = _summary("donations", desk)
    if summary is None or not summary.donations:
        return None, present
    from nightout_desk.services.donations import IN_KIND, KIND_LABELS

    money = summary.money_cents_by_kind
    kinds = []
    for kind, count in summary.count_by_kind.items():
        if count:
            cents = money.get(kind, 0) if kind in money else summary.in_kind_estimated_cents if kind == IN_KIND else 0
            kinds.append(DonationKind(KIND_LABELS.get(kind, kind), int(count), int(cents)))
    kinds.sort(key=lambda k: (-k.cents, -k.donations, k.kind))
    return Donations(donors=int(summary.donors), donations=int(summary.donations),
                     money_cents=int(summary.money_total_cents),
                     goods_value_cents=int(summary.in_kind_estimated_cents), by_kind=tuple(kinds)), present


def giveaways(desk: Desk) -> tuple[Giveaways | None, bool]:
    summary, present = _summary("inventory", desk)
    if summary is None or not summary.items:
        return None, present
    lines = tuple(StockLine(i.name, int(i.received), abs(int(i.handed_out)), int(i.on_hand), bool(i.is_low),
                            int(i.adjusted)) for i in summary.items)
    return Giveaways(lines, int(summary.households_served)), present
