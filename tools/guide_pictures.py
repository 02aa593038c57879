"""Make the pictures of resources/guide/ from the real screens, offscreen, on a fresh demo event.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python tools/guide_pictures.py` (about half a minute); look at the PNGs,
then commit them. The demo's names are made up, so the pictures show no real family.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HOME = Path(tempfile.mkdtemp(prefix="nightout-guide-"))
for name in ("DATA", "CONFIG", "LOG"):
    os.environ[f"NIGHTOUT_{name}_DIR"] = str(HOME / name.lower())

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from nightout_desk.areas import Area  # noqa: E402
from nightout_desk.db import Database  # noqa: E402
from nightout_desk.db.migrate import upgrade  # noqa: E402
from nightout_desk.models import CheckIn, Household  # noqa: E402
from nightout_desk.services.context import Desk  # noqa: E402
from nightout_desk.services.demo import create_demo  # noqa: E402
from nightout_desk.ui.main_window import MainWindow  # noqa: E402
from nightout_desk.ui.state import AppState  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "resources" / "guide"
SIZE = (1100, 680)  # small enough to read beside the text at the guide's width


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    db = Database(str(HOME / "guide.sqlite3"))
    upgrade(db)
    event = create_demo(db, households=120, seed=2026)
    window = MainWindow(AppState(Desk(db, event.id, "Demo Organizer", "organizer", "Desk 1")))
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    shoot(window, "checkin-desk.png")
    with db.read() as s:  # a family not here yet, to scan
        here = select(CheckIn.household_id).where(CheckIn.event_id == event.id)
        code = s.scalars(select(Household.ticket_code).where(Household.event_id == event.id,
                                                             Household.id.not_in(here))
                         .order_by(Household.ticket_code)).first()
    window.scans.route(code)
    shoot(window, "scan-result.png")
    window.tabs.setCurrentWidget(window.screens[Area.STATIONS])
    window.screens[Area.STATIONS].list.selectRow(2)  # the K-9 demonstration: a count and a schedule to show
    shoot(window, "stations.png")
    window.tabs.setCurrentWidget(window.screens[Area.REPORTS])
    shoot(window, "end-of-night-report.png")
    window.close()
    print(f"Pictures written to {OUT}")
    return 0


def shoot(window: MainWindow, name: str) -> None:
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(OUT / name))


if __name__ == "__main__":
    raise SystemExit(main())
