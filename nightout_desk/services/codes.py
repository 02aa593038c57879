"""Human-facing codes: short, unambiguous (no 0/O, 1/I/L, U), random so they cannot be guessed from a name."""

from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_code(length: int = 8, prefix: str = "") -> str:
    return prefix + "".join(secrets.choice(ALPHABET) for _ in range(length))


def pretty(code: str) -> str:
    """'H7K3QWPX' -> 'H7K3-QWPX' for reading aloud; scanners and search accept either form."""
    return f"{code[:4]}-{code[4:]}" if len(code) == 8 else code
