"""A post deleted on the real WordPress: every command that meets it says so and names the two ways forward
(``copydesk resolve ID publish-new`` or ``unbind``), never a retry that cannot succeed or a raw 404."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from editor.cli import main
from editor.store import ArticleStore
from tests.sync.conftest import full_article
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _assert_offers_the_ways_forward(article_id: str, text: str) -> None:
    assert "deleted on the site" in text, text
    assert f"copydesk resolve {article_id} publish-new" in text and "unbind" in text, text
    assert "--retry" not in text and "(404)" not in text and "Invalid post ID" not in text, text


def _published(store: ArticleStore, tmp_path: Path, capsys) -> tuple[str, int]:
    article = full_article(tmp_path, tag=uuid.uuid4().hex[:8], body_image=False)
    store.save(article)
    code, _, err = _run(capsys, "publish", article.id)
    assert code == 0, err
    return article.id, store.get(article.id).remote.remote_id


@pytest.mark.parametrize("how", ["deleted", "trashed"])
def test_every_command_after_the_post_was_deleted_names_publish_new_and_unbind(
    store: ArticleStore, wordpress: WordPressServer, keyring_account: str, tmp_path: Path, capsys, how: str
) -> None:
    article_id, post_id = _published(store, tmp_path, capsys)
    with wordpress.rest() as client:
        params = {"force": "true"} if how == "deleted" else {}
        client.delete(f"/wp/v2/posts/{post_id}", params=params).raise_for_status()
    store.save(store.get(article_id).copy(headline="Storm closes the harbour for a second day"))

    code, _, err = _run(capsys, "publish", article_id)
    assert code == 1
    _assert_offers_the_ways_forward(article_id, err)
    assert [p["id"] for p in wordpress.list_posts(search=article_id)] == []  # nothing brought back

    code, out, _ = _run(capsys, "status", article_id, "--json")
    failed = json.loads(out)["outbox"]
    assert failed["state"] == "failed"
    assert _run(capsys, "outbox", "--retry", failed["operation"])[0] == 0  # tried anyway
    code, out, err = _run(capsys, "sync")
    assert code == 1
    _assert_offers_the_ways_forward(article_id, out + err)

    code, _, err = _run(capsys, "unpublish", article_id, "--yes")
    assert code == 1
    _assert_offers_the_ways_forward(article_id, err)


def test_keep_mine_on_a_conflict_whose_post_was_then_deleted_says_the_post_is_gone(
    store: ArticleStore, wordpress: WordPressServer, keyring_account: str, tmp_path: Path, capsys
) -> None:
    article_id, post_id = _published(store, tmp_path, capsys)
    with wordpress.rest() as client:
        client.post(f"/wp/v2/posts/{post_id}", json={"title": "Fixed by the web desk"}).raise_for_status()
    store.save(store.get(article_id).copy(standfirst="Ferries resume on Wednesday."))
    code, _, err = _run(capsys, "publish", article_id)
    assert code == 1 and "keep-mine" in err  # the conflict
    with wordpress.rest() as client:
        client.delete(f"/wp/v2/posts/{post_id}", params={"force": "true"}).raise_for_status()

    for choice in ("keep-mine", "take-theirs"):
        code, _, err = _run(capsys, "resolve", article_id, choice)
        assert code == 1
        _assert_offers_the_ways_forward(article_id, err)

    code, _, err = _run(capsys, "resolve", article_id, "publish-new")
    assert code == 0, err
    [post] = [p for p in wordpress.list_posts(search=article_id) if article_id in p["content"]["raw"]]
    assert post["id"] != post_id and post["excerpt"]["raw"] == "Ferries resume on Wednesday."
