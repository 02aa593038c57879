"""The audit log, read-only: every change, who made it, on which laptop (newest first, filterable)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QTableView, QVBoxLayout

from nightout_desk import clock
from nightout_desk.services import audit
from nightout_desk.services.audit import AuditLine
from nightout_desk.services.context import Desk
from nightout_desk.ui.audit_actions import shown
from nightout_desk.ui.rows_model import RowsTableModel
from nightout_desk.ui.service_words import role_label


class AuditModel(RowsTableModel):
    COL_TIME, COL_WHO, COL_LAPTOP, COL_WHAT, COL_DETAILS, COL_BEFORE, COL_AFTER = range(7)
    _HEADERS = (QT_TRANSLATE_NOOP("AuditModel", "Time"), QT_TRANSLATE_NOOP("AuditModel", "Who"),
                QT_TRANSLATE_NOOP("AuditModel", "Laptop"), QT_TRANSLATE_NOOP("AuditModel", "What"),
                QT_TRANSLATE_NOOP("AuditModel", "Details"), QT_TRANSLATE_NOOP("AuditModel", "Before"),
                QT_TRANSLATE_NOOP("AuditModel", "After"))

    def __init__(self, rows: list[AuditLine], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.set_rows(rows)

    def cells(self, a: AuditLine) -> tuple[str, ...]:
        return (clock.local(a.at).strftime("%H:%M:%S"), f"{a.operator} ({role_label(a.role)})", a.device,
                shown(a.action), a.summary, a.before, a.after)

    def tooltip(self, a: AuditLine, column: int) -> str:
        return self.cells(a)[column]


class AuditDialog(QDialog):
    def __init__(self, desk: Desk, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log — every change tonight"))
        self.setObjectName("auditDialog")
        self.resize(1100, 600)
        self.filter = QLineEdit(objectName="auditFilter", placeholderText=self.tr("Filter: a name, an action, a "
                                                                                           "laptop…"))
        self.filter.setAccessibleName(self.tr("Filter the audit log"))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(AuditModel(audit.recent(desk, limit=5000), self))
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(objectName="auditTable")
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
