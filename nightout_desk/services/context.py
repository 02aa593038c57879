"""What every service call needs to know: the database, the event, who is at the keyboard and on which laptop."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from nightout_desk.db import Database
from nightout_desk.services.errors import PermissionDenied

ROLES = ("volunteer", "organizer", "lieutenant")
ROLE_LABELS = {"volunteer": "Volunteer", "organizer": "Organizer", "lieutenant": "Lieutenant / admin"}


@dataclass(frozen=True)
class Desk:
    db: Database
    event_id: uuid.UUID
    operator: str = "Volunteer"
    role: str = "volunteer"
    device: str = "Laptop"

    def with_operator(self, operator: str, role: str) -> Desk:
        return Desk(self.db, self.event_id, operator, role, self.device)

    def require(self, *roles: str, doing: str) -> None:
        """Raise PermissionDenied unless the operator has one of `roles` (a lieutenant may do everything)."""
        if self.role in roles or self.role == "lieutenant":
            return
        raise PermissionDenied(f"Only {who_may(roles)} can {doing}. Ask one to sign in at this laptop.",
                               needs=min(roles, key=ROLES.index))


def who_may(roles: Iterable[str]) -> str:
    """Who may, as a refusal says it ("an organizer", "a volunteer or lieutenant / admin"): the roles in ROLES order,
    whatever order they came in, so a screen translates one wording per set of roles (ui/service_parts.py)."""
    wanted = set(roles)
    who = " or ".join(ROLE_LABELS[r].lower() for r in ROLES if r in wanted)
    return f"{'an' if who[0] in 'aeiou' else 'a'} {who}"
