"""One place for 'now', in UTC; the screens and printouts show local time."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


def local(moment: datetime) -> datetime:
    """A stored UTC time in the laptop's local time zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def hhmm(moment: datetime | None) -> str:
    return local(moment).strftime("%H:%M") if moment else ""
