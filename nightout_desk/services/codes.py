"""Human-facing codes: short, unambiguous (no 0/O, 1/I/L, U), random so they cannot be guessed from a name."""

from __future__ import annotations

import secrets

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
