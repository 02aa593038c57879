"""Only what pyproject.toml cannot say: its `packages.find` cannot add a package kept outside the package's folder, so
the top-level `resources/` folder (the design card's layout) is added here as the package `nightout_desk.resources`,
its sub-folders (fonts, icons, samples) as data-only namespace packages. Their files are package-data in
pyproject.toml, with the rest of the configuration."""

from setuptools import find_namespace_packages, setup

RESOURCES = "nightout_desk.resources"

setup(
    packages=[
        *find_namespace_packages(include=["nightout_desk*"]),  # as pyproject's packages.find did (db/migrations too)
        RESOURCES,
        *(f"{RESOURCES}.{folder}" for folder in find_namespace_packages(where="resources")),
    ],
    package_dir={RESOURCES: "resources"},
)
