"""Families' personal details kept only as long as needed: the event's setting and the purge (`nightout-desk privacy
purge`, Settings › Privacy…).

The purge blanks, for one event, what identifies a person (`REMOVED`) and keeps every figure the report and next
year's comparison read (`KEPT`), so the report built after it is the one built before, figure for figure. The audit
log's entries keep who did what, when and on which laptop; their summary, before and after are blanked under the
purge's own entry (the one change the database allows on the log, db/audit_guard.py), each still proven by the hash
of its details kept at its seal. Free-text reasons kept on rows (an undo's reason, an hours correction's, a stock
move's, a badge reprint's, the sync conflicts' words) lose the names, phones and emails the purge removed, by whole
word. Then the SQLite file is compacted (VACUUM, the write-ahead log emptied) so nothing is left in free pages; on
PostgreSQL the touched tables are rewritten (VACUUM FULL). Copies made before (backups) still hold the details: the
result names them.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from nightout_desk import clock
from nightout_desk.db import Database, copies, search_index
from nightout_desk.db.audit_chain import PURGE_ACTION
from nightout_desk.models import (
    AuditEntry,
    BadgePrint,
    CheckInUndo,
    Donation,
    Donor,
    Event,
    EventSetting,
    Household,
    StockMove,
    SyncConflict,
    TimeEntry,
    Volunteer,
    Waiver,
)
from nightout_desk.services import audit, events, permissions
from nightout_desk.services.checkin import households
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import donors
from nightout_desk.services.errors import InvalidInput, UserError
from nightout_desk.services.volunteers import roster

log = logging.getLogger(__name__)

SETTING = "privacy.remove_after_days"
DEFAULT_DAYS = 30
MAX_DAYS = 3650
REMOVED = ("names, phones, emails and notes of households and volunteers; children's first names and ages on "
           "waivers and their guardians' names; volunteers' guardians, emergency contacts and birth years; donors' "
           "phones, emails, contact people and notes; and the details written in the log until then")
KEPT = ("every count, time and total the report and next year's comparison use (households by neighbourhood and "
        "ZIP, check-ins, station counts, volunteer hours, stock); ticket, badge and import codes; donations with their "
        "numbered receipts and each donor's name and address, which tax law keeps; incidents, the department's own "
        "record; who was at the keyboard; and the log's entries (what was done, when, by whom, on which laptop)")
GONE = "…"  # what a removed name, phone or email reads as in a reason kept
_CHECKPOINT_TRIES = 3  # each waits up to the busy timeout (5 s) for readers to finish


class NotDueYet(InvalidInput):
    """The event's personal details are kept a while longer, as its setting says."""


class PurgeStopped(UserError):
    """Cancelled before anything was removed."""


@dataclass(frozen=True)
class PrivacyStatus:
    event_id: object
    event_name: str
    event_date: date
    days: int
    removed_at: datetime | None  # the last purge (UTC), if any
    removed_by: str

    @property
    def due_on(self) -> date:
        return self.event_date + timedelta(days=self.days)

    def is_due(self, today: date | None = None) -> bool:
        return (today or _today()) >= self.due_on

    @property
    def words(self) -> str:
        done = (f" They were removed on {clock.local(self.removed_at):%Y-%m-%d %H:%M} by {self.removed_by}."
                if self.removed_at else "")
        return (f"Personal details of “{self.event_name}” are removed {self.days} day{'s' if self.days != 1 else ''} "
                f"after the event, from {self.due_on:%Y-%m-%d} on.{done}")


@dataclass(frozen=True)
class PurgeResult:
    event_name: str
    households: int
    volunteers: int
    waivers: int
    donors: int
    log_entries: int
    reasons: int  # free-text reasons and conflict notes a name, phone or email was taken out of
    compacted: bool
    compact_problem: str  # why the file could not be compacted, in words ("" when it was)
    copies: tuple[Path, ...]  # copies made before the purge, which still hold the details

    @property
    def lines(self) -> list[str]:
        said = [f"Removed the personal details of “{self.event_name}”: {_n(self.households, 'household')}, "
                f"{_n(self.volunteers, 'volunteer')}, {_n(self.waivers, 'waiver')}, {_n(self.donors, 'donor')}' "
                f"contact details, the details of {_n(self.log_entries, 'log entry', 'log entries')} and "
                f"{_n(self.reasons, 'reason')}.",
                f"Kept: {KEPT}."]
        said.append("The database was compacted, so nothing removed is left in its free space or journal."
                    if self.compacted else f"The database could not be compacted: {self.compact_problem}")
        if self.copies:
            one = len(self.copies) == 1
            said.append(f"{_n(len(self.copies), 'copy', 'copies')} of the database made before "
                        f"{'still holds' if one else 'still hold'} the details: delete {'it' if one else 'them'} or "
                        f"lock {'it' if one else 'them'} away — " + ", ".join(str(p) for p in self.copies))
        return said


def _n(count: int, one: str, many: str = "") -> str:
    return f"{count:,} {one if count == 1 else many or one + 's'}"


def _today() -> date:
    return clock.local(clock.now()).date()


def _days(s: Session, event_id: object) -> int:
    value = s.scalar(select(EventSetting.value).where(EventSetting.event_id == event_id, EventSetting.key == SETTING))
    try:
        return int(value) if value not in (None, "") else DEFAULT_DAYS
    except ValueError:
        return DEFAULT_DAYS


def _status(s: Session, event: Event) -> PrivacyStatus:
    last = s.execute(select(AuditEntry.at, AuditEntry.operator)
                     .where(AuditEntry.event_id == event.id, AuditEntry.action == PURGE_ACTION)
                     .order_by(AuditEntry.at.desc()).limit(1)).first()
    return PrivacyStatus(event.id, event.name, event.date, _days(s, event.id), last[0] if last else None,
                         last[1] if last else "")


def status(desk: Desk) -> PrivacyStatus:
    with desk.db.read() as s:
        return _status(s, s.get(Event, desk.event_id))


def all_statuses(db: Database) -> list[PrivacyStatus]:
    """Every event's, oldest first (`privacy purge` without --event purges those that are due)."""
    with db.read() as s:
        return [_status(s, e) for e in s.scalars(select(Event).order_by(Event.date, Event.name))]


def set_days(desk: Desk, days: int) -> PrivacyStatus:
    """How many days after the event its personal details are removed (an organizer's setting, audited)."""
    permissions.require(desk, "event.privacy")
    if not 0 <= days <= MAX_DAYS:
        raise InvalidInput(f"Keep personal details between 0 and {MAX_DAYS:,} days after the event.")
    events.set_setting(desk, SETTING, str(days))
    return status(desk)


# --- the purge --------------------------------------------------------------------------------------------------

def purge(desk: Desk, *, now: bool = False, today: date | None = None, second_folder: str | Path | None = None,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> PurgeResult:
    """Remove the event's personal details (an organizer's or a lieutenant's action, logged with who and when);
    refused before the event's days have passed unless `now`. `progress(step, 3)`: removing, compacting, done;
    `cancelled()` is asked once more before the removal is committed (then nothing is removed)."""
    permissions.require(desk, "event.privacy")
    step = progress or (lambda _done, _total: None)
    step(0, 3)
    with desk.db.write() as s:
        event = s.get(Event, desk.event_id, with_for_update=True)
        state = _status(s, event)
        if not now and not state.is_due(today):
            raise NotDueYet(f"The personal details of “{event.name}” are kept until {state.due_on:%Y-%m-%d} "
                            f"({state.days} days after the event). Remove them now only if you are sure "
                            f"(--now, or the button in Settings › Privacy…).")
        if desk.db.is_sqlite:  # its triggers would rewrite it row by row; it is made afresh below, old text and all
            search_index.drop(s.connection())
        words = _scrubber(_personal_words(s, desk.event_id))
        blank = _log_to_blank(desk)
        to_blank = s.scalar(select(func.count()).select_from(AuditEntry).where(*blank))
        counts = {"households": _households(s, desk), "volunteers": _volunteers(s, desk), "waivers": _waivers(s, desk),
                  "donors": _donors(s, desk), "reasons": _reasons(s, desk, words), "log_entries": to_blank}
        purge_id = audit.record(s, desk, PURGE_ACTION, entity="event", entity_id=desk.event_id,
                                summary=f"Personal details removed {state.days} days after the event"
                                        + (" (before the time set, on purpose)" if not state.is_due(today) else ""),
                                after=counts, sealed_at_commit=True)
        blanked = s.execute(update(AuditEntry).where(*blank)
                            .values(summary="", before="", after="", redacted_by=purge_id)
                            .execution_options(synchronize_session=False)).rowcount
        assert blanked == to_blank, (blanked, to_blank)
        if desk.db.is_sqlite:  # a new trigram index from the blanked rows (an old one keeps deleted text in segments)
            s.flush()
            search_index.ensure(s.connection())
        if cancelled is not None and cancelled():
            raise PurgeStopped("Stopped: nothing was removed.")
    step(1, 3)
    compacted, problem = compact(desk.db)
    step(3, 3)
    return PurgeResult(event.name, counts["households"], counts["volunteers"], counts["waivers"], counts["donors"],
                       to_blank, counts["reasons"], compacted, problem, _copies(desk.db, second_folder))


def _log_to_blank(desk: Desk) -> tuple:
    return (AuditEntry.event_id == desk.event_id, AuditEntry.entry_hash.is_not(None), AuditEntry.redacted_by.is_(None),
            AuditEntry.action != PURGE_ACTION)


def _households(s: Session, desk: Desk) -> int:
    changed = 0
    for h in s.scalars(select(Household).where(Household.event_id == desk.event_id)):
        if any((h.family_name, h.first_names, h.phone, h.email, h.notes)):
            changed += 1
            h.family_name = h.first_names = h.phone = h.email = h.notes = ""
            h.search_text = households.search_text(h)
    return changed


def _volunteers(s: Session, desk: Desk) -> int:
    changed = 0
    for v in s.scalars(select(Volunteer).where(Volunteer.event_id == desk.event_id)):
        if any((v.first_name, v.last_name, v.phone, v.email, v.notes, v.guardian_name, v.guardian_phone,
                v.emergency_name, v.emergency_phone, v.birth_year is not None)):
            changed += 1
            v.first_name = v.last_name = v.phone = v.email = v.notes = ""
            v.guardian_name = v.guardian_phone = v.emergency_name = v.emergency_phone = ""
            v.birth_year = None
            v.search_text = roster.search_text(v)
    return changed


def _waivers(s: Session, desk: Desk) -> int:
    changed = 0
    for w in s.scalars(select(Waiver).where(Waiver.event_id == desk.event_id)):
        if w.child_first_name or w.guardian_name or w.child_age:
            changed += 1
            w.child_first_name = w.guardian_name = ""
            w.child_age = 0
    return changed


def _donors(s: Session, desk: Desk) -> int:
    """Name and address stay (the receipts' tax record); what only reaches the person goes."""
    changed = 0
    for d in s.scalars(select(Donor).where(Donor.event_id == desk.event_id)):
        if any((d.phone, d.email, d.contact_name, d.notes)):
            changed += 1
            d.phone = d.email = d.contact_name = d.notes = ""
            d.search_text = donors.search_text(d)
    return changed


def _personal_words(s: Session, event_id: object) -> set[str]:
    """Every name, phone and email the purge removes, as typed, for taking them out of the reasons kept."""
    found: set[str] = set()

    def names(*values: str | None) -> None:  # "Zoë, Minh", "Ava Smith": the whole, and each name in it
        for value in filter(None, values):
            found.add(value.strip())
            found.update(re.split(r"[,\s]+", value))

    def whole(*values: str | None) -> None:  # phones and emails, as typed
        found.update(v.strip() for v in values if v)

    for family, firsts, phone, email in s.execute(
            select(Household.family_name, Household.first_names, Household.phone, Household.email)
            .where(Household.event_id == event_id)):
        names(family, firsts)
        whole(phone, email)
    for first, last, phone, email, guardian, guardian_phone, emergency, emergency_phone in s.execute(
            select(Volunteer.first_name, Volunteer.last_name, Volunteer.phone, Volunteer.email, Volunteer.guardian_name,
                   Volunteer.guardian_phone, Volunteer.emergency_name, Volunteer.emergency_phone)
            .where(Volunteer.event_id == event_id)):
        names(first, last, guardian, emergency)
        whole(phone, email, guardian_phone, emergency_phone)
    for child, guardian in s.execute(select(Waiver.child_first_name, Waiver.guardian_name)
                                     .where(Waiver.event_id == event_id)):
        names(child, guardian)
    for phone, email, contact in s.execute(select(Donor.phone, Donor.email, Donor.contact_name)
                                           .where(Donor.event_id == event_id)):
        names(contact)
        whole(phone, email)
    return {w for w in found if len(w) >= 2}


def _scrubber(words: Iterable[str]) -> re.Pattern | None:
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ordered) + r")(?!\w)", re.IGNORECASE)


def _scrub(text: str, words: re.Pattern | None) -> str:
    return words.sub(GONE, text) if words is not None and text else text


def _reasons(s: Session, desk: Desk, words: re.Pattern | None) -> int:
    """Take the removed names, phones and emails out of the free text kept on rows; a sync conflict's set-aside
    values (a household's whole version) go."""
    changed = 0
    for model in (CheckInUndo, TimeEntry, StockMove, BadgePrint):
        for row in s.scalars(select(model).where(model.event_id == desk.event_id, model.reason != "")):
            cleaned = _scrub(row.reason, words)
            if cleaned != row.reason:
                row.reason, changed = cleaned, changed + 1
    for d in s.scalars(select(Donation).where(Donation.event_id == desk.event_id, Donation.void_reason != "")):
        cleaned = _scrub(d.void_reason, words)  # a void's reason ("entered on Ana Ruiz's card by mistake")
        if cleaned != d.void_reason:
            d.void_reason, changed = cleaned, changed + 1
    for c in s.scalars(select(SyncConflict).where(SyncConflict.event_id == desk.event_id)):
        cleaned = {k: _scrub(getattr(c, k), words) for k in ("summary", "winner", "loser")}
        values = json.dumps({}) if c.loser_values not in ("", "{}") else c.loser_values
        if any(cleaned[k] != getattr(c, k) for k in cleaned) or values != c.loser_values:
            changed += 1
            for k, v in cleaned.items():
                setattr(c, k, v)
            c.loser_values = values
    return changed


# --- leaving nothing behind ---------------------------------------------------------------------------------------

_TOUCHED = ("households", "volunteers", "waivers", "donors", "donations", "audit_entries", "check_in_undos",
            "time_entries", "stock_moves", "badge_prints", "sync_conflicts")


def compact(db: Database) -> tuple[bool, str]:
    """Rewrite the database so the removed details are not left in free pages or the write-ahead log. Returns
    (done, why not)."""
    if db.read_only:
        return False, "it was opened read-only."
    if db.is_sqlite:
        return _compact_sqlite(db)
    try:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f"VACUUM FULL {', '.join(_TOUCHED)}")
    except Exception as exc:  # noqa: BLE001 - the purge is done and logged; the result says what is left to do
        log.warning("VACUUM FULL after the privacy purge failed: %s", exc)
        return False, (f"the server refused to rewrite its tables ({str(exc).splitlines()[0]}); ask its administrator "
                       f"to run VACUUM FULL.")
    return True, ""


def _compact_sqlite(db: Database) -> tuple[bool, str]:
    again = "close the app on this laptop and run the purge again (it removes nothing twice)."
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        _checkpoint(conn)
        conn.execute("VACUUM")
        busy = _checkpoint(conn)
    except sqlite3.OperationalError as exc:  # another program kept the file busy past the busy timeout
        log.warning("VACUUM after the privacy purge failed: %s", exc)
        return False, f"the file was busy ({exc}): {again}"
    finally:
        raw.close()
    if busy:
        return False, f"another program still reads the file, so its write-ahead log could not be emptied: {again}"
    return True, ""


def _checkpoint(conn) -> bool:  # noqa: ANN001 - sqlite3.Connection
    """Copy the write-ahead log into the file and truncate it to nothing; True when a reader kept it from that."""
    for attempt in range(_CHECKPOINT_TRIES):
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if not busy:
            return False
        time.sleep(0.2 * (attempt + 1))
    return True


def _copies(db: Database, second_folder: str | Path | None) -> tuple[Path, ...]:
    if db.path is None:
        return ()
    found = dict.fromkeys(copies.copies_of(db.path))  # `backup --out`-less backups, before-upgrade copies
    folders = [db.path.parent / copies.AUTOMATIC_FOLDER, *([Path(second_folder).expanduser()] if second_folder else [])]
    for folder in folders:  # the automatic backups (services/automatic_backups.py)
        found.update(dict.fromkeys(copies.copies_of(folder / db.path.name, copies.BACKUP)))
    return tuple(found)
