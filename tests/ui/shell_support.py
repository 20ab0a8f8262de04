"""Helpers for the UI-SHELL tests: open and close a real main window on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

from editor.ui.core import AppCore
from editor.ui.main_window import MainWindow

STARTUP_TIMEOUT_MS = 90_000
SAVE_TIMEOUT_MS = 90_000
# Waits for what the event loop does next (a paint, a focus change, a debounced signal): generous, so a
# loaded machine does not fail them; they bound a hang, they are not what the tests check.
EVENT_TIMEOUT_MS = 30_000


def open_window(qtbot, data_dir: Path) -> MainWindow:
    """Show a main window on ``data_dir`` and wait until the database and the form are ready."""
    # closed by the fixtures (not qtbot.addWidget: it would close first)
    window = MainWindow(AppCore(data_dir))
    window.show()
    with qtbot.waitSignal(window.library_ready, timeout=STARTUP_TIMEOUT_MS):
        window.start()
    return window


def close_window(qtbot, window: MainWindow) -> None:
    """Close as the user would (pending saves land first), then release the database."""
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=SAVE_TIMEOUT_MS)
    window.shutdown()


def wait_saved(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: window.autosaver.is_idle() and window.save_label.text() == "Saved", timeout=SAVE_TIMEOUT_MS
    )
