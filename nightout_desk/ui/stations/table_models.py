"""Qt table models of the Stations screen: stations (status in colour and words), demonstrations, waivers, incidents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QColor

from nightout_desk import clock
from nightout_desk.services.stations import incidents
from nightout_desk.services.stations import schedule as station_schedule
from nightout_desk.services.stations.board import StationRow
from nightout_desk.services.stations.waivers import WaiverInfo
from nightout_desk.ui.rows_model import RowsTableModel

STATUS_COLOURS = {  # background, text — the status is always also written in words
    "open": ("#DCEFDC", "#1B5E20"),
    "paused": ("#FFF0CC", "#7A4A00"),
    "closed": ("#E6E6E6", "#424242"),
    "setting up": ("#DDE8F6", "#173F73"),
}
STATUS_ICONS = {"open": "●", "paused": "❚❚", "closed": "■", "setting up": "◔"}


def status_words(row: StationRow) -> str:
    return f"{STATUS_ICONS.get(row.status, '')} {row.status_text}".strip()


class _StationsTable(RowsTableModel):
    """A cell's tooltip is its text (the panels are narrow); a row with a status is coloured as that status."""

    def values(self, row: Any) -> Sequence[object]:
        raise NotImplementedError

    def status(self, row: Any) -> str | None:
        return None

    def cells(self, row: Any) -> tuple[str, ...]:
        return tuple("" if value is None else str(value) for value in self.values(row))

    def tooltip(self, row: Any, column: int) -> str:
        return self.cells(row)[column]

    def background(self, row: Any) -> QColor | None:
        colours = STATUS_COLOURS.get(self.status(row) or "")
        return QColor(colours[0]) if colours else None

    def foreground(self, row: Any) -> QColor | None:
        colours = STATUS_COLOURS.get(self.status(row) or "")
        return QColor(colours[1]) if colours else None


class StationsModel(_StationsTable):
    COL_STATION, COL_STATUS, COL_COUNT, COL_NEXT = range(4)
    _HEADERS = ("Station", "Status", "Count", "Next")
    RIGHT_ALIGNED = (COL_COUNT,)

    def values(self, r: StationRow) -> tuple[object, ...]:
        return (r.name, status_words(r), f"{r.count:,}", r.next_demo.local_time if r.next_demo else "")

    def status(self, r: StationRow) -> str | None:
        return r.status


def demonstration_state(d: station_schedule.DemonstrationInfo) -> str:
    now = clock.now()
    if d.cancelled:
        return "Cancelled"
    if d.is_running(now):
        return "Running now"
    if d.ends_at <= now:
        return "Done"
    return station_schedule.countdown(d.starts_at, now)


class ScheduleModel(_StationsTable):
    COL_TIME, COL_TITLE, COL_MINUTES, COL_WHEN = range(4)
    _HEADERS = ("Time", "Demonstration", "Minutes", "When")
    RIGHT_ALIGNED = (COL_MINUTES,)

    def values(self, d: station_schedule.DemonstrationInfo) -> tuple[object, ...]:
        return (d.local_time, d.title, d.minutes, demonstration_state(d))


class WaiversModel(_StationsTable):
    COL_TIME, COL_FAMILY, COL_CHILD, COL_GUARDIAN, COL_COVERS, COL_RULES_READ, COL_BY = range(7)
    _HEADERS = ("Time", "Family", "Child", "Guardian", "Covers", "Rules read", "By")

    def values(self, w: WaiverInfo) -> tuple[object, ...]:
        return (clock.hhmm(w.at), w.family_name, f"{w.child_first_name} ({w.child_age})", w.guardian_name,
                w.station_name, "yes" if w.rules_read else "NO", w.operator)


def incident_status(i: incidents.IncidentInfo) -> str:
    if i.kind == "note":
        return "Note"
    return f"Resolved {clock.hhmm(i.resolved_at)}: {i.resolution}" if i.resolved_at else "OPEN"


class IncidentsModel(_StationsTable):
    """Every station's incidents and notes; an open incident is coloured as a paused station."""

    COL_TIME, COL_STATION, COL_WHAT, COL_DESCRIPTION, COL_STATUS, COL_BY = range(6)
    _HEADERS = ("Time", "Station", "What", "Description", "Status", "By")

    def values(self, i: incidents.IncidentInfo) -> tuple[object, ...]:
        return (clock.hhmm(i.at), i.station_name or "—", i.kind, i.description, incident_status(i), i.operator)

    def status(self, i: incidents.IncidentInfo) -> str | None:
        return "paused" if i.is_open else None
