"""``copydesk account add --kind ghost`` and publishing to the real Ghost from the command line; one
library publishing to a WordPress and a Ghost account; the key only ever in the keyring."""

from __future__ import annotations

import io
import json
import os
import time
import uuid
from pathlib import Path

import pytest

from editor.article import Article, Status
from editor.cli import main
from editor.cms.accounts import AccountStore
from editor.store import ArticleStore
from tests.ghost.server import GhostServer
from tests.sync.conftest import account_in_keyring, full_article, posts_marked
from tests.sync.test_secrets import files_containing
from tests.wordpress.server import WordPressServer


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _saved(store: ArticleStore, folder: Path) -> Article:
    article = full_article(folder, tag=uuid.uuid4().hex[:8], body_image=False)
    store.save(article)
    return article


@pytest.fixture
def ghost_account(data_dir: Path, ghost: GhostServer, monkeypatch, capsys) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(ghost.admin_key + "\n"))
    code, _out, err = _run(
        capsys, "account", "add", "blog", "--kind", "ghost", "--url", ghost.base_url, "--password-stdin"
    )
    assert code == 0, err
    return "blog"


def test_account_add_and_test_say_which_cms_and_version(
    ghost_account: str, ghost: GhostServer, capsys
) -> None:
    code, out, err = _run(capsys, "account", "test", ghost_account)
    assert code == 0, err
    assert "CMS:  Ghost 5." in out and "Local Test Ghost" in out
    code, out, _ = _run(capsys, "account", "list", "--json")
    assert json.loads(out) == [{"name": "blog", "url": ghost.base_url, "username": "", "kind": "ghost"}]


def test_a_key_of_the_wrong_shape_is_one_clear_line(
    data_dir: Path, ghost: GhostServer, monkeypatch, capsys
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("not-a-key\n"))
    code, _out, err = _run(
        capsys, "account", "add", "b", "--kind", "ghost", "--url", ghost.base_url, "--password-stdin"
    )
    assert code == 1 and "not a Ghost Admin API key" in err and len(err.strip().splitlines()) == 1
    assert AccountStore(data_dir).list() == []


def test_publish_edit_conflict_and_outage_from_the_cli(
    store: ArticleStore, ghost: GhostServer, ghost_account: str, tmp_path: Path, capsys
) -> None:
    article = _saved(store, tmp_path)
    code, out, err = _run(capsys, "publish", article.id)
    assert code == 0, err
    (post,) = ghost.posts_marked(article.id)
    assert out.strip() == post["url"]
    code, out, _ = _run(capsys, "status", article.id, "--json")
    assert json.loads(out)["remote_id"] == post["id"]

    store.save(store.get(article.id).copy(standfirst="Ferries resume on Wednesday."))
    code, out, err = _run(capsys, "publish", article.id)
    assert code == 0, err
    assert [p["id"] for p in ghost.posts_marked(article.id)] == [post["id"]]
    assert ghost.get_post(post["id"])["custom_excerpt"] == "Ferries resume on Wednesday."

    time.sleep(1.1)
    ghost.edit_post(post["id"], title="Edited in Ghost")
    store.save(store.get(article.id).copy(body=article.body + "\n\nLocal line."))
    code, out, err = _run(capsys, "publish", article.id)
    assert code == 1 and "edited on the site" in err and f"copydesk resolve {article.id}" in err
    assert ghost.get_post(post["id"])["title"] == "Edited in Ghost"
    code, out, err = _run(capsys, "resolve", article.id, "take-theirs")
    assert code == 0, err
    assert store.get(article.id).headline == "Edited in Ghost"

    other = _saved(store, tmp_path / "other")
    ghost.stop_node()
    try:
        code, out, err = _run(capsys, "publish", other.id, "--wait", "0")
        assert code == 0, err
        assert out.startswith("Queued: Ghost is unreachable") and "copydesk sync" in out
    finally:
        ghost.start_node()
    code, out, err = _run(capsys, "sync", "--wait", "10")
    assert code == 0, err and out.startswith("published")
    assert len(ghost.posts_marked(other.id)) == 1 and store.get(other.id).status == Status.PUBLISHED

    code, out, err = _run(capsys, "pull", ghost_account, post["id"])
    assert code == 0, err
    assert store.get(out.strip()).headline == "Edited in Ghost"


def test_one_library_publishes_to_wordpress_and_to_ghost(
    store: ArticleStore,
    data_dir: Path,
    ghost: GhostServer,
    ghost_account: str,
    wordpress: WordPressServer,
    tmp_path: Path,
    capsys,
) -> None:
    with account_in_keyring(data_dir, "paper", wordpress.base_url, wordpress):
        to_wordpress = _saved(store, tmp_path / "wp")
        to_ghost = _saved(store, tmp_path / "ghost")
        assert _run(capsys, "publish", to_wordpress.id, "--account", "paper")[0] == 0
        assert _run(capsys, "publish", to_ghost.id, "--account", ghost_account)[0] == 0
        assert (
            len(posts_marked(wordpress, to_wordpress.id)) == 1 and ghost.posts_marked(to_wordpress.id) == []
        )
        assert len(ghost.posts_marked(to_ghost.id)) == 1 and posts_marked(wordpress, to_ghost.id) == []
        assert store.get(to_wordpress.id).remote.account == "paper"
        assert store.get(to_ghost.id).remote.account == ghost_account

        code, _out, _ = _run(capsys, "sync")
        assert code == 0


def test_the_key_never_reaches_the_database_settings_logs_or_messages(
    store: ArticleStore, data_dir: Path, ghost: GhostServer, ghost_account: str, tmp_path: Path, capsys
) -> None:
    published = _saved(store, tmp_path / "a")
    assert _run(capsys, "publish", published.id)[0] == 0
    offline = _saved(store, tmp_path / "b")
    ghost.stop_node()
    try:
        assert _run(capsys, "publish", offline.id, "--wait", "0")[0] == 0
    finally:
        ghost.start_node()
    messages = [capsys.readouterr().out]
    for argv in (["status", offline.id, "--json"], ["outbox", "--json"], ["account", "list", "--json"]):
        _code, out, err = _run(capsys, *argv)
        messages += [out, err]
    _key_id, secret = ghost.admin_key.split(":")
    for text in messages:
        assert ghost.admin_key not in text and secret not in text
    secrets = [ghost.admin_key.encode(), secret.encode()]
    folders = [data_dir] + [
        Path(os.environ[name]) for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME") if name in os.environ
    ]
    for folder in folders:  # the library, accounts.json, settings, anything cached or logged
        assert files_containing(folder, secrets) == []
