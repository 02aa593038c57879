"""Showing a user's mistake or a failure in plain words (the log keeps the detail), in the screens' language."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from nightout_desk.services import explain as services_explain
from nightout_desk.services.errors import UserError
from nightout_desk.ui.service_words import in_language

__all__ = ["explain", "show_error"]

log = logging.getLogger(__name__)


def explain(exc: BaseException) -> str:
    """services/explain.py's sentence, translated when ui/service_words.py knows it."""
    return in_language(services_explain.explain(exc))


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if not isinstance(exc, UserError):
        log.error("%s", title, exc_info=exc)
    QMessageBox.warning(parent, title, explain(exc))
