"""The check-in desk's live counters say what they count (pytest-qt, offscreen)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from nightout_desk.services.checkin.checkins import Counters
from nightout_desk.ui.checkin.counters_panel import CountersPanel


def test_the_last_15_minutes_counter_says_it_counts_people(qtbot):
    panel = CountersPanel()
    qtbot.addWidget(panel)
    panel.show_counters(Counters(households=40, adults=70, kids=90, walk_ups=5, last_15_min_households=2,
                                 last_15_min_people=6))
    last15 = panel.findChild(QLabel, "counterLast15")
    assert last15.text() == "6"
    captions = [label.text().replace("\n", " ") for label in panel.findChildren(QLabel) if not label.objectName()]
    assert "People in the last 15 min" in captions and "Last 15 min" not in captions
    assert last15.accessibleName() == "People in the last 15 min: 6"
    assert last15.toolTip() == "2 households, 6 people in the last 15 minutes"
