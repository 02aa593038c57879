"""The PyInstaller bundle, built from build.spec as `make bundle` builds it, works from its own folder alone.

Built once per session into a temporary folder (about 40 s on two cores), then run the way a town's laptop runs it:
a fresh HOME and data folders, no PYTHONPATH, no NIGHTOUT_* settings of the test run, the working folder outside the
checkout. The console command makes the demo, prints badges and receipts and the report (read back with pypdf), and
the windowed program starts the GUI offscreen, signs in, shows every tab and quits (`gui --smoke-test`). The folder
stays at most half of the 292 MB the bundle weighed when it collected all of Qt (issue 15).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None,
                                 reason="PyInstaller is not installed (make test installs it)")]

ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024
BEFORE_MIB = 292  # the bundle of every Qt module, its plugins and translations


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("bundle")
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    result = subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(tmp / "dist"),
                             "--workpath", str(tmp / "work"), str(ROOT / "build.spec")],
                            capture_output=True, text=True, timeout=900, cwd=tmp)
    assert result.returncode == 0, result.stderr[-3000:]
    return tmp / "dist" / "NightOutDesk"


@pytest.fixture
def laptop(tmp_path: Path) -> dict[str, str | Path]:
    """A fresh HOME and working folder; only the system's own variables pass through."""
    home, work = tmp_path / "home", tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("NIGHTOUT_", "PYTHON", "XDG_", "VIRTUAL_ENV", "QT_", "LD_"))}
    env.update(HOME=str(home), USERPROFILE=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen", NIGHTOUT_PIN="2026")
    return {"env": env, "work": work}


def run(program: Path, laptop: dict, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(program), *args], capture_output=True, text=True, timeout=120,
                            cwd=laptop["work"], env=laptop["env"])
    assert result.returncode == 0, f"{args} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def console(bundle: Path) -> Path:
    return bundle / ("nightout-desk.exe" if sys.platform == "win32" else "nightout-desk")


def test_bundle_is_at_most_half_of_what_it_was(bundle: Path) -> None:
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= BEFORE_MIB * MIB / 2, f"the bundle weighs {size / MIB:.0f} MiB"


def test_bundle_has_the_windowed_app_the_command_and_the_icons(bundle: Path) -> None:
    assert (bundle / ("NightOutDesk.exe" if sys.platform == "win32" else "NightOutDesk")).is_file()
    assert console(bundle).exists()
    icons = sorted(p.parent.parent.name for p in bundle.rglob("hicolor/*/apps/nightout-desk.png"))
    assert {"16x16", "32x32", "48x48", "256x256", "512x512"} <= set(icons)
    assert next(bundle.rglob("nightout_desk/resources/icons/nightout-desk.svg")).is_file()  # the window icon's source


def test_bundle_alone_makes_the_demo_prints_and_reports(bundle: Path, laptop: dict) -> None:
    assert "usage: nightout-desk" in run(console(bundle), laptop, "--help").stdout
    assert "Created the demo event" in run(console(bundle), laptop, "demo", "--households", "40").stdout
    organizer = ("--operator", "Demo Organizer")
    assert "badges" in run(console(bundle), laptop, *organizer, "print", "badges", "--out", "badges.pdf").stdout
    assert "receipts" in run(console(bundle), laptop, *organizer, "print", "receipts", "--all",
                             "--out", "receipts.pdf").stdout
    run(console(bundle), laptop, *organizer, "report", "--out", "report.pdf")
    work = laptop["work"]
    badges = PdfReader(work / "badges.pdf")
    assert len(badges.pages) > 0 and "Riverside National Night Out 2026" in badges.pages[0].extract_text()
    receipts = "".join(page.extract_text() for page in PdfReader(work / "receipts.pdf").pages)
    assert "RECEIPT" in receipts and "No. NNO-2026-0001" in receipts
    report = PdfReader(work / "report.pdf").pages[0].extract_text()
    assert "END-OF-NIGHT REPORT" in report and "households" in report


def test_bundle_starts_the_gui_shows_every_tab_and_quits(bundle: Path, laptop: dict) -> None:
    run(console(bundle), laptop, "demo", "--households", "20")
    windowed = bundle / ("NightOutDesk.exe" if sys.platform == "win32" else "NightOutDesk")
    result = run(windowed, laptop, "gui", "--smoke-test")
    if sys.platform != "win32":  # a windowed program on Windows prints nothing
        assert "Smoke test: 6 tabs shown (Check-in, Volunteers, Stations, Donations, Inventory, Reports)." \
            in result.stdout
    assert "Traceback" not in result.stderr
