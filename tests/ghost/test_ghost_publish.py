"""Publishing through the outbox to the real test Ghost, read back through its Admin API."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from editor.article import Status
from editor.cli.messages import describe
from editor.cms.ghost import GhostClient
from editor.store import ArticleStore
from editor.sync.conflicts import Choice, pull_post, resolve_conflict
from editor.sync.outbox import OpState, latest_operation, queue_publish, queue_unpublish
from editor.sync.worker import Result, drain
from tests.ghost.conftest import ACCOUNT, GhostAccounts
from tests.ghost.server import GhostServer
from tests.sync.conftest import full_article


def _publish(store: ArticleStore, accounts: GhostAccounts, article_id: str) -> Result:
    queue_publish(store, article_id, ACCOUNT)
    report = drain(store, accounts)
    assert len(report.outcomes) == 1, report
    return report.outcomes[0].result


def _tag() -> str:
    return uuid.uuid4().hex[:8]


def test_a_fully_filled_article_arrives_with_every_field(
    store: ArticleStore, ghost: GhostServer, ghost_accounts: GhostAccounts, tmp_path: Path
) -> None:
    article = full_article(tmp_path, tag=_tag())
    store.save(article)

    assert _publish(store, ghost_accounts, article.id) == Result.PUBLISHED

    stored = store.get(article.id)
    assert stored.status == Status.PUBLISHED and stored.remote is not None
    post = ghost.get_post(str(stored.remote.remote_id))
    assert post["status"] == "published"
    assert post["title"] == article.headline
    assert post["custom_excerpt"] == article.standfirst
    assert post["slug"] == article.slug
    assert stored.remote.version == post["updated_at"] and stored.remote.url == post["url"]
    names = [tag["name"] for tag in post["tags"]]
    assert names[0] == article.section and post["primary_tag"]["name"] == article.section
    assert names[1:] == [*article.tags, f"#copydesk-{article.id}"]
    assert post["tags"][-1]["visibility"] == "internal"  # the marker is never shown to readers
    content = post["html"]
    for expected in (
        "LISBON",
        "Maria Keller",
        "Jon Ruiz",
        "with AFP",
        "Winds of up to 120 km/h",
        "What happens next",
        "Agence France-Presse",
        "Ana Silva",
        "harbour master",
        "Last winter",
        "https://example.org/storms-2025",
    ):
        assert expected in content, expected
    assert article.editors_note not in str(post)  # the editor's note is never sent
    assert str(tmp_path) not in str(post)  # no local path reaches the site
    assert post["feature_image"].startswith(f"{ghost.base_url}/content/images/")
    assert post["feature_image_alt"] == article.featured_image.alt
    assert (
        "The empty harbour" in post["feature_image_caption"] and "Jon Ruiz" in post["feature_image_caption"]
    )
    assert (
        f"{ghost.base_url}/content/images/" in content and "Map of the closed quays" in content
    )  # body image


def test_an_edit_updates_the_same_post_and_images_are_uploaded_once(
    store: ArticleStore, ghost: GhostServer, ghost_accounts: GhostAccounts, tmp_path: Path
) -> None:
    article = full_article(tmp_path, tag=_tag())
    store.save(article)
    assert _publish(store, ghost_accounts, article.id) == Result.PUBLISHED
    first = store.get(article.id).remote
    image = ghost.get_post(str(first.remote_id))["feature_image"]

    store.save(
        store.get(article.id).copy(headline=article.headline + " (updated)", body=article.body + "\n\nMore.")
    )
    assert _publish(store, ghost_accounts, article.id) == Result.UPDATED

    posts = ghost.posts_marked(article.id)
    assert [p["id"] for p in posts] == [first.remote_id]
    post = ghost.get_post(first.remote_id)
    assert post["title"].endswith("(updated)") and "More." in post["html"]
    assert post["feature_image"] == image  # the same upload, not a second copy
    assert store.get(article.id).status == Status.PUBLISHED


def test_an_edit_in_ghost_then_locally_is_a_conflict_and_the_site_is_untouched(
    store: ArticleStore, ghost: GhostServer, ghost_accounts: GhostAccounts, tmp_path: Path
) -> None:
    article = full_article(tmp_path, tag=_tag())
    store.save(article)
    assert _publish(store, ghost_accounts, article.id) == Result.PUBLISHED
    post_id = str(store.get(article.id).remote.remote_id)
    time.sleep(1.1)  # a version of its own (Ghost stamps to the second)
    ghost.edit_post(post_id, title="Edited in Ghost")

    store.save(store.get(article.id).copy(body=article.body + "\n\nLocal update."))
    assert _publish(store, ghost_accounts, article.id) == Result.CONFLICT

    assert ghost.get_post(post_id)["title"] == "Edited in Ghost"
    assert "Local update." not in ghost.get_post(post_id)["html"]
    op = latest_operation(store, article.id)
    assert op is not None and op.state == OpState.CONFLICT and "edited on the site" in describe(op.last_error)
    assert store.get(article.id).body.endswith("Local update.")

    resolve_conflict(store, ghost_accounts, article.id, Choice.KEEP_MINE)
    assert [o.result for o in drain(store, ghost_accounts).outcomes] == [Result.UPDATED]
    kept = ghost.get_post(post_id)
    assert kept["title"] == article.headline and "Local update." in kept["html"]


def test_an_edit_in_ghost_within_the_same_second_is_still_a_conflict(
    store: ArticleStore, ghost: GhostServer, ghost_accounts: GhostAccounts, tmp_path: Path
) -> None:
    """Ghost's updated_at has one-second resolution: the hash of what we last saw catches the edit."""
    for attempt in range(5):  # the edit must land in the same second as our publish
        article = full_article(tmp_path / str(attempt), tag=_tag(), body_image=False)
        store.save(article)
        assert _publish(store, ghost_accounts, article.id) == Result.PUBLISHED
        binding = store.get(article.id).remote
        edited = ghost.edit_post(str(binding.remote_id), title=f"Same-second edit {_tag()}")
        if edited["updated_at"] == binding.version:
            break
    else:
        pytest.skip("could not land an edit in the same second five times (machine too slow)")
    store.save(store.get(article.id).copy(body=article.body + "\n\nLocal update."))
    assert _publish(store, ghost_accounts, article.id) == Result.CONFLICT
    assert ghost.get_post(str(binding.remote_id))["title"] == edited["title"]


def test_take_theirs_brings_the_ghost_text_back(
    store: ArticleStore, ghost: GhostServer, ghost_accounts: GhostAccounts, tmp_path: Path
) -> None:
    article = full_article(tmp_path, tag=_tag())
    store.save(article)
    assert _publish(store, ghost_accounts, article.id) == Result.PUBLISHED
    post_id = str(store.get(article.id).remote.remote_id)
    time.sleep(1.1)
    ghost.edit_post(post_id, title="Their headline")
    store.save(store.get(article.id).copy(standfirst="My new standfirst"))
    assert _publish(store, ghost_accounts, article.id) == Result.CONFLICT

    resolve_conflict(store, ghost_accounts, article.id, Choice.TAKE_THEIRS)
    local = store.get(article.id)
    assert local.headline == "Their headline" and local.standfirst == article.standfirst
    assert local.bylines == article.bylines and local.sources == article.sources
    assert local.section == article.section and local.tags == article.tags
    assert local.editors_note == article.editors_note  # never on the site, kept locally
    assert any(r.headline == article.headline for r in store.revisions(article.id))  # mine is in history


def test_an_embargo_makes_a_scheduled_post_and_unpublish_makes_a_draft(
    store: ArticleStore, ghost: GhostServer, ghost_accounts: GhostAccounts, tmp_path: Path
) -> None:
    embargo = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    article = full_article(tmp_path, tag=_tag(), body_image=False).copy(embargo=embargo)
    store.save(article)
    assert _publish(store, ghost_accounts, article.id) == Result.PUBLISHED
    binding = store.get(article.id).remote
    post = ghost.get_post(str(binding.remote_id))
    assert post["status"] == "scheduled" and binding.remote_status == "future"
    assert post["published_at"] == embargo.strftime("%Y-%m-%dT%H:%M:%S.000Z")

    queue_unpublish(store, article.id)
    assert [o.result for o in drain(store, ghost_accounts).outcomes] == [Result.UNPUBLISHED]
    assert ghost.get_post(str(binding.remote_id))["status"] == "draft"
    assert len(ghost.posts_marked(article.id)) == 1


def test_publishing_with_ghost_stopped_queues_and_goes_out_when_it_is_back(
    store: ArticleStore, ghost: GhostServer, ghost_accounts: GhostAccounts, tmp_path: Path
) -> None:
    article = full_article(tmp_path, tag=_tag())
    store.save(article)
    ghost.stop_node()
    try:
        assert _publish(store, ghost_accounts, article.id) == Result.RETRYING
        assert store.get(article.id).status == Status.QUEUED
        op = latest_operation(store, article.id)
        assert op is not None and "127.0.0.1" in describe(op.last_error)
    finally:
        ghost.start_node()
    later = datetime.now(UTC) + timedelta(minutes=10)
    assert [o.result for o in drain(store, ghost_accounts, clock=lambda: later).outcomes] == [
        Result.PUBLISHED
    ]
    assert len(ghost.posts_marked(article.id)) == 1
    assert store.get(article.id).status == Status.PUBLISHED


def test_related_search_and_open_from_cms(
    store: ArticleStore,
    ghost: GhostServer,
    ghost_accounts: GhostAccounts,
    ghost_client: GhostClient,
    tmp_path: Path,
) -> None:
    tag = _tag()
    article = full_article(tmp_path, tag=tag)
    store.save(article)
    assert _publish(store, ghost_accounts, article.id) == Result.PUBLISHED
    post_id = store.get(article.id).remote.remote_id

    found = ghost_client.search_posts(f"harbour {tag}")
    assert [p.id for p in found] == [post_id] and found[0].title == article.headline
    assert ghost_client.search_posts(f"nothing-like-{tag}") == []

    pulled = pull_post(store, ghost_client, ACCOUNT, post_id)
    assert pulled.id != article.id  # the original is in this library: the pull is a new article
    assert pulled.headline == article.headline and pulled.standfirst == article.standfirst
    assert pulled.bylines == article.bylines and pulled.credit_line == article.credit_line
    assert pulled.sources == article.sources and [r.url for r in pulled.related] == [
        r.url for r in article.related
    ]
    assert pulled.section == article.section and pulled.tags == article.tags
    assert pulled.featured_image is not None and pulled.featured_image.alt == article.featured_image.alt
    assert "What happens next" in pulled.body
    assert pulled.remote is not None and pulled.remote.remote_id == post_id
