"""Shared set-up for the donations and giveaway tests: an organization, donors and items of a real night."""

from __future__ import annotations

from nightout_desk.services.donations import donors, organization
from nightout_desk.services.donations.organization import CHARITY, GOVERNMENT, Organization
from nightout_desk.services.inventory import stock as inventory

TOWN = Organization(legal_name="Town of Riverside Police Department", address="200 River Rd\nRiverside, NY 12345",
                    phone="(555) 010-2000", email="nno@riverside.example.gov", tax_status=GOVERNMENT,
                    signer_name="Lt. Dana Reyes", signer_title="Community Policing Unit",
                    footer="Riverside PD · Community Policing · Thank you for keeping Riverside neighborly.")
PAL = Organization(legal_name="Riverside Police Athletic League, Inc.", address="15 Mill St\nRiverside, NY 12346",
                   tax_status=CHARITY, ein="12-3456789", signer_name="Maria Lopez", signer_title="Treasurer")


def set_up(desk, org: Organization = TOWN) -> Organization:
    return organization.save(desk, org)


def hardware(desk):
    return donors.add_donor(desk, kind="business", name="Riverside Hardware", contact_name="Sam Patel",
                            address="12 Main St\nRiverside, NY 12345", email="sam@hardware.example.com")


def zoe(desk):
    return donors.add_donor(desk, name="Zoë Nguyễn-O'Brien", address="4 Elm Ct\nRiverside, NY 12345",
                            phone="(555) 201-7788")


def helmets(desk, limit: int | None = 1, stock: int = 10):
    item = inventory.add_item(desk, name="Bike helmet (youth)", category="Safety", low_stock_at=3,
                              limit_per_household=limit)
    if stock:
        inventory.receive(desk, item.id, stock, source="purchased")
    return item
