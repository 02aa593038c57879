"""`nightout-desk audit verify`: the log checked."""

from __future__ import annotations

import uuid

from nightout_desk.db import Database
from nightout_desk.services import audit_check


def verify_log(db: Database, event_id: uuid.UUID | None) -> int:
    """One line per problem, then the verdict; exit 1 when a chain is broken."""
    check = audit_check.verify(db, event_id)
    for line in check.lines():
        print(line)
    print(check.verdict)
    return 0 if check.whole else 1

