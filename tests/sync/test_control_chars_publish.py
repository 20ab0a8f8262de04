"""No control character reaches the real WordPress title or slug, however it got into the library."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from editor.cli import main
from editor.store import ArticleStore
from tests.sync.conftest import full_article, posts_marked
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress


def test_a_headline_and_slug_holding_control_characters_reach_the_site_clean(
    store: ArticleStore, wordpress: WordPressServer, keyring_account: str, tmp_path: Path, capsys
) -> None:
    tag = uuid.uuid4().hex[:8]
    article = full_article(tmp_path, tag=tag, body_image=False)
    article = article.copy(
        headline=f"Storm\x1b[2J\x07 closes\x00 the harbour {tag}",
        slug=f"storm-closes\x1b-harbour-{tag}",
    )
    store.save(article)
    assert main(["publish", article.id]) == 0, capsys.readouterr().err
    [post] = posts_marked(wordpress, article.id)
    assert post["title"]["raw"] == f"Storm closes the harbour {tag}"
    assert post["slug"] == f"storm-closes-harbour-{tag}"
