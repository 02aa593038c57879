"""Logging to a rotating file in the user's log folder (the detail behind every plain-words message)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from nightout_desk.config import log_dir


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_nightout", False) for h in root.handlers):
        return
    try:
        handler: logging.Handler = RotatingFileHandler(log_dir() / "nightout-desk.log", maxBytes=2_000_000,
                                                       backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler._nightout = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
