"""What the Ghost client says when something is wrong: one clear message, never the key."""

from __future__ import annotations

import re
import socket
import time

import pytest

from editor.article import Article
from editor.cli.messages import describe_error
from editor.cms.client import ConflictDetected
from editor.cms.draft import draft_from_article
from editor.cms.errors import AuthFailed, ConnectionFailed, Rejected
from editor.cms.ghost import GhostClient, NotGhost
from editor.cms.ghost_auth import BadAdminKey, check_admin_key
from editor.render import render_article
from tests.ghost.server import GhostServer
from tests.wordpress.server import WordPressServer


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_test_says_which_cms_and_version(ghost_client: GhostClient) -> None:
    info = ghost_client.test()
    assert (info.cms, info.name) == ("Ghost", "Local Test Ghost")
    assert info.cms_version.startswith("5.")


def test_nothing_at_the_address_is_a_connection_failure(ghost: GhostServer) -> None:
    client = GhostClient(f"http://127.0.0.1:{_closed_port()}", ghost.admin_key)
    with client, pytest.raises(ConnectionFailed) as caught:
        client.test()
    assert "Could not connect" in describe_error(caught.value)


def test_a_wordpress_site_is_not_ghost(ghost: GhostServer, wordpress: WordPressServer) -> None:
    client = GhostClient(wordpress.base_url, ghost.admin_key)
    with client, pytest.raises(NotGhost) as caught:
        client.test()
    assert "No Ghost Admin API found" in describe_error(caught.value)


@pytest.mark.parametrize("key", ["", "secret", "6b0f6ebedc91cf0f1a64d6e9", "b754a216a5030a6a55453ae5ed"])
def test_something_that_is_not_an_admin_key_is_refused_before_any_request(key: str) -> None:
    with pytest.raises(BadAdminKey) as raised:
        check_admin_key(key)
    assert re.search("not a Ghost Admin API key", describe_error(raised.value))


def test_a_wrong_or_revoked_key_is_refused_with_a_clear_message(ghost: GhostServer) -> None:
    key_id, secret = ghost.admin_key.split(":")
    for key in (f"{key_id}:{'0' * 64}", f"{'0' * 24}:{secret}"):  # wrong secret; a deleted integration
        with GhostClient(ghost.base_url, key) as client, pytest.raises(AuthFailed) as caught:
            client.test()
        message = describe_error(caught.value)
        assert "Admin API key" in message and "Settings → Integrations" in message
        assert key.split(":")[1] not in message


def test_a_title_over_255_characters_is_refused_with_ghosts_own_words(ghost_client: GhostClient) -> None:
    article = Article(headline="Storm " * 50, body="Body.")
    with pytest.raises(Rejected) as caught:
        ghost_client.create(draft_from_article(article, render_article(article)))
    assert caught.value.status == 422
    assert "exceeds maximum length of 255 characters" in describe_error(caught.value)
    assert not caught.value.transient


def test_a_validation_error_names_the_field(ghost_client: GhostClient) -> None:
    article = Article(headline="Long standfirst", standfirst="word " * 100, body="Body.")
    with pytest.raises(Rejected) as caught:
        ghost_client.create(draft_from_article(article, render_article(article)))
    assert caught.value.status == 422 and "custom_excerpt" in describe_error(caught.value)


def test_a_stale_version_is_refused_by_ghost_itself_and_named_as_a_conflict(
    ghost_client: GhostClient, ghost: GhostServer
) -> None:
    """Ghost's own conditional update (409 UPDATE_COLLISION) becomes the same ConflictDetected."""
    article = Article(headline="Conditional", body="First.")
    post = ghost_client.create(draft_from_article(article, render_article(article)))
    time.sleep(1.1)  # a later updated_at
    ghost.edit_post(str(post.id), title="Theirs")
    mine = article.copy(body="Mine.")
    with pytest.raises(ConflictDetected) as caught:
        ghost_client.update(post.id, draft_from_article(mine, render_article(mine)), version=post.version)
    assert "title" in caught.value.changed_fields  # Ghost names what changed there
    assert caught.value.expected == post.version and caught.value.remote.title == "Theirs"
    stored = ghost.get_post(str(post.id))
    assert stored["title"] == "Theirs" and "Mine." not in stored["html"]
