"""`nightout-desk audit verify` and `nightout-desk privacy purge`: the log checked, families' details removed."""

from __future__ import annotations

import uuid
from pathlib import Path

from nightout_desk.db import Database
from nightout_desk.services import audit_check, privacy
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import InvalidInput


def verify_log(db: Database, event_id: uuid.UUID | None) -> int:
    """One line per problem, then the verdict; exit 1 when a chain is broken."""
    check = audit_check.verify(db, event_id)
    for line in check.lines():
        print(line)
    print(check.verdict)
    return 0 if check.whole else 1


def purge(desk: Desk, *, one_event: bool, now: bool, second_folder: str | Path | None) -> int:
    """The event named (`one_event`), or every event whose time has come; `now` only with an event named."""
    if now and not one_event:
        raise InvalidInput("Say which event's details to remove before their time with --event NAME "
                           "(`nightout-desk events` lists them).")
    if one_event:
        chosen = [privacy.status(desk)]
    else:
        statuses = privacy.all_statuses(desk.db)
        chosen = [st for st in statuses if st.is_due() and st.removed_at is None]
        for st in statuses:
            if st not in chosen:
                print(("Already removed: " if st.removed_at else "Kept for now: ") + st.words)
        if not chosen:
            print("No event's personal details are due for removal yet.")
            return 0
    for st in chosen:
        result = privacy.purge(Desk(desk.db, st.event_id, desk.operator, desk.role, desk.device), now=now,
                               second_folder=second_folder)
        for line in result.lines:
            print(line)
    return 0
