"""``copydesk show ID --json | head``: a reader that stops early must not turn into a traceback.

Real processes and real pipes: the reading end is closed before the command writes a byte, as ``head``
does once it has its lines, so every write the command makes hits a closed pipe.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import BROKEN_PIPE_EXIT_CODE
from editor.cli import main as copydesk_main

RUN_TIMEOUT_S = 120  # a start-up allowance for a loaded machine, not a limit on the behaviour


def run_into_closed_pipe(data_dir: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody reads: the first write gets EPIPE
    try:
        return subprocess.run(
            [sys.executable, "-m", "editor", "--data-dir", str(data_dir), *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=RUN_TIMEOUT_S,
        )
    finally:
        os.close(write_end)


@pytest.fixture
def article_id(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert copydesk_main(["new", "--headline", "Storm batters the coast"]) == 0
    return capsys.readouterr().out.strip()


@pytest.mark.parametrize(
    "command",
    [
        ["show", "{id}", "--json"],
        ["show", "{id}"],
        ["list"],
        ["list", "--json"],
        ["export", "{id}", "--format", "md"],
        ["search", "storm"],
    ],
    ids=" ".join,
)
def test_a_closed_pipe_ends_the_command_quietly(data_dir: Path, article_id: str, command: list[str]) -> None:
    result = run_into_closed_pipe(data_dir, *(word.format(id=article_id) for word in command))
    assert result.stderr.decode() == ""  # no traceback, no "internal error", no "Exception ignored"
    assert result.returncode == BROKEN_PIPE_EXIT_CODE


def test_a_pipe_closed_after_the_first_lines_is_quiet_too(data_dir: Path, capsys) -> None:
    for number in range(300):  # more than a pipe buffer of listing, so `head` closes it mid-way
        assert copydesk_main(["new", "--headline", f"Story number {number} " + "x" * 200]) == 0
    capsys.readouterr()
    result = subprocess.run(
        f"{sys.executable} -m editor --data-dir {data_dir} list | head -n 2",
        shell=True,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
    )
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 2
    assert result.stderr == ""
