"""PySide6 screens. No SQL and no sessions here: every screen talks to nightout_desk.services."""
