"""One window per library: a second ``copydesk [FILE...]`` on a library that already has a window hands
its files to that window and exits 0, instead of opening a second window that overwrites the first.

Real processes (offscreen Qt), a real SQLite file, the real CLI to look at the library.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from editor.app.files import export_article
from editor.article import Article

# Generous: start-up and hand-over on a loaded machine. What is under test is that it happens at all.
START_TIMEOUT_S = 120
SMOKE_SHOWN = "main window shown"  # what editor.ui.smoke prints once a window of its own is up


def copydesk(*args: str, env: dict[str, str], cwd: Path | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "editor", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=cwd,
    )


@pytest.fixture
def gui_env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("COPYDESK_SMOKE_TEST", None)
    return env


@pytest.fixture
def running_window(tmp_path: Path, gui_env: dict[str, str]) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """A Copydesk window (a real process) on a fresh library, ended by PID afterwards."""
    data_dir = tmp_path / "library"
    window = copydesk("--data-dir", str(data_dir), env=gui_env)
    try:
        # Launched at the same moment, either could be the window: wait until this one holds the library.
        wait_for(lambda: (data_dir / "copydesk.lock").exists(), "the first window's lock")
        yield data_dir, window
    finally:
        window.kill()
        window.communicate(timeout=START_TIMEOUT_S)


def headlines(data_dir: Path) -> list[str]:
    listed = subprocess.run(
        [sys.executable, "-m", "editor", "--data-dir", str(data_dir), "list", "--json"],
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
    )
    return [item["headline"] for item in json.loads(listed.stdout or "[]")]


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up after {START_TIMEOUT_S} s waiting for {what}")
        time.sleep(0.2)


def finish(process: subprocess.Popen[str]) -> str:
    """Wait for ``process`` to end; its stderr."""
    try:
        _out, err = process.communicate(timeout=START_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
        pytest.fail(f"still running after {START_TIMEOUT_S} s: {err[-3000:]}")
    return err


def test_a_second_launch_hands_its_file_to_the_open_window_and_exits(
    running_window, tmp_path: Path, gui_env: dict[str, str]
) -> None:
    data_dir, window = running_window
    export_article(Article(headline="Handed over", body="From the second launch."), tmp_path / "s.md")
    # A relative path: it must reach the other process (another working folder) as the same file.
    second = copydesk(
        "--data-dir", str(data_dir), "s.md", env={**gui_env, "COPYDESK_SMOKE_TEST": "1"}, cwd=tmp_path
    )
    err = finish(second)

    assert second.returncode == 0, err[-3000:]
    assert SMOKE_SHOWN not in err  # it opened no window of its own
    assert window.poll() is None, "the first window must still run"
    wait_for(lambda: "Handed over" in headlines(data_dir), "the handed-over article in the library")
    assert headlines(data_dir).count("Handed over") == 1


def test_a_second_launch_without_files_only_brings_the_window_forward(
    running_window, gui_env: dict[str, str]
) -> None:
    data_dir, window = running_window
    second = copydesk("--data-dir", str(data_dir), env={**gui_env, "COPYDESK_SMOKE_TEST": "1"})
    err = finish(second)
    assert second.returncode == 0, err[-3000:]
    assert SMOKE_SHOWN not in err
    assert window.poll() is None


def test_another_data_folder_is_another_library_with_its_own_window(
    running_window, tmp_path: Path, gui_env: dict[str, str]
) -> None:
    _data_dir, window = running_window
    other = copydesk("--data-dir", str(tmp_path / "other"), env={**gui_env, "COPYDESK_SMOKE_TEST": "1"})
    err = finish(other)
    assert other.returncode == 0, err[-3000:]
    assert SMOKE_SHOWN in err
    assert window.poll() is None


def test_the_lock_of_a_crashed_window_does_not_block_the_next_start(
    running_window, gui_env: dict[str, str]
) -> None:
    data_dir, window = running_window
    window.send_signal(signal.SIGKILL)  # a crash: the lock file stays behind
    window.wait(START_TIMEOUT_S)
    assert (data_dir / "copydesk.lock").exists()

    again = copydesk("--data-dir", str(data_dir), env={**gui_env, "COPYDESK_SMOKE_TEST": "1"})
    err = finish(again)
    assert again.returncode == 0, err[-3000:]
    assert SMOKE_SHOWN in err
