"""Insubstantial benefits (IRS Publication 1771): when what a donor got back may be disregarded, and the year's figures.

A benefit is insubstantial when either
- its fair market value is at most 2% of the payment, and at most the year's dollar cap; or
- the payment is at least the year's minimum and the only items given back bear the organization's name or logo
  and cost the organization, together, at most the year's low-cost article figure.
Then the receipt says only token items of insubstantial value were given, and no "limited to" sentence. The figures
change every year (inflation, a Revenue Procedure each autumn); they are kept as event settings `receipts.figures.
<year>.<name>` in cents (services/donations/organization.py), with the defaults below where no organizer set them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

NAMES = ("dollar_cap", "low_cost_article", "minimum_payment")  # as `organization set figures.2026.<name>=…` names them


@dataclass(frozen=True)
class YearFigures:
    year: int
    dollar_cap_cents: int  # the 2% test's cap ($136 in 2025)
    low_cost_article_cents: int  # the token items' cost cap ($13.60 in 2025)
    minimum_payment_cents: int  # the token test's least payment ($68 in 2025)
    source: str  # where they were published, or why they are a stand-in
    checked: bool = True  # False: a stand-in an organizer should confirm

    def cents(self, name: str) -> int:
        return getattr(self, f"{name}_cents")

    def with_cents(self, name: str, cents: int) -> YearFigures:
        return replace(self, **{f"{name}_cents": cents}, source="set by an organizer", checked=True)


_2025 = YearFigures(2025, 136_00, 13_60, 68_00, "Rev. Proc. 2024-40 (IRS Publication 1771, 2025)")
# Rev. Proc. 2025-32 gives 2026's figures; they could not be looked up when this was written, so 2025's stand in
# until an organizer confirms them: `nightout-desk organization set figures.2026.dollar_cap=…` (docs/architecture.md).
_2026 = replace(_2025, year=2026, checked=False,
                source="2025's figures, standing in: check Rev. Proc. 2025-32 and set 2026's")
DEFAULTS: dict[int, YearFigures] = {2025: _2025, 2026: _2026}


def default_for(year: int) -> YearFigures | None:
    return DEFAULTS.get(year)


def is_insubstantial(figures: YearFigures, payment_cents: int, benefit_cents: int, *, bears_logo: bool,
                     cost_cents: int | None) -> bool:
    """Publication 1771's two tests; `payment_cents` is the money (or goods' value) given."""
    if payment_cents <= 0:
        return False
    two_percent = benefit_cents * 100 <= payment_cents * 2 and benefit_cents <= figures.dollar_cap_cents
    token = (bears_logo and cost_cents is not None and cost_cents <= figures.low_cost_article_cents
             and payment_cents >= figures.minimum_payment_cents)
    return two_percent or token
