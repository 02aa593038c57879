"""Qt table models of the Stations screen: stations (status in colour and words), demonstrations, waivers, incidents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from nightout_desk import clock
from nightout_desk.services.stations import incidents
from nightout_desk.services.stations import schedule as station_schedule
from nightout_desk.services.stations.board import StationRow
from nightout_desk.services.stations.waivers import WaiverInfo
from nightout_desk.ui.rows_model import RowsTableModel
from nightout_desk.ui.stations.words import incident_kind, status_text, when_words

STATUS_COLOURS = {  # background, text — the status is always also written in words
    "open": ("#DCEFDC", "#1B5E20"),
    "paused": ("#FFF0CC", "#7A4A00"),
    "closed": ("#E6E6E6", "#424242"),
    "setting up": ("#DDE8F6", "#173F73"),
}
STATUS_ICONS = {"open": "●", "paused": "❚❚", "closed": "■", "setting up": "◔"}


def status_words(row: StationRow) -> str:
    """"❚❚ Paused — Weather" in the screens' language."""
    return f"{STATUS_ICONS.get(row.status, '')} {status_text(row)}".strip()


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
    _HEADERS = (QT_TRANSLATE_NOOP("StationsModel", "Station"), QT_TRANSLATE_NOOP("StationsModel", "Status"),
                QT_TRANSLATE_NOOP("StationsModel", "Count"), QT_TRANSLATE_NOOP("StationsModel", "Next"))
    RIGHT_ALIGNED = (COL_COUNT,)

    def values(self, r: StationRow) -> tuple[object, ...]:
        return (r.name, status_words(r), f"{r.count:,}", r.next_demo.local_time if r.next_demo else "")

    def status(self, r: StationRow) -> str | None:
        return r.status


def demonstration_state(d: station_schedule.DemonstrationInfo) -> str:
    now = clock.now()
    if d.cancelled:
        return QCoreApplication.translate("ScheduleModel", "Cancelled")
    if d.is_running(now):
        return QCoreApplication.translate("ScheduleModel", "Running now")
    if d.ends_at <= now:
        return QCoreApplication.translate("ScheduleModel", "Done")
    return when_words(station_schedule.countdown(d.starts_at, now))


class ScheduleModel(_StationsTable):
    COL_TIME, COL_TITLE, COL_MINUTES, COL_WHEN = range(4)
    _HEADERS = (QT_TRANSLATE_NOOP("ScheduleModel", "Time"), QT_TRANSLATE_NOOP("ScheduleModel", "Demonstration"),
                QT_TRANSLATE_NOOP("ScheduleModel", "Minutes"), QT_TRANSLATE_NOOP("ScheduleModel", "When"))
    RIGHT_ALIGNED = (COL_MINUTES,)

    def values(self, d: station_schedule.DemonstrationInfo) -> tuple[object, ...]:
        return (d.local_time, d.title, d.minutes, demonstration_state(d))


class WaiversModel(_StationsTable):
    COL_TIME, COL_FAMILY, COL_CHILD, COL_GUARDIAN, COL_COVERS, COL_RULES_READ, COL_BY = range(7)
    _HEADERS = (QT_TRANSLATE_NOOP("WaiversModel", "Time"), QT_TRANSLATE_NOOP("WaiversModel", "Family"),
                QT_TRANSLATE_NOOP("WaiversModel", "Child"), QT_TRANSLATE_NOOP("WaiversModel", "Guardian"),
                QT_TRANSLATE_NOOP("WaiversModel", "Covers"), QT_TRANSLATE_NOOP("WaiversModel", "Rules read"),
                QT_TRANSLATE_NOOP("WaiversModel", "By"))

    def values(self, w: WaiverInfo) -> tuple[object, ...]:
        return (clock.hhmm(w.at), w.family_name, f"{w.child_first_name} ({w.child_age})", w.guardian_name,
                w.station_name, self.tr("yes") if w.rules_read else self.tr("NO"), w.operator)


def incident_status(i: incidents.IncidentInfo) -> str:
    translate = QCoreApplication.translate
    if i.kind == "note":
        return translate("IncidentsModel", "Note")
    if i.resolved_at:
        return translate("IncidentsModel", "Resolved {time}: {resolution}").format(time=clock.hhmm(i.resolved_at),
                                                                                   resolution=i.resolution)
    return translate("IncidentsModel", "OPEN")


class IncidentsModel(_StationsTable):
    """Every station's incidents and notes; an open incident is coloured as a paused station."""

    COL_TIME, COL_STATION, COL_WHAT, COL_DESCRIPTION, COL_STATUS, COL_BY = range(6)
    _HEADERS = (QT_TRANSLATE_NOOP("IncidentsModel", "Time"), QT_TRANSLATE_NOOP("IncidentsModel", "Station"),
                QT_TRANSLATE_NOOP("IncidentsModel", "What"), QT_TRANSLATE_NOOP("IncidentsModel", "Description"),
                QT_TRANSLATE_NOOP("IncidentsModel", "Status"), QT_TRANSLATE_NOOP("IncidentsModel", "By"))

    def values(self, i: incidents.IncidentInfo) -> tuple[object, ...]:
        return (clock.hhmm(i.at), i.station_name or "—", incident_kind(i.kind), i.description, incident_status(i),
                i.operator)

    def status(self, i: incidents.IncidentInfo) -> str | None:
        return "paused" if i.is_open else None
