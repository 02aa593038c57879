"""The end-of-night report as plain data: one `NightReport`, each section None (or empty) when it has no data yet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from nightout_desk.services.wording.language import ENGLISH
from nightout_desk.services.wording.words import Words

NO_DATA = "No data yet"  # the English of Words("report.no_data"), for the Reports screen
EN = Words()


def percent(part: float, whole: float) -> float | None:
    """part / whole in percent, or None when there is nothing to divide by (never a ZeroDivisionError)."""
    return None if not whole else 100.0 * part / whole


@dataclass(frozen=True)
class TimeSlot:
    """Fifteen minutes of the evening (local time) and who arrived in it."""

    starts: datetime  # local, aware
    households: int
    adults: int
    kids: int
    on_site: int  # people checked in by the end of the slot (the desk does not record departures)

    @property
    def people(self) -> int:
        return self.adults + self.kids

    @property
    def label(self) -> str:
        return f"{self.starts:%H:%M}"


@dataclass(frozen=True)
class GroupCount:
    """Households and people of one group (a neighbourhood, a ZIP, walk-ups)."""

    name: str
    households: int
    people: int


@dataclass(frozen=True)
class Attendance:
    households: int
    adults: int
    kids: int
    walk_ups: GroupCount
    pre_registered: GroupCount
    registered_households: int  # pre-registered households on the list (came or not)
    slots: tuple[TimeSlot, ...]
    by_neighbourhood: tuple[GroupCount, ...]
    by_zip: tuple[GroupCount, ...]
    first_arrival: datetime | None
    last_arrival: datetime | None

    @property
    def people(self) -> int:
        return self.adults + self.kids

    @property
    def peak(self) -> TimeSlot | None:
        busy = [s for s in self.slots if s.people]
        return max(busy, key=lambda s: (s.people, -s.starts.timestamp())) if busy else None

    @property
    def show_up_percent(self) -> float | None:
        return percent(self.pre_registered.households, self.registered_households)


@dataclass(frozen=True)
class StationLine:
    name: str
    status: str  # in the report's words, e.g. "Paused — Weather"
    participants: int
    scans: int
    waivers: int
    kits: int
    incidents: int
    paused: bool = False


@dataclass(frozen=True)
class Stations:
    lines: tuple[StationLine, ...]
    demonstrations_held: int
    demonstrations_cancelled: int

    @property
    def participants(self) -> int:
        return sum(x.participants for x in self.lines)

    @property
    def waivers(self) -> int:
        return sum(x.waivers for x in self.lines)

    @property
    def kits(self) -> int:
        return sum(x.kits for x in self.lines)

    @property
    def busiest(self) -> StationLine | None:
        counted = [x for x in self.lines if x.participants > 0]
        return max(counted, key=lambda x: x.participants) if counted else None


@dataclass(frozen=True)
class IncidentLine:
    at: datetime
    station: str
    kind: str
    description: str
    operator: str
    resolved: bool
    resolution: str

    @property
    def is_note(self) -> bool:
        """A note ("the crowd loved Max") is listed with the incidents but never counted as one."""
        return self.kind == "note"

    @property
    def is_open(self) -> bool:
        return not self.resolved and not self.is_note


def _counted(n: int, key: str, w: Words) -> str:
    one, many = w(key).split("|")
    return f"{n:,} {one if n == 1 else many}"


def incident_words(incidents: tuple[IncidentLine, ...], w: Words = EN) -> str:
    """'3 incidents (1 still open) and 1 note' / '3 incidentes (1 sin resolver) y 1 nota': the front page and the
    incidents section say the same."""
    real = [i for i in incidents if not i.is_note]
    open_ones = sum(1 for i in real if i.is_open)
    notes = len(incidents) - len(real)
    words = _counted(len(real), "count.incidents", w)
    if real:
        words += w("incidents.open", n=f"{open_ones:,}") if open_ones else w("incidents.resolved")
    return words + (f" {w('and')} {_counted(notes, 'count.notes', w)}" if notes else "")


@dataclass(frozen=True)
class HoursLine:
    name: str  # a station or an organization
    hours: float


@dataclass(frozen=True)
class Volunteers:
    volunteers: int  # signed up for tonight
    hours: float  # verified hours (clocked in and out, or confirmed by a coordinator)
    unverified_hours: float
    flagged: int  # clock-ins left open or otherwise needing a coordinator's look
    by_station: tuple[HoursLine, ...]
    by_organization: tuple[HoursLine, ...]


@dataclass(frozen=True)
class DonationKind:
    kind: str
    donations: int
    cents: int  # money received, or the estimated value of goods


@dataclass(frozen=True)
class Donations:
    donors: int
    donations: int
    money_cents: int  # cash, checks, cards
    goods_value_cents: int  # estimated value of goods and services (0 when unknown)
    by_kind: tuple[DonationKind, ...]


@dataclass(frozen=True)
class StockLine:
    item: str
    received: int
    handed_out: int
    left: int
    low: bool = False
    adjusted: int = 0  # counts and corrections (received - handed out + adjusted = left)


@dataclass(frozen=True)
class Giveaways:
    items: tuple[StockLine, ...]
    households_served: int = 0

    @property
    def handed_out(self) -> int:
        return sum(x.handed_out for x in self.items)

    @property
    def left(self) -> int:
        return sum(x.left for x in self.items)

    @property
    def received(self) -> int:
        return sum(x.received for x in self.items)


@dataclass(frozen=True)
class Change:
    """One measure, this night against the last one."""

    measure: str
    now: float
    before: float
    money: bool = False
    hours: bool = False

    @property
    def percent(self) -> float | None:
        return percent(self.now - self.before, self.before)

    @property
    def arrow(self) -> str:
        return "▲" if self.now > self.before else "▼" if self.now < self.before else "="

    @property
    def words(self) -> str:
        """"▲ 12% up", "▼ 3% down", "= same", "▲ new this year" (when last year had none)."""
        return self.said(EN)

    def said(self, w: Words) -> str:
        """`words` in the report's language."""
        if self.now == self.before:
            return w("yoy.same")
        pct = self.percent
        if pct is None:
            return w("yoy.new")
        return w("yoy.up" if pct > 0 else "yoy.down", arrow=self.arrow, pct=f"{abs(pct):.0f}")


@dataclass(frozen=True)
class Comparison:
    previous_name: str
    previous_date: date
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class NightReport:
    event_name: str
    event_date: date
    place: str
    starts_at: str
    ends_at: str
    generated_at: datetime  # local, aware
    attendance: Attendance | None = None
    stations: Stations | None = None
    volunteers: Volunteers | None = None
    donations: Donations | None = None
    giveaways: Giveaways | None = None
    incidents: tuple[IncidentLine, ...] = ()
    comparison: Comparison | None = None
    language: str = ENGLISH  # the event's: the printout's words

    @property
    def words(self) -> Words:
        return Words(self.language)

    @property
    def is_empty(self) -> bool:
        return not any((self.attendance, self.stations, self.volunteers, self.donations, self.giveaways,
                        self.incidents))
