"""`nightout-desk gui --smoke-test`: the real start with nobody at the keyboard — "Who is at the desk?" answered as a
volunteer, every tab shown, then quit (exit 0, or 1 if a tab failed). How a built bundle is checked to start
(tests/test_bundle.py); run it on a fresh data folder, as the sign-in is recorded like any other."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget

from nightout_desk.ui.operator_dialog import OperatorDialog

log = logging.getLogger(__name__)
OPERATOR = "Smoke test"


def sign_in(dialog: OperatorDialog) -> None:
    """Answers the dialog as a volunteer (no PIN) as soon as its loop runs."""

    def answer() -> None:
        dialog.name.setCurrentText(OPERATOR)
        dialog.role.setCurrentIndex(dialog.role.findData("volunteer"))
        dialog.accept()

    QTimer.singleShot(0, answer)


def show_every_tab_then_quit(window: QMainWindow, tabs: QTabWidget) -> None:
    """Once the window is up: each tab shown in turn (screens are built when first shown), then the window closed."""

    def walk() -> None:
        if getattr(getattr(window, "state", None), "loading", False):  # the rest of the start is still loading
            QTimer.singleShot(100, walk)
            return
        try:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
            shown = ", ".join(tabs.tabText(i).replace("&", "") for i in range(tabs.count()))
        except Exception:  # reported as the test's failure, not a hang
            log.exception("smoke test: a tab failed")
            QApplication.exit(1)
            return
        if sys.stdout is not None:  # a windowed program on Windows has none
            print(f"Smoke test: {tabs.count()} tabs shown ({shown}).", flush=True)
        window.close()
        QApplication.exit(0)

    QTimer.singleShot(300, walk)
