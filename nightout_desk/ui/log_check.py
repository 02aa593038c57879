"""Help › Check the log: whether every laptop's chain in the audit log is whole, and where one breaks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from nightout_desk.services import audit_check
from nightout_desk.services.context import Desk

translate = QCoreApplication.translate


def show_log_check(parent: QWidget, desk: Desk) -> QMessageBox:
    """Check every event's log in this database and say so in a box (not blocking: the desk keeps working)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        check = audit_check.verify(desk.db)
    finally:
        QApplication.restoreOverrideCursor()
    box = QMessageBox(QMessageBox.Icon.Information if check.whole else QMessageBox.Icon.Warning,
                      translate("LogCheck", "Check the log"), check.verdict,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("logCheckBox")
    box.setAccessibleName(translate("LogCheck", "The audit log check"))
    if not check.whole:
        box.setInformativeText(check.lines()[0])
        box.setDetailedText("\n".join(check.lines()))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
