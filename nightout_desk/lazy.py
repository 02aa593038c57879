"""Modules loaded when first used, so that the window can show before the ORM and the services load (the start,
docs/performance.md). The recipe is importlib's own (`importlib.util.LazyLoader`); a module already loaded is
returned as it is. Python 3.11's lazy modules are not safe to load from two threads at once, so the window loads
every one still pending on the GUI thread just after it shows (`load_pending`, MainWindow.load), before any worker
thread can reach one."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

_made: list[ModuleType] = []


def lazy_module(name: str) -> ModuleType:
    """The module `name`, run the first time one of its attributes is read."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)  # as the import system does for a submodule
    _made.append(module)
    return module


def load_pending() -> None:
    """Load every lazy module not loaded yet (reading any attribute runs it)."""
    while _made:
        _made.pop().__spec__  # noqa: B018 - the read is what loads it
