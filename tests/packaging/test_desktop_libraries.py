"""The real window on X11 (Qt's xcb plugin), and the one-line message when a system library it needs is
missing (Qt's own message names a package that is often already installed)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.ui.system_libraries import XCB_PLUGIN_LIBRARIES, missing_libraries, missing_message, qt_platform
from tests.benchmarks.bench_ui import MappedWindowProbe
from tests.packaging.conftest import require_tool

START_TIMEOUT_S = 120  # start-up on a loaded machine; not what these tests are about
MISSING = "libxcb-icccm.so.4"


def copydesk_command() -> list[str]:
    """The installed ``copydesk`` script next to this Python (the venv's), else ``python -m editor``."""
    script = Path(sys.executable).with_name("copydesk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "editor"]


def test_the_missing_ones_are_named_with_their_debian_packages() -> None:
    fake = "libcopydesk-no-such-library.so.0"
    assert missing_libraries(["libc.so.6", fake]) == [fake]
    message = missing_message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "\n" not in message
    assert "libxcb-icccm.so.4" in message and "apt-get install libxcb-icccm4 libxcb-keysyms1" in message


def test_the_platform_is_the_one_qt_will_try_first() -> None:
    assert qt_platform({}) == "xcb"
    assert qt_platform({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"
    assert qt_platform({"QT_QPA_PLATFORM": "xcb;wayland"}) == "xcb"
    assert qt_platform({"WAYLAND_DISPLAY": "wayland-0"}) == "wayland"


def test_this_machine_has_every_library_the_window_needs() -> None:
    assert missing_libraries() == [], "CI must install them (tests/run.sh)"


def test_a_missing_xcb_library_gives_one_clear_line_instead_of_qts_abort(tmp_path: Path) -> None:
    # An unloadable file first on the loader's path makes the real library unresolvable for this process,
    # for our check and for Qt's plugin alike.
    shadow = tmp_path / "lib"
    shadow.mkdir()
    (shadow / MISSING).write_bytes(b"")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "LD_LIBRARY_PATH": str(shadow), "DISPLAY": ":0"}
    result = subprocess.run(
        [*copydesk_command(), "--data-dir", str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert MISSING in lines[0] and XCB_PLUGIN_LIBRARIES[MISSING] in lines[0]


def _free_display() -> int:
    for number in range(300, 400):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display")


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private Xvfb screen (no window manager), stopped by PID afterwards."""
    xvfb = require_tool("Xvfb", "xvfb")
    for _attempt in range(3):  # another run may take the display between the check and the start
        display = f":{_free_display()}"
        server = subprocess.Popen(
            [xvfb, display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline and server.poll() is None:
            if Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
                break
            time.sleep(0.05)
        if server.poll() is None:
            break
    else:
        pytest.fail(f"Xvfb did not start: {server.stderr.read().decode()[-2000:]}")
    try:
        yield display
    finally:
        server.terminate()
        server.wait(30)


def test_the_installed_app_opens_its_window_on_a_real_x_display(x_display: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DISPLAY": x_display,
        "QT_QPA_PLATFORM": "xcb",
        "COPYDESK_SMOKE_TEST": "1",  # quits by itself about a second after the window is shown
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("WAYLAND_DISPLAY", None)
    probe = None
    for _attempt in range(100):  # the X socket exists slightly before the server accepts clients
        try:
            probe = MappedWindowProbe(x_display)
            break
        except RuntimeError:
            time.sleep(0.1)
    assert probe is not None, f"cannot connect to Xvfb on {x_display}"
    app = subprocess.Popen(
        [*copydesk_command(), "--data-dir", str(tmp_path / "data")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    mapped = False
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline and app.poll() is None and not mapped:
            mapped = probe.mapped(b"Copydesk")
            time.sleep(0.02)
        _out, err = app.communicate(timeout=START_TIMEOUT_S)
    finally:
        probe.close()
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 0, err[-3000:]
    assert mapped, f"no mapped Copydesk window on {x_display}; app said: {err[-3000:]}"
    assert "main window shown" in err


def test_the_readme_apt_line_installs_every_library_the_window_needs() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    [apt_line] = [line for line in readme.splitlines() if line.startswith("sudo apt-get install")]
    assert set(XCB_PLUGIN_LIBRARIES.values()) <= set(apt_line.split())
