"""Typing in the real main window lands in the real SQLite file, even when the disk is briefly locked.

Real parts: MainWindow with the real ArticleForm, the store on a SQLite file in the test's data folder;
a second ArticleStore (or a raw sqlite3 connection holding an exclusive lock) on the same file.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.store import ArticleStore
from tests.ui.shell_support import SAVE_TIMEOUT_MS, close_window, wait_saved

pytest_plugins = ["tests.ui.shell_fixtures"]  # the main_window and settings_dir fixtures


def stored(data_dir: Path, article_id: str):
    other = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:
        return other.get(article_id) if other.exists(article_id) else None
    finally:
        other.close()


def type_new_article(qtbot, window, headline: str, body: str) -> str:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_article_id() is not None
    assert QApplication.focusWidget() is window.form.headline.line_edit
    qtbot.keyClicks(QApplication.focusWidget(), headline)
    window.form.body_editor.setFocus()
    qtbot.keyClicks(window.form.body_editor, body)
    return window.current_article_id()


def test_ctrl_n_then_typing_is_autosaved_to_the_sqlite_file(qtbot, main_window, data_dir):
    article_id = type_new_article(qtbot, main_window, "Storm hits the coast", "The storm hit at dawn.")

    def landed() -> bool:
        article = stored(data_dir, article_id)
        return article is not None and article.body == "The storm hit at dawn."

    qtbot.waitUntil(landed, timeout=SAVE_TIMEOUT_MS)
    assert stored(data_dir, article_id).headline == "Storm hits the coast"
    wait_saved(qtbot, main_window)
    assert "Storm hits the coast" in main_window.windowTitle()
    assert "Copydesk" in main_window.windowTitle()


def test_autosave_retries_while_the_database_is_locked_and_loses_nothing(qtbot, main_window, data_dir):
    article_id = type_new_article(qtbot, main_window, "Locked out", "First words.")
    wait_saved(qtbot, main_window)

    blocker = sqlite3.connect(data_dir / "copydesk.sqlite3", timeout=0, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.keyClicks(main_window.form.body_editor, " More words while the disk is locked.")
        qtbot.waitUntil(
            lambda: main_window.save_label.text() == "Save failed — retrying", timeout=SAVE_TIMEOUT_MS
        )
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()

    wait_saved(qtbot, main_window)
    assert stored(data_dir, article_id).body == "First words. More words while the disk is locked."


def test_after_a_crash_the_last_autosaved_text_is_reopened(qtbot, window_factory):
    first = window_factory()
    article_id = type_new_article(qtbot, first, "Crash course", "Typed before the crash.")
    wait_saved(qtbot, first)
    first.settings.sync()
    first.shutdown()  # no close event: as if the process had died after the autosave
    first.hide()

    second = window_factory()
    qtbot.waitUntil(lambda: second.current_article_id() == article_id, timeout=SAVE_TIMEOUT_MS)
    assert second.form.body_editor.markdown() == "Typed before the crash."
    assert second.form.headline.text() == "Crash course"


def test_closing_the_window_saves_what_was_just_typed(qtbot, window_factory, data_dir):
    window = window_factory()
    article_id = type_new_article(qtbot, window, "Last words", "Typed just before closing.")
    close_window(qtbot, window)  # no wait for the autosave timer
    assert stored(data_dir, article_id).body == "Typed just before closing."


@contextlib.contextmanager
def answering_message_boxes(button_text: str) -> Iterator[list[str]]:
    """While active, click ``button_text`` on any modal message box (accepting boxes without it).

    A timer polls because each box runs its own event loop. Yields the texts of the boxes seen.
    """
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(100)

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            for button in box.buttons():
                if button.text().replace("&", "") == button_text:
                    button.click()
                    return
            box.accept()

    timer.timeout.connect(poll)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()


def test_closing_on_a_dead_database_offers_to_export_and_loses_nothing(qtbot, window_factory, data_dir):
    window = window_factory()
    type_new_article(qtbot, window, "Rescued", "Saved before the lock.")
    wait_saved(qtbot, window)

    blocker = sqlite3.connect(data_dir / "copydesk.sqlite3", timeout=0, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.keyClicks(window.form.body_editor, " Typed while the disk was locked.")
        with answering_message_boxes("Export to File") as seen:
            window.close()  # the save fails after the database's busy timeout: the user is asked
            qtbot.waitUntil(lambda: not window.isVisible(), timeout=SAVE_TIMEOUT_MS)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()

    assert any("could not be saved" in text for text in seen)
    rescued = list((data_dir / "unsaved").glob("*.md"))
    assert len(rescued) == 1
    assert "Typed while the disk was locked." in rescued[0].read_text(encoding="utf-8")
