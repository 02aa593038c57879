"""Qt table models of the check-in desk: search results and recent check-ins (small, testable without widgets)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QFont

from nightout_desk import clock
from nightout_desk.services.codes import pretty
from nightout_desk.ui.look import READABLE_GREY
from nightout_desk.ui.rows_model import RowsTableModel

if TYPE_CHECKING:
    from nightout_desk.services.checkin.checkins import RecentCheckIn
    from nightout_desk.services.checkin.households import HouseholdInfo

CHECKED_IN_BG = QColor("#fff4d6")
translate = QCoreApplication.translate
UNDONE_FG = QColor(READABLE_GREY)  # 6.4:1 on white (#777 was 4.48:1); the row also says "Undone"


def people(adults: int, kids: int) -> str:
    """"2 adults, 1 kid" in the screens' language."""
    said_adults = translate("People", "%n adults", None, adults)
    said_kids = translate("People", "%n kids", None, kids)
    said = f"{said_adults}, {said_kids}"
    # no translator installed (English without its .qm, as in tests): English's own singular
    return re.sub(r"\b1 (adult|kid)s\b", r"1 \1", said)


class SearchResultsModel(RowsTableModel):
    COL_FAMILY, COL_FIRST, COL_WHERE, COL_EXPECTED, COL_TICKET, COL_STATUS = range(6)
    _HEADERS = (QT_TRANSLATE_NOOP("SearchResultsModel", "Family"),
                QT_TRANSLATE_NOOP("SearchResultsModel", "First names"),
                QT_TRANSLATE_NOOP("SearchResultsModel", "ZIP / neighbourhood"),
                QT_TRANSLATE_NOOP("SearchResultsModel", "Expected"), QT_TRANSLATE_NOOP("SearchResultsModel", "Ticket"),
                QT_TRANSLATE_NOOP("SearchResultsModel", "Status"))

    def household(self, row: int) -> HouseholdInfo | None:
        return self.row(row)

    def cells(self, h: HouseholdInfo) -> tuple[str, ...]:
        status = (self.tr("Not yet arrived") if h.arrival is None
                  else self.tr("Checked in {time} at {laptop}").format(time=clock.hhmm(h.arrival.at),
                                                                      laptop=h.arrival.device))
        return (h.family_name + ("  " + self.tr("(walk-up)") if h.is_walk_up else ""), h.first_names,
                " · ".join(x for x in (h.zip_code, h.neighbourhood) if x), people(h.adults_expected, h.kids_expected),
                pretty(h.ticket_code), status)

    def background(self, h: HouseholdInfo) -> QColor | None:
        return CHECKED_IN_BG if h.arrival is not None else None

    def tooltip(self, h: HouseholdInfo, column: int) -> str | None:
        return h.notes


class RecentCheckInsModel(RowsTableModel):
    COL_TIME, COL_FAMILY, COL_PEOPLE, COL_DESK, COL_STATUS = range(5)
    _HEADERS = (QT_TRANSLATE_NOOP("RecentCheckInsModel", "Time"), QT_TRANSLATE_NOOP("RecentCheckInsModel", "Family"),
                QT_TRANSLATE_NOOP("RecentCheckInsModel", "People"), QT_TRANSLATE_NOOP("RecentCheckInsModel", "Desk"),
                QT_TRANSLATE_NOOP("RecentCheckInsModel", "Status"))

    def check_in(self, row: int) -> RecentCheckIn | None:
        return self.row(row)

    def cells(self, r: RecentCheckIn) -> tuple[str, ...]:
        return (clock.hhmm(r.at), r.family_name + (" " + self.tr("(walk-up)") if r.walk_up else ""),
                f"{r.adults} + {r.kids}", r.device, self.tr("Undone") if r.undone else self.tr("In"))

    def foreground(self, r: RecentCheckIn) -> QColor | None:
        return UNDONE_FG if r.undone else None

    def font(self, r: RecentCheckIn, column: int) -> QFont | None:
        if not (r.undone and column == self.COL_FAMILY):
            return None
        font = QFont()
        font.setStrikeOut(True)
        return font

    def tooltip(self, r: RecentCheckIn, column: int) -> str | None:
        undone = ""
        if r.undone:
            undone = " · " + (self.tr("undone: {reason}").format(reason=r.undo_reason) if r.undo_reason
                              else self.tr("undone"))
        return self.tr("{people} · ticket {code} · by {operator}").format(
            people=people(r.adults, r.kids), code=pretty(r.ticket_code), operator=r.operator) + undone
