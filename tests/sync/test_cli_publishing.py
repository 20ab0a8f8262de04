"""``copydesk publish / sync / status / unpublish / pull / resolve`` against the real WordPress.

The account lives in the real keyring (run under dbus-run-session, as tests/run.sh does); the commands
run in-process through ``editor.cli.main`` on the test's own data folder.
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

import pytest

from editor.article import Article, Status
from editor.cli import main
from editor.store import ArticleStore
from tests.sync.conftest import assert_post_has_every_field, full_article, posts_marked
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _saved(store: ArticleStore, folder: Path) -> Article:
    article = full_article(folder, tag=uuid.uuid4().hex[:8], body_image=False)
    store.save(article)
    return article


def test_publish_prints_the_url_of_one_complete_post_and_an_edit_updates_it(
    store: ArticleStore, wordpress: WordPressServer, keyring_account: str, tmp_path: Path, capsys
) -> None:
    article = _saved(store, tmp_path)
    code, out, err = _run(capsys, "publish", article.id)
    assert code == 0, err
    posts = posts_marked(wordpress, article.id)
    assert len(posts) == 1
    assert out.strip() == posts[0]["link"]
    assert_post_has_every_field(wordpress, article, wordpress.get_post(posts[0]["id"]))

    code, out, _ = _run(capsys, "status", article.id, "--json")
    status = json.loads(out)
    assert status["status"] == "published" and status["remote_id"] == posts[0]["id"]
    assert status["url"] == posts[0]["link"] and status["last_sync"]
    assert status["outbox"]["state"] == "done"

    store.save(store.get(article.id).copy(standfirst="Ferries resume on Wednesday."))
    time.sleep(1.1)
    code, out, err = _run(capsys, "publish", article.id)
    assert code == 0, err
    assert [p["id"] for p in posts_marked(wordpress, article.id)] == [posts[0]["id"]]
    assert wordpress.get_post(posts[0]["id"])["excerpt"]["raw"] == "Ferries resume on Wednesday."


def test_checklist_errors_stop_the_publish(
    store: ArticleStore, wordpress: WordPressServer, keyring_account: str, capsys
) -> None:
    empty = Article(headline="", body="")
    store.save(empty)
    code, out, err = _run(capsys, "publish", empty.id)
    assert code == 1
    assert "error:" in err and "not published" in err
    assert store.get(empty.id).status == Status.DRAFT
    code, out, _ = _run(capsys, "outbox")
    assert "empty" in out


def test_publish_refuses_the_welcome_article_and_a_slug_already_published(
    store: ArticleStore,
    wordpress: WordPressServer,
    keyring_account: str,
    data_dir: Path,
    tmp_path: Path,
    capsys,
) -> None:
    from editor.welcome import ensure_welcome

    welcome_id = ensure_welcome(store, data_dir)
    code, _out, err = _run(capsys, "publish", welcome_id)
    assert code == 1 and "not published" in err and "welcome article" in err
    assert posts_marked(wordpress, welcome_id) == [] and store.get(welcome_id).status == Status.DRAFT

    first = _saved(store, tmp_path)
    assert _run(capsys, "publish", first.id)[0] == 0
    second = full_article(tmp_path, tag=uuid.uuid4().hex[:8], body_image=False).copy(
        headline="Storm: the day after", slug=store.get(first.id).slug
    )
    store.save(second)
    code, _out, err = _run(capsys, "publish", second.id)
    assert code == 1 and "not published" in err
    assert f"“{first.headline}”" in err and second.slug in err  # names the other story
    assert posts_marked(wordpress, second.id) == [] and store.get(second.id).remote is None


def test_site_down_leaves_it_queued_and_sync_sends_it_later(
    store: ArticleStore, wordpress: WordPressServer, keyring_account: str, tmp_path: Path, capsys
) -> None:
    article = _saved(store, tmp_path)
    wordpress.stop_php()
    try:
        code, out, err = _run(capsys, "publish", article.id, "--wait", "0")
        assert code == 0, err
        assert out.startswith("Queued: WordPress is unreachable") and "copydesk sync" in out
        assert store.get(article.id).status == Status.QUEUED
    finally:
        wordpress.start_php()
    code, out, err = _run(capsys, "sync", "--wait", "10")
    assert code == 0, err
    assert out.startswith("published")
    posts = posts_marked(wordpress, article.id)
    assert len(posts) == 1 and posts[0]["link"] in out
    assert store.get(article.id).status == Status.PUBLISHED


def test_conflict_then_resolve_keep_mine(
    store: ArticleStore, wordpress: WordPressServer, keyring_account: str, tmp_path: Path, capsys
) -> None:
    article = _saved(store, tmp_path)
    assert _run(capsys, "publish", article.id)[0] == 0
    post_id = store.get(article.id).remote.remote_id
    time.sleep(1.1)
    with wordpress.rest() as client:
        client.post(f"/wp/v2/posts/{post_id}", json={"title": "Fixed on the site"}).raise_for_status()
    store.save(store.get(article.id).copy(headline="Storm closes the harbour for a second day"))

    code, _out, err = _run(capsys, "publish", article.id)
    assert code == 1 and "edited on the site" in err and "copydesk resolve" in err
    assert wordpress.get_post(post_id)["title"]["raw"] == "Fixed on the site"

    code, _, err = _run(capsys, "resolve", article.id, "keep-mine")
    assert code == 0, err
    assert wordpress.get_post(post_id)["title"]["raw"] == "Storm closes the harbour for a second day"


def test_unpublish_and_pull(
    store: ArticleStore, wordpress: WordPressServer, keyring_account: str, tmp_path: Path, capsys
) -> None:
    article = _saved(store, tmp_path)
    _run(capsys, "publish", article.id)
    post_id = store.get(article.id).remote.remote_id

    code, out, err = _run(capsys, "unpublish", article.id)  # no terminal: refuses without --yes
    assert code == 1 and "--yes" in err
    assert wordpress.get_post(post_id)["status"] == "publish"
    code, out, err = _run(capsys, "unpublish", article.id, "--yes")
    assert code == 0, err
    assert wordpress.get_post(post_id)["status"] == "draft"

    with wordpress.rest() as client:  # a post written on the site: pulled into a new local draft
        created = client.post(
            "/wp/v2/posts", json={"title": "Written on the site", "content": "<p>Desk copy.</p>"}
        )
        created.raise_for_status()
    code, out, err = _run(capsys, "pull", keyring_account, str(created.json()["id"]))
    assert code == 0, err
    pulled = store.get(out.strip())
    assert pulled.headline == "Written on the site" and "Desk copy." in pulled.body
    assert pulled.remote is not None and pulled.remote.remote_id == created.json()["id"]
    assert pulled.status == Status.DRAFT  # the post is a draft on the site

    count = store.count()  # the unpublished post is still bound to its article: that one, no copy
    code, out, err = _run(capsys, "pull", keyring_account, str(post_id))
    assert code == 0, err
    assert out.strip() == article.id and "already in this library" in err
    assert store.count() == count and store.get(article.id).headline == article.headline


def test_without_an_account_publish_says_how_to_add_one(store: ArticleStore, tmp_path: Path, capsys) -> None:
    article = _saved(store, tmp_path)
    code, _, err = _run(capsys, "publish", article.id)
    assert code == 1 and "copydesk account add" in err
    assert store.get(article.id).status == Status.READY


@pytest.mark.parametrize("way", ["publish-new", "unbind"])
def test_a_post_deleted_on_the_site_offers_a_new_post_or_unbinding(
    store: ArticleStore, wordpress: WordPressServer, keyring_account: str, tmp_path: Path, capsys, way: str
) -> None:
    article = _saved(store, tmp_path)
    assert _run(capsys, "publish", article.id)[0] == 0
    old_id = store.get(article.id).remote.remote_id
    with wordpress.rest() as client:
        client.delete(f"/wp/v2/posts/{old_id}", params={"force": "true"}).raise_for_status()
    store.save(store.get(article.id).copy(headline="Storm closes the harbour for a second day"))

    code, _out, err = _run(capsys, "publish", article.id)
    assert code == 1 and f"copydesk resolve {article.id} publish-new" in err and "unbind" in err

    code, _, err = _run(capsys, "resolve", article.id, way)
    assert code == 0, err
    stored = store.get(article.id)
    if way == "unbind":
        assert stored.remote is None and stored.status == Status.READY
        assert _run(capsys, "publish", article.id)[0] == 0  # and publishing works again from there
        stored = store.get(article.id)
    posts = posts_marked(wordpress, article.id)
    assert len(posts) == 1 and posts[0]["id"] != old_id
    assert posts[0]["title"]["raw"] == "Storm closes the harbour for a second day"
    assert stored.remote is not None and stored.remote.remote_id == posts[0]["id"]
    assert stored.status == Status.PUBLISHED
