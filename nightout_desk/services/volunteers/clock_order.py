"""Badge scans from several laptops read in time order: what one laptop would have recorded had it seen them all.

A laptop that works apart does not know what another laptop's scans did: Desk 1 clocks Dana in at 18:00; at 20:00
she scans out at Desk 2, which never saw her come in, so it opens a new entry. Each laptop's entries are right for
what it saw; together they are two open entries. This module reads such entries as the scans they were — every
scanned clock-in and clock-out is a moment the badge was scanned — and toggles through them in time order, as one
laptop would have: in at 18:00, out at 20:00.

The rule, applied whenever hours are read (nothing is rewritten, so it gives the same answer whatever order the
laptops' files were merged in):
- a volunteer's effective entries (not superseded) are grouped into runs that overlap in time (an open entry runs on);
- a run made only of scanned entries (source "scan") from two or more laptops is read in time order: its entries'
  times sorted, a scan on another laptop within DOUBLE_SCAN of the one before dropped (one badge read at two desks),
  then in, out, in, out…; the last stretch stays open when the count is odd;
- any other run is taken as its entries say (one laptop never overlaps itself when scanning; an organizer's manual
  entry or correction is their decision);
- a zero-length entry (a correction that folds a scan into a neighbour, see timeclock.correct) counts nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

DOUBLE_SCAN = timedelta(seconds=60)  # as the time clock: a second read within a minute is the same scan
SCAN = "scan"
MERGED = "merged"  # a stretch read in time order from several laptops' scans


@dataclass(frozen=True)
class Entry:
    """An effective time entry, as stored."""

    id: uuid.UUID
    clock_in: datetime
    clock_out: datetime | None
    source: str
    device: str


@dataclass(frozen=True)
class Stretch:
    """A stretch of work as read: one entry, or several laptops' scans read in time order."""

    entry_id: uuid.UUID  # the entry that opened it (a correction of the stretch supersedes it)
    clock_in: datetime
    clock_out: datetime | None
    entry_ids: tuple[uuid.UUID, ...]  # every entry read into it (one, unless merged)
    devices: tuple[str, ...]  # the laptops whose scans made it

    @property
    def merged(self) -> bool:
        return len(self.entry_ids) > 1


@dataclass(frozen=True)
class Run:
    """Entries that overlap in time; `stretches` is how they are read."""

    entries: tuple[Entry, ...]
    stretches: tuple[Stretch, ...]

    @property
    def in_time_order(self) -> bool:
        """Read from several laptops' scans (not as the entries say)."""
        return any(s.merged for s in self.stretches) or len(self.stretches) != len(self.entries)

    @property
    def open_entry(self) -> Entry | None:
        """The entry a clock-out should close when the run's last stretch is open: the latest open entry."""
        if not self.stretches or self.stretches[-1].clock_out is not None:
            return None
        return max((e for e in self.entries if e.clock_out is None), key=lambda e: (e.clock_in, e.id), default=None)


def runs(entries: Iterable[Entry]) -> list[Run]:
    """One volunteer's effective entries, grouped into overlapping runs and read (see the module's rule)."""
    ordered = sorted((e for e in entries if e.clock_out is None or e.clock_out > e.clock_in),
                     key=lambda e: (e.clock_in, e.id))
    out: list[Run] = []
    current: list[Entry] = []
    end: datetime | None = None  # the current run's end; None while an entry in it is open
    for e in ordered:
        if current and (end is None or e.clock_in < end):
            current.append(e)
            end = None if end is None or e.clock_out is None else max(end, e.clock_out)
            continue
        if current:
            out.append(_read(current))
        current, end = [e], e.clock_out
    if current:
        out.append(_read(current))
    return out


def stretches(entries: Iterable[Entry]) -> list[Stretch]:
    return [s for run in runs(entries) for s in run.stretches]


def _read(entries: list[Entry]) -> Run:
    if len(entries) == 1 or len({e.device for e in entries}) == 1 or any(e.source != SCAN for e in entries):
        return Run(tuple(entries), tuple(Stretch(e.id, e.clock_in, e.clock_out, (e.id,), (e.device,))
                                          for e in entries))
    scans = sorted([(e.clock_in, e) for e in entries] + [(e.clock_out, e) for e in entries if e.clock_out],
                   key=lambda p: (p[0], p[1].id))
    kept: list[tuple[datetime, Entry]] = []
    for at, e in scans:
        if kept and at - kept[-1][0] < DOUBLE_SCAN and e.device != kept[-1][1].device:
            continue  # the same badge read at two desks within a minute: one scan
        kept.append((at, e))
    out = []
    for i in range(0, len(kept), 2):
        pair = kept[i:i + 2]
        (start, opener), end = pair[0], pair[1][0] if len(pair) == 2 else None
        out.append(Stretch(opener.id, start, end, tuple(dict.fromkeys(e.id for _, e in pair)),
                           tuple(dict.fromkeys(e.device for _, e in pair))))
    # every entry read belongs to the run, even one whose scans were dropped as doubles
    return Run(tuple(entries), tuple(out))
