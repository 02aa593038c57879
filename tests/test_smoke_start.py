"""`nightout-desk gui --smoke-test` (what the bundle's test runs) starts the real GUI with nobody at the keyboard,
signs in as a volunteer, shows every tab and exits 0; run here from the checkout in a fresh HOME."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def test_smoke_test_signs_in_shows_every_tab_and_quits(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NIGHTOUT_", "XDG_"))}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_STATE_HOME=str(tmp_path / "state"), QT_QPA_PLATFORM="offscreen")

    def desk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "nightout_desk", *args], capture_output=True, text=True,
                              env=env, cwd=tmp_path, timeout=120)

    assert desk("demo", "--households", "10").returncode == 0
    started = desk("gui", "--smoke-test")
    assert started.returncode == 0, started.stderr
    assert "Smoke test: 6 tabs shown (Check-in, Volunteers, Stations, Donations, Inventory, Reports)." \
        in started.stdout
    signed_in = desk("--operator", "Demo Organizer", "events")  # the sign-in went where a volunteer's does
    assert signed_in.returncode == 0
