"""Qt table models of the Donations screen (small, testable without widgets): donors, donations, receipts."""

from __future__ import annotations

from PySide6.QtGui import QColor

from nightout_desk import clock
from nightout_desk.services.donations.donors import DonorInfo
from nightout_desk.services.donations.gifts import DonationInfo
from nightout_desk.services.donations.receipts import ReceiptInfo
from nightout_desk.services.money import format_money
from nightout_desk.ui.rows_model import RowsTableModel

VOID_FG = QColor("#8a1c1c")
TODO_BG = QColor("#fff4d6")


def _date(d) -> str:  # noqa: ANN001
    return f"{d:%b} {d.day}, {d.year}" if d else ""


class DonorsModel(RowsTableModel):
    COL_DONOR, COL_GIFTS, COL_MONEY, COL_LAST_GIFT = range(4)
    _HEADERS = ("Donor", "Gifts", "Money given", "Last gift")
    RIGHT_ALIGNED = (COL_GIFTS, COL_MONEY)

    def cells(self, d: DonorInfo) -> tuple[str, ...]:
        return (d.name + (f" — {d.contact_name}" if d.contact_name else ""), str(d.gifts),
                format_money(d.money_cents) if d.money_cents else "—", _date(d.last_gift))

    def tooltip(self, d: DonorInfo, column: int) -> str:
        return "\n".join(x for x in (d.name, d.contact_name, *d.address_lines, d.phone, d.email) if x)


def receipt_state(d: DonationInfo) -> str:
    if d.is_void:
        return f"VOID — {d.void_reason}"
    if not d.receipt_number:
        return "no receipt yet"
    return f"{d.receipt_number} · {'printed' if d.receipt_printed else 'NOT PRINTED'}"


class DonationsModel(RowsTableModel):
    COL_DATE, COL_DONOR, COL_KIND, COL_WHAT, COL_IN_RETURN, COL_RECEIPT = range(6)
    _HEADERS = ("Date", "Donor", "Kind", "Amount / goods", "In return", "Receipt")

    def cells(self, d: DonationInfo) -> tuple[str, ...]:
        returned = f"yes, {format_money(d.returned_value_cents)}" if d.returned_description else ""
        return (_date(d.received_on), d.donor_name, d.kind_label, d.what, returned, receipt_state(d))

    def background(self, d: DonationInfo) -> QColor | None:
        return TODO_BG if not d.receipt_printed and not d.is_void else None

    def foreground(self, d: DonationInfo) -> QColor | None:
        return VOID_FG if d.is_void else None

    def tooltip(self, d: DonationInfo, column: int) -> str:
        lines = [d.what, f"Recorded by {d.recorded_by}"]
        if d.is_void:
            lines.append(f"VOID (counted nowhere): {d.void_reason} — by {d.voided_by} on "
                         f"{clock.local(d.voided_at):%b %d %H:%M}")
        if d.returned_description:
            lines.append(f"In return: {d.returned_description} ({format_money(d.returned_value_cents)})")
        if d.purpose:
            lines.append(f"Purpose: {d.purpose}")
        if d.estimated_value_cents:
            lines.append(f"Internal estimate (never printed): {format_money(d.estimated_value_cents)}")
        return "\n".join(lines)


class ReceiptsModel(RowsTableModel):
    COL_NUMBER, COL_DONOR, COL_CASH, COL_ISSUED, COL_STATUS = range(5)
    _HEADERS = ("Number", "Donor", "Cash", "Issued", "Status")
    RIGHT_ALIGNED = (COL_CASH,)

    def cells(self, r: ReceiptInfo) -> tuple[str, ...]:
        return (r.number + (" (summary)" if r.kind == "summary" else ""), r.donor_name, r.money_total or "—",
                f"{clock.local(r.issued_at):%b %d %H:%M}",
                r.status + (f" · replaces {r.reissue_of}" if r.reissue_of else ""))

    def foreground(self, r: ReceiptInfo) -> QColor | None:
        return VOID_FG if r.is_void else None

    def background(self, r: ReceiptInfo) -> QColor | None:
        return TODO_BG if not r.is_void and not r.print_count else None

    def tooltip(self, r: ReceiptInfo, column: int) -> str:
        lines = [f"Issued by {r.issued_by}"]
        if r.is_void:
            lines.append(f"VOID: {r.void_reason} — by {r.voided_by} on {clock.local(r.voided_at):%b %d %H:%M}")
        return "\n".join(lines)
