"""Qt table models of the Volunteers screen: roster, coverage, hours (small, testable without widgets)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from nightout_desk import clock
from nightout_desk.services.volunteers.hours import OrganizationHours, StationCoverage, VolunteerHours
from nightout_desk.services.volunteers.roster import VolunteerInfo
from nightout_desk.ui.rows_model import RowsTableModel

GAP_BG = QColor("#fde0e0")
GAP_FG = QColor("#a00000")
ON_SITE_BG = QColor("#e3f4e6")
FLAG_BG = QColor("#fff4d6")
ENDED_BG = QColor("#eeeeee")  # a shift that is over: shown, not a gap anyone can fix now


def hours(h: float) -> str:
    minutes = round(h * 60)
    return f"{minutes // 60} h {minutes % 60:02d}" if minutes else "—"


class RowsModel(RowsTableModel):
    """Rows of display strings with an optional payload, background and tooltip per row."""

    _HEADERS: tuple[str, ...] = ()

    def item(self, row: int):  # noqa: ANN201
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def text(self, row: int, col: int) -> str:
        return self._rows[row][1][col]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if not index.isValid():
            return None
        payload, cells, colour, tip = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cells[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and colour is not None:
            return QBrush(colour)
        if role == Qt.ItemDataRole.ForegroundRole and colour == GAP_BG:
            return QBrush(GAP_FG)
        if role == Qt.ItemDataRole.ForegroundRole and colour == ENDED_BG:
            return QBrush(QColor("#666666"))
        if role == Qt.ItemDataRole.FontRole and colour == GAP_BG:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and tip:
            return tip
        return None


class RosterModel(RowsModel):
    COL_NAME, COL_ORG, COL_ROLE, COL_STATUS, COL_HOURS, COL_PHONE, COL_BADGE, COL_NOTES = range(8)
    _HEADERS = ("Name", "Organization", "Role", "Now", "Hours", "Phone", "Badge", "Notes")

    def set_rows(self, people: list[VolunteerInfo], worked: dict | None = None) -> None:
        worked = worked or {}
        rows = []
        for v in people:
            h: VolunteerHours | None = worked.get(v.id)
            status = "On site" if h and h.on_site else ("Needs review" if h and h.flagged else "")
            role = v.role_label + (" · minor" if v.is_minor else "")
            notes = "No guardian on file!" if v.needs_guardian else v.notes
            colour = ON_SITE_BG if status == "On site" else (FLAG_BG if v.needs_guardian or status else None)
            rows.append((v, (v.full_name, v.organization, role, status,
                             hours(h.verified_hours) if h else "—", v.phone, v.badge_code, notes), colour,
                         "A minor with no guardian's name and phone on file" if v.needs_guardian else ""))
        super().set_rows(rows)

    def volunteer(self, row: int) -> VolunteerInfo | None:
        return self.item(row)


class CoverageModel(RowsModel):
    """One row per shift: station, time, needed / booked / present, and the gap in words (red when there is one)."""

    COL_STATION, COL_TIME, COL_NEEDED, COL_BOOKED, COL_PRESENT, COL_STATUS, COL_PEOPLE = range(7)
    _HEADERS = ("Station", "Shift", "Needed", "Booked", "Here", "Status", "Booked volunteers")

    def set_rows(self, stations: list[StationCoverage]) -> None:
        rows = []
        for st in stations:
            if not st.shifts:
                rows.append((None, (st.station_name, "—", "", "", "", st.words, ""), None, ""))
            for sc in st.shifts:
                when = f"{clock.hhmm(sc.starts_at)}–{clock.hhmm(sc.ends_at)}" + ("  (now)" if sc.running else "")
                status = ("⚠ " + sc.words) if sc.has_gap else (sc.words if sc.ended else "✓ Covered")
                rows.append((sc, (st.station_name, when, str(sc.needed), str(sc.assigned), str(sc.present), status,
                                  ", ".join(sc.names)), GAP_BG if sc.has_gap else (ENDED_BG if sc.ended else None),
                             "Here now: " + (", ".join(sc.present_names) or "nobody")))
        super().set_rows(rows)


class VolunteerHoursModel(RowsModel):
    COL_NAME, COL_ORG, COL_VERIFIED, COL_UNVERIFIED, COL_STATUS, COL_STATIONS = range(6)
    _HEADERS = ("Volunteer", "Organization", "Verified", "Unverified", "Status", "Stations")

    def set_rows(self, people: list[VolunteerHours]) -> None:
        rows = []
        for h in people:
            status = "On site" if h.on_site else ""
            if h.flagged:
                status = "Left open: review" if h.flagged == 1 else f"{h.flagged} left open: review"
            rows.append((h, (h.name, h.organization, hours(h.verified_hours), hours(h.unverified_hours), status,
                             ", ".join(h.stations)), FLAG_BG if h.flagged else (ON_SITE_BG if h.on_site else None),
                         ""))
        super().set_rows(rows)


class OrganizationHoursModel(RowsModel):
    _HEADERS = ("Organization", "People", "Verified", "Unverified")

    def set_rows(self, orgs: list[OrganizationHours]) -> None:
        super().set_rows([(o, (o.organization, str(o.volunteers), hours(o.verified_hours), hours(o.unverified_hours)), None,
                    "") for o in orgs])
