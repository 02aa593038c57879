"""The check-in sounds are played by the system's own player, started without waiting: a stand-in `pw-play` on PATH
(a shell script, the way the real one is found and started) records what it was asked to play."""

from __future__ import annotations

import os
import stat
import sys
import wave
from pathlib import Path

import pytest

from nightout_desk.ui.checkin.sound import Sounds

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows plays through winsound, not a player")


@pytest.fixture
def recording_player(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `pw-play` (and, on macOS, an `afplay`) that appends the file it is given to played.txt."""
    folder, played = tmp_path / "bin", tmp_path / "played.txt"
    folder.mkdir()
    for name in ("pw-play", "afplay"):
        script = folder / name
        script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$*" >> "{played}"\n')
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return played


def seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def test_ok_and_problem_tones_are_played_by_the_system_player(qtbot, recording_player: Path) -> None:
    sounds = Sounds()
    sounds.play("ok")
    qtbot.waitUntil(lambda: recording_player.is_file() and len(recording_player.read_text().splitlines()) == 1)
    sounds.play("problem")
    qtbot.waitUntil(lambda: len(recording_player.read_text().splitlines()) == 2)
    ok, problem = (Path(line) for line in recording_player.read_text().splitlines())
    assert ok.name == "ok.wav" and problem.name == "problem.wav"
    assert seconds(ok) == pytest.approx(0.12, abs=0.01)
    assert seconds(problem) == pytest.approx(0.29, abs=0.01)  # two tones with a short gap: the problem sound


def test_sound_switched_off_plays_nothing(qtbot, recording_player: Path) -> None:
    sounds = Sounds()
    sounds.enabled = False
    sounds.play("ok")
    sounds.enabled = True
    sounds.play("problem")  # the first line is this one: "ok" never reached the player
    qtbot.waitUntil(recording_player.is_file)
    qtbot.wait(300)
    assert [Path(line).name for line in recording_player.read_text().splitlines()] == ["problem.wav"]


def test_no_player_means_silence_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if sys.platform == "darwin":
        pytest.skip("afplay is always there on macOS")
    monkeypatch.setenv("PATH", str(tmp_path))  # no pw-play, paplay or aplay
    sounds = Sounds()
    sounds.play("ok")
    assert sounds.files == {}
