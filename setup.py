"""Only what pyproject.toml cannot say: its `packages.find` cannot add a package kept outside the package's folder, so
the top-level `resources/` folder (the design card's layout) is added here as the package `nightout_desk.resources`,
its sub-folders (fonts, icons, samples) as data-only namespace packages. Their files are package-data in
pyproject.toml, with the rest of the configuration. The screens' translations are compiled (.ts -> .qm) here when
PySide6's lrelease is at hand; an isolated build without it ships the .qm files `make` compiled."""

import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        try:
            subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "compile"], check=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"translations not compiled here ({exc}); shipping the .qm files already built", file=sys.stderr)
        super().run()


RESOURCES = "nightout_desk.resources"

setup(
    packages=[
        *find_namespace_packages(include=["nightout_desk*"]),  # as pyproject's packages.find did (db/migrations too)
        RESOURCES,
        *(f"{RESOURCES}.{folder}" for folder in find_namespace_packages(where="resources")),
    ],
    package_dir={RESOURCES: "resources"},
    cmdclass={"build_py": BuildPyWithTranslations},
)
