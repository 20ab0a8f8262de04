"""Helpers for the packaging tests: the repository root and external tools that CI must have."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.copydesk.Copydesk"
LINUX_DIR = REPO_ROOT / "packaging" / "linux"


def require_tool(name: str, debian_package: str) -> str:
    """The tool's path; outside CI a missing tool skips the test, in CI (CI=true) it fails it."""
    path = shutil.which(name)
    if path:
        return path
    message = f"{name} is not installed (Debian package {debian_package})"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{message}; CI must install it")
    pytest.skip(message)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Slow packaging tests (a clean venv from the index, the PyInstaller build) run only when asked:
    `-m slow` (or any -m expression naming it) or COPYDESK_SLOW_TESTS=1."""
    if "slow" in (config.getoption("markexpr") or "") or os.environ.get("COPYDESK_SLOW_TESTS") == "1":
        return
    here = Path(__file__).parent
    skip = pytest.mark.skip(reason="slow packaging test: run with -m slow or COPYDESK_SLOW_TESTS=1")
    for item in items:
        if "slow" in item.keywords and item.path.is_relative_to(here):
            item.add_marker(skip)
