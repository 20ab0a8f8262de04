"""Linux desktop integration: the .desktop entry, AppStream metainfo, icons and the install script.

Validated with the real tools distributions use (desktop-file-validate, appstreamcli).
"""

from __future__ import annotations

import configparser
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.metadata import metadata, version
from pathlib import Path

from PySide6.QtGui import QImage

from .conftest import APP_ID, LINUX_DIR, REPO_ROOT, require_tool

DESKTOP_FILE = LINUX_DIR / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX_DIR / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry(path: Path = DESKTOP_FILE) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates() -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint


def test_metainfo_validates() -> None:
    tool = require_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--explain", str(METAINFO_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_opens_markdown_files_with_the_app() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "copydesk %F"
    assert "text/markdown" in entry["MimeType"].split(";")
    assert entry["Icon"] == APP_ID
    assert entry["Categories"].split(";")[:2] == ["Office", "WordProcessor"]


def test_metainfo_agrees_with_the_project() -> None:
    """Version, licence and ids must not drift apart when pyproject.toml changes."""
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP_FILE.name
    assert root.findtext("project_license") == metadata("copydesk")["License-Expression"]
    newest = root.find("releases/release")
    assert newest.get("version") == version("copydesk"), "add a <release> for the new version"


def test_icons_are_rendered_at_every_size(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(REPO_ROOT / "packaging" / "render_icons.py"), str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for size in ICON_SIZES:
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the mark is drawn, not blank
        assert image.pixelColor(0, 0).alpha() == 0  # rounded tile: the corner stays transparent
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_install_script_puts_entry_icons_and_metainfo_in_the_user_data_folder(tmp_path: Path) -> None:
    program = tmp_path / "bundle" / "copydesk"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    data_home = tmp_path / "share"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data_home)}
    script = LINUX_DIR / "install-desktop.sh"
    subprocess.run(
        ["bash", str(script), "--exec", str(program)],
        check=True,
        capture_output=True,
        env={**env, "PYTHON": sys.executable, "QT_QPA_PLATFORM": "offscreen"},
    )
    installed = data_home / "applications" / DESKTOP_FILE.name
    assert desktop_entry(installed)["Exec"] == f"{program} %F"
    assert (data_home / "metainfo" / METAINFO_FILE.name).read_bytes() == METAINFO_FILE.read_bytes()
    for size in ICON_SIZES:
        assert (data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()

    subprocess.run(["bash", str(script), "--uninstall"], check=True, capture_output=True, env=env)
    assert not installed.exists()
    assert not list(data_home.rglob(f"{APP_ID}.*"))
