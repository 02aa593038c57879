"""Short optional sounds for the check-in result (a tone for OK, a lower double tone for a problem)."""

from __future__ import annotations

import logging
import math
import struct
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)


def _tone_file(path: Path, tones: list[tuple[float, float]]) -> Path:
    rate = 22050
    frames = bytearray()
    for freq, seconds in tones:
        n = int(rate * seconds)
        for i in range(n):
            envelope = min(1.0, i / 200, (n - i) / 200)
            frames += struct.pack("<h", int(9000 * envelope * math.sin(2 * math.pi * freq * i / rate)))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return path


class Sounds(QObject):
    """Plays through QtMultimedia when it is available; silently does nothing otherwise."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.enabled = True
        self._effects = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # pragma: no cover - Addons not installed
            return
        folder = Path(tempfile.mkdtemp(prefix="nightout-sounds-"))
        for name, tones in {"ok": [(880, 0.12)], "problem": [(330, 0.12), (0, 0.05), (330, 0.12)]}.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(_tone_file(folder / f"{name}.wav", tones))))
            effect.setVolume(0.6)
            self._effects[name] = effect

    def play(self, name: str) -> None:
        if self.enabled and name in self._effects:
            self._effects[name].play()
