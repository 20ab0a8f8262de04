"""The PyInstaller one-folder bundle (slow: several minutes on 2 cores; not in the default run).

    python -m pytest tests/packaging/test_bundle.py -m slow -s

Real parts: packaging/build.sh (PyInstaller in its own build venv; the script checks the bundle itself
too), then the bundle is started from / with no Python in its environment.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from editor.ui.body.spelling import DICTIONARIES

from .conftest import REPO_ROOT

BUILD_TIMEOUT = 1800
RUN_TIMEOUT = 360

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "DIST_DIR": str(work / "dist"), "BUILD_DIR": str(work / "build")}
    result = subprocess.run(
        ["bash", str(REPO_ROOT / "packaging" / "build.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(result.stdout[-500:])
    return work / "dist" / "copydesk"


def run_bundle(bundle: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the bundled program with a bare environment: no Python, no virtualenv, cwd=/."""
    bare = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8", **env}
    return subprocess.run(
        [str(bundle / "copydesk"), *args],
        cwd="/",
        env=bare,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
    )


def test_bundle_reports_its_version(bundle: Path) -> None:
    result = run_bundle(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("copydesk ")


def test_bundle_starts_offscreen_and_greets_a_new_user(bundle: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    started = run_bundle(
        bundle, "--data-dir", str(data_dir), QT_QPA_PLATFORM="offscreen", COPYDESK_SMOKE_TEST="1"
    )
    assert started.returncode == 0, started.stderr
    assert (data_dir / "copydesk.sqlite3").is_file()
    listing = run_bundle(bundle, "--data-dir", str(data_dir), "list", "--json")
    assert listing.returncode == 0, listing.stderr
    assert [a["headline"] for a in json.loads(listing.stdout)] == ["Welcome to Copydesk"]


def test_bundle_leaves_out_unused_qt(bundle: Path) -> None:
    internal = bundle / "_internal"
    modules = {path.name.split(".")[0] for path in (internal / "PySide6").glob("Qt*.so")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= modules
    assert not modules & {"QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia", "QtSql"}
    translations = [p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")]
    assert translations and all(name.startswith("qtbase_") for name in translations)
    assert "qtbase_fr.qm" in translations
    assert (internal / "editor" / "resources" / "translations" / "copydesk_fr.qm").is_file()
    dictionaries = {p.name for p in (internal / "spellchecker" / "resources").glob("*.json.gz")}
    assert dictionaries == {f"{code}.json.gz" for code in DICTIONARIES}  # every language it can check
    assert (internal / "editor" / "resources" / "app" / "copydesk.svg").is_file()
    assert list((internal / "editor" / "store" / "migrations" / "versions").glob("0001_*.py"))
