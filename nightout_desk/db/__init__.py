"""Engine, sessions and migrations."""

from nightout_desk.db.database import Database, DatabaseUnavailable

__all__ = ["Database", "DatabaseUnavailable"]
