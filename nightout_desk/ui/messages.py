"""Showing a user's mistake or a failure in plain words (the log keeps the detail), in the screens' language."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from nightout_desk.services.errors import UserError
from nightout_desk.services.explain import explain
from nightout_desk.ui.service_words import in_language

__all__ = ["explain", "said", "show_error"]

log = logging.getLogger(__name__)


def said(exc: BaseException) -> str:
    """explain()'s sentence (the command line's too) in the screens' language, where ui/service_words.py knows it."""
    return in_language(explain(exc))


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if not isinstance(exc, UserError):
        log.error("%s", title, exc_info=exc)
    QMessageBox.warning(parent, title, said(exc))
