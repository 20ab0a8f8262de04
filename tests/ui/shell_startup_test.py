"""Startup as a user meets it: the welcome article on a first run, the status bar with nothing open.

Real parts: MainWindow, QSettings INI files in the test's own folder, the store on a SQLite file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.article import Article
from editor.ui import settings as keys
from editor.ui.core import AppCore
from editor.ui.main_window import MainWindow
from editor.ui.settings import Settings
from editor.welcome import database_folder
from tests.ui.shell_support import EVENT_TIMEOUT_MS, SAVE_TIMEOUT_MS, close_window
from tests.ui.widgets_support import SPELL_TIMEOUT_MS, is_flagged

pytest_plugins = ["tests.ui.shell_fixtures"]


def test_first_run_opens_the_welcome_article_even_with_a_stale_last_article(qtbot, data_dir, window_factory):
    # An id remembered for this folder whose article is not there (the folder was emptied by hand).
    Settings(data_dir).set_value(keys.LAST_ARTICLE_ID, "0000-from-another-data-folder")
    window = window_factory()
    qtbot.waitUntil(lambda: window.current_article_id() is not None, timeout=SAVE_TIMEOUT_MS)
    assert window.form.headline.text() == "Welcome to Copydesk"
    assert window.center.currentWidget() is window.form
    assert window.form.body_editor.verticalScrollBar().value() == 0  # its first line is in view


def test_a_later_start_reopens_the_last_open_article_not_the_welcome(qtbot, store, data_dir, window_factory):
    story = Article(headline="Harbour closes", body="Words.")
    store.save(story)
    Settings(data_dir).set_value(keys.LAST_ARTICLE_ID, story.id)
    window = window_factory()
    qtbot.waitUntil(lambda: window.current_article_id() == story.id, timeout=SAVE_TIMEOUT_MS)
    assert window.form.headline.text() == "Harbour closes"


def test_with_no_article_open_the_status_bar_does_not_say_saved(qtbot, store, window_factory):
    store.save(Article(headline="Not opened"))  # a library with articles gets no welcome article
    window = window_factory()
    assert window.current_article_id() is None
    assert window.save_label.text() == ""
    assert not window.checklist.publish_button.isEnabled()

    window.window_actions.new.trigger()
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=SAVE_TIMEOUT_MS)
    window.window_actions.delete.trigger()
    qtbot.waitUntil(lambda: window.current_article_id() is None, timeout=SAVE_TIMEOUT_MS)
    assert window.save_label.text() == ""


@pytest.mark.parametrize("key_bindings_installed", [False, True], ids=["before-start", "after-start"])
def test_ctrl_n_pressed_while_the_window_opens_makes_a_new_article_with_the_typed_headline(
    qtbot, store, settings_dir, key_bindings_installed
):
    store.save(Article(headline="Older story"))
    window = MainWindow(AppCore(Path(database_folder(store))))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=EVENT_TIMEOUT_MS)
    try:
        if key_bindings_installed:  # the menus and the library pane are built; the database still opens
            window.start()
        # Else before start(): no key bindings, library, form or database — the state of the first frames.
        qtbot.keyClick(
            QApplication.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
        )
        qtbot.keyClicks(QApplication.focusWidget() or window, "Mayor ")
        with qtbot.waitSignal(window.library_ready, timeout=SAVE_TIMEOUT_MS):
            window.start()  # (a no-op when already started) the database opens on a worker
            qtbot.keyClicks(QApplication.focusWidget() or window, "quitz")
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Backspace)
            qtbot.keyClicks(QApplication.focusWidget() or window, "s")
        assert window.form.headline.text() == "Mayor quits"
        assert QApplication.focusWidget() is window.form.headline.line_edit
        assert window.library.search_field.text() == ""
        new_id = window.current_article_id()
        qtbot.waitUntil(lambda: window.autosaver.is_idle() and store.exists(new_id), timeout=SAVE_TIMEOUT_MS)
        qtbot.waitUntil(lambda: store.get(new_id).headline == "Mayor quits", timeout=SAVE_TIMEOUT_MS)
        assert store.get(new_id).slug == "mayor-quits"
    finally:
        close_window(qtbot, window)


def test_after_startup_the_keyboard_is_in_the_reopened_article(qtbot, store, data_dir, window_factory):
    story = Article(headline="Harbour closes", body="Words.")
    store.save(story)
    Settings(data_dir).set_value(keys.LAST_ARTICLE_ID, story.id)
    window = window_factory()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.current_article_id() == story.id, timeout=SAVE_TIMEOUT_MS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.body_editor, timeout=EVENT_TIMEOUT_MS)


def test_with_nothing_to_open_startup_leaves_the_keyboard_in_the_library_search(qtbot, store, window_factory):
    store.save(Article(headline="Not opened"))
    window = window_factory()
    window.activateWindow()
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is window.library.search_field, timeout=EVENT_TIMEOUT_MS
    )


def test_text_typed_while_the_window_opens_lands_in_the_reopened_article(
    qtbot, store, data_dir, settings_dir
):
    story = Article(headline="Harbour closes", body="Words.")
    store.save(story)
    Settings(data_dir).set_value(keys.LAST_ARTICLE_ID, story.id)
    window = MainWindow(AppCore(Path(database_folder(store))))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=EVENT_TIMEOUT_MS)
    try:
        # The first frames: no key bindings, library, form or database yet.
        qtbot.keyClicks(QApplication.focusWidget() or window, "Ferries ")
        with qtbot.waitSignal(window.library_ready, timeout=SAVE_TIMEOUT_MS):
            window.start()  # the database opens on a worker; the story is read back after that
            qtbot.keyClicks(QApplication.focusWidget() or window, "stayed in porx")
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Backspace)
        qtbot.keyClicks(QApplication.focusWidget() or window, "t. ")  # before the text is in place
        qtbot.waitUntil(lambda: window.current_article_id() == story.id, timeout=SAVE_TIMEOUT_MS)
        qtbot.keyClicks(QApplication.focusWidget() or window, "Calm.")  # and after
        assert window.form.body_editor.toPlainText() == "Ferries stayed in port. Calm.Words."
        qtbot.waitUntil(lambda: window.autosaver.is_idle(), timeout=SAVE_TIMEOUT_MS)
        qtbot.waitUntil(
            lambda: store.get(story.id).body == "Ferries stayed in port. Calm.Words.", timeout=SAVE_TIMEOUT_MS
        )
    finally:
        close_window(qtbot, window)


def test_the_title_names_the_story_only_once_its_text_is_in_the_editor_and_typing_goes_there(
    qtbot, store, data_dir, settings_dir
):
    story = Article(headline="Harbour closes", body="Words.")
    store.save(story)
    Settings(data_dir).set_value(keys.LAST_ARTICLE_ID, story.id)
    window = MainWindow(AppCore(Path(database_folder(store))))
    seen_with_title: list[str] = []
    window.windowTitleChanged.connect(
        lambda title: (
            seen_with_title.append(window.form.body_editor.toPlainText())
            if "Harbour closes" in title
            else None
        )
    )
    window.show()
    window.prepare_resume()  # as the app does, while the window maps
    qtbot.waitExposed(window)
    window.activateWindow()
    try:
        with qtbot.waitSignal(window.library_ready, timeout=SAVE_TIMEOUT_MS):
            window.start()
            qtbot.waitUntil(lambda: bool(seen_with_title), timeout=SAVE_TIMEOUT_MS)
            # Typed as soon as the title says the story is there, whatever is still loading.
            qtbot.keyClicks(QApplication.focusWidget() or window, "At once. ")
        assert seen_with_title[0] == "Words."
        assert window.form.body_editor.toPlainText() == "At once. Words."
        qtbot.waitUntil(lambda: store.get(story.id).body == "At once. Words.", timeout=SAVE_TIMEOUT_MS)
    finally:
        close_window(qtbot, window)


def test_what_startup_imports_on_workers_never_loads_qt() -> None:
    """Two threads defining Qt classes at once crash PySide6: workers import only Qt-free modules."""
    import subprocess
    import sys

    from editor.ui.app import PUBLISHING_MODULES
    from editor.ui.main_window import FORM_MODULES, SIDE_PANE_MODULES

    modules = [*FORM_MODULES, *SIDE_PANE_MODULES, *PUBLISHING_MODULES]
    script = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    script += "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    command = [sys.executable, "-c", script, *modules]
    found = subprocess.run(command, capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]", found.stdout


def test_spelling_underlines_the_reopened_story_once_startup_is_done(qtbot, store, data_dir, window_factory):
    # The dictionary waits while the window opens (its load stalls the GUI thread); it must still come.
    story = Article(headline="Harbour closes", body="The harbuor closed at noon.")
    store.save(story)
    Settings(data_dir).set_value(keys.LAST_ARTICLE_ID, story.id)
    window = window_factory()
    qtbot.waitUntil(lambda: window.current_article_id() == story.id, timeout=SAVE_TIMEOUT_MS)
    body = window.form.body_editor
    qtbot.waitUntil(lambda: is_flagged(body, "harbuor"), timeout=SPELL_TIMEOUT_MS)
    assert not is_flagged(body, "closed")
