"""Showing a user's mistake or a failure in plain words (the log keeps the detail)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from nightout_desk.services.errors import UserError
from nightout_desk.services.explain import explain

__all__ = ["explain", "show_error"]

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if not isinstance(exc, UserError):
        log.error("%s", title, exc_info=exc)
    QMessageBox.warning(parent, title, explain(exc))
