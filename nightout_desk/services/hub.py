"""The hub: a PostgreSQL database (an existing engine, not a server of ours) that laptops sync with when they can.

Every laptop works on its own SQLite file; a sync round pushes what this laptop did to the hub and pulls what the
others did, by UUID and idempotently (services/sync/engine.py `merge_event`, both ways). The hub is brought to this
version's schema by the same Alembic migrations as any database (`prepare_hub`, run by `join`, `sync` and the app's
background sync before their first round); a hub a newer version has upgraded is refused in one sentence.

Connections to the hub give up fast (3 s to connect, TCP keepalives), so an unplugged hub costs the background
thread seconds, never the desk. The time of the last successful push is kept beside the local file
(`<file>.hub.json`), so "14 check-ins waiting" counts what this laptop did since then, across restarts.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import distinct, event, func, select
from sqlalchemy.engine import make_url

from nightout_desk import clock
from nightout_desk.db import Database
from nightout_desk.db.migrate import current_revisions, upgrade
from nightout_desk.models import AuditEntry, CheckIn, SyncPeer
from nightout_desk.services import events
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import receipts
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.sync.engine import MergeReport, merge_event

log = logging.getLogger(__name__)
HUB_CONNECT_TIMEOUT_S = 3
HUB_PEER = "hub"
CHECK_IN_ACTIONS = ("check-in", "walk-up check-in")  # their audit entries are counted as check-ins, not changes


def hub_label(url: str) -> str:
    """The hub's address without its password, for the screen, the log and the state file."""
    parsed = make_url(url)
    host = parsed.host or parsed.query.get("host") or "this laptop"
    return f"{parsed.database} on {host}"


def _give_up_fast(_dialect: Any, _record: Any, _cargs: Any, cparams: dict) -> None:
    cparams.update(connect_timeout=HUB_CONNECT_TIMEOUT_S, keepalives=1, keepalives_idle=5, keepalives_interval=2,
                   keepalives_count=2, tcp_user_timeout=10_000)


def open_hub(url: str) -> Database:
    """The hub's Database (not yet connected): PostgreSQL only, with short timeouts."""
    hub = Database(url)
    if hub.is_sqlite:
        hub.dispose()
        raise InvalidInput("The hub must be a PostgreSQL database (postgresql://user@host/name); another laptop's "
                           "file is brought in with `nightout-desk merge FILE` instead.")
    event.listen(hub.engine, "do_connect", _give_up_fast)
    return hub


def prepare_hub(hub: Database) -> bool:
    """Reach the hub and bring it to this version's schema (DatabaseUnavailable / NewerDatabase in one sentence);
    True when it was empty and its tables were made now."""
    hub.check()
    empty = not current_revisions(hub)
    upgrade(hub)
    return empty


# --- what this laptop remembers of the hub --------------------------------------------------------------------------

@dataclass(frozen=True)
class HubState:
    hub: str = ""  # hub_label(url): no password
    last_push_at: datetime | None = None  # start of the last round whose push succeeded
    last_sync_at: datetime | None = None  # end of the last whole round
    laptops: int = 0

    @staticmethod
    def path(local: Database) -> Path:
        assert local.path is not None
        return local.path.with_name(f"{local.path.name}.hub.json")

    @classmethod
    def load(cls, local: Database) -> HubState:
        try:
            raw = json.loads(cls.path(local).read_text(encoding="utf-8"))
            return cls(raw.get("hub", ""), _when(raw.get("last_push_at")), _when(raw.get("last_sync_at")),
                       int(raw.get("laptops", 0)))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError, TypeError) as exc:
            log.warning("Ignoring unreadable %s: %s", cls.path(local), exc)
            return cls()

    def save(self, local: Database) -> None:
        target = self.path(local)
        tmp = target.with_name(f"{target.name}.tmp")
        tmp.write_text(json.dumps({"hub": self.hub, "laptops": self.laptops,
                                   "last_push_at": self.last_push_at.isoformat() if self.last_push_at else None,
                                   "last_sync_at": self.last_sync_at.isoformat() if self.last_sync_at else None}),
                       encoding="utf-8")
        os.replace(tmp, target)


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


# --- one round -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SyncRound:
    sent: MergeReport
    received: MergeReport
    at: datetime
    laptops: int

    @property
    def brought_rows(self) -> bool:
        return any(self.received.sent.values())

    def summary(self) -> str:
        return f"Sent to the hub: {self.sent.summary()}\nReceived from the hub: {self.received.summary()}"


def sync_round(local: Database, hub: Database, event_id: uuid.UUID, *, device: str,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> SyncRound:
    """Push this laptop's rows of the event to the hub, then pull the others' (each idempotent), and remember it."""
    started = clock.now()
    sent = merge_event(local, hub, event_id, peer=HUB_PEER, device=device, progress=progress, cancelled=cancelled)
    own_receipt_series(local, hub, event_id, device)  # before the pull, which brings it to this laptop
    state = HubState.load(local)
    state = HubState(hub_label(hub.url), started, state.last_sync_at, state.laptops)
    state.save(local)  # the push stands even if the pull fails
    received = merge_event(hub, local, event_id, peer=HUB_PEER, device=device, progress=progress,
                           cancelled=cancelled)
    laptops = count_laptops(hub, event_id)
    done = clock.now()
    HubState(state.hub, started, done, laptops).save(local)
    return SyncRound(sent, received, done, laptops)


def own_receipt_series(local: Database, hub: Database, event_id: uuid.UUID, device: str) -> None:
    """A laptop that syncs with a hub numbers its receipts from a series of its own (NNO-2026-B0007), so two laptops
    apart never print the same number: chosen on the hub, which knows every laptop's, the first time (one read of
    this laptop's file on every later round)."""
    with local.read() as s:
        if receipts.series_of(s, Desk(local, event_id, device=device)):
            return
    receipts.assign_series(Desk(hub, event_id, device=device))


def count_laptops(hub: Database, event_id: uuid.UUID) -> int:
    """How many laptops sync this event with the hub: those the hub remembers merging with (`sync_peers`)."""
    with hub.read() as s:
        return s.scalar(select(func.count(distinct(SyncPeer.device)))
                        .where(SyncPeer.event_id == event_id, SyncPeer.peer == HUB_PEER)) or 0


@dataclass(frozen=True)
class Waiting:
    """What this laptop did since its last successful push (what the hub has not got yet)."""

    check_ins: int
    other_changes: int

    @property
    def nothing(self) -> bool:
        return not (self.check_ins or self.other_changes)


def waiting(local: Database, event_id: uuid.UUID, device: str) -> Waiting:
    since = HubState.load(local).last_push_at
    with local.read() as s:
        check_ins = select(func.count()).select_from(CheckIn).where(CheckIn.event_id == event_id,
                                                                    CheckIn.device == device)
        changes = select(func.count()).select_from(AuditEntry).where(AuditEntry.event_id == event_id,
                                                                     AuditEntry.device == device,
                                                                     AuditEntry.action.not_in(CHECK_IN_ACTIONS))
        if since is not None:
            check_ins = check_ins.where(CheckIn.at >= since)
            changes = changes.where(AuditEntry.at >= since)
        return Waiting(s.scalar(check_ins) or 0, s.scalar(changes) or 0)


# --- joining an event held on the hub ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Joined:
    event: events.EventInfo
    received: MergeReport


def hub_event(hub: Database, wanted: str | None) -> events.EventInfo:
    """The event to join: by name or id, else the latest on the hub."""
    held = events.list_events(hub)
    if wanted:
        names = ", ".join(f"“{e.name}”" for e in held) or "none"
        return events.pick_event(held, wanted, nowhere=f"The hub holds no event called “{wanted}” (it holds: {names}).")
    latest = events.latest_event(hub)
    if latest is None:
        raise InvalidInput("The hub holds no event yet: run `nightout-desk sync --hub URL` on the laptop that has the "
                           "event first, then join it here.")
    return latest


def join(hub: Database, local: Database, wanted: str | None, *, device: str,
         progress: Callable[[int, int], None] | None = None) -> Joined:
    """Bring an event held on the hub into this laptop's file (pull only; the hub must be prepared)."""
    found = hub_event(hub, wanted)
    own_receipt_series(local, hub, found.id, device)
    received = merge_event(hub, local, found.id, peer=HUB_PEER, device=device, progress=progress)
    now = clock.now()
    HubState(hub_label(hub.url), now, now, count_laptops(hub, found.id)).save(local)
    return Joined(found, received)
