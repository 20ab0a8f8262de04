"""Fixtures for the UI-SHELL tests, loaded with ``pytest_plugins = ["tests.ui.shell_fixtures"]``.

tests/ui is shared by several helpers, so these are not in a conftest. Settings go to a temporary INI
folder, so no test reads or writes the user's real preferences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from editor.ui.app import configure_application
from editor.ui.main_window import MainWindow
from tests.ui.shell_support import close_window, open_window


@pytest.fixture
def settings_dir(tmp_path: Path, qapp: QApplication) -> Path:
    folder = tmp_path / "settings"
    folder.mkdir()
    configure_application(qapp)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def main_window(qtbot, data_dir: Path, settings_dir: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, data_dir)
    yield window
    if window.isVisible():
        close_window(qtbot, window)
    else:
        window.shutdown()


@pytest.fixture
def window_factory(qtbot, data_dir: Path, settings_dir: Path) -> Iterator[Callable[[], MainWindow]]:
    """Opens main windows on the test's data folder (after the test filled it); closes them after."""
    opened: list[MainWindow] = []

    def make() -> MainWindow:
        window = open_window(qtbot, data_dir)
        opened.append(window)
        return window

    yield make
    for window in opened:
        if window.isVisible():
            close_window(qtbot, window)
        else:
            window.shutdown()
