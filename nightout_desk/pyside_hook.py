"""PySide6 replaces Python's import with its own: after every later import it reads that module's source file to see
whether it names PySide6, for the opt-in `from __feature__ import snake_case` (PYSIDE-2029). NightOut Desk never uses
__feature__, and that reading costs about 50 ms of every start (a few hundred modules), so the plain import goes back.
Modules that do not name a feature keep PySide's default behaviour either way."""

from __future__ import annotations

import builtins


def drop_feature_import_hook() -> bool:
    """Put Python's own import back if PySide6 replaced it; True when it did."""
    original = getattr(builtins, "__orig_import__", None)
    if original is None or getattr(builtins.__import__, "__name__", "") != "__feature_import__":
        return False
    builtins.__import__ = original
    return True
