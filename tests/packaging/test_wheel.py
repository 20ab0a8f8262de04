"""The wheel and sdist, built from a clean copy of the repository and installed outside it.

Real parts: `python -m build` (hatchling in an isolated build env; the wheel is built FROM the sdist, so
this also proves the sdist is complete), a fresh venv, the installed `copydesk` console script run with
cwd=/ so nothing can resolve relative to the checkout.

The default run installs the wheel with `--no-deps` into a venv that sees this interpreter's
site-packages (PySide6 & co. are not downloaded again): fast, and it proves the wheel carries its own
files and entry point. `test_wheel_in_a_clean_venv_with_dependencies_from_the_index` (marked slow) does
the full thing: a venv with no system packages, every dependency from the package index (~250 MB; pip's
cache is reused): `python -m pytest tests/packaging -m slow`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import REPO_ROOT

VERSION_TIMEOUT = 180
SMOKE_TIMEOUT = 300


def tracked_files() -> list[str]:
    """The files a fresh clone has (as in the working tree: local edits count, untracked files do not)."""
    if not (REPO_ROOT / ".git").exists():
        pytest.skip("not a git checkout: cannot tell which files a clean clone has")
    listing = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO_ROOT, check=True, capture_output=True, text=True
    ).stdout
    return [name for name in listing.split("\0") if name and (REPO_ROOT / name).is_file()]


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """{"wheel": ..., "sdist": ...} built from a copy of the tracked files."""
    work = tmp_path_factory.mktemp("build")
    clone = work / "clone"
    for name in tracked_files():
        target = clone / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO_ROOT / name, target)
    out = work / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(clone)],
        check=True,
        capture_output=True,
        env=_pip_env(),
    )
    (wheel,) = out.glob("copydesk-*.whl")
    (sdist,) = out.glob("copydesk-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def _pip_env(**extra: str) -> dict[str, str]:
    """The environment for pip and the installed app: no PYTHONPATH, pip's usual cache even under
    tests/run.sh (which points XDG_CACHE_HOME at a throwaway folder)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.setdefault("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return {**env, **extra}


def test_wheel_carries_every_resource_and_package_file(dists: dict[str, Path]) -> None:
    names = set(zipfile.ZipFile(dists["wheel"]).namelist())
    tracked = tracked_files()
    expected = {f"editor/{n}" for n in tracked if n.startswith("resources/")}  # at editor/resources/
    expected |= {n for n in tracked if n.startswith("editor/")}  # code, and alembic migrations as files
    assert expected - names == set()
    assert "editor/resources/app/copydesk.svg" in names
    assert "editor/resources/welcome/welcome.md" in names
    # the interface's translations, compiled by the build (hatch_build.py), not committed
    assert {
        "editor/resources/translations/copydesk_fr.qm",
        "editor/resources/translations/copydesk_en.qm",
    } <= names
    assert not [n for n in names if n.startswith(("tests/", "packaging/", "resources/"))]
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "copydesk = editor.cli:main" in zipfile.ZipFile(dists["wheel"]).read(entry_points).decode()


def test_sdist_carries_resources_and_packaging(dists: dict[str, Path]) -> None:
    with tarfile.open(dists["sdist"]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for needed in (
        "pyproject.toml",
        "resources/app/copydesk.svg",
        "resources/welcome/welcome.md",
        "packaging/linux/io.copydesk.Copydesk.desktop",
        "packaging/linux/io.copydesk.Copydesk.metainfo.xml",
    ):
        assert needed in names


@pytest.fixture(scope="module")
def installed(dists: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv outside the repository with the wheel installed (its dependencies seen from this Python)."""
    venv = tmp_path_factory.mktemp("venv") / "copydesk"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    subprocess.run(
        [venv / "bin" / "python", "-m", "pip", "install", "-q", "--no-deps", "--no-index", dists["wheel"]],
        check=True,
        capture_output=True,
        env=_pip_env(),
    )
    return venv


def run_installed(venv: Path, *args: str, timeout: float, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(venv / "bin" / args[0]), *args[1:]],
        cwd="/",
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_pip_env(**env),
    )


def test_installed_code_and_resources_come_from_the_venv(installed: Path) -> None:
    probe = (
        "import json, editor, editor.resources as r;"
        "print(json.dumps([editor.__file__, str(r.resources_root()), r.read_text('welcome', 'welcome.md')]))"
    )
    result = run_installed(installed, "python", "-c", probe, timeout=VERSION_TIMEOUT)
    assert result.returncode == 0, result.stderr
    package_file, root, welcome = json.loads(result.stdout)
    assert Path(package_file).is_relative_to(installed)
    assert Path(root).is_relative_to(installed) and Path(root).parts[-2:] == ("editor", "resources")
    assert welcome.startswith("---\nheadline: Welcome to Copydesk")


def wheel_version(wheel: Path) -> str:
    return wheel.name.split("-")[1]


def test_installed_version(installed: Path, dists: dict[str, Path]) -> None:
    result = run_installed(installed, "copydesk", "--version", timeout=VERSION_TIMEOUT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"copydesk {wheel_version(dists['wheel'])}"


def smoke_start(venv: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """Start the GUI offscreen in smoke-test mode: it must show the main window and quit by itself."""
    try:
        return run_installed(
            venv,
            "copydesk",
            "--data-dir",
            str(data_dir),
            timeout=SMOKE_TIMEOUT,
            QT_QPA_PLATFORM="offscreen",
            COPYDESK_SMOKE_TEST="1",
        )
    except subprocess.TimeoutExpired:
        pytest.fail(
            "the smoke start did not quit: editor.ui.app.run must call "
            "editor.ui.smoke.install_smoke_quit(app, window)"
        )


def test_installed_app_starts_offscreen_and_creates_its_database(installed: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "fresh data"
    result = smoke_start(installed, data_dir)
    assert result.returncode == 0, result.stderr
    assert "main window shown" in result.stderr
    assert (data_dir / "copydesk.sqlite3").is_file()


def test_first_start_greets_with_the_welcome_article(installed: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert smoke_start(installed, data_dir).returncode == 0
    assert smoke_start(installed, data_dir).returncode == 0  # a second start adds nothing
    listing = run_installed(
        installed, "copydesk", "--data-dir", str(data_dir), "list", "--json", timeout=VERSION_TIMEOUT
    )
    assert listing.returncode == 0, listing.stderr
    assert [a["headline"] for a in json.loads(listing.stdout)] == ["Welcome to Copydesk"]


@pytest.fixture
def clean_venv(dists: dict[str, Path], tmp_path: Path) -> Iterator[Path]:
    venv = tmp_path / "clean-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [venv / "bin" / "python", "-m", "pip", "install", "-q", dists["wheel"]],
        check=True,
        capture_output=True,
        env=_pip_env(),
    )
    yield venv


@pytest.mark.slow
def test_wheel_in_a_clean_venv_with_dependencies_from_the_index(
    clean_venv: Path, dists: dict[str, Path], tmp_path: Path
) -> None:
    result = run_installed(clean_venv, "copydesk", "--version", timeout=VERSION_TIMEOUT)
    assert result.stdout.strip() == f"copydesk {wheel_version(dists['wheel'])}", result.stderr
    started = smoke_start(clean_venv, tmp_path / "data")
    assert started.returncode == 0, started.stderr
    assert (tmp_path / "data" / "copydesk.sqlite3").is_file()
