"""The Reports screen: the night in one minute (the PDF's first page), the charts, and Print / Save PDF / CSV.

The screen shows the report in the screens' language (ui/language.screens_language), and so do the CSV tables saved
from it; the PDF is in the event's language, as every printout is.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.printing.progress import Cancelled, Progress
from nightout_desk.printing.report_pdf import render_report
from nightout_desk.printing.report_summary import tiles, worth_knowing
from nightout_desk.services.report import NightReport, build_report
from nightout_desk.services.report.tables import write_report_csv
from nightout_desk.ui.language import screens_language
from nightout_desk.ui.look import scaled
from nightout_desk.ui.messages import show_error
from nightout_desk.ui.pdf_job import make_pdf
from nightout_desk.ui.reports import charts
from nightout_desk.ui.state import AppState

AUTO_REFRESH_S = 60  # the main window asks every few seconds; the report is rebuilt at most once a minute


class ReportsTab(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.report: NightReport | None = None
        self.built_at = 0.0
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(self.tr("End-of-night report"))
        scaled(heading, 1.4, bold=True)
        top.addWidget(heading)
        self.when = QLabel("", objectName="reportGeneratedAt")
        top.addWidget(self.when, 1)
        for text, name, slot in ((self.tr("Refresh"), "refreshReportButton", self.reload),
                                 (self.tr("Print / preview…"), "printReportButton", self.print_report),
                                 (self.tr("Save PDF…"), "saveReportPdfButton", self.save_pdf),
                                 (self.tr("Save CSV tables…"), "saveReportCsvButton", self.save_csv)):
            b = QPushButton(text, objectName=name)
            b.setAccessibleName(text.rstrip("…"))
            b.clicked.connect(slot)
            top.addWidget(b)
        outer.addLayout(top)
        self.scroll = QScrollArea(objectName="reportScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)
        self.reload()

    # --- building ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if time.monotonic() - self.built_at > AUTO_REFRESH_S:
            self.reload()

    def reload(self) -> None:
        try:
            report = build_report(self.state.desk, language=screens_language())
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("The report could not be made"), exc)
            return
        self._show(report)

    def _show(self, report: NightReport) -> None:
        self.report = report
        self.built_at = time.monotonic()
        self.when.setText("   " + self.tr("as of {time}").format(time=f"{report.generated_at:%H:%M}"))
        self.scroll.setWidget(self._page(report))

    def _page(self, r: NightReport) -> QWidget:
        page = QWidget(objectName="reportPage")
        layout = QVBoxLayout(page)
        grid = QGridLayout()
        for i, (label, value, sub, change) in enumerate(tiles(r)):
            grid.addWidget(self._tile(label, value, sub, change, i), i // 5, i % 5)
        layout.addLayout(grid)
        notes = worth_knowing(r)
        if notes:
            worth = QLabel(self.tr("<b>Worth knowing:</b> {notes}").format(notes=" · ".join(notes)),
                           objectName="reportNotes")
            worth.setWordWrap(True)
            layout.addWidget(worth)
        charts_grid = QGridLayout()
        for i, w in enumerate(self._charts(r)):
            charts_grid.addWidget(w, i // 2, i % 2)
        layout.addLayout(charts_grid)
        layout.addStretch(1)
        return page

    def _tile(self, label: str, value: str, sub: str, change: str, i: int) -> QFrame:
        frame = QFrame(objectName=f"reportTile{i}")
        frame.setStyleSheet(f"QFrame#reportTile{i}{{background:#F5F7FA;border-left:4px solid #C9A227;"
                            f"border-radius:4px;}}")
        v = QVBoxLayout(frame)
        v.setContentsMargins(10, 6, 8, 6)
        v.setSpacing(1)
        title = QLabel(label)
        title.setStyleSheet("color:#5F6B7A;font-weight:bold;font-size:11px;")
        big = QLabel(value, objectName=f"reportTileValue{i}")
        big.setStyleSheet("color:#1F3A5F;font-weight:bold;font-size:20px;")
        big.setAccessibleName(self.tr("{label}: {value}").format(label=label, value=value))
        detail = QLabel(sub)
        detail.setWordWrap(True)
        v.addWidget(title)
        v.addWidget(big)
        v.addWidget(detail)
        if change:
            trend = QLabel(change)
            trend.setStyleSheet("color:#2F6B3A;font-weight:bold;" if "▲" in change else
                                "color:#9B2C2C;font-weight:bold;" if "▼" in change else "font-weight:bold;")
            v.addWidget(trend)
        return frame

    def _charts(self, r: NightReport) -> list[QWidget]:
        out: list[QWidget] = []
        a = r.attendance
        if a:
            labels = [s.label for s in a.slots]
            out.append(charts.time_bars(self.tr("People arriving per 15 minutes"), "chartArrivals", labels,
                                        [s.people for s in a.slots]))
            out.append(charts.line(self.tr("People on site over time (checked in so far)"), "chartOnSite", labels,
                                   [s.on_site for s in a.slots]))
            out.append(charts.hbars(self.tr("Households by neighbourhood"), "chartNeighbourhoods",
                                    [g.name for g in a.by_neighbourhood], [g.households for g in a.by_neighbourhood]))
            out.append(charts.pie(self.tr("Walk-ups and pre-registered households"), "chartWalkUps",
                                  [(g.name, g.households) for g in (a.pre_registered, a.walk_ups)]))
        else:
            out.append(charts.no_data(self.tr("Attendance"), "chartArrivals", self.tr("nobody has been checked in.")))
        if r.stations:
            counted = [x for x in r.stations.lines if x.participants]
            out.append(charts.hbars(self.tr("Participants by station"), "chartStations", [x.name for x in counted],
                                    [x.participants for x in counted], charts.BLUE))
        else:
            out.append(charts.no_data(self.tr("Stations"), "chartStations", self.tr("no station has counted anybody.")))
        v = r.volunteers
        if v:
            out.append(charts.hbars(self.tr("Volunteer hours by station"), "chartHoursByStation",
                                    [x.name for x in v.by_station], [x.hours for x in v.by_station],
                                    fmt="@value h"))
            out.append(charts.hbars(self.tr("Volunteer hours by organization"), "chartHoursByOrganization",
                                    [x.name for x in v.by_organization], [x.hours for x in v.by_organization],
                                    fmt="@value h"))
        else:
            out.append(charts.no_data(self.tr("Volunteer hours"), "chartHoursByStation", self.tr("no hours recorded.")))
        d = r.donations
        if d:
            out.append(charts.hbars(self.tr("Donations by kind — %n donors", "", d.donors), "chartDonations",
                                    [k.kind for k in d.by_kind], [k.cents / 100 for k in d.by_kind], charts.GOLD,
                                    fmt="$@value"))
        else:
            out.append(charts.no_data(self.tr("Donations"), "chartDonations", self.tr("no donations recorded.")))
        g = r.giveaways
        if g:
            out.append(charts.stock(self.tr("Giveaway stock: handed out and left"), "chartGiveaways",
                                    [(x.item, x.handed_out, x.left) for x in g.items]))
        else:
            out.append(charts.no_data(self.tr("Giveaway stock"), "chartGiveaways", self.tr("no stock recorded.")))
        incidents = QLabel(objectName="reportIncidents")
        incidents.setWordWrap(True)
        heading = self.tr("<b>Incidents and notes</b>")
        if r.incidents:
            lines = [self._incident(r, i) for i in r.incidents]
            incidents.setText("<br>".join([heading, *lines]))
        else:
            incidents.setText("<br>".join([heading, self.tr("No incidents recorded tonight.")]))
        out.append(incidents)
        return out

    def _incident(self, r: NightReport, i) -> str:  # noqa: ANN001 - one incident line of the report
        kind = r.words.label(f"incident.{i.kind}", i.kind)
        where = self.tr("{kind} at {station}").format(kind=kind, station=i.station) if i.station else kind
        if i.resolved:
            state = self.tr("resolved: {how}").format(how=i.resolution)
        else:
            state = self.tr("note") if i.kind == "note" else self.tr("OPEN")
        return self.tr("<b>{time}</b> {where}: {description} — <i>{state}</i>").format(
            time=f"{i.at:%H:%M}", where=where, description=i.description, state=state)

    # --- output ------------------------------------------------------------------------------------------------------
    def _render(self, out: Path, title: str) -> Path | None:
        """The report as of now, built and written off the GUI thread (Cancel: no file); the screen then shows the
        same report as the PDF. None when cancelled or failed (said in one sentence)."""
        desk = self.state.desk

        shown = screens_language()

        def work(progress: Progress, cancelled: Cancelled) -> tuple[NightReport, Path]:
            report = build_report(desk)  # the event's language
            path = render_report(report, out, progress, cancelled)
            return (report if report.language == shown else build_report(desk, language=shown)), path

        try:
            made = make_pdf(self, self.tr("End-of-night report"), work, self.tr("Making the report…"))
        except Exception as exc:  # noqa: BLE001
            show_error(self, title, exc)
            return None
        if made is None:
            return None
        self._show(made[0])
        return made[1]

    def _file_name(self) -> str:
        r = self.report
        return f"night-out-report-{r.event_date:%Y-%m-%d}.pdf" if r else "night-out-report.pdf"

    def print_report(self) -> None:
        from nightout_desk.ui.print_preview import PrintPreviewDialog

        folder = Path(tempfile.mkdtemp(prefix="nightout-report-"))
        path = self._render(folder / "report.pdf", self.tr("The report PDF could not be made"))
        if path is None:
            shutil.rmtree(folder, ignore_errors=True)
            return
        PrintPreviewDialog(path, self.tr("End-of-night report"), self, settings=self.state.settings,
                           suggested_name=self._file_name()).exec()

    def save_pdf(self, target: str | None = None) -> Path | None:
        target = target or QFileDialog.getSaveFileName(self, self.tr("Save the report as PDF"), self._file_name(),
                                                       self.tr("PDF files (*.pdf)"))[0]
        if not target:
            return None
        return self._render(Path(target), self.tr("The report was not saved"))

    def save_csv(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the report's tables (CSV) in which folder?"))
        if not folder or self.report is None:
            return
        try:
            written = write_report_csv(self.report, Path(folder))
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("The tables were not saved"), exc)
            return
        QMessageBox.information(self, self.tr("Saved"), self.tr("%n CSV tables written to {folder}.", "",
                                                                len(written)).format(folder=folder))
