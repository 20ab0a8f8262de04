"""Pictures placed through the window are published: dragged into the body, or chosen with the featured
image's picker; a duplicate keeps them. Real window, real file dialog (Qt's own, offscreen), real WordPress.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog

from editor.article import Article, Byline
from editor.cli import main
from editor.store import ArticleStore
from editor.ui.main_window import MainWindow
from tests.cms.conftest import write_png
from tests.sync.conftest import keyring_account, posts_marked  # noqa: F401 - a fixture
from tests.ui.publish_window_test import (  # noqa: F401 - a fixture
    NETWORK_TIMEOUT_MS,
    _open,
    _publish_from_menu,
    _status_text,
    publishing_window,
)
from tests.ui.shell_support import EVENT_TIMEOUT_MS, wait_saved
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.ui.shell_fixtures", "tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress


def _choose_in_file_dialog(qtbot, path: Path) -> None:
    """Pick ``path`` in the file dialog about to open (Qt's own dialog: offscreen has no native one)."""

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, pick)
            return
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, pick)


def _media_named(wordpress: WordPressServer, stem: str) -> list[dict]:
    """The site's media whose file name holds ``stem`` (newest 100: the names are unique to the test)."""
    with wordpress.rest() as rest:
        found = rest.get("/wp/v2/media", params={"context": "edit", "per_page": 100})
    found.raise_for_status()
    return [item for item in found.json() if stem in str(item.get("source_url", ""))]


def test_pictures_dragged_into_the_body_and_picked_as_featured_image_are_published(
    qtbot,
    publishing_window: MainWindow,  # noqa: F811
    wordpress: WordPressServer,
    data_dir: Path,
    tmp_path: Path,
    capsys,
) -> None:
    window = publishing_window
    unique = uuid.uuid4().bytes  # bytes no other test uploads (an upload is found again by its hash)
    stem = f"placed-{unique.hex()[:10]}"
    (tmp_path / "photos").mkdir()
    dragged = write_png(tmp_path / "photos" / f"{stem}-body.png", tuple(unique[:3]))
    featured = write_png(tmp_path / f"{stem}-featured.png", tuple(unique[3:6]))
    article = Article(
        headline=f"Harbour {stem}", body="The harbour closed.", bylines=[Byline("Maria Keller")]
    )
    store = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:
        store.save(article)
    finally:
        store.close()
    _open(qtbot, window, article.id)

    editor = window.form.body_editor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    drop = QMimeData()
    drop.setUrls([QUrl.fromLocalFile(str(dragged))])
    editor.insertFromMimeData(drop)  # what a drop from the file manager hands the editor
    assert f"]({dragged})" in editor.markdown()

    image_editor = window.form.details.image_editor
    _choose_in_file_dialog(qtbot, featured)
    image_editor.browse_button.click()
    qtbot.waitUntil(lambda: image_editor.path_edit.text() == str(featured), timeout=EVENT_TIMEOUT_MS)
    image_editor.alt_edit.setText("The harbour")
    wait_saved(qtbot, window)

    _publish_from_menu(qtbot, window)
    qtbot.waitUntil(lambda: _status_text(window).startswith("Published"), timeout=NETWORK_TIMEOUT_MS)
    [post] = posts_marked(wordpress, article.id)
    [body_media] = _media_named(wordpress, f"{stem}-body")
    [featured_media] = _media_named(wordpress, f"{stem}-featured")
    assert body_media["source_url"] in post["content"]["raw"]
    assert post["featured_media"] == featured_media["id"]

    window.commands.duplicate_article()
    qtbot.waitUntil(lambda: window.current_article_id() not in (None, article.id), timeout=EVENT_TIMEOUT_MS)
    copy_id = window.current_article_id()
    wait_saved(qtbot, window)
    assert main(["publish", copy_id]) == 0, capsys.readouterr().err
    [copy_post] = posts_marked(wordpress, copy_id)
    assert body_media["source_url"] in copy_post["content"]["raw"]  # the same picture, not uploaded again
    assert len(_media_named(wordpress, stem)) == 2
