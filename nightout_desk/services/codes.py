"""Human-facing codes: short, unambiguous (no 0/O, 1/I/L, U), random so they cannot be guessed from a name."""

from __future__ import annotations

import secrets

from nightout_desk.text import compact_code

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_code(length: int = 8, prefix: str = "") -> str:
    return prefix + "".join(secrets.choice(ALPHABET) for _ in range(length))


BADGE_FIRST = "V"  # volunteer badges are "V" + 7 characters; household tickets never start with it


def new_ticket_code() -> str:
    """A household's ticket: 8 characters, never starting with V, so a scan tells a ticket from a badge."""
    return secrets.choice(ALPHABET.replace(BADGE_FIRST, "")) + new_code(7)


def pretty(code: str) -> str:
    """'H7K3QWPX' -> 'H7K3-QWPX' for reading aloud; scanners and search accept either form."""
    return f"{code[:4]}-{code[4:]}" if len(code) == 8 else code


def is_badge_code(text: str) -> bool:
    """A volunteer badge ('V' + 7 code characters), not a household's 8-character ticket."""
    code = compact_code(text)
    return len(code) == 8 and code.startswith(BADGE_FIRST)


def is_our_code(compact: str) -> bool:
    """8 characters of our alphabet: a household's ticket or a volunteer's badge (some have no digit at all)."""
    return len(compact) == 8 and all(ch in ALPHABET for ch in compact)


def looks_like_scan_code(text: str) -> bool:
    """What a scanner's burst can carry: one of our codes, or a registration platform's (Eventbrite's barcode,
    attendee and order numbers; a generic file's ticket column): 6 to 64 letters, digits and dashes with a digit in
    them. A word, a name or a ZIP code is not one."""
    raw = text.strip()
    if not raw or any(ch.isspace() for ch in raw) or len(raw) > 64:
        return False
    compact = "".join(ch for ch in raw if ch.isalnum()).upper()
    if not all(ch.isascii() and (ch.isalnum() or ch in "-_/.") for ch in raw):
        return False
    return is_our_code(compact) or (len(compact) >= 6 and any(ch.isdigit() for ch in compact))
