"""Qt table models of the Donations screen (small, testable without widgets): donors, donations, receipts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from nightout_desk import clock
from nightout_desk.services.donations.donors import DonorInfo
from nightout_desk.services.donations.gifts import DonationInfo
from nightout_desk.services.donations.receipts import ReceiptInfo
from nightout_desk.services.money import format_money
from nightout_desk.ui.rows_model import RowsTableModel

VOID_FG = QColor("#8a1c1c")
TODO_BG = QColor("#fff4d6")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RowsModel(RowsTableModel):
    """A read-only table of frozen dataclasses: one (header, text-of-row) pair per column."""

    COLUMNS: tuple[tuple[str, Callable[[Any], str]], ...] = ()
    RIGHT_ALIGNED: tuple[int, ...] = ()

    def headers(self) -> tuple[str, ...]:
        return tuple(header for header, _text in self.COLUMNS)

    def row(self, index: int):  # noqa: ANN201
        return self.row_at(index)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.COLUMNS[index.column()][1](item)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT_ALIGNED:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.background(item)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.foreground(item)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item) or None
        return None

    def background(self, item) -> QColor | None:  # noqa: ANN001
        return None

    def foreground(self, item) -> QColor | None:  # noqa: ANN001
        return None

    def tooltip(self, item) -> str:  # noqa: ANN001
        return ""


def _date(d) -> str:  # noqa: ANN001
    return f"{d:%b} {d.day}, {d.year}" if d else ""


class DonorsModel(RowsModel):
    COLUMNS = (
        ("Donor", lambda d: d.name + (f" — {d.contact_name}" if d.contact_name else "")),
        ("Gifts", lambda d: str(d.gifts)),
        ("Money given", lambda d: format_money(d.money_cents) if d.money_cents else "—"),
        ("Last gift", lambda d: _date(d.last_gift)),
    )
    RIGHT_ALIGNED = (1, 2)

    def tooltip(self, d: DonorInfo) -> str:
        return "\n".join(x for x in (d.name, d.contact_name, *d.address_lines, d.phone, d.email) if x)


def receipt_state(d: DonationInfo) -> str:
    if not d.receipt_number:
        return "no receipt yet"
    return f"{d.receipt_number} · {'printed' if d.receipt_printed else 'NOT PRINTED'}"


class DonationsModel(RowsModel):
    COLUMNS = (
        ("Date", lambda d: _date(d.received_on)),
        ("Donor", lambda d: d.donor_name),
        ("Kind", lambda d: d.kind_label),
        ("Amount / goods", lambda d: d.what),
        ("In return", lambda d: f"yes, {format_money(d.returned_value_cents)}" if d.returned_description else ""),
        ("Receipt", receipt_state),
    )
    RIGHT_ALIGNED = ()

    def background(self, d: DonationInfo) -> QColor | None:
        return TODO_BG if not d.receipt_printed else None

    def tooltip(self, d: DonationInfo) -> str:
        lines = [d.what, f"Recorded by {d.recorded_by}"]
        if d.returned_description:
            lines.append(f"In return: {d.returned_description} ({format_money(d.returned_value_cents)})")
        if d.purpose:
            lines.append(f"Purpose: {d.purpose}")
        if d.estimated_value_cents:
            lines.append(f"Internal estimate (never printed): {format_money(d.estimated_value_cents)}")
        return "\n".join(lines)


class ReceiptsModel(RowsModel):
    COLUMNS = (
        ("Number", lambda r: r.number + (" (summary)" if r.kind == "summary" else "")),
        ("Donor", lambda r: r.donor_name),
        ("Cash", lambda r: r.money_total or "—"),
        ("Issued", lambda r: f"{clock.local(r.issued_at):%b %d %H:%M}"),
        ("Status", lambda r: r.status + (f" · replaces {r.reissue_of}" if r.reissue_of else "")),
    )
    RIGHT_ALIGNED = (2,)

    def foreground(self, r: ReceiptInfo) -> QColor | None:
        return VOID_FG if r.is_void else None

    def background(self, r: ReceiptInfo) -> QColor | None:
        return TODO_BG if not r.is_void and not r.print_count else None

    def tooltip(self, r: ReceiptInfo) -> str:
        lines = [f"Issued by {r.issued_by}"]
        if r.is_void:
            lines.append(f"VOID: {r.void_reason} — by {r.voided_by} on {clock.local(r.voided_at):%b %d %H:%M}")
        return "\n".join(lines)
