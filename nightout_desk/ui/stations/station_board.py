"""The station board: a full-screen window for a second monitor or a TV at the info booth — what is open now,
the next demonstrations with live countdowns, who is on duty where. Large, high-contrast, refreshing itself.

Every status is a word on a coloured chip (OPEN, PAUSED with its reason, CLOSED): colour is the second signal,
never the only one. Text scales with the window and shrinks until every station fits; a line too long for its
place ends in "…" (the whole text stays in its tooltip and accessible name), and a demonstration's time and
countdown are never the part cut off.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from nightout_desk import clock
from nightout_desk.services.stations import board as station_board
from nightout_desk.services.stations.board import BoardSnapshot, StationRow
from nightout_desk.services.stations.schedule import DemonstrationInfo
from nightout_desk.ui.state import AppState
from nightout_desk.ui.stations.words import reason_of, status_text, when_words

REFRESH_MS = 5000
BACKGROUND = "#0F2239"
PANEL = "#16304F"
GOLD = "#F2C14E"
MUTED = "#B8C7D9"
NOW = "#8EE59B"  # a demonstration running now: green, and the word "now"
CHIPS = {"open": ("#2E7D32", QT_TRANSLATE_NOOP("StationBoard", "OPEN")),
         "paused": ("#B26A00", QT_TRANSLATE_NOOP("StationBoard", "PAUSED")),
         "closed": ("#555E68", QT_TRANSLATE_NOOP("StationBoard", "CLOSED")),
         "setting up": ("#1F5FA8", QT_TRANSLATE_NOOP("StationBoard", "SETTING UP"))}
ORDER = {"open": 0, "paused": 1, "setting up": 2, "closed": 3}
MAX_DEMOS = 5
translate = QCoreApplication.translate


def hint() -> str:
    return translate("StationBoard", "Esc or F11: leave full screen · this board refreshes by itself")


_open_boards: list[StationBoard] = []


class BoardLine(QLabel):
    """One line of board text that never widens the board. Too long for its place, its beginning gives way: to
    `short` when there is one ("Demo" for a long title), else to "…"; `keep`, the ending, is never cut
    (" at 19:30 · in 12 min"). `text()`, the tooltip and the accessible name keep the whole line."""

    def __init__(self, text: str = "", keep: str = "", name: str = "", short: str = "") -> None:
        super().__init__()
        if name:
            self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)
        self.set_line(text, keep, short)

    def set_line(self, text: str, keep: str = "", short: str = "") -> None:
        self.head, self.keep, self.short = text, keep, short
        self.setText(text + keep)
        self.setToolTip(text + keep)
        self.setAccessibleName(text + keep)

    def shown(self) -> str:
        """The line as painted: the whole text, else `short` + `keep`, else the beginning and "…" + `keep`."""
        self.ensurePolished()  # measured in the style sheet's font, also before the board is first shown
        width, metrics = self.contentsRect().width(), self.fontMetrics()
        if metrics.horizontalAdvance(self.text()) <= width:
            return self.text()
        head = self.short if self.short and metrics.horizontalAdvance(self.short + self.keep) <= width else self.head
        room = max(0, width - metrics.horizontalAdvance(self.keep))
        return metrics.elidedText(head, Qt.TextElideMode.ElideRight, room) + self.keep

    def natural_width(self) -> int:
        self.ensurePolished()  # the style sheet's font, not the default one
        return self.fontMetrics().horizontalAdvance(self.text()) + 2

    def is_cut(self) -> bool:
        """True when the painted line lost words to "…" (giving way to `short` is not cutting)."""
        return "…" in self.shown() and "…" not in self.text()

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(), self.isEnabled(),
                                  self.shown(), QPalette.ColorRole.WindowText)


def _look(label: QLabel, px: float, bold: bool = False, color: str = "white", extra: str = "") -> QLabel:
    """Size, weight and colour of a label (kept, so that a countdown can change colour alone)."""
    label.setProperty("look", (px, bold, extra))
    label.setProperty("colour", color)
    label.setStyleSheet(f"color:{color};font-size:{max(8, round(px))}px;{'font-weight:bold;' if bold else ''}{extra}")
    return label


def _recolour(label: QLabel, color: str) -> None:
    if label.property("colour") != color:
        _look(label, *label.property("look")[:2], color, label.property("look")[2])


def station_details(st: StationRow) -> str:
    """'Ball field · On duty: Isabella Nguyễn, Liam Jackson' (at most three names, then '+2 more'; 'Expected:'
    when nobody booked has clocked in yet)."""
    parts = [st.location] if st.location else []
    if st.staffing is not None and st.staffing.on_duty:
        names = list(st.staffing.on_duty)
        more = " " + translate("StationBoard", "+{more} more").format(more=len(names) - 3) if len(names) > 3 else ""
        said = (translate("StationBoard", "Expected: {names}") if st.staffing.booked_only
                else translate("StationBoard", "On duty: {names}"))
        parts.append(said.format(names=", ".join(names[:3]) + more))
    return "  ·  ".join(parts)


def station_line(st: StationRow) -> str:
    """The name, and a pause's reason after it: 'Bounce house — Blower tripped the breaker'."""
    reason = reason_of(st)
    return st.name + (f" — {reason}" if reason else "")


class StationBoard(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.state = state
        self.snapshot: BoardSnapshot | None = None
        self.unit = 11.0
        self.setObjectName("stationBoard")
        self.setWindowTitle(self.tr("Station board"))
        self.setAccessibleName(self.tr("Station board"))
        self.setStyleSheet(f"QWidget#stationBoard{{background:{BACKGROUND};}}"
                           f"QFrame[panel='true']{{background:{PANEL};border-radius:14px;}}")
        self.setAutoFillBackground(True)
        root = QVBoxLayout(self)
        root.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the board fits itself to the window
        root.setContentsMargins(28, 14, 28, 10)
        root.setSpacing(10)
        head = QHBoxLayout()
        self.event_label = BoardLine(name="boardEvent")
        self.clock_label = QLabel("", objectName="boardClock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.event_label, 1)
        head.addWidget(self.clock_label)
        root.addLayout(head)
        body = QHBoxLayout()
        body.setSpacing(20)
        self.stations_panel, self.stations_grid = self._panel(self.tr("Stations now"), "boardStations")
        self.demos_panel, self.demos_grid = self._panel(self.tr("Next demonstrations"), "boardDemos")
        body.addWidget(self.stations_panel, 11)
        body.addWidget(self.demos_panel, 9)
        root.addLayout(body, 1)
        self.hint = QLabel(hint(), objectName="boardHint")
        root.addWidget(self.hint)
        self.countdowns: list[tuple[QLabel, DemonstrationInfo, str]] = []  # (label, demo, how it is worded)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.leave_full_screen)
        self.refresher = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self.ticker = QTimer(self, interval=1000, timeout=self.tick)
        self.refresher.start()
        self.ticker.start()
        self.refresh()

    def _panel(self, title: str, name: str) -> tuple[QFrame, QGridLayout]:
        frame = QFrame(objectName=name)
        frame.setProperty("panel", True)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(20, 10, 20, 12)
        label = QLabel(title.upper(), objectName=f"{name}Title")
        layout.addWidget(label)
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        grid.setHorizontalSpacing(14)
        layout.addLayout(grid)
        layout.addStretch(1)
        return frame, grid

    # --- sizes follow the window, so a TV across the tent reads it ----------------------------------------------
    def _largest_unit(self) -> float:
        return max(9.0, min(self.height() / 34, self.width() / 60))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._render()

    # --- data ------------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.snapshot = station_board.snapshot(self.state.desk)
        except Exception:  # noqa: BLE001 - the board keeps its last picture when the database blinks
            self.hint.setText(self.tr("Database not reachable — showing the last known board, retrying"))
            return
        self.hint.setText(hint())
        self._render()

    def _clear(self, layout: QLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            inner, widget = item.layout(), item.widget()
            if inner is not None:
                self._clear(inner)
                inner.deleteLater()
            elif widget is not None:  # gone at once: findChild() and tests see only the new board
                widget.setParent(None)
                widget.deleteLater()
        if isinstance(layout, QGridLayout):
            for column in range(layout.columnCount()):
                layout.setColumnStretch(column, 0)
                layout.setColumnMinimumWidth(column, 0)
            for row in range(layout.rowCount()):
                layout.setRowMinimumHeight(row, 0)

    def _render(self) -> None:
        """Build the board at the largest text size at which every station fits the window's height and no line
        is cut; text shrinks to a quarter smaller for a long line, as far as needed for the height."""
        if self.snapshot is None:
            return
        largest = unit = self._largest_unit()
        for _ in range(20):
            self._build(unit)
            self.tick()  # the countdowns' words are part of what must fit
            tall_enough = self._fits_height()
            if unit <= 9 or (tall_enough and (unit <= largest * 0.75 or not self.cut_lines())):
                break
            unit = max(9.0, unit * 0.94)

    def _lay_out(self) -> None:
        """Place every line now, at the window's size (Qt waits until a hidden window is shown)."""
        self.layout().activate()
        self.layout().setGeometry(self.rect())
        for frame in (self.stations_panel, self.demos_panel):  # each panel's layout is its own
            frame.layout().activate()
            frame.layout().setGeometry(frame.rect())

    def _fits_height(self) -> bool:
        self._lay_out()
        return all(frame.layout().sizeHint().height() <= frame.height()
                   for frame in (self.stations_panel, self.demos_panel)) and \
            self.layout().sizeHint().height() <= self.height()

    def cut_lines(self) -> list[BoardLine]:
        """Lines shown shortened with "…" (none, when the board fits)."""
        self._lay_out()
        return [line for line in self.findChildren(BoardLine) if line.is_cut()]

    def _build(self, unit: float) -> None:
        snap = self.snapshot
        self.unit = unit
        self.countdowns = []
        self.event_label.set_line(snap.event_name)
        _look(self.event_label, unit * 1.5, True)
        _look(self.clock_label, unit * 2.0, True, GOLD)
        _look(self.hint, unit * 0.62, color="#8FA3BA")
        for frame in (self.stations_panel, self.demos_panel):
            _look(frame.findChild(QLabel, f"{frame.objectName()}Title"), unit * 0.95, True, GOLD, "letter-spacing:2px;")
        self._build_stations(snap, unit)
        self._build_demos(snap, unit)
        for frame in (self.stations_panel, self.demos_panel):  # shown now, not at the next event: laid out and
            for label in frame.findChildren(QLabel):           # measured at once
                label.setVisible(True)

    def _build_stations(self, snap: BoardSnapshot, unit: float) -> None:
        grid = self.stations_grid
        self._clear(grid)
        rows = sorted((s for s in snap.stations if s.kind != "check-in"), key=lambda s: ORDER.get(s.status, 9))
        chips, name_width = [], 0
        for i, st in enumerate(rows):
            colour, word = CHIPS.get(st.status, ("#555E68", st.status.upper()))
            word = self.tr(word) if st.status in CHIPS else word
            chip = _look(QLabel(word, objectName=f"boardStatus{i}"), unit * 0.72, True, "white",
                         f"background:{colour};border-radius:6px;padding:2px 8px;")
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setAccessibleName(f"{st.name}: {status_text(st)}")
            chips.append(chip)
            grid.addWidget(chip, i * 2, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            name = _look(BoardLine(station_line(st), name=f"boardStation{i}"), unit * 1.05, True)
            words = station_details(st)
            demo = st.demo
            if demo is None:  # without a second line, the name takes both (beside the chip)
                grid.addWidget(name, i * 2, 1, 1 if words else 2, 2)
            else:  # the name as wide as it needs, the demonstration the rest of the line
                name_width = max(name_width, name.natural_width())
                grid.addWidget(name, i * 2, 1)
                when = _look(BoardLine(name=f"boardStationDemo{i}", short=self.tr("Demo")), unit * 0.85, True, GOLD)
                when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(when, i * 2, 2)
                self.countdowns.append((when, demo, "station"))
            if words:
                details = _look(BoardLine(words, name=f"boardStationDetails{i}"), unit * 0.7, color=MUTED)
                grid.addWidget(details, i * 2 + 1, 1, 1, 2)
        chip_width = max((c.sizeHint().width() for c in chips), default=0)
        for chip in chips:  # every chip as wide as the widest word: the names line up
            chip.setFixedWidth(chip_width)
        grid.setColumnMinimumWidth(1, min(name_width, int(self.stations_panel.width() * 0.45)))
        grid.setColumnStretch(2, 1)

    def _build_demos(self, snap: BoardSnapshot, unit: float) -> None:
        grid = self.demos_grid
        self._clear(grid)
        if not snap.next_demos:
            grid.addWidget(_look(BoardLine(self.tr("No more demonstrations tonight"), name="boardNextDemo0"), unit,
                                 color=MUTED), 0, 0)
            return
        for i, d in enumerate(snap.next_demos[:MAX_DEMOS]):
            top = i * 3  # two lines, then a little air before the next demonstration
            at = _look(QLabel(d.local_time, objectName=f"boardDemoTime{i}"), unit * 1.5, True, GOLD)
            grid.addWidget(at, top, 0, 2, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_look(BoardLine(d.title, name=f"boardNextDemo{i}"), unit * 1.05, True), top, 1)
            below = QHBoxLayout()
            below.setSpacing(int(unit * 0.6))
            countdown = _look(QLabel("", objectName=f"boardCountdown{i}"), unit * 0.85, True, GOLD)
            place = d.station_name + (f" · {d.location}" if d.location else "")
            below.addWidget(countdown)
            below.addWidget(_look(BoardLine(place, name=f"boardDemoPlace{i}"), unit * 0.7, color=MUTED), 1)
            grid.addLayout(below, top + 1, 1)
            grid.setRowMinimumHeight(top + 2, round(unit * 0.5))
            self.countdowns.append((countdown, d, "countdown"))
        grid.setColumnStretch(1, 1)

    def tick(self) -> None:
        now = clock.now()
        self.clock_label.setText(clock.hhmm(now))
        for label, d, how in self.countdowns:
            self._say_when(label, d, how, now)

    def _say_when(self, label: QLabel, d: DemonstrationInfo, how: str, now: datetime) -> None:
        when = d.when(now)
        if how == "station":  # "K-9 demonstration at 19:30 · in 12 min": the title may give way, never the rest
            keep = " " + self.tr("at {time} · {when}").format(time=d.local_time, when=when_words(when))
            label.set_line(d.title, keep, short=self.tr("Demo"))
        else:
            label.setText(self.tr("now, until {time}").format(time=clock.hhmm(d.ends_at)) if when == "now"
                          else when_words(when))
            label.setAccessibleName(self.tr("{title} at {time}: {when}").format(title=d.title, time=d.local_time,
                                                                               when=label.text()))
        _recolour(label, NOW if when == "now" else (MUTED if when == "done" else GOLD))

    # --- full screen ---------------------------------------------------------------------------------------------
    def show_on_best_screen(self) -> None:
        """Full screen on a second monitor or TV when there is one; otherwise a large window (F11 for full screen)."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            target = next((s for s in screens if s != QGuiApplication.primaryScreen()), screens[1])
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 720)
            self.show()
        self.raise_()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.close()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.refresher.stop()
        self.ticker.stop()
        if self in _open_boards:
            _open_boards.remove(self)
        super().closeEvent(event)


def open_board(state: AppState, parent: QWidget | None = None) -> StationBoard:
    """Show the board (one per app: a second call brings the open one to the front)."""
    for board in _open_boards:
        board.refresh()
        board.show()
        board.raise_()
        return board
    board = StationBoard(state, parent)
    board.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boards.append(board)
    board.show_on_best_screen()
    return board
