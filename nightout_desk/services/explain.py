"""Any exception in the words a volunteer reads: the screens show them in a message box, the command line prints them
after `nightout-desk:` (the log keeps the detail). No Qt here, so both can use it."""

from __future__ import annotations

from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from nightout_desk.db import DatabaseUnavailable
from nightout_desk.services.errors import UserError

DISK_FULL = "The disk is full, so nothing was saved. Free some space (or plug in a USB stick) and try again."
DISK_FAILED = ("The disk holding the database could not be written (a USB stick pulled out, or a failing disk), so "
               "nothing was saved. Check it and try again.")
LOCKED = "Another laptop is saving at this moment. Nothing was lost — please try again."
READ_ONLY = ("The database file is read-only (a write-protected USB stick, or a copy opened from a CD or a zip file), "
             "so nothing was saved. Copy it to this laptop's disk and open that copy.")
UNREACHABLE = "The database could not be reached, so nothing was saved. Check the network cable or Wi-Fi and try again."
NOT_OURS = "The database file is not a NightOut Desk database (or it is damaged)."
REFUSED = "The database refused the change, so nothing was saved. The log has the details."
INTERRUPTED = "Interrupted before it finished."
OPENED_READ_ONLY = "Opened read-only: you can look, nothing can be saved."


def explain(exc: BaseException) -> str:
    """One or two sentences a volunteer can act on, the same on a screen and on the command line."""
    if isinstance(exc, (UserError, DatabaseUnavailable)):  # written for the user already (the door's refusals too)
        return str(exc)
    if isinstance(exc, OperationalError):
        return _operational(str(exc.orig if exc.orig is not None else exc).lower())
    if isinstance(exc, DatabaseError) and "not a database" in str(exc.orig if exc.orig is not None else exc):
        return NOT_OURS
    if isinstance(exc, SQLAlchemyError):
        return REFUSED
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}{f' ({exc.filename})' if exc.filename else ''}."
    if isinstance(exc, KeyboardInterrupt):
        return INTERRUPTED
    return f"Something went wrong ({type(exc).__name__}). Nothing was saved; the log has the details."


def _operational(text: str) -> str:
    """SQLite's and PostgreSQL's words for a database that cannot take the write right now."""
    if "full" in text or "no space left" in text:
        return DISK_FULL
    if "locked" in text:
        return LOCKED
    if "readonly" in text or "read-only" in text:
        return READ_ONLY
    if "disk i/o error" in text:
        return DISK_FAILED
    return UNREACHABLE
