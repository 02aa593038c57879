"""NightOut Desk: the check-in table, volunteers, donations and report for a National Night Out."""

import sys

__version__ = "0.1.0"
APP_NAME = "NightOut Desk"
APP_ID = "nightout-desk"

if "PySide6.QtCore" in sys.modules:  # PySide6 came first (a test, a script): its import hook goes before ours load
    from nightout_desk.pyside_hook import drop_feature_import_hook

    drop_feature_import_hook()
