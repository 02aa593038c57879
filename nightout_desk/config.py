"""Where things live (platformdirs) and the per-laptop settings file."""

from __future__ import annotations

import json
import logging
import os
import socket
import uuid
from dataclasses import asdict, dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir, user_log_dir

from nightout_desk import APP_ID
from nightout_desk.private import open_private

log = logging.getLogger(__name__)


def resource(*parts: str) -> Traversable:
    """A file the app reads at run time (fonts, icons, samples): `resource("fonts", "DejaVuSans.ttf")`.

    Found with importlib.resources in the package `nightout_desk.resources` (the repository's top-level `resources/`
    folder, mapped into the package by the build), so editable, wheel and PyInstaller installs all find it. Read it
    with `.read_bytes()`, or wrap it in `importlib.resources.as_file(...)` where a library needs a real file path.
    """
    found = files("nightout_desk.resources")
    for part in parts:
        found = found / part
    return found


def data_dir() -> Path:
    path = Path(os.environ.get("NIGHTOUT_DATA_DIR") or user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    path = Path(os.environ.get("NIGHTOUT_CONFIG_DIR") or user_config_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = Path(os.environ.get("NIGHTOUT_LOG_DIR") or user_log_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    """`NIGHTOUT_DB` if set, else a SQLite file in the user's data folder."""
    return os.environ.get("NIGHTOUT_DB") or f"sqlite:///{data_dir() / 'nightout.sqlite3'}"


def normalise_database_url(value: str) -> str:
    """Accept a bare file path as well as a URL; PostgreSQL URLs use the psycopg 3 driver."""
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def hub_url(given: str | None = None, settings: LaptopSettings | None = None) -> str | None:
    """The hub this laptop syncs with: `--hub URL`, else `NIGHTOUT_HUB`, else the laptop setting; None when none."""
    found = given or os.environ.get("NIGHTOUT_HUB") or (settings or LaptopSettings.load()).hub_url
    return normalise_database_url(found) if found else None


@dataclass
class LaptopSettings:
    """Settings that belong to this laptop, not to the event (kept in a JSON file in the config folder)."""

    device_name: str = field(default_factory=lambda: socket.gethostname() or "Laptop")
    operator_name: str = ""
    operator_role: str = "volunteer"
    sound: bool = True
    scan_gap_ms: int = 35  # keys closer than this, ending in Enter, are a scanner's (ui/scanning.py)
    printer_offsets: dict[str, list[float]] = field(default_factory=dict)  # printer name -> [dx_mm, dy_mm]
    hub_url: str = ""  # the PostgreSQL hub this laptop syncs with (set by `nightout-desk join`); "" = none
    second_backup_folder: str = ""  # automatic backups also go here (a USB stick); "" = only the data folder
    lock_after_minutes: int = 10  # idle minutes before the desk drops back to the volunteer role (ui/desk_lock.py)
    last_event: str = ""  # the id of the event File › Switch event… (or New event…) opened last; "" = none yet
    text_percent: int = 100  # text size in percent of the system's (ui/look.py; 50–300), for readers and big screens
    language: str = "system"  # the screens' language: "system" (Spanish when the system's is), "en" or "es"

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> LaptopSettings:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Ignoring unreadable settings file %s: %s", cls.path(), exc)
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def last_event_id(self) -> uuid.UUID | None:
        """The event this laptop opened last, if the setting holds an id (another database simply lacks it)."""
        try:
            return uuid.UUID(self.last_event) if self.last_event else None
        except ValueError:
            return None

    def save(self) -> None:
        target = self.path()
        tmp = target.with_suffix(".tmp")
        # readable by the user only: it may hold the hub's address with its password (`nightout-desk join`)
        with open_private(tmp, "w", encoding="utf-8") as out:
            out.write(json.dumps(asdict(self), indent=2))
        os.replace(tmp, target)
