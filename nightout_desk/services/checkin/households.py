"""Households: search as you type, walk-ups, edits, duplicates and merging."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace

from sqlalchemy import Connection, Select, TextClause, bindparam, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from nightout_desk import clock
from nightout_desk.db import search_index
from nightout_desk.models import CheckIn, CheckInUndo, Household
from nightout_desk.models.household import SOURCE_PREREGISTERED, SOURCE_WALK_UP
from nightout_desk.services import audit, permissions
from nightout_desk.services.characters import require_text
from nightout_desk.services.checkin import household_codes
from nightout_desk.services.codes import new_ticket_code
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import Conflict, InvalidInput, NotFound
from nightout_desk.text import (
    LIKE_ESCAPE,
    compact_code,
    digits,
    fold,
    like_contains,
    like_prefix,
    search_words,
    word_forms,
)

SEARCH_LIMIT = 30
FTS_PHRASE_MAX = 10  # longer words: each extra trigram costs a doclist read and rules out almost nothing more
EDITABLE = ("family_name", "first_names", "phone", "email", "zip_code", "neighbourhood", "adults_expected",
            "kids_expected", "notes", "consent_to_contact")
MAX_PEOPLE = 99


@dataclass(frozen=True)
class Arrival:
    """An active (not undone) check-in of a household."""

    check_in_id: uuid.UUID
    at: datetime
    adults: int
    kids: int
    device: str
    operator: str


@dataclass(frozen=True)
class HouseholdInfo:
    id: uuid.UUID
    ticket_code: str
    family_name: str
    first_names: str
    phone: str
    email: str
    zip_code: str
    neighbourhood: str
    adults_expected: int
    kids_expected: int
    source: str
    notes: str
    consent_to_contact: bool
    arrival: Arrival | None = None

    @property
    def display_name(self) -> str:
        return f"{self.family_name} ({self.first_names})" if self.first_names else self.family_name

    @property
    def is_walk_up(self) -> bool:
        return self.source == SOURCE_WALK_UP


def info(h: Household, arrival: Arrival | None = None) -> HouseholdInfo:
    return HouseholdInfo(h.id, h.ticket_code, h.family_name, h.first_names, h.phone, h.email, h.zip_code,
                         h.neighbourhood, h.adults_expected, h.kids_expected, h.source, h.notes,
                         h.consent_to_contact, arrival)


def search_text(h: Household) -> str:
    """What the search box matches: folded names and email, the ticket code, the phone's digits."""
    return " ".join(x for x in (fold(h.family_name), fold(h.first_names), fold(h.email), h.ticket_code.lower(),
                                digits(h.phone)) if x)


# Statements built once: the check-in path runs them on every keystroke and scan (SQLAlchemy caches their SQL).
INFO_COLUMNS = (Household.id, Household.ticket_code, Household.family_name, Household.first_names, Household.phone,
                 Household.email, Household.zip_code, Household.neighbourhood, Household.adults_expected,
                 Household.kids_expected, Household.source, Household.notes, Household.consent_to_contact)
_IDS = bindparam("ids", expanding=True)
_checked_in = aliased(Household, name="checked_in")
_ACTIVE_ARRIVALS = (
    select(CheckIn.household_id, _checked_in.merged_into_id, CheckIn.id, CheckIn.at, CheckIn.adults, CheckIn.kids,
           CheckIn.device, CheckIn.operator)
    .join(_checked_in, _checked_in.id == CheckIn.household_id)
    .outerjoin(CheckInUndo, CheckInUndo.check_in_id == CheckIn.id)
    .where(CheckInUndo.id.is_(None),
           # the households themselves and the duplicates merged into them (both by index, one round trip)
           CheckIn.household_id.in_(select(Household.id).where(or_(Household.id.in_(_IDS),
                                                                   Household.merged_into_id.in_(_IDS)))))
    .order_by(CheckIn.at)
)


def info_row(row, arrival: Arrival | None = None) -> HouseholdInfo:  # noqa: ANN001 - a row of INFO_COLUMNS
    return HouseholdInfo(*row[:len(INFO_COLUMNS)], arrival)


def active_arrivals(s: Session | Connection, household_ids: list[uuid.UUID]) -> dict[uuid.UUID, Arrival]:
    """The active check-in of each household, if any (a merged duplicate's check-in counts for the one kept)."""
    if not household_ids:
        return {}
    wanted = set(household_ids)
    found: dict[uuid.UUID, Arrival] = {}
    for hid, merged_into, cid, at, adults, kids, device, operator in s.execute(_ACTIVE_ARRIVALS,
                                                                               {"ids": list(wanted)}):
        owner = merged_into if merged_into in wanted else hid
        found.setdefault(owner, Arrival(cid, at, adults, kids, device, operator))
    return found


@functools.lru_cache(maxsize=64)
def _search_statement(forms: tuple[int, ...], indexed: bool, prefix: str) -> Select | TextClause:
    """The search query, built once per shape: `forms` has one entry per word searched, the number of its forms
    (text.word_forms), each a LIKE; with `indexed`, SQLite's trigram index first narrows the rows to those holding
    every word of 3+ characters (one MATCH; the LIKEs still decide). `prefix` ("range" on SQLite, "like" on
    PostgreSQL, "" without): the family name must begin with the letters typed (search_text begins with it)."""
    conditions = []
    if prefix == "range":  # SQLite compares text by code point: exactly "begins with", and by index
        conditions += [Household.search_text >= bindparam("lo"), Household.search_text < bindparam("hi")]
    elif prefix == "like":  # PostgreSQL compares text by its locale (which skips punctuation): LIKE is exact
        conditions.append(Household.search_text.like(bindparam("prefix"), escape=LIKE_ESCAPE))
    for i, count in enumerate(forms):
        conditions.append(or_(*(Household.search_text.like(bindparam(f"w{i}_{j}"), escape=LIKE_ESCAPE)
                                for j in range(count))))
    if not indexed:
        return (select(*INFO_COLUMNS, Household.search_text)
                .where(Household.event_id == bindparam("event_id"), Household.merged_into_id.is_(None), *conditions)
                .limit(bindparam("limit")))
    # From the index to the households, in that order (CROSS JOIN fixes it for SQLite's planner): the event's
    # other 20,000 rows are never read.
    likes = "".join(
        " AND (" + " OR ".join(f"households.search_text LIKE :w{i}_{j} ESCAPE '{LIKE_ESCAPE}'" for j in range(count))
        + ")" for i, count in enumerate(forms))
    columns = ", ".join(f"households.{c.name}" for c in (*INFO_COLUMNS, Household.search_text))
    return text(
        f"SELECT {columns} FROM {search_index.FTS} CROSS JOIN households"
        f" ON households.id = {search_index.FTS}.household_id"
        f" WHERE {search_index.FTS} MATCH :match AND households.event_id = :event_id"
        f" AND households.merged_into_id IS NULL{likes} LIMIT :limit"
    ).bindparams(bindparam("event_id", type_=Household.event_id.type)).columns(*INFO_COLUMNS, Household.search_text)


def _next_character(ch: str) -> str:
    """The character after `ch` in code point order (SQLite's order for text), past the surrogates, which cannot be
    written as UTF-8. Folded text holds no U+10FFFF (text.clean drops non-characters), so there is always one."""
    code = ord(ch) + 1
    return chr(0xE000 if 0xD800 <= code <= 0xDFFF else code)


def _fts_phrase(term: str) -> str:
    return '"' + term[:FTS_PHRASE_MAX].replace('"', '""') + '"'


def search(desk: Desk, query: str, limit: int = SEARCH_LIMIT) -> list[HouseholdInfo]:
    """Households matching every word typed (any field, accent- and case-insensitive); nothing for an empty query.
    The rules are services/search.py's, the same on SQLite and PostgreSQL; only one or two letters typed match the
    beginning of the family name."""
    terms = search_words(query)
    if not terms:
        return []
    code = compact_code("".join(terms))
    params: dict = {"event_id": desk.event_id, "limit": limit * 2}  # the first limit*2 matches are ranked here
    forms, phrases, prefix = [], [], ""
    short = all(len(t) < search_index.MIN_TERM for t in terms)
    for term in sorted(terms, key=len, reverse=True):  # the longest word first: it rules out most
        if short and not prefix:
            # Only one or two letters typed: families whose name begins with them (an index range), not every
            # household with that pair of letters somewhere. From three letters on, any part of any field.
            if desk.db.is_sqlite:
                prefix, params["lo"], params["hi"] = "range", term, term[:-1] + _next_character(term[-1])
            else:
                prefix, params["prefix"] = "like", like_prefix(term)
            continue
        alternatives = word_forms(term)  # "201-7788" also finds the phone's digits "2017788"
        if desk.db.is_sqlite and len(term) >= search_index.MIN_TERM:  # every form is 3+ characters too
            # a long word (an email): the index looks up its beginning, the LIKE checks the whole word
            phrase = " OR ".join(_fts_phrase(form) for form in alternatives)
            phrases.append(f"({phrase})" if len(alternatives) > 1 else phrase)
        for j, form in enumerate(alternatives):
            params[f"w{len(forms)}_{j}"] = like_contains(form)
        forms.append(len(alternatives))
    if phrases:
        params["match"] = " AND ".join(phrases)
    statement = _search_statement(tuple(forms), bool(phrases), prefix)
    with desk.db.read() as session:
        conn = session.connection()  # plain rows on the session's connection: no ORM objects for a keystroke
        rows = conn.execute(statement, params).all()
        by_platform_code = _platform_code_match(conn, desk, code) if len(terms) == 1 else None
        if by_platform_code is not None:
            rows = [by_platform_code, *(r for r in rows if r.id != by_platform_code.id)]
        first = terms[0]

        def rank(r) -> tuple:  # noqa: ANN001
            # search_text begins with the folded family name, then the first names: no folding needed here
            return (r.ticket_code != code and r is not by_platform_code, not r.search_text.startswith(first),
                    r.search_text)

        rows = sorted(rows, key=rank)[:limit]
        arrivals = active_arrivals(conn, [r.id for r in rows])
        return [info_row(r, arrivals.get(r.id)) for r in rows]


_BY_TICKET = select(*INFO_COLUMNS, Household.merged_into_id).where(Household.event_id == bindparam("event_id"),
                                                                   Household.ticket_code == bindparam("code"))
_BY_ID = select(*INFO_COLUMNS, Household.merged_into_id, Household.search_text).where(Household.id == bindparam("id"))


def _platform_code_match(conn: Connection, desk: Desk, code: str):  # noqa: ANN202 - a row of INFO_COLUMNS
    """The (kept) household holding this exact platform code, as a search row; None if nobody has it."""
    if not code or len(code) > household_codes.MAX_LENGTH:
        return None
    hid = household_codes.household_for_code(conn, desk.event_id, code)
    if hid is None:
        return None
    row = conn.execute(_BY_ID, {"id": hid}).one()
    return conn.execute(_BY_ID, {"id": row.merged_into_id}).one() if row.merged_into_id is not None else row


def household_id_for_code(conn: Session | Connection, desk: Desk, scanned: str) -> uuid.UUID | None:
    """The household a scanned or typed code belongs to — our ticket code first, then a registration platform's
    (Eventbrite barcode, attendee or order number, an imported ticket code) — or None. A merged duplicate's code
    gives the household it was merged into."""
    code = compact_code(scanned)
    if not code:
        return None
    row = conn.execute(_BY_TICKET, {"event_id": desk.event_id, "code": code}).first()
    if row is not None:
        return row.merged_into_id or row.id
    if len(code) > household_codes.MAX_LENGTH:
        return None
    hid = household_codes.household_for_code(conn, desk.event_id, code)
    if hid is None:
        return None
    return conn.execute(select(Household.merged_into_id).where(Household.id == hid)).scalar() or hid


def find_by_code(desk: Desk, scanned: str) -> HouseholdInfo | None:
    """The household whose ticket code (ours or a registration platform's) was scanned or typed (dashes, spaces and
    case ignored)."""
    code = compact_code(scanned)
    if not code:
        return None
    with desk.db.read() as session:
        conn = session.connection()
        row = conn.execute(_BY_TICKET, {"event_id": desk.event_id, "code": code}).first()
        if row is None:  # not our ticket: a registration platform's code?
            hid = household_codes.household_for_code(conn, desk.event_id, code) \
                if len(code) <= household_codes.MAX_LENGTH else None
            if hid is None:
                return None
            row = conn.execute(_BY_ID, {"id": hid}).one()
        if row.merged_into_id is not None:
            row = conn.execute(select(*INFO_COLUMNS).where(Household.id == row.merged_into_id)).one()
        return info_row(row, active_arrivals(conn, [row.id]).get(row.id))


def get(desk: Desk, household_id: uuid.UUID) -> HouseholdInfo:
    with desk.db.read() as s:
        h = s.get(Household, household_id)
        if h is None or h.event_id != desk.event_id:
            raise NotFound("That household is not in this event.")
        return info(h, active_arrivals(s, [h.id]).get(h.id))


def _clean(fields: dict) -> dict:
    out = {}
    for key, value in fields.items():
        if key not in EDITABLE:
            raise InvalidInput(f"Unknown household field {key}.")
        if isinstance(value, str):
            value = " ".join(value.split()) if key != "notes" else value.strip()
        if key in ("adults_expected", "kids_expected"):
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise InvalidInput("Adults and kids must be whole numbers.") from None
            if not 0 <= value <= MAX_PEOPLE:
                raise InvalidInput(f"Adults and kids must be between 0 and {MAX_PEOPLE}.")
        out[key] = value
    require_text(out)
    if "family_name" in out and not out["family_name"]:
        raise InvalidInput("The family name is needed — type the name they give you.")
    return out


def new_household(s: Session, desk: Desk, *, source: str, external_ref: str | None = None, **fields) -> Household:
    """Add a household inside the caller's transaction, with a fresh ticket code (used by walk-ups and imports)."""
    fields = _clean(fields)
    h = Household(event_id=desk.event_id, source=source, external_ref=external_ref, **fields)
    h.ticket_code = new_ticket_code()
    while s.scalar(select(func.count()).select_from(Household).where(Household.ticket_code == h.ticket_code)):
        h.ticket_code = new_ticket_code()
    h.search_text = search_text(h)
    now = clock.now()
    h.created_at = h.updated_at = now
    s.add(h)
    s.flush()
    return h


_IMPORT_DEFAULTS = {"first_names": "", "phone": "", "email": "", "zip_code": "", "neighbourhood": "",
                    "adults_expected": 1, "kids_expected": 0, "notes": "", "consent_to_contact": False}


def rows_for_import(s: Session, desk: Desk, *, source: str, entries: Sequence[tuple[str | None, dict]]
                    ) -> list[dict]:
    """New households' rows for an import's batch (written with `db.bulk.BulkInsert`): the same checks, fresh ticket
    codes and search text as `new_household` (it only reads, so it can run before the write transaction).
    `entries`: (external reference, fields) pairs; the rows come in the same order, each with its new "id"."""
    now = clock.now()
    rows = [{**_IMPORT_DEFAULTS, **_clean(fields), "id": uuid.uuid4(), "event_id": desk.event_id, "source": source,
             "external_ref": ref, "merged_into_id": None, "created_at": now, "updated_at": now}
            for ref, fields in entries]
    for row, code in zip(rows, fresh_ticket_codes(s, len(rows)), strict=True):
        row["ticket_code"] = code
        row["search_text"] = search_text(SimpleNamespace(**row))  # the row's values, read as a Household's
    return rows


def fresh_ticket_codes(s: Session, n: int) -> list[str]:
    """`n` new ticket codes no household holds yet, asked of the database in one query per round."""
    codes: set[str] = set()
    while len(codes) < n:
        wanted = {new_ticket_code() for _ in range(n - len(codes))} - codes
        codes |= wanted - set(s.scalars(select(Household.ticket_code).where(Household.ticket_code.in_(wanted))))
    return sorted(codes)


def add_household(desk: Desk, *, source: str = SOURCE_PREREGISTERED, **fields) -> HouseholdInfo:
    permissions.require(desk, "checkin.add_household")
    with desk.db.write() as s:
        h = new_household(s, desk, source=source, **fields)
        audit.record(s, desk, "household added", entity="household", entity_id=h.id,
                     summary=f"{h.family_name} ({source})")
        return info(h)


def update(desk: Desk, household_id: uuid.UUID, **fields) -> HouseholdInfo:
    permissions.require(desk, "checkin.edit_household")
    fields = _clean(fields)
    with desk.db.write() as s:
        h = s.get(Household, household_id, with_for_update=True)
        if h is None or h.event_id != desk.event_id:
            raise NotFound("That household is not in this event.")
        old = {k: getattr(h, k) for k in fields}
        for key, value in fields.items():
            setattr(h, key, value)
        h.search_text = search_text(h)
        h.updated_at = clock.now()
        before, after = audit.changes(old, fields)
        if after:
            audit.record(s, desk, "household edited", entity="household", entity_id=h.id, summary=h.family_name,
                         before=before, after=after)
        return info(h, active_arrivals(s, [h.id]).get(h.id))


def possible_duplicates(desk: Desk, family_name: str, phone: str = "", zip_code: str = "") -> list[HouseholdInfo]:
    """Households with the same family name and the same phone (last 7 digits) or ZIP: likely the same family."""
    name = fold(family_name)
    phone_tail = digits(phone)[-7:]
    if not name or not (len(phone_tail) >= 7 or zip_code.strip()):
        return []
    with desk.db.read() as s:
        rows = s.scalars(select(Household).where(Household.event_id == desk.event_id,
                                                 Household.merged_into_id.is_(None),
                                                 Household.search_text.like(like_contains(name), escape=LIKE_ESCAPE)))
        matches = [h for h in rows if fold(h.family_name) == name and (
            (len(phone_tail) >= 7 and digits(h.phone).endswith(phone_tail))
            or (zip_code.strip() and h.zip_code.strip() == zip_code.strip()))]
        arrivals = active_arrivals(s, [h.id for h in matches])
        return [info(h, arrivals.get(h.id)) for h in matches]


def merge(desk: Desk, keep_id: uuid.UUID, duplicate_id: uuid.UUID) -> HouseholdInfo:
    """Fold a duplicate into the household kept: blanks filled from it, its history kept and credited to the other."""
    permissions.require(desk, "checkin.merge_households")
    if keep_id == duplicate_id:
        raise InvalidInput("Pick two different households to merge.")
    with desk.db.write() as s:
        keep = s.get(Household, keep_id, with_for_update=True)
        dup = s.get(Household, duplicate_id, with_for_update=True)
        for h in (keep, dup):
            if h is None or h.event_id != desk.event_id:
                raise NotFound("One of those households is not in this event.")
            if h.merged_into_id is not None:
                raise Conflict(f"{h.family_name} was already merged into another household.")
        filled = {}
        for key in ("first_names", "phone", "email", "zip_code", "neighbourhood", "notes"):
            if not getattr(keep, key) and getattr(dup, key):
                filled[key] = getattr(dup, key)
                setattr(keep, key, getattr(dup, key))
        arrivals = active_arrivals(s, [keep.id, dup.id])
        if keep.id in arrivals and dup.id in arrivals:  # both checked in: the family arrived once
            s.add(CheckInUndo(event_id=desk.event_id, check_in_id=arrivals[dup.id].check_in_id,
                              reason=f"duplicate merged into {keep.family_name} ({keep.ticket_code})",
                              at=clock.now(), device=desk.device, operator=desk.operator))
        dup.merged_into_id = keep.id
        moved = household_codes.move(s, dup.id, keep.id)  # the duplicate's Eventbrite tickets now find the family
        keep.search_text = search_text(keep)
        keep.updated_at = dup.updated_at = clock.now()
        audit.record(s, desk, "households merged", entity="household", entity_id=keep.id,
                     summary=f"{dup.family_name} ({dup.ticket_code}) merged into {keep.family_name} "
                             f"({keep.ticket_code})" + (f"; {moved} platform code{'s' if moved != 1 else ''} moved"
                                                        if moved else ""),
                     before={"duplicate": str(dup.id)}, after=filled or None)
        s.flush()
        return info(keep, active_arrivals(s, [keep.id]).get(keep.id))
