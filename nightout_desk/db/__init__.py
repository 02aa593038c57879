"""Engine, sessions and migrations."""

from nightout_desk.db.database import (
    APPLICATION_ID,
    Database,
    DatabaseDamaged,
    DatabaseUnavailable,
    NewerDatabase,
    NotOurDatabase,
)

__all__ = ["APPLICATION_ID", "Database", "DatabaseDamaged", "DatabaseUnavailable", "NewerDatabase", "NotOurDatabase"]
