"""The wheel, installed normally (not editable) into a fresh virtualenv, prints badges and receipts with its own fonts.

Run-time files come from the package `nightout_desk.resources` (importlib.resources), which the build maps from the
repository's top-level `resources/`; this is the install path an editable checkout never exercises. The commands
run from a temporary folder with a fresh HOME, so nothing of the checkout can be imported or read.

Slow (builds a wheel, makes a virtualenv, pip installs the dependencies: from pip's cache, or PyPI the first time;
pip's own PIP_FIND_LINKS / PIP_NO_INDEX settings pass through for an offline wheelhouse).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
# Not copied into the build: a stale build/lib would put files that no longer exist into the wheel.
IGNORE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                                ".ruff_cache", "out", "tests", "benchmarks")


def run(cmd: list[str | Path], **kwargs) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=1200, **kwargs)
    assert result.returncode == 0, f"{cmd} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=IGNORE)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", tmp / "dist", source])
    (built,) = (tmp / "dist").glob("nightout_desk-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A fresh virtualenv with the wheel and its dependencies; returns its python, its script and a work folder."""
    tmp = tmp_path_factory.mktemp("install")
    env_dir = tmp / "venv"
    run([sys.executable, "-m", "venv", env_dir])
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel])
    work = tmp / "work"
    work.mkdir()
    return {"python": python, "script": bin_dir / ("nightout-desk.exe" if os.name == "nt" else "nightout-desk"),
            "work": work, "home": tmp / "home"}


def clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH, no NIGHTOUT_* from the test run (conftest points them at its own folders), a fresh HOME."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("NIGHTOUT_", "PYTHON", "XDG_", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), USERPROFILE=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen")
    return env


def desk(installed: dict[str, Path], *args: str) -> str:
    """The installed command; NIGHTOUT_PIN is the demo's organizers' PIN (for --operator "Demo Organizer")."""
    return run([installed["script"], *args], cwd=installed["work"],
               env={**clean_env(installed["home"]), "NIGHTOUT_PIN": "2026"}).stdout


def fonts_of(pdf: Path) -> set[str]:
    """The /BaseFont of every font the pages use, and whether each one is embedded (a FontFile in its descriptor)."""
    names = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            embedded = descriptor is not None and any(k.startswith("/FontFile") for k in descriptor.get_object())
            names.add(f"{font['/BaseFont']}{'' if embedded else ' (not embedded)'}")
    return names


def test_wheel_holds_every_resource_file(wheel: Path) -> None:
    files = [p.relative_to(ROOT / "resources").as_posix() for p in (ROOT / "resources").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts]
    # a translation's .ts is the build's source: the wheel holds the .qm compiled from it (tools/translations.py)
    expected = {f"nightout_desk/resources/{name.removesuffix('.ts')}.qm" if name.endswith(".ts") else
                f"nightout_desk/resources/{name}" for name in files}
    assert any(name.endswith(".ts") for name in files)
    with zipfile.ZipFile(wheel) as whl:
        packaged = {n for n in whl.namelist() if n.startswith("nightout_desk/resources/")}
    assert expected - packaged == set()  # a new folder in resources/ needs its glob in pyproject's package-data
    assert "nightout_desk/resources/fonts/DejaVuSans.ttf" in packaged


def test_installed_package_is_used_not_the_checkout(installed: dict[str, Path]) -> None:
    out = run([installed["python"], "-c",
               "import importlib.resources as r, nightout_desk; from nightout_desk.config import resource;"
               "print(nightout_desk.__file__); print(r.files('nightout_desk.resources'));"
               "print(resource('fonts', 'DejaVuSans.ttf').is_file())"],
              cwd=installed["work"], env=clean_env(installed["home"])).stdout.splitlines()
    site = installed["python"].parent.parent.resolve()
    for path in out[:2]:
        assert Path(path).resolve().is_relative_to(site), path
        assert not Path(path).resolve().is_relative_to(ROOT), path
    assert out[2] == "True"


def test_installed_wheel_prints_badges_and_receipts_with_embedded_dejavu(installed: dict[str, Path]) -> None:
    work = installed["work"]
    desk(installed, "demo", "--households", "30")
    assert "badges" in desk(installed, "--operator", "Demo Organizer", "print", "badges", "--out", "b.pdf")
    assert "receipts" in desk(installed, "--operator", "Demo Organizer", "print", "receipts", "--all",
                                 "--out", "r.pdf")
    for pdf in (work / "b.pdf", work / "r.pdf"):
        assert len(PdfReader(pdf).pages) > 0, pdf
        fonts = fonts_of(pdf)
        dejavu = {f for f in fonts if "DejaVu" in f}
        assert dejavu, f"{pdf.name}: no DejaVu font among {fonts}"
        assert all("not embedded" not in f for f in dejavu), f"{pdf.name}: {fonts}"
    assert list((installed["home"] / "data").rglob("*.sqlite3")), "the database belongs in the fresh HOME"
