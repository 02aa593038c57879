"""Files and folders only the user can read: exports and backups hold families' names, addresses and phones."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(path: Path) -> Path:
    """Make `path` (and any missing parents) readable by the user only; folders that already exist are left alone."""
    missing: list[Path] = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:  # made by someone else meanwhile: theirs, not ours to change
            continue
        os.chmod(folder, FOLDER_MODE)  # mkdir's mode passes through the umask; say it exactly
    return path


def create_private_file(path: Path) -> Path:
    """Create `path` empty, readable by the user only; FileExistsError if it is there already (never overwritten)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))
    return path


def open_private(path: Path, mode: str = "w", **kwargs: object) -> IO:
    """Open `path` for writing (created or emptied), readable by the user only whatever it was before."""
    fd = os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY | getattr(os, "O_BINARY", 0), FILE_MODE)
    if hasattr(os, "fchmod"):  # an existing file keeps its mode through O_CREAT; Windows has no such bits
        os.fchmod(fd, FILE_MODE)
    return os.fdopen(fd, mode, **kwargs)
