"""The real program under Xvfb with its accessibility bridge on, read from outside over AT-SPI as Orca reads it:
a ticket scanned with real key events changes what the check-in banner says (its accessible name), and the app
announces the result, so a reader speaks it while the keyboard stays in the search box.

Needs Xvfb, openbox, xdotool, dbus-daemon, dbus-send, at-spi2-core and Debian's python3-pyatspi for /usr/bin/python3
(`make test` installs them). Skipped, saying why, without them.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests import test_real_keyboard as real
from tests.test_real_keyboard import Screen, _window, checked_in, wait_for

night = real.night  # the same event, families and laptop settings as the real-keyboard test

SYSTEM_PYTHON = "/usr/bin/python3"
LISTEN = Path(__file__).with_name("atspi_listen.py")


def _missing() -> str:
    tools = [t for t in ("Xvfb", "xdotool", "openbox", "dbus-daemon", "dbus-send") if not shutil.which(t)]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        tools.append("at-spi2-core")
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"],
                                                           capture_output=True).returncode:
        tools.append("python3-pyatspi")
    return ", ".join(tools)


pytestmark = pytest.mark.skipif(bool(_missing()), reason=f"needs {_missing()} (make test installs them)")


class SessionBus:
    """A private D-Bus session bus: the accessibility bus is started on it on demand (org.a11y.Bus)."""

    def __init__(self, env: dict[str, str]) -> None:
        read, write = os.pipe()
        self.proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                                      f"--print-address={write}"], pass_fds=(write,), env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as fh:
            self.address = fh.readline().strip()
        # start the accessibility bus now (GetAddress activates it), so the app finds it ready at its start
        subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                        "org.a11y.Bus.GetAddress"], env={**env, "DBUS_SESSION_BUS_ADDRESS": self.address},
                       check=True, capture_output=True, timeout=60)

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _activate(screen: Screen, window: str) -> bool:
    """Raise and focus a window; False while the window manager is not ready for it yet."""
    try:
        screen.xdotool("windowactivate", "--sync", window)
    except subprocess.CalledProcessError:
        return False
    return True


def heard(listener: subprocess.Popen, what: str, check, timeout: float = 30.0) -> dict:
    """The next line the listener prints that passes `check`."""
    lines: list[dict] = []

    def next_line() -> dict | None:
        line = listener.stdout.readline()
        if not line:
            raise AssertionError(f"the AT-SPI listener stopped before {what}; it heard {lines}")
        lines.append(json.loads(line))
        assert "error" not in lines[-1], lines[-1]["error"]
        return lines[-1] if check(lines[-1]) else None

    return wait_for(what, next_line, timeout)


def test_the_banner_says_the_check_in_over_at_spi(tmp_path, night):
    db, _desk, families, _volunteer, config = night
    screen = Screen(tmp_path)
    bus = SessionBus(screen.env)
    env = {**screen.env, "DBUS_SESSION_BUS_ADDRESS": bus.address, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
           "NIGHTOUT_CONFIG_DIR": str(config), "NIGHTOUT_DATA_DIR": str(tmp_path / "data"),
           "NIGHTOUT_LOG_DIR": str(tmp_path / "logs")}
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen([sys.executable, "-m", "nightout_desk", "--db", str(db.path)], env=env,
                           stdout=log, stderr=subprocess.STDOUT)
    listener = None
    try:
        dialog = wait_for("the operator dialog", lambda: _window(screen, "Who is at the desk"), 60)
        wait_for("the operator dialog active", lambda: _activate(screen, dialog))
        screen.xdotool("key", "Return")
        main = wait_for("the main window", lambda: _window(screen, "NightOut Desk —"), 60)
        wait_for("the main window active", lambda: _activate(screen, main))
        listener = subprocess.Popen([SYSTEM_PYTHON, str(LISTEN), "Check-in result", "90"], env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        before = heard(listener, "the banner", lambda line: "name" in line, 60)["name"]
        assert before.startswith("Type a name, phone or ticket code")

        screen.scan(families[1].ticket_code)  # García
        wait_for("the check-in", lambda: checked_in(db) == 1)
        after = heard(listener, "the banner's new name", lambda line: line.get("name", before) != before)["name"]
        assert after == "✓ CHECKED IN — García: 2 adults, 2 kids"
        screen.scan(families[1].ticket_code)
        said = heard(listener, "the announcement", lambda line: "ALREADY" in line.get("announcement", ""))
        assert said["announcement"].startswith("⚠ ALREADY CHECKED IN — García at ")
    finally:
        if listener is not None:
            listener.kill()
            listener.wait(timeout=10)
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
        bus.close()
        screen.close()
        log.close()
        print((tmp_path / "app.log").read_text(errors="replace")[-3000:])  # shown when the test fails
