"""Showing a user's mistake or a failure in plain words (the log keeps the detail)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from nightout_desk.services.errors import UserError

log = logging.getLogger(__name__)


def explain(exc: BaseException) -> str:
    """One or two sentences a volunteer can act on."""
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, OperationalError):
        text = str(exc.orig) if exc.orig else str(exc)
        if "disk" in text.lower() or "full" in text.lower():
            return "The disk is full, so nothing was saved. Free some space (or plug in a USB stick) and try again."
        if "locked" in text.lower():
            return "Another laptop is saving at this moment. Nothing was lost — please try again."
        if "readonly" in text.lower() or "read-only" in text.lower():
            return ("The database file is read-only (a write-protected USB stick, or a copy opened from a CD or a "
                    "zip file), so nothing was saved. Copy it to this laptop's disk and open that copy.")
        return "The database could not be reached, so nothing was saved. Check the network cable or Wi-Fi and try again."
    if isinstance(exc, SQLAlchemyError):
        return "The database refused the change, so nothing was saved. The log has the details."
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}{f' ({exc.filename})' if exc.filename else ''}."
    return f"Something went wrong ({type(exc).__name__}). Nothing was saved; the log has the details."


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if not isinstance(exc, UserError):
        log.error("%s", title, exc_info=exc)
    QMessageBox.warning(parent, title, explain(exc))
