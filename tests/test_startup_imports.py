"""What a start imports: the window shows before the ORM loads, and the models alone do not load SQLAlchemy's
PostgreSQL dialect (issue 15: a start within 1.5x its floor, benchmarks/bench_startup.py)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing


def test_importing_the_models_leaves_the_postgresql_dialect_unloaded():
    # a fresh interpreter: this test process has long since imported the dialect for the PostgreSQL tests
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys; import nightout_desk.models; print('\\n'.join(sys.modules))"],
        capture_output=True, text=True, check=True).stdout.split()
    assert "nightout_desk.models.audit" in loaded  # the list is the child's modules, models included
    assert "sqlalchemy.dialects.postgresql" not in loaded


# The real start (cli.main), with a hook that answers "Who is at the desk?" as a volunteer and looks at the moment the
# search box has the focus in the shown window: nothing of the ORM yet; then, once the window has loaded the rest
# (MainWindow.load), the sign-in recorded, the counts and the recent check-ins shown, a typed name found.
START = """
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

said = []

class Hook(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog) and obj.objectName() == "operatorDialog":
            obj.name.setCurrentText("Early Volunteer")
            QTimer.singleShot(0, obj.accept)
        elif event.type() == QEvent.Type.FocusIn and obj.objectName() == "checkinSearch" \\
                and obj.window().isVisible() and not said:
            said.append(f"ready orm={'sqlalchemy.orm' in sys.modules} models={'nightout_desk.models' in sys.modules} "
                        f"loading={obj.window().state.loading}")
            QTimer.singleShot(0, lambda: self.after_load(obj.window()))
        return False

    def after_load(self, window):
        if window.state.loading:
            QTimer.singleShot(20, lambda: self.after_load(window))
            return
        desk = window.screens[next(iter(window.screens))]
        said.append(f"counts={window.counts_label.text()!r} recent={desk.recent_panel.recent_model.rowCount()}")
        desk.search.setText(sys.argv[2])
        desk.run_search()
        said.append(f"found={desk.results_model.rowCount()}")
        print("\\n".join(said), flush=True)
        os._exit(0)

_init = QApplication.__init__
def init(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    self._hook = Hook()
    self.installEventFilter(self._hook)
QApplication.__init__ = init

from nightout_desk.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def test_the_window_shows_before_the_orm_and_loads_it_just_after(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NIGHTOUT_", "XDG_"))}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_STATE_HOME=str(tmp_path / "state"), QT_QPA_PLATFORM="offscreen")
    path = tmp_path / "night.sqlite3"
    made = subprocess.run([sys.executable, "-m", "nightout_desk", "--db", str(path), "demo", "--households", "20"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert made.returncode == 0, made.stderr
    with closing(sqlite3.connect(path)) as conn:  # the demo's night (it also makes last year's), which opens
        (night,) = conn.execute("SELECT id FROM events ORDER BY date DESC LIMIT 1").fetchone()
        (family,) = conn.execute("SELECT family_name FROM households WHERE event_id = ? AND merged_into_id IS NULL "
                                 "ORDER BY ticket_code LIMIT 1", (night,)).fetchone()
        (checked_in,) = conn.execute("SELECT count(*) FROM check_ins WHERE event_id = ?", (night,)).fetchone()
    started = subprocess.run([sys.executable, "-c", START, f"sqlite:///{path}", family], capture_output=True,
                             text=True, env=env, timeout=120)
    assert started.returncode == 0, started.stderr
    ready, counts, found = started.stdout.split("\n")[:3]
    assert ready == "ready orm=False models=False loading=True"  # the desk shown, the ORM not loaded yet
    shown, recent = counts.rsplit(" recent=", 1)  # then read by load(): the status bar's counts, the recent list
    assert "households" in shown and "people on site" in shown
    assert (int(recent) > 0) == (checked_in > 0)
    with closing(sqlite3.connect(path)) as conn:  # the sign-in, recorded once, just after the window showed
        signed = conn.execute("SELECT summary FROM audit_entries WHERE action = 'operator signed in' "
                              "AND summary LIKE 'Early Volunteer%'").fetchall()
        row = conn.execute("SELECT role FROM operators WHERE name = 'Early Volunteer'").fetchall()
    assert [s for (s,) in signed] == [f"Early Volunteer (volunteer) at {signed[0][0].split(' at ', 1)[1]}"]
    assert row == [("volunteer",)]
    assert found != "found=0", family
