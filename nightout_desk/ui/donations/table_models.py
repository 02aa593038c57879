"""Qt table models of the Donations screen (small, testable without widgets): donors, donations, receipts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from nightout_desk import clock
from nightout_desk.services.donations.donors import DonorInfo
from nightout_desk.services.donations.gifts import DonationInfo
from nightout_desk.services.donations.receipts import ReceiptInfo
from nightout_desk.services.money import format_money
from nightout_desk.ui.rows_model import RowsTableModel

VOID_FG = QColor("#8a1c1c")
TODO_BG = QColor("#fff4d6")
translate = QCoreApplication.translate
KINDS = {  # services/donations/gifts.py KIND_LABELS, in the screens' language
    "cash": QT_TRANSLATE_NOOP("DonationKinds", "Cash"),
    "check": QT_TRANSLATE_NOOP("DonationKinds", "Check"),
    "card": QT_TRANSLATE_NOOP("DonationKinds", "Card / online"),
    "gift card": QT_TRANSLATE_NOOP("DonationKinds", "Gift card"),
    "in-kind": QT_TRANSLATE_NOOP("DonationKinds", "Goods (in-kind)"),
    "services": QT_TRANSLATE_NOOP("DonationKinds", "Services"),
}
MONTHS = (
    QT_TRANSLATE_NOOP("DonationDates", "Jan"),
    QT_TRANSLATE_NOOP("DonationDates", "Feb"),
    QT_TRANSLATE_NOOP("DonationDates", "Mar"),
    QT_TRANSLATE_NOOP("DonationDates", "Apr"),
    QT_TRANSLATE_NOOP("DonationDates", "May"),
    QT_TRANSLATE_NOOP("DonationDates", "Jun"),
    QT_TRANSLATE_NOOP("DonationDates", "Jul"),
    QT_TRANSLATE_NOOP("DonationDates", "Aug"),
    QT_TRANSLATE_NOOP("DonationDates", "Sep"),
    QT_TRANSLATE_NOOP("DonationDates", "Oct"),
    QT_TRANSLATE_NOOP("DonationDates", "Nov"),
    QT_TRANSLATE_NOOP("DonationDates", "Dec"),
)


def kind_label(kind: str) -> str:
    """A kind of gift in the screens' language (what a service does not know is shown as it is)."""
    return translate("DonationKinds", KINDS[kind]) if kind in KINDS else kind


def _month(d) -> str:  # noqa: ANN001
    return translate("DonationDates", MONTHS[d.month - 1])


def _date(d) -> str:  # noqa: ANN001
    """"Aug 4, 2026" / "4 ago 2026" (the OS locale is not asked: the screens' language is)."""
    if not d:
        return ""
    return translate("DonationDates", "{month} {day}, {year}").format(month=_month(d), day=d.day, year=d.year)


def _stamp(at) -> str:  # noqa: ANN001
    """"Aug 04 19:32": a receipt's or a void's moment."""
    t = clock.local(at)
    return translate("DonationDates", "{month} {day} {time}").format(month=_month(t), day=f"{t.day:02d}",
                                                                     time=f"{t:%H:%M}")


class DonorsModel(RowsTableModel):
    COL_DONOR, COL_GIFTS, COL_MONEY, COL_LAST_GIFT = range(4)
    _HEADERS = (QT_TRANSLATE_NOOP("DonorsModel", "Donor"), QT_TRANSLATE_NOOP("DonorsModel", "Gifts"),
                QT_TRANSLATE_NOOP("DonorsModel", "Money given"), QT_TRANSLATE_NOOP("DonorsModel", "Last gift"))
    RIGHT_ALIGNED = (COL_GIFTS, COL_MONEY)

    def cells(self, d: DonorInfo) -> tuple[str, ...]:
        return (d.name + (f" — {d.contact_name}" if d.contact_name else ""), str(d.gifts),
                format_money(d.money_cents) if d.money_cents else "—", _date(d.last_gift))

    def tooltip(self, d: DonorInfo, column: int) -> str:
        return "\n".join(x for x in (d.name, d.contact_name, *d.address_lines, d.phone, d.email) if x)


def receipt_state(d: DonationInfo) -> str:
    if d.is_void:
        return translate("DonationsModel", "VOID — {reason}").format(reason=d.void_reason)
    if not d.receipt_number:
        return translate("DonationsModel", "no receipt yet")
    printed = translate("DonationsModel", "printed") if d.receipt_printed else translate("DonationsModel",
                                                                                           "NOT PRINTED")
    return f"{d.receipt_number} · {printed}"


class DonationsModel(RowsTableModel):
    COL_DATE, COL_DONOR, COL_KIND, COL_WHAT, COL_IN_RETURN, COL_RECEIPT = range(6)
    _HEADERS = (QT_TRANSLATE_NOOP("DonationsModel", "Date"), QT_TRANSLATE_NOOP("DonationsModel", "Donor"),
                QT_TRANSLATE_NOOP("DonationsModel", "Kind"), QT_TRANSLATE_NOOP("DonationsModel", "Amount / goods"),
                QT_TRANSLATE_NOOP("DonationsModel", "In return"), QT_TRANSLATE_NOOP("DonationsModel", "Receipt"))

    def cells(self, d: DonationInfo) -> tuple[str, ...]:
        returned = (self.tr("yes, {value}").format(value=format_money(d.returned_value_cents))
                    if d.returned_description else "")
        return (_date(d.received_on), d.donor_name, kind_label(d.kind), d.what, returned, receipt_state(d))

    def background(self, d: DonationInfo) -> QColor | None:
        return TODO_BG if not d.receipt_printed and not d.is_void else None

    def foreground(self, d: DonationInfo) -> QColor | None:
        return VOID_FG if d.is_void else None

    def tooltip(self, d: DonationInfo, column: int) -> str:
        lines = [d.what, self.tr("Recorded by {who}").format(who=d.recorded_by)]
        if d.is_void:
            lines.append(self.tr("VOID (counted nowhere): {reason} — by {who} on {when}").format(
                reason=d.void_reason, who=d.voided_by, when=_stamp(d.voided_at)))
        if d.returned_description:
            lines.append(self.tr("In return: {what} ({value})").format(
                what=d.returned_description, value=format_money(d.returned_value_cents)))
        if d.purpose:
            lines.append(self.tr("Purpose: {purpose}").format(purpose=d.purpose))
        if d.estimated_value_cents:
            lines.append(self.tr("Internal estimate (never printed): {value}").format(
                value=format_money(d.estimated_value_cents)))
        return "\n".join(lines)


class ReceiptsModel(RowsTableModel):
    COL_NUMBER, COL_DONOR, COL_CASH, COL_ISSUED, COL_STATUS = range(5)
    _HEADERS = (QT_TRANSLATE_NOOP("ReceiptsModel", "Number"), QT_TRANSLATE_NOOP("ReceiptsModel", "Donor"),
                QT_TRANSLATE_NOOP("ReceiptsModel", "Cash"), QT_TRANSLATE_NOOP("ReceiptsModel", "Issued"),
                QT_TRANSLATE_NOOP("ReceiptsModel", "Status"))
    RIGHT_ALIGNED = (COL_CASH,)

    def status(self, r: ReceiptInfo) -> str:
        """ReceiptInfo.status in the screens' language."""
        if r.is_void:
            if r.replaced_by:
                return self.tr("VOID — replaced by {number}").format(number=r.replaced_by)
            return self.tr("VOID — {reason}").format(reason=r.void_reason) if r.void_reason else self.tr("VOID")
        return self.tr("printed ×{n}").format(n=r.print_count) if r.print_count else self.tr("not printed yet")

    def cells(self, r: ReceiptInfo) -> tuple[str, ...]:
        summary = " " + self.tr("(summary)") if r.kind == "summary" else ""
        replaces = " · " + self.tr("replaces {number}").format(number=r.reissue_of) if r.reissue_of else ""
        return (r.number + summary, r.donor_name, r.money_total or "—", _stamp(r.issued_at), self.status(r) + replaces)

    def foreground(self, r: ReceiptInfo) -> QColor | None:
        return VOID_FG if r.is_void else None

    def background(self, r: ReceiptInfo) -> QColor | None:
        return TODO_BG if not r.is_void and not r.print_count else None

    def tooltip(self, r: ReceiptInfo, column: int) -> str:
        lines = [self.tr("Issued by {who}").format(who=r.issued_by)]
        if r.is_void:
            lines.append(self.tr("VOID: {reason} — by {who} on {when}").format(
                reason=r.void_reason, who=r.voided_by, when=_stamp(r.voided_at)))
        return "\n".join(lines)
