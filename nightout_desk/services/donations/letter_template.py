"""The thank-you letter's placeholders and the check that an organizer's letter body uses only those."""

from __future__ import annotations

import string

from nightout_desk.services.errors import InvalidInput

PLACEHOLDERS = {
    "donor_name": "whom the letter greets: the person, or the contact at a business",
    "business_name": "the business's name (for a person: their name)",
    "gift_description": "what they gave, e.g. “$250.00 and 24 × Bike helmets” (never a value for goods)",
    "organization": "the organization's legal name",
    "event_name": "the event, e.g. “Riverside National Night Out 2026”",
    "event_date": "the evening's date",
    "signer_name": "who signs",
    "signer_title": "the signer's title",
}


def check_template(body: str) -> None:
    """Raise InvalidInput if the body uses an unknown placeholder or an unpaired brace."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(body) if name is not None]
    except ValueError:
        raise InvalidInput("The letter has a “{” or “}” without its pair. "
                           "Placeholders look like {donor_name}.") from None
    unknown = sorted({n for n in names if n not in PLACEHOLDERS})
    if unknown:
        raise InvalidInput(f"The letter uses unknown placeholders: {', '.join('{' + u + '}' for u in unknown)}. "
                           f"Known ones: {', '.join('{' + k + '}' for k in PLACEHOLDERS)}.")
    if not body.strip():
        raise InvalidInput("The letter has no text yet.")
