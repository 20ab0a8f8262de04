"""The History dialog of an article whose first save has not landed yet (real window, real SQLite file)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from tests.ui.shell_support import SAVE_TIMEOUT_MS

pytest_plugins = ["tests.ui.shell_fixtures"]  # the main_window and settings_dir fixtures


def test_history_of_a_new_article_not_saved_yet_says_there_are_no_revisions(qtbot, main_window, data_dir):
    # Found by tests/ui/stateful_editing_test.py: History right after Ctrl+N said "The history could not
    # be read: No article with id …" when the first save had not landed yet.
    window = main_window
    blocker = sqlite3.connect(data_dir / "copydesk.sqlite3", timeout=0, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # a busy disk holds the first save back
    try:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        window.window_actions.history.trigger()
        dialog = window.history_dialog
        qtbot.waitUntil(lambda: bool(dialog.diff_view.toPlainText()), timeout=SAVE_TIMEOUT_MS)
        assert dialog.diff_view.toPlainText().startswith("No revisions yet")
        assert dialog.revision_count() == 0
        dialog.reject()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
