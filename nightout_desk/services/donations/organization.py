"""Who issues the receipts: legal name, address, signer, tax status (governmental unit or 501(c)(3)), footer.

Kept as event-wide settings (shared by all laptops), written together in one transaction and audited.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields

from sqlalchemy import select

from nightout_desk.models import Event, EventSetting
from nightout_desk.services import audit, permissions
from nightout_desk.services.context import Desk
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

DEFAULT_LETTER = """Dear {donor_name},

On behalf of everyone at {organization}, thank you for your generous gift of {gift_description} to {event_name}.

National Night Out brings neighbors and police together for an evening of food, games and conversation. It \
would not be possible without the support of people and businesses like you. Your gift helped make the evening \
safe, welcoming and fun for the whole community.

With our sincere thanks,"""


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
    footer: str = "Please keep this receipt for your tax records."
    receipt_prefix: str = ""  # empty: "NNO-<year of the event>"
    letter_body: str = DEFAULT_LETTER

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
    known = {f.name for f in fields(Organization)}
    return Organization(**{k: v for k, v in stored.items() if k in known})


def receipt_prefix(desk: Desk, org: Organization | None = None) -> str:
    org = org or get(desk)
    if org.receipt_prefix.strip():
        return org.receipt_prefix.strip()
    with desk.db.read() as s:
        return f"NNO-{s.get(Event, desk.event_id).date.year}"


def _checked(org: Organization) -> Organization:
    values = {k: (v.strip() if k not in ("letter_body", "address") else v.strip("\n ")) for k, v in asdict(org).items()}
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
    return Organization(**values)


def save(desk: Desk, org: Organization) -> Organization:
    """Save all settings in one transaction; the audit log keeps what changed."""
    permissions.require(desk, "donations.organization")
    org = _checked(org)
    with desk.db.write() as s:
        rows = {r.key: r for r in s.scalars(select(EventSetting).where(
            EventSetting.event_id == desk.event_id, EventSetting.key.startswith(_KEY)))}
        before, after = {}, {}
        for key, value in asdict(org).items():
            row = rows.get(_KEY + key)
            old = row.value if row else getattr(Organization(), key)
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
