"""Publishing from the main window against the real WordPress (pytest-qt, offscreen Qt, real keyring).

Real parts: MainWindow with ``install_publishing``, the store on a SQLite file, the account's password in
gnome-keyring (run under dbus-run-session, as tests/run.sh does), the test WordPress on 127.0.0.1.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from editor.article import Article, Status
from editor.store import ArticleStore
from editor.ui.core import AppCore
from editor.ui.main_window import MainWindow
from editor.ui.publish import install_publishing
from editor.ui.publish.conflict import ConflictDialog
from tests.sync.conftest import full_article, keyring_account, posts_marked  # noqa: F401 - a fixture
from tests.ui.shell_support import STARTUP_TIMEOUT_MS, close_window
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.ui.shell_fixtures", "tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress

NETWORK_TIMEOUT_MS = 180_000


def _article_in_library(data_dir: Path, folder: Path) -> Article:
    article = full_article(folder, tag=uuid.uuid4().hex[:8], body_image=False)
    store = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:
        store.save(article)
    finally:
        store.close()
    return article


@pytest.fixture
def publishing_window(qtbot, data_dir: Path, settings_dir: Path, keyring_account: str):  # noqa: F811
    window = MainWindow(AppCore(data_dir))
    install_publishing(window)
    window.show()
    with qtbot.waitSignal(window.library_ready, timeout=STARTUP_TIMEOUT_MS):
        window.start()
    yield window
    close_window(qtbot, window)


def _open(qtbot, window: MainWindow, article_id: str) -> None:
    window.library.model.refresh()
    qtbot.waitUntil(lambda: window.library.model.row_of(article_id) is not None, timeout=STARTUP_TIMEOUT_MS)
    window.commands.open_article(article_id)
    qtbot.waitUntil(lambda: window.current_article_id() == article_id, timeout=STARTUP_TIMEOUT_MS)


def _status_text(window: MainWindow) -> str:
    return window.publishing.status.label.text()


def _publish_from_menu(qtbot, window: MainWindow) -> None:
    window.window_actions.publish.trigger()  # Ctrl+Shift+P: checklist, then publish_requested


def _published_from_the_window(
    qtbot, window: MainWindow, data_dir: Path, folder: Path
) -> tuple[Article, int]:
    """A full article opened in the window and published from its menu; returns it and its post id."""
    article = _article_in_library(data_dir, folder)
    _open(qtbot, window, article.id)
    _publish_from_menu(qtbot, window)
    qtbot.waitUntil(lambda: _status_text(window).startswith("Published"), timeout=NETWORK_TIMEOUT_MS)
    return article, window.store.get(article.id).remote.remote_id


def test_publish_from_the_window_shows_published_with_the_link(
    qtbot, publishing_window: MainWindow, wordpress: WordPressServer, data_dir: Path, tmp_path: Path
) -> None:
    window = publishing_window
    article = _article_in_library(data_dir, tmp_path)
    _open(qtbot, window, article.id)
    _publish_from_menu(qtbot, window)
    qtbot.waitUntil(lambda: _status_text(window).startswith("Published"), timeout=NETWORK_TIMEOUT_MS)
    posts = posts_marked(wordpress, article.id)
    assert len(posts) == 1
    assert f'href="{posts[0]["link"]}"' in _status_text(window)
    assert window.store.get(article.id).status == Status.PUBLISHED
    model = window.library.model  # redraws itself when the library announces the change

    def listed_as_published() -> bool:
        row = model.row_of(article.id)
        return row is not None and model._rows[row].status == Status.PUBLISHED

    qtbot.waitUntil(listed_as_published, timeout=STARTUP_TIMEOUT_MS)


def test_the_window_refuses_to_publish_the_welcome_article(
    qtbot, publishing_window: MainWindow, wordpress: WordPressServer
) -> None:
    window = publishing_window  # a first run: the welcome article is open
    qtbot.waitUntil(lambda: window.current_article_id() is not None, timeout=STARTUP_TIMEOUT_MS)
    welcome_id = window.current_article_id()
    assert window.store.get(welcome_id).headline == "Welcome to Copydesk"
    _publish_from_menu(qtbot, window)
    qtbot.waitUntil(
        lambda: "Fix the error" in window.statusBar().currentMessage(), timeout=NETWORK_TIMEOUT_MS
    )
    findings = [window.checklist.list.item(row).text() for row in range(window.checklist.list.count())]
    assert any("welcome article" in text and "Duplicate" in text for text in findings), findings
    assert posts_marked(wordpress, welcome_id) == [] and window.store.get(welcome_id).remote is None


def test_the_window_refuses_a_slug_another_published_story_went_out_under(
    qtbot, publishing_window: MainWindow, wordpress: WordPressServer, data_dir: Path, tmp_path: Path
) -> None:
    window = publishing_window
    first, _post_id = _published_from_the_window(qtbot, window, data_dir, tmp_path)
    second = _article_in_library(data_dir, tmp_path)
    _open(qtbot, window, second.id)
    slug = window.form.details.slug_field.line_edit
    slug.selectAll()
    qtbot.keyClicks(slug, window.store.get(first.id).slug)
    _publish_from_menu(qtbot, window)
    qtbot.waitUntil(
        lambda: "Fix the error" in window.statusBar().currentMessage(), timeout=NETWORK_TIMEOUT_MS
    )
    findings = [window.checklist.list.item(row).text() for row in range(window.checklist.list.count())]
    assert any(f"“{first.headline}”" in text for text in findings), findings
    assert posts_marked(wordpress, second.id) == []
    assert window.store.get(second.id).remote is None


def test_an_edit_on_the_site_opens_the_conflict_dialog_and_keep_mine_overwrites(
    qtbot, publishing_window: MainWindow, wordpress: WordPressServer, data_dir: Path, tmp_path: Path
) -> None:
    window = publishing_window
    article, post_id = _published_from_the_window(qtbot, window, data_dir, tmp_path)
    time.sleep(1.1)  # modified_gmt has one-second resolution
    with wordpress.rest() as client:
        client.post(
            f"/wp/v2/posts/{post_id}", json={"title": "Headline fixed by the web desk"}
        ).raise_for_status()

    headline = window.form.headline.line_edit
    headline.selectAll()
    qtbot.keyClicks(headline, "Storm closes the harbour for a third day")
    _publish_from_menu(qtbot, window)

    def conflict_dialog() -> ConflictDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: conflict_dialog() is not None, timeout=NETWORK_TIMEOUT_MS)
    dialog = conflict_dialog()
    diff = dialog.diff_view.toPlainText()
    assert "Headline fixed by the web desk" in diff and "for a third day" in diff
    assert "On site, edited " in diff and "My version, saved " in diff  # the sides, named
    assert not {"f1", "t1"} & set(diff.split())  # no difflib navigation links
    assert wordpress.get_post(post_id)["title"]["raw"] == "Headline fixed by the web desk"  # untouched
    assert window.store.get(article.id).status == Status.CONFLICT

    dialog.keep_mine_button.click()
    qtbot.waitUntil(
        lambda: wordpress.get_post(post_id)["title"]["raw"] == "Storm closes the harbour for a third day",
        timeout=NETWORK_TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: _status_text(window).startswith("Published"), timeout=NETWORK_TIMEOUT_MS)
    assert len(posts_marked(wordpress, article.id)) == 1


def test_an_edit_typed_in_the_window_updates_the_same_post(
    qtbot, publishing_window: MainWindow, wordpress: WordPressServer, data_dir: Path, tmp_path: Path
) -> None:
    window = publishing_window
    article, post_id = _published_from_the_window(qtbot, window, data_dir, tmp_path)

    body = window.form.body_editor
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " The harbour master expects ferries to run again on Monday.")
    qtbot.waitUntil(lambda: window.store.get(article.id).status == Status.CHANGED, timeout=STARTUP_TIMEOUT_MS)
    _publish_from_menu(qtbot, window)
    qtbot.waitUntil(
        lambda: "ferries to run again on Monday" in wordpress.get_post(post_id)["content"]["raw"],
        timeout=NETWORK_TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: _status_text(window).startswith("Published"), timeout=NETWORK_TIMEOUT_MS)
    assert [post["id"] for post in posts_marked(wordpress, article.id)] == [post_id]
    assert window.store.get(article.id).remote.remote_id == post_id
