"""Demo data for donations and giveaways: the town's receipt settings, local donors and every kind of gift
(one sponsor who got a banner in return), printed, unprinted and voided receipts, giveaway items with their stock
moves, and checked-in households who received helmets, backpacks and glow sticks at the table."""

from __future__ import annotations

from datetime import timedelta

from nightout_desk.services.demo.data import TOWN
from nightout_desk.services.demo.night import DemoNight
from nightout_desk.services.donations import donors, organization, receipts
from nightout_desk.services.donations import gifts as donations
from nightout_desk.services.donations.gifts import ToStock
from nightout_desk.services.donations.organization import GOVERNMENT, Organization
from nightout_desk.services.inventory import stock as inventory

DONORS = [  # kind, name, contact, address
    ("business", f"{TOWN} Hardware", "Sam Patel", f"12 Main St\n{TOWN}, NY 12345"),
    ("business", "Lakeview Credit Union", "Renée Dubois", f"400 Lake Ave\n{TOWN}, NY 12348"),
    ("business", "Mill Creek Pizza", "Tony Rossi", f"88 Mill Creek Rd\n{TOWN}, NY 12346"),
    ("business", f"{TOWN} Grocery", "Aisha Khan", f"5 Market Sq\n{TOWN}, NY 12345"),
    ("business", "Oak Park Bike Shop", "Björn Johansson", f"31 Oak Park Blvd\n{TOWN}, NY 12351"),
    ("business", "Cedar Heights Dental", "Dr. Priya Shah", f"9 Cedar Heights Dr\n{TOWN}, NY 12349"),
    ("business", "Southgate Rotary Club", "Kwame Mensah", f"PO Box 118\n{TOWN}, NY 12352"),
    ("business", "DJ Łukasz Sound", "Łukasz Kowalski", f"77 Hillcrest Rd\n{TOWN}, NY 12347"),
    ("person", "Zoë Nguyễn-O'Brien", "", f"4 Elm Ct\n{TOWN}, NY 12345"),
    ("person", "Marcus and Joan Whitfield", "", f"210 River Rd\n{TOWN}, NY 12350"),
    ("person", "Tomás García", "", f"16 Southgate Ln\n{TOWN}, NY 12352"),
    ("person", "Fatima Al-Sayed", "", f"3 Lakeview Ter\n{TOWN}, NY 12348"),
]
ITEMS = [  # name, category, unit, low at, limit per household, at the check-in desk
    ("Bike helmet (youth)", "Safety", "each", 12, 1, True),
    ("Backpack with school supplies", "School supplies", "each", 12, 2, True),
    ("Glow stick", "Fun", "each", 40, 4, True),
    ("Junior officer sticker", "Fun", "each", 50, None, True),
    ("Bottled water", "Food and drink", "bottle", 48, None, False),
    ("Coloring book", "Fun", "each", 10, 2, True),
]


def _donations(night: DemoNight) -> None:
    desk = night.desk.with_operator("Maria Lopez", "organizer")
    organization.save(desk, Organization(
        legal_name=f"Town of {TOWN} Police Department", address=f"200 River Rd\n{TOWN}, NY 12345",
        phone="(555) 010-2000", email="nno@riverside.example.gov", tax_status=GOVERNMENT,
        signer_name="Lt. Dana Reyes", signer_title="Community Policing Unit",
        footer=f"{TOWN} Police Department · Community Policing Unit · Thank you for keeping {TOWN} neighborly."))
    ids = {name: donors.add_donor(desk, kind=kind, name=name, contact_name=contact, address=address).id
           for kind, name, contact, address in DONORS}
    items = {}
    for name, category, unit, low, limit, at_desk in ITEMS:
        items[name] = inventory.add_item(desk, name=name, category=category, unit=unit, low_stock_at=low,
                                         limit_per_household=limit, at_check_in=at_desk).id
    day = night.start.date()

    def gift(donor: str, days_before: int, **values):  # noqa: ANN202
        return donations.record(desk, ids[donor], received_on=day - timedelta(days=days_before), **values)

    if night.previous_year:  # last year: fewer, smaller gifts, so the year-over-year comparison shows growth
        gift(f"{TOWN} Hardware", 20, kind="check", amount="150", check_number="9917")
        gift("Cedar Heights Dental", 12, kind="card", amount="100")
        gift("Southgate Rotary Club", 15, kind="in-kind", description="Backpacks filled with school supplies",
             quantity=40, estimated_value="1000", to_stock=ToStock(40, item_id=items["Backpack with school supplies"]))
        gift("Marcus and Joan Whitfield", 5, kind="check", amount="50", check_number="2107")
        inventory.receive(desk, items["Glow stick"], 400, source="purchased", reason="Party store order")
        return
    made = [
        gift(f"{TOWN} Hardware", 20, kind="check", amount="250", check_number="10482"),
        gift("Lakeview Credit Union", 18, kind="check", amount="500", check_number="88213",
             returned_description="a sponsor banner at the main gate", returned_value="75",
             purpose="K-9 demonstration equipment"),
        gift("Mill Creek Pizza", 2, kind="in-kind", description="Pizzas for the volunteers' dinner", quantity=30,
             estimated_value="360"),
        gift(f"{TOWN} Grocery", 6, kind="gift card", amount="100", description=f"{TOWN} Grocery (raffle prize)"),
        gift(f"{TOWN} Grocery", 3, kind="in-kind", description="drinking water", quantity=480, unit="bottles",
             estimated_value="120", to_stock=ToStock(480, item_id=items["Bottled water"])),
        gift("Oak Park Bike Shop", 9, kind="in-kind", description="Youth bike helmets", quantity=36,
             estimated_value="720", to_stock=ToStock(36, item_id=items["Bike helmet (youth)"])),
        gift("Cedar Heights Dental", 12, kind="card", amount="150"),
        gift("Southgate Rotary Club", 15, kind="in-kind", description="Backpacks filled with school supplies",
             quantity=60, estimated_value="1500", to_stock=ToStock(60, item_id=items["Backpack with school supplies"])),
        gift("DJ Łukasz Sound", 1, kind="services", description="DJ and sound system for the evening",
             estimated_value="400"),
        gift("Zoë Nguyễn-O'Brien", 0, kind="cash", amount="40"),
        gift("Zoë Nguyễn-O'Brien", 0, kind="in-kind", description="Coloring books", quantity=50,
             to_stock=ToStock(50, item_id=items["Coloring book"])),
        gift("Marcus and Joan Whitfield", 5, kind="check", amount="75", check_number="2231"),
        gift("Tomás García", 0, kind="cash", amount="20"),
        gift("Fatima Al-Sayed", 0, kind="card", amount="35"),
    ]
    inventory.receive(desk, items["Glow stick"], 600, source="purchased", reason="Party store order")
    inventory.receive(desk, items["Junior officer sticker"], 1000, source="other", reason="From the PD's stock")
    # the first half of the receipts were printed and mailed; one typo was voided and reissued
    receipts.mark_printed(desk, [d.receipt_id for d in made[:8]])
    donations.correct(desk, made[12].id, reason="amount typed as $20, the donor gave $25", amount="25")


STEPS = (("Donors, donations and receipts", _donations),)
