"""Live counters, always visible: households, adults, kids, people, walk-ups, arrivals in the last 15 minutes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from nightout_desk.ui.look import scaled

FIGURES = (
    ("households", QT_TRANSLATE_NOOP("CountersPanel", "Households"), "counterHouseholds"),
    ("people", QT_TRANSLATE_NOOP("CountersPanel", "People on site"), "counterPeople"),
    ("adults", QT_TRANSLATE_NOOP("CountersPanel", "Adults"), "counterAdults"),
    ("kids", QT_TRANSLATE_NOOP("CountersPanel", "Kids"), "counterKids"),
    ("walk_ups", QT_TRANSLATE_NOOP("CountersPanel", "Walk-ups"), "counterWalkUps"),
    # people, not households: say so
    ("last_15_min_people", QT_TRANSLATE_NOOP("CountersPanel", "People in the\nlast 15 min"), "counterLast15"),
)

if TYPE_CHECKING:
    from nightout_desk.services.checkin.checkins import Counters


class CountersPanel(QFrame):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("checkinCounters")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        self.values: dict[str, QLabel] = {}
        for i, (key, label, name) in enumerate(FIGURES):
            box = QVBoxLayout()
            box.setSpacing(0)
            value = QLabel("–", objectName=name, alignment=Qt.AlignmentFlag.AlignCenter)  # until the first reading
            scaled(value, 2.0, bold=True)
            caption = QLabel(self.tr(label), alignment=Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignTop)
            caption.setStyleSheet("color: #444")
            box.addWidget(value)
            box.addWidget(caption)
            box.addStretch(1)  # a two-line caption does not push its neighbours' numbers down
            grid.addLayout(box, i // 3, i % 3)
            self.values[key] = value

    def show_counters(self, c: Counters) -> None:
        for key, label in self.values.items():
            number = getattr(c, key)
            label.setText(f"{number:,}")
            caption = self.tr(dict((k, t) for k, t, _ in FIGURES)[key]).replace("\n", " ")
            label.setAccessibleName(f"{caption}: {number}")
        self.values["last_15_min_people"].setToolTip(self.tr("{households}, {people} in the last 15 minutes").format(
            households=self.tr("%n households", "", c.last_15_min_households),
            people=self.tr("%n people", "", c.last_15_min_people)))
