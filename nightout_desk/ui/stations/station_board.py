"""The station board: a full-screen window for a second monitor or a TV at the info booth — what is open now,
the next demonstrations with live countdowns, who is on duty where. Large, high-contrast, refreshing itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from nightout_desk import clock
from nightout_desk.services.stations import board as station_board
from nightout_desk.services.stations import schedule as station_schedule
from nightout_desk.services.stations.board import BoardSnapshot
from nightout_desk.ui.state import AppState

REFRESH_MS = 5000
BACKGROUND = "#0F2239"
PANEL = "#16304F"
GOLD = "#F2C14E"
CHIPS = {"open": ("#2E7D32", "OPEN"), "paused": ("#B26A00", "PAUSED"), "closed": ("#555E68", "CLOSED"),
         "setting up": ("#1F5FA8", "SETTING UP")}
MAX_DEMOS = 5
_open_boards: list[StationBoard] = []


class StationBoard(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.state = state
        self.snapshot: BoardSnapshot | None = None
        self.setObjectName("stationBoard")
        self.setWindowTitle("Station board")
        self.setAccessibleName("Station board")
        self.setStyleSheet(f"QWidget#stationBoard{{background:{BACKGROUND};}} QLabel{{color:white;}}"
                           f"QFrame[panel='true']{{background:{PANEL};border-radius:14px;}}")
        self.setAutoFillBackground(True)
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 18, 28, 18)
        head = QHBoxLayout()
        self.event_label = QLabel("", objectName="boardEvent")
        self.clock_label = QLabel("", objectName="boardClock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.event_label, 1)
        head.addWidget(self.clock_label)
        root.addLayout(head)
        body = QHBoxLayout()
        body.setSpacing(22)
        self.stations_panel, self.stations_grid = self._panel("Stations now", "boardStations")
        self.demos_panel, self.demos_grid = self._panel("Next demonstrations", "boardDemos")
        body.addWidget(self.stations_panel, 11)
        body.addWidget(self.demos_panel, 9)
        root.addLayout(body, 1)
        self.hint = QLabel("Esc or F11: leave full screen · this board refreshes by itself", objectName="boardHint")
        self.hint.setStyleSheet("color:#8FA3BA;")
        root.addWidget(self.hint)
        self.countdowns: list[tuple[QLabel, object]] = []
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
        layout.setContentsMargins(22, 14, 22, 14)
        label = QLabel(title.upper())
        label.setProperty("role", "panelTitle")
        layout.addWidget(label)
        grid = QGridLayout()
        grid.setVerticalSpacing(6)
        grid.setHorizontalSpacing(16)
        layout.addLayout(grid)
        layout.addStretch(1)
        return frame, grid

    # --- sizes follow the window, so a TV across the tent reads it ----------------------------------------------
    def _unit(self) -> float:
        return max(11.0, min(self.height() / 40, self.width() / 66))

    def _label(self, text: str, scale: float = 1.0, bold: bool = False, color: str = "white",
               name: str = "") -> QLabel:
        label = QLabel(text, objectName=name) if name else QLabel(text)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # long names never widen the TV
        label.setMinimumWidth(1)
        label.setStyleSheet(f"color:{color};font-size:{self._unit() * scale:.0f}px;"
                            f"{'font-weight:bold;' if bold else ''}")
        return label

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._render()

    # --- data ------------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.snapshot = station_board.snapshot(self.state.desk)
        except Exception:  # noqa: BLE001 - the board keeps its last picture when the database blinks
            self.hint.setText("Database not reachable — showing the last known board, retrying")
            return
        self.hint.setText("Esc or F11: leave full screen · this board refreshes by itself")
        self._render()

    def _clear(self, grid: QGridLayout) -> None:
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _render(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        unit = self._unit()
        self.event_label.setText(snap.event_name)
        self.event_label.setStyleSheet(f"color:white;font-size:{unit * 1.5:.0f}px;font-weight:bold;")
        self.clock_label.setStyleSheet(f"color:{GOLD};font-size:{unit * 2.0:.0f}px;font-weight:bold;")
        for frame in (self.stations_panel, self.demos_panel):
            title = frame.findChild(QLabel)
            title.setStyleSheet(f"color:{GOLD};font-size:{unit * 1.05:.0f}px;font-weight:bold;letter-spacing:2px;")
        self._clear(self.stations_grid)
        rows = sorted((s for s in snap.stations if s.kind != "check-in"),
                      key=lambda s: (s.status != "open", s.status != "paused", s.status == "closed"))
        for i, st in enumerate(rows):
            colour, word = CHIPS.get(st.status, ("#555", st.status.upper()))
            chip = self._label(word, 0.8, True, name=f"boardStatus{i}")
            chip.setStyleSheet(chip.styleSheet() + f"background:{colour};border-radius:6px;padding:2px 10px;")
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            reason = st.status_text.split(" — ", 1)[1] if " — " in st.status_text else ""
            name = st.name + (f"  ·  {reason}" if reason else "")
            where = st.location or ""
            if st.staffing is not None and st.staffing.on_duty:
                where += ("  ·  " if where else "") + "On duty: " + ", ".join(st.staffing.on_duty[:3])
            self.stations_grid.addWidget(chip, i * 2, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            self.stations_grid.addWidget(self._label(name, 1.05, True, name=f"boardStation{i}"), i * 2, 1)
            self.stations_grid.addWidget(self._label(where, 0.72, color="#B8C7D9"), i * 2 + 1, 1)
        self.stations_grid.setColumnStretch(1, 1)
        self._clear(self.demos_grid)
        self.countdowns = []
        if not snap.next_demos:
            self.demos_grid.addWidget(self._label("No more demonstrations tonight", 1.0, color="#B8C7D9",
                                                  name="boardNextDemo0"), 0, 0)
        for i, d in enumerate(snap.next_demos[:MAX_DEMOS]):
            self.demos_grid.addWidget(self._label(d.local_time, 1.7, True, GOLD), i * 2, 0, 2, 1,
                                      Qt.AlignmentFlag.AlignTop)
            self.demos_grid.addWidget(self._label(d.title, 1.15, True, name=f"boardNextDemo{i}"), i * 2, 1)
            place = d.station_name + (f" · {d.location}" if d.location else "")
            self.demos_grid.addWidget(self._label(place, 0.75, color="#B8C7D9"), i * 2 + 1, 1)
            countdown = self._label("", 1.25, True, GOLD, name=f"boardCountdown{i}")
            countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.demos_grid.addWidget(countdown, i * 2, 2, 2, 1)
            self.countdowns.append((countdown, d))
        self.demos_grid.setColumnStretch(1, 1)
        self.tick()

    def tick(self) -> None:
        now = clock.now()
        self.clock_label.setText(clock.hhmm(now))
        for label, d in self.countdowns:
            label.setText("NOW" if d.is_running(now) else station_schedule.countdown(d.starts_at, now))

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
