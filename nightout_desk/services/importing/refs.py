"""Which external references are already in the database (so importing the same file twice adds nothing)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

CHUNK = 500  # bound parameters per query stay well under SQLite's and PostgreSQL's limits


def known_refs(s: Session, model: type, event_id: uuid.UUID, refs: Iterable[str]) -> set[str]:
    """The refs among `refs` that a row of `model` (with `event_id` and `external_ref` columns) already carries."""
    wanted = sorted(set(refs))
    if len(wanted) > 4 * CHUNK:  # a whole file's refs: one read of the event's refs beats hundreds of lookups
        return set(wanted) & set(s.scalars(select(model.external_ref).where(model.event_id == event_id,
                                                                            model.external_ref.is_not(None))))
    found: set[str] = set()
    for i in range(0, len(wanted), CHUNK):
        found.update(s.scalars(select(model.external_ref).where(model.event_id == event_id,
                                                                 model.external_ref.in_(wanted[i:i + CHUNK]))))
    return found
