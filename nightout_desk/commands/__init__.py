"""Command-line entries of each area (import kinds, print kinds, report), registered in `registry`.

One module per area; each entry is a small function that calls services and printing.
"""

from nightout_desk.commands import registry


def load_all() -> None:
    """Import every area's entries (lazily, so `nightout-desk` starts fast)."""
    import importlib

    for name in AREAS:
        importlib.import_module(f"nightout_desk.commands.{name}")


AREAS: list[str] = ["attendees", "stations", "report", "volunteers", "donations"]

__all__ = ["registry", "load_all", "AREAS"]
