"""Short optional sounds for the check-in result (a tone for OK, a lower double tone for a problem).

Played by the system's own sound player, started detached: Windows' PlaySound (the standard library's winsound),
macOS' afplay, and on Linux the first of PipeWire's pw-play, PulseAudio's paplay or ALSA's aplay found. QtMultimedia
played them before, but it brought Qt Quick, Qml and FFmpeg into the bundle (about 40 MB) for two beeps.
"""

from __future__ import annotations

import logging
import math
import shutil
import struct
import sys
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QProcess

log = logging.getLogger(__name__)

TONES = {"ok": [(880.0, 0.12)], "problem": [(330.0, 0.12), (0.0, 0.05), (330.0, 0.12)]}
LINUX_PLAYERS = (["pw-play"], ["paplay"], ["aplay", "-q"])


def _tone_file(path: Path, tones: list[tuple[float, float]]) -> Path:
    rate = 22050
    frames = bytearray()
    for freq, seconds in tones:
        n = int(rate * seconds)
        for i in range(n):
            envelope = min(1.0, i / 200, (n - i) / 200)
            frames += struct.pack("<h", int(5400 * envelope * math.sin(2 * math.pi * freq * i / rate)))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return path


def player() -> list[str] | None:
    """The command that plays a WAV file given after it, or None (Windows plays through winsound; no player: silent)."""
    if sys.platform == "win32":
        return None
    for command in ([["afplay"]] if sys.platform == "darwin" else LINUX_PLAYERS):
        found = shutil.which(command[0])
        if found:
            return [found, *command[1:]]
    return None


class Sounds(QObject):
    """Plays the tones without waiting (never holds the desk up); silently does nothing where no player exists."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.enabled = True
        self.files: dict[str, Path] = {}
        self._player = player()
        if self._player is None and sys.platform != "win32":
            log.info("no sound player found (pw-play, paplay, aplay or afplay): check-ins are silent")
            return
        folder = Path(tempfile.mkdtemp(prefix="nightout-sounds-"))
        self.files = {name: _tone_file(folder / f"{name}.wav", tones) for name, tones in TONES.items()}

    def play(self, name: str) -> None:
        path = self.files.get(name)
        if not self.enabled or path is None:
            return
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT)
        elif not QProcess.startDetached(self._player[0], [*self._player[1:], str(path)]):
            log.warning("could not start %s to play the %s sound", self._player[0], name)
