"""Startup as a user meets it: the welcome article on a first run, the status bar with nothing open.

Real parts: MainWindow, QSettings INI files in the test's own folder, the store on a SQLite file.
"""

from __future__ import annotations

from editor.article import Article
from editor.ui import settings as keys
from editor.ui.settings import Settings
from tests.ui.shell_support import SAVE_TIMEOUT_MS

pytest_plugins = ["tests.ui.shell_fixtures"]


def test_first_run_opens_the_welcome_article_even_with_a_stale_last_article(qtbot, window_factory):
    # Settings are per user, data folders are not: an id remembered from another folder is not here.
    Settings().set_value(keys.LAST_ARTICLE_ID, "0000-from-another-data-folder")
    window = window_factory()
    qtbot.waitUntil(lambda: window.current_article_id() is not None, timeout=SAVE_TIMEOUT_MS)
    assert window.form.headline.text() == "Welcome to Copydesk"
    assert window.center.currentWidget() is window.form


def test_a_later_start_reopens_the_last_open_article_not_the_welcome(qtbot, store, window_factory):
    story = Article(headline="Harbour closes", body="Words.")
    store.save(story)
    Settings().set_value(keys.LAST_ARTICLE_ID, story.id)
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
