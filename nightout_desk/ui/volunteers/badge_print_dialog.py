"""The Badges print flow: choose the stock and who, preview, then print on the system printer or save as PDF.

Prints are counted (and reprints audited) once the pages were sent to a printer or saved.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.printers import paper as papers
from nightout_desk.printing import badges as badge_pdf
from nightout_desk.printing.progress import Cancelled, Progress
from nightout_desk.services.volunteers import badges
from nightout_desk.ui.messages import said, show_error
from nightout_desk.ui.pdf_job import make_pdf
from nightout_desk.ui.print_preview import PrintPreviewDialog
from nightout_desk.ui.state import AppState

WHO_LABELS = {"volunteers": QT_TRANSLATE_NOOP("BadgePrintDialog", "Volunteers' badges"),
              "households": QT_TRANSLATE_NOOP("BadgePrintDialog", "Households' ticket labels"),
              "all": QT_TRANSLATE_NOOP("BadgePrintDialog", "Both")}
STOCK_TITLES = {  # printing/badges.py STOCKS' titles, in the screens' language
    "avery-5392": QT_TRANSLATE_NOOP("BadgeStocks", "Avery 5392 — 4″ × 3″ name badges, 6 per Letter sheet"),
    "avery-5395": QT_TRANSLATE_NOOP("BadgeStocks", "Avery 5395 — 3⅜″ × 2⅓″ name badge labels, 8 per Letter sheet"),
    "dk-11202": QT_TRANSLATE_NOOP("BadgeStocks", "Brother DK-11202 — 62 × 100 mm labels, one per label"),
    "dk-22205": QT_TRANSLATE_NOOP("BadgeStocks", "Brother DK-22205 — 62 mm continuous tape, 90 mm per badge"),
    "a4-8": QT_TRANSLATE_NOOP("BadgeStocks", "A4 sheet — 99.1 × 67.7 mm badges, 8 per sheet (Avery L7165 die)"),
}


class BadgePrintDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None, volunteer_code: str | None = None,
                 volunteer_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("badgePrintDialog")
        self.state = state
        self.volunteer_code = volunteer_code
        self.setWindowTitle(self.tr("Reprint {name}'s badge").format(name=volunteer_name) if volunteer_code
                            else self.tr("Print badges"))
        self.pdf_path: Path | None = None
        self.sheet: badges.BadgeSheet | None = None
        self.preview: PrintPreviewDialog | None = None
        self.stock = QComboBox(objectName="badgeStock")
        self.stock.setAccessibleName(self.tr("Label stock"))
        for name, st in badge_pdf.STOCKS.items():
            title = STOCK_TITLES.get(name)
            self.stock.addItem(QCoreApplication.translate("BadgeStocks", title) if title else st.title, name)
        self.who = QComboBox(objectName="badgeWho")
        self.who.setAccessibleName(self.tr("Whose badges"))
        for key, label in WHO_LABELS.items():
            self.who.addItem(self.tr(label), key)
        self.only_unprinted = QCheckBox(self.tr("Only badges not printed yet"), objectName="badgeOnlyUnprinted")
        self.guides = QCheckBox(self.tr("Outline the labels (a test print on plain paper)"), objectName="badgeGuides")
        self.reason = QLineEdit(self.tr("lost badge"), objectName="reprintReason")
        self.reason.setAccessibleName(self.tr("Why the badge is reprinted"))
        form = QFormLayout()
        form.addRow(self.tr("&Stock:"), self.stock)
        if volunteer_code:
            form.addRow(self.tr("&Reason:"), self.reason)
        else:
            form.addRow(self.tr("&Print:"), self.who)
            form.addRow("", self.only_unprinted)
        form.addRow("", self.guides)
        self.summary = QLabel(objectName="badgePrintSummary", wordWrap=True)
        self.preview_button = QPushButton(self.tr("Preview…"), objectName="badgePreviewButton")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.open_preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(560, 220)
        for signal in (self.who.currentIndexChanged, self.only_unprinted.toggled, self.stock.currentIndexChanged):
            signal.connect(lambda *_: self.count())
        self.count()

    def count(self) -> None:
        """How many badges and sheets the current choices give, before anything is drawn."""
        try:
            sheet = badges.badge_sheet(self.state.desk, who=self.who.currentData(),
                                       only_unprinted=self.only_unprinted.isChecked(),
                                       volunteer_code=self.volunteer_code)
        except Exception as exc:  # noqa: BLE001
            self.summary.setText(said(exc))
            return
        n = len(sheet.badges)
        st = badge_pdf.STOCKS[self.stock.currentData()]
        pages = -(-n // st.per_page)
        printed = sum(1 for b in sheet.badges if b.times_printed)
        if not n:
            self.summary.setText(self.tr("Nothing to print."))
            return
        units = (self.tr("%n labels", "", pages) if st.per_page == 1 else self.tr("%n sheets", "", pages))
        self.summary.setText(self.tr("%n badges", "", n) + " → " + units
                             + (" " + self.tr("({printed} printed before)").format(printed=printed) if printed else ""))

    def make_pdf(self) -> Path | None:
        """Build the PDF for the current choices off the GUI thread (tests call this directly)."""
        desk, who, only_unprinted = self.state.desk, self.who.currentData(), self.only_unprinted.isChecked()
        code, stock_name, guides = self.volunteer_code, self.stock.currentData(), self.guides.isChecked()
        folder = Path(tempfile.mkdtemp(prefix="nightout-badges-"))
        path = folder / f"badges-{stock_name}.pdf"

        def work(progress: Progress, cancelled: Cancelled) -> tuple[badges.BadgeSheet, int]:
            sheet = badges.badge_sheet(desk, who=who, only_unprinted=only_unprinted, volunteer_code=code)
            if not sheet.badges:
                return sheet, 0
            return sheet, badge_pdf.render(sheet, stock_name, path, guides=guides, progress=progress,
                                           cancelled=cancelled)

        try:
            made = make_pdf(self, self.windowTitle(), work, self.tr("Drawing the badges…"))
        except Exception as exc:  # noqa: BLE001
            made = None
            show_error(self, self.tr("Cannot print badges"), exc)
        else:
            if made is None:
                self.summary.setText(self.tr("Stopped: no badges were made."))
        if made is None or not made[0].badges:
            shutil.rmtree(folder, ignore_errors=True)
        if made is None:
            return None
        self.sheet, pages = made
        if not self.sheet.badges:
            self.summary.setText(self.tr("Nothing to print: every badge was printed already.")
                                 if only_unprinted else self.tr("Nothing to print yet."))
            return None
        self.pdf_path = path
        n = len(self.sheet.badges)
        self.summary.setText(self.tr("{badges} on {pages}.").format(badges=self.tr("%n badges", "", n),
                                                                    pages=self.tr("%n pages", "", pages)))
        return self.pdf_path

    def open_preview(self) -> None:
        if self.make_pdf() is None:
            return
        stock = self.stock.currentData()
        title = f"Badges — {papers.short_name(badge_pdf.STOCKS[stock].title)} — {len(self.sheet.badges)}"
        self.preview = PrintPreviewDialog(self.pdf_path, self.windowTitle(), self, settings=self.state.settings,
                                          suggested_name=self.pdf_path.name, paper=papers.for_stock(stock),
                                          job_title=title)
        self.preview.exec()
        if self.preview.printed or self.preview.saved_to:
            self.record()

    def record(self) -> None:
        try:
            reprints = badges.record_printed(self.state.desk, self.sheet.badges, self.stock.currentData(),
                                             reason=self.reason.text() if self.volunteer_code else "")
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Prints not counted"), exc)
            return
        self.state.dataChanged.emit("volunteers")
        note = " " + self.tr("({reprints} reprinted)").format(reprints=reprints) if reprints else ""
        counted = self.tr("%n badges counted as printed{note}.", "", len(self.sheet.badges))
        self.summary.setText(counted.format(note=note))
        if self.volunteer_code:
            QMessageBox.information(self, self.tr("Reprinted"), self.tr("The reprint is counted and in the audit log."))
            self.accept()
