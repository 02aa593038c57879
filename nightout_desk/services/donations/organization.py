"""Who issues the receipts: legal name, address, signer, tax status (governmental unit or 501(c)(3)), footer.

Kept as event-wide settings (shared by all laptops), written together in one transaction and audited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from sqlalchemy import select

from nightout_desk.models import Event, EventSetting
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
from nightout_desk.services.donations.benefits import DEFAULTS, NAMES, YearFigures, default_for
from nightout_desk.services.donations.letter_template import check_template  # the body's placeholders
from nightout_desk.services.errors import InvalidInput

GOVERNMENT = "government"  # a town / police department: IRC 170(c)(1), gifts for exclusively public purposes
CHARITY = "501c3"  # a police athletic league, a "Friends of the Police" foundation, ...
TAX_STATUS_LABELS = {
    GOVERNMENT: "Governmental unit (town or police department) — IRC 170(c)(1)",
    CHARITY: "501(c)(3) tax-exempt organization (with an EIN)",
}
_EIN = re.compile(r"^\d{2}-\d{7}$")
_KEY = "receipts."
_FIGURES = "figures."  # receipts.figures.2026.dollar_cap = "13600" (cents)

DEFAULT_LETTER = """Dear {donor_name},

On behalf of everyone at {organization}, thank you for your generous gift of {gift_description} to {event_name}.

National Night Out brings neighbors and police together for an evening of food, games and conversation. It \
would not be possible without the support of people and businesses like you. Your gift helped make the evening \
safe, welcoming and fun for the whole community.

With our sincere thanks,"""

# a Spanish event's letters (the organizer's own text, as the English one; the same placeholders)
DEFAULT_LETTER_ES = """Estimado/a {donor_name}:

En nombre de todos en {organization}, le agradecemos su generosa donación de {gift_description} para {event_name}.

La Noche Nacional Contra el Crimen (National Night Out) reúne a vecinos y policías en una velada de comida, juegos \
y conversación. No sería posible sin el apoyo de personas y negocios como usted. Su donación ayudó a que la velada \
fuera segura, acogedora y divertida para toda la comunidad.

Con nuestro sincero agradecimiento,"""
DEFAULT_FOOTER = "Please keep this receipt for your tax records."
DEFAULT_FOOTER_ES = "Conserve este recibo para su declaración de impuestos."


@dataclass(frozen=True)
class Organization:
    legal_name: str = ""
    address: str = ""  # one line each
    phone: str = ""
    email: str = ""
    tax_status: str = GOVERNMENT
    ein: str = ""
    signer_name: str = ""
    signer_title: str = ""
    footer: str = DEFAULT_FOOTER
    receipt_prefix: str = ""  # empty: "NNO-<year of the event>"
    letter_body: str = DEFAULT_LETTER
    footer_es: str = DEFAULT_FOOTER_ES  # what a Spanish event's receipts say instead of `footer`
    letter_body_es: str = DEFAULT_LETTER_ES  # what a Spanish event's thank-you letters say instead of `letter_body`
    figures: tuple[YearFigures, ...] = field(default=tuple(DEFAULTS.values()))  # Publication 1771's, per year

    def figures_for(self, year: int) -> YearFigures | None:
        """The year's insubstantial-benefit figures: set by an organizer, else the defaults, else None."""
        return next((f for f in self.figures if f.year == year), None) or default_for(year)

    @property
    def is_set_up(self) -> bool:
        return bool(self.legal_name.strip())

    @property
    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]


def get(desk: Desk) -> Organization:
    with desk.db.read() as s:
        rows = s.scalars(select(EventSetting).where(EventSetting.event_id == desk.event_id,
                                                    EventSetting.key.startswith(_KEY)))
        stored = {r.key[len(_KEY):]: r.value for r in rows}
    return Organization(**{k: v for k, v in stored.items() if k in TEXT_FIELDS}, figures=_figures(stored))


TEXT_FIELDS = tuple(f.name for f in fields(Organization) if f.name != "figures")


def _figures(stored: dict[str, str]) -> tuple[YearFigures, ...]:
    """The defaults, with what an organizer set (`figures.<year>.<name>`, cents) laid over them."""
    by_year = {f.year: f for f in DEFAULTS.values()}
    for key, value in sorted(stored.items()):
        parts = key.split(".")
        if len(parts) != 3 or parts[0] + "." != _FIGURES or parts[2] not in NAMES or not parts[1].isdigit():
            continue
        year = int(parts[1])
        base = by_year.get(year) or YearFigures(year, 0, 0, 0, "set by an organizer")
        try:
            by_year[year] = base.with_cents(parts[2], int(value))
        except ValueError:
            continue
    return tuple(by_year[y] for y in sorted(by_year))


def figure_values(figures: Iterable[YearFigures]) -> dict[str, str]:
    """Confirmed figures as settings hold them: figures.<year>.<name> -> cents (a stand-in is never stored)."""
    return {f"{_FIGURES}{f.year}.{name}": str(f.cents(name)) for f in figures if f.checked for name in NAMES}


def receipt_prefix(desk: Desk, org: Organization | None = None) -> str:
    org = org or get(desk)
    if org.receipt_prefix.strip():
        return org.receipt_prefix.strip()
    with desk.db.read() as s:
        return f"NNO-{s.get(Event, desk.event_id).date.year}"


def _checked(org: Organization) -> Organization:
    values = {k: (v.strip() if k not in ("letter_body", "letter_body_es", "address") else v.strip("\n "))
              for k, v in ((k, getattr(org, k)) for k in TEXT_FIELDS)}
    if not values["legal_name"]:
        raise InvalidInput("Type the organization's legal name, exactly as it should appear on receipts.")
    if values["tax_status"] not in TAX_STATUS_LABELS:
        raise InvalidInput("Choose the organization's tax status.")
    if values["tax_status"] == CHARITY:
        digits = re.sub(r"\D", "", values["ein"])
        if len(digits) != 9:
            raise InvalidInput("A 501(c)(3) receipt needs the organization's EIN: nine digits, like 12-3456789.")
        values["ein"] = f"{digits[:2]}-{digits[2:]}"
    prefix = values["receipt_prefix"]
    if prefix and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9-]{0,30}", prefix):
        raise InvalidInput("The receipt number prefix may use letters, digits and dashes only, like NNO-2026.")
    check_template(values["letter_body"])
    check_template(values["letter_body_es"])
    for f in org.figures:
        if not 2000 <= f.year <= 2100:
            raise InvalidInput(f"{f.year} is not a tax year the figures could be for.")
        if min(f.dollar_cap_cents, f.low_cost_article_cents, f.minimum_payment_cents) <= 0:
            raise InvalidInput(f"Each of {f.year}'s IRS figures must be more than $0.")
        if f.low_cost_article_cents >= f.minimum_payment_cents:
            raise InvalidInput(f"{f.year}'s low-cost article figure must be less than its minimum payment.")
    return Organization(**values, figures=org.figures)


def save(desk: Desk, org: Organization) -> Organization:
    """Save all settings in one transaction; the audit log keeps what changed."""
    permissions.require(desk, "donations.organization")
    org = _checked(org)
    with desk.db.write() as s:
        rows = {r.key: r for r in s.scalars(select(EventSetting).where(
            EventSetting.event_id == desk.event_id, EventSetting.key.startswith(_KEY)))}
        before, after = {}, {}
        defaults = figure_values(DEFAULTS.values())
        texts = {k: getattr(org, k) for k in TEXT_FIELDS}
        for key, value in {**texts, **figure_values(org.figures)}.items():
            row = rows.get(_KEY + key)
            old = row.value if row else defaults.get(key, getattr(Organization(), key, ""))
            if old == value:
                continue
            before[key], after[key] = old, value
            if row is None:
                s.add(EventSetting(event_id=desk.event_id, key=_KEY + key, value=value))
            else:
                row.value = value
        if after:
            audit.record(s, desk, "receipt settings changed", entity="setting", summary=org.legal_name,
                         before=before, after=after)
    return org


def valid_ein(value: str) -> bool:
    return bool(_EIN.match(value))
