"""PySide6 screens. No SQL and no sessions here: every screen talks to nightout_desk.services."""

import PySide6.QtCore  # noqa: F401 - loaded first, so that its import hook is dropped before the screens load

from nightout_desk.pyside_hook import drop_feature_import_hook

drop_feature_import_hook()
