"""Qt table models of the Volunteers screen: roster, coverage, hours (small, testable without widgets)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QFont

from nightout_desk import clock
from nightout_desk.services.volunteers.hours import (
    OrganizationHours,
    ShiftCoverage,
    StationCoverage,
    VolunteerHours,
)
from nightout_desk.services.volunteers.roster import VolunteerInfo
from nightout_desk.ui.rows_model import RowsTableModel

GAP_BG = QColor("#fde0e0")
GAP_FG = QColor("#a00000")
ON_SITE_BG = QColor("#e3f4e6")
FLAG_BG = QColor("#fff4d6")
ENDED_BG = QColor("#eeeeee")  # a shift that is over: shown, not a gap anyone can fix now
ENDED_FG = QColor("#666666")
translate = QCoreApplication.translate
ROLES = {  # services/volunteers/roster.py ROLE_LABELS, in the screens' language
    "officer": QT_TRANSLATE_NOOP("VolunteerRoles", "Officer"),
    "civilian": QT_TRANSLATE_NOOP("VolunteerRoles", "Civilian"),
    "youth": QT_TRANSLATE_NOOP("VolunteerRoles", "Youth"),
}


def role_label(v: VolunteerInfo) -> str:
    return translate("VolunteerRoles", ROLES[v.role]) if v.role in ROLES else v.role_label


def shift_words(sc: ShiftCoverage) -> str:
    """The gap of a shift in words (ShiftCoverage.words of the services, worded on the screen)."""
    lacking, missing = sc.short, sc.missing  # plain names: lupdate misses a plural whose count is an attribute
    short = translate("Coverage", "%n short of {needed} needed", None, lacking).format(needed=sc.needed)
    if sc.ended:
        return (translate("Coverage", "Ended, {gap}").format(gap=short) if lacking
                else translate("Coverage", "Ended, covered"))
    parts = [short] if lacking else []
    if missing:
        parts.append(translate("Coverage", "%n booked but not here", None, missing))
    return "; ".join(parts) if parts else translate("Coverage", "Covered")


def station_words(st: StationCoverage) -> str:
    if not st.shifts:
        return translate("Coverage", "No shifts planned")
    gaps = sum(1 for sc in st.shifts if sc.has_gap)
    return translate("Coverage", "%n shifts with gaps", None, gaps) if gaps else translate("Coverage", "Covered")


def hours(h: float) -> str:
    minutes = round(h * 60)
    return f"{minutes // 60} h {minutes % 60:02d}" if minutes else "—"


class _VolunteersTable(RowsTableModel):
    """Rows in colour: a gap in red and bold, an ended shift in grey, on site in green, needing review in yellow."""

    def colour(self, row: Any) -> QColor | None:
        return None

    def background(self, row: Any) -> QColor | None:
        return self.colour(row)

    def foreground(self, row: Any) -> QColor | None:
        colour = self.colour(row)
        if colour == GAP_BG:
            return GAP_FG
        return ENDED_FG if colour == ENDED_BG else None

    def font(self, row: Any, column: int) -> QFont | None:
        if self.colour(row) != GAP_BG:
            return None
        font = QFont()
        font.setBold(True)
        return font


class RosterModel(_VolunteersTable):
    """A row is a volunteer and their hours tonight (None before they clock in)."""

    COL_NAME, COL_ORG, COL_ROLE, COL_STATUS, COL_HOURS, COL_PHONE, COL_BADGE, COL_NOTES = range(8)
    _HEADERS = (QT_TRANSLATE_NOOP("RosterModel", "Name"), QT_TRANSLATE_NOOP("RosterModel", "Organization"),
                QT_TRANSLATE_NOOP("RosterModel", "Role"), QT_TRANSLATE_NOOP("RosterModel", "Now"),
                QT_TRANSLATE_NOOP("RosterModel", "Hours"), QT_TRANSLATE_NOOP("RosterModel", "Phone"),
                QT_TRANSLATE_NOOP("RosterModel", "Badge"), QT_TRANSLATE_NOOP("RosterModel", "Notes"))

    def set_rows(self, people: list[VolunteerInfo], worked: dict | None = None) -> None:  # type: ignore[override]
        worked = worked or {}
        super().set_rows([(v, worked.get(v.id)) for v in people])

    def volunteer(self, row: int) -> VolunteerInfo | None:
        pair = self.row(row)
        return pair[0] if pair else None

    def _status(self, h: VolunteerHours | None) -> str:
        return self.tr("On site") if h and h.on_site else (self.tr("Needs review") if h and h.flagged else "")

    def cells(self, row: tuple[VolunteerInfo, VolunteerHours | None]) -> tuple[str, ...]:
        v, h = row
        role = role_label(v) + (" · " + self.tr("minor") if v.is_minor else "")
        notes = self.tr("No guardian on file!") if v.needs_guardian else v.notes
        return (v.full_name, v.organization, role, self._status(h), hours(h.verified_hours) if h else "—", v.phone,
                v.badge_code, notes)

    def colour(self, row: tuple[VolunteerInfo, VolunteerHours | None]) -> QColor | None:
        v, h = row
        if h and h.on_site:
            return ON_SITE_BG
        return FLAG_BG if v.needs_guardian or (h and h.flagged) else None

    def tooltip(self, row: tuple[VolunteerInfo, VolunteerHours | None], column: int) -> str | None:
        return self.tr("A minor with no guardian's name and phone on file") if row[0].needs_guardian else None


class CoverageModel(_VolunteersTable):
    """One row per shift: station, time, needed / booked / present, and the gap in words (red when there is one).

    A row is a station and one of its shifts; a station without shifts has one row with None for the shift."""

    COL_STATION, COL_TIME, COL_NEEDED, COL_BOOKED, COL_PRESENT, COL_STATUS, COL_PEOPLE = range(7)
    _HEADERS = (QT_TRANSLATE_NOOP("CoverageModel", "Station"), QT_TRANSLATE_NOOP("CoverageModel", "Shift"),
                QT_TRANSLATE_NOOP("CoverageModel", "Needed"), QT_TRANSLATE_NOOP("CoverageModel", "Booked"),
                QT_TRANSLATE_NOOP("CoverageModel", "Here"), QT_TRANSLATE_NOOP("CoverageModel", "Status"),
                QT_TRANSLATE_NOOP("CoverageModel", "Booked volunteers"))

    def set_rows(self, stations: list[StationCoverage]) -> None:  # type: ignore[override]
        super().set_rows([(st, sc) for st in stations for sc in (st.shifts or (None,))])

    def shift(self, row: int) -> ShiftCoverage | None:
        pair = self.row(row)
        return pair[1] if pair else None

    def cells(self, row: tuple[StationCoverage, ShiftCoverage | None]) -> tuple[str, ...]:
        st, sc = row
        if sc is None:
            return (st.station_name, "—", "", "", "", station_words(st), "")
        when = f"{clock.hhmm(sc.starts_at)}–{clock.hhmm(sc.ends_at)}" + ("  " + self.tr("(now)") if sc.running else "")
        status = shift_words(sc) if sc.ended else "✓ " + self.tr("Covered")
        if sc.has_gap:
            status = "⚠ " + shift_words(sc)
        return (st.station_name, when, str(sc.needed), str(sc.assigned), str(sc.present), status, ", ".join(sc.names))

    def colour(self, row: tuple[StationCoverage, ShiftCoverage | None]) -> QColor | None:
        sc = row[1]
        if sc is None:
            return None
        return GAP_BG if sc.has_gap else (ENDED_BG if sc.ended else None)

    def tooltip(self, row: tuple[StationCoverage, ShiftCoverage | None], column: int) -> str | None:
        sc = row[1]
        return None if sc is None else self.tr("Here now: {names}").format(
            names=", ".join(sc.present_names) or self.tr("nobody"))


class VolunteerHoursModel(_VolunteersTable):
    COL_NAME, COL_ORG, COL_VERIFIED, COL_UNVERIFIED, COL_STATUS, COL_STATIONS = range(6)
    _HEADERS = (QT_TRANSLATE_NOOP("VolunteerHoursModel", "Volunteer"),
                QT_TRANSLATE_NOOP("VolunteerHoursModel", "Organization"),
                QT_TRANSLATE_NOOP("VolunteerHoursModel", "Verified"),
                QT_TRANSLATE_NOOP("VolunteerHoursModel", "Unverified"),
                QT_TRANSLATE_NOOP("VolunteerHoursModel", "Status"),
                QT_TRANSLATE_NOOP("VolunteerHoursModel", "Stations"))

    def cells(self, h: VolunteerHours) -> tuple[str, ...]:
        status = self.tr("On site") if h.on_site else ""
        if h.flagged:
            status = self.tr("Left open: review") if h.flagged == 1 else self.tr("%n left open: review", "", h.flagged)
        return (h.name, h.organization, hours(h.verified_hours), hours(h.unverified_hours), status,
                ", ".join(h.stations))

    def colour(self, h: VolunteerHours) -> QColor | None:
        return FLAG_BG if h.flagged else (ON_SITE_BG if h.on_site else None)


class OrganizationHoursModel(RowsTableModel):
    COL_ORG, COL_PEOPLE, COL_VERIFIED, COL_UNVERIFIED = range(4)
    _HEADERS = (QT_TRANSLATE_NOOP("OrganizationHoursModel", "Organization"),
                QT_TRANSLATE_NOOP("OrganizationHoursModel", "People"),
                QT_TRANSLATE_NOOP("OrganizationHoursModel", "Verified"),
                QT_TRANSLATE_NOOP("OrganizationHoursModel", "Unverified"))

    def cells(self, o: OrganizationHours) -> tuple[str, ...]:
        return (o.organization, str(o.volunteers), hours(o.verified_hours), hours(o.unverified_hours))
