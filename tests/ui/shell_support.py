"""Fixtures for the UI-SHELL tests: a real main window on a real SQLite file in the test's data folder.

Imported by the ``shell_*_test.py`` modules (tests/ui is shared by several helpers, so no conftest here).
Settings go to a temporary INI folder, so no test reads or writes the user's real preferences.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from editor.ui.app import configure_application
from editor.ui.main_window import MainWindow

STARTUP_TIMEOUT_MS = 30_000
SAVE_TIMEOUT_MS = 30_000


@pytest.fixture
def settings_dir(tmp_path: Path, qapp: QApplication) -> Path:
    folder = tmp_path / "settings"
    folder.mkdir()
    configure_application(qapp)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


def open_window(qtbot, data_dir: Path) -> MainWindow:
    """Show a main window on ``data_dir`` and wait until the database and the form are ready."""
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.library_ready, timeout=STARTUP_TIMEOUT_MS):
        window.start()
    return window


def close_window(qtbot, window: MainWindow) -> None:
    """Close as the user would (pending saves land first), then release the database."""
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=SAVE_TIMEOUT_MS)
    window.shutdown()


@pytest.fixture
def main_window(qtbot, data_dir: Path, settings_dir: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, data_dir)
    yield window
    if window.isVisible():
        close_window(qtbot, window)
    else:
        window.shutdown()


def wait_saved(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: window.autosaver.is_idle() and window.save_label.text() == "Saved", timeout=SAVE_TIMEOUT_MS
    )
