"""Publishing through the outbox to the real test WordPress (MariaDB + php -S), read back through REST."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from editor.article import Status, utcnow
from editor.cli.messages import describe
from editor.store import ArticleStore
from editor.sync.conflicts import Choice, resolve_conflict
from editor.sync.outbox import OpState, latest_operation, queue_publish, queue_unpublish
from editor.sync.worker import Result, drain
from tests.sync.conftest import ACCOUNT, SiteAccounts, full_article
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress


def _tag() -> str:
    return uuid.uuid4().hex[:8]


def _term_names(wordpress: WordPressServer, taxonomy: str, ids: list[int]) -> set[str]:
    with wordpress.rest() as client:
        return {client.get(f"/wp/v2/{taxonomy}/{term_id}").json()["name"] for term_id in ids}


def _posts_marked(wordpress: WordPressServer, article_id: str) -> list[dict]:
    return [p for p in wordpress.list_posts(search=article_id) if article_id in p["content"]["raw"]]


def _edit_on_site(wordpress: WordPressServer, post_id: int, **fields: str) -> None:
    time.sleep(1.1)  # modified_gmt has one-second resolution
    with wordpress.rest() as client:
        client.post(f"/wp/v2/posts/{post_id}", json=fields).raise_for_status()


def _publish(store: ArticleStore, accounts: SiteAccounts, article_id: str) -> Result:
    queue_publish(store, article_id, ACCOUNT)
    report = drain(store, accounts)
    assert len(report.outcomes) == 1, report
    return report.outcomes[0].result


def test_publish_makes_one_post_with_every_field(
    store: ArticleStore, wordpress: WordPressServer, accounts: SiteAccounts, tmp_path: Path
) -> None:
    tag = _tag()
    article = full_article(tmp_path, tag=tag)
    store.save(article)

    assert _publish(store, accounts, article.id) == Result.PUBLISHED

    stored = store.get(article.id)
    assert stored.status == Status.PUBLISHED
    assert stored.remote is not None and stored.remote.account == ACCOUNT
    post = wordpress.get_post(stored.remote.remote_id)
    assert post["status"] == "publish"
    assert post["title"]["raw"] == article.headline
    assert post["excerpt"]["raw"] == article.standfirst
    assert post["slug"] == article.slug
    assert stored.remote.url == post["link"] and stored.remote.version == post["modified_gmt"]
    content = post["content"]["raw"]
    for expected in (
        "LISBON",
        "Maria Keller",
        "Jon Ruiz",
        "with AFP",
        "Winds of up to 120 km/h",
        "What happens next",
        "Agence France-Presse",
        "Ana Silva",
        "Last winter",
        "Sources",
    ):
        assert expected in content, expected
    assert "CHECK-WITH-DESK" not in content  # the editor's note is never sent
    assert str(tmp_path) not in content and "file:" not in content  # no local path reaches the site
    assert "/wp-content/uploads/" in content  # the body image points at the site's copy
    assert _term_names(wordpress, "categories", post["categories"]) == {"Weather"}
    assert _term_names(wordpress, "tags", post["tags"]) == {"storm", "Lisbon", "ports"}
    assert post["featured_media"]
    with wordpress.rest() as client:
        media = client.get(f"/wp/v2/media/{post['featured_media']}", params={"context": "edit"}).json()
    assert media["alt_text"] == "Empty quay in the rain"
    assert len(_posts_marked(wordpress, article.id)) == 1


def test_publishing_again_updates_the_same_post_without_new_uploads(
    store: ArticleStore, wordpress: WordPressServer, accounts: SiteAccounts, tmp_path: Path
) -> None:
    article = full_article(tmp_path, tag=_tag())
    store.save(article)
    _publish(store, accounts, article.id)
    first = store.get(article.id).remote
    assert first is not None
    media_before = len(wordpress.list_posts()) and _media_count(wordpress)

    store.save(store.get(article.id).copy(headline=article.headline + ", ferries cancelled"))
    assert store.get(article.id).status == Status.CHANGED
    time.sleep(1.1)
    assert _publish(store, accounts, article.id) == Result.UPDATED

    again = store.get(article.id)
    assert again.status == Status.PUBLISHED
    assert again.remote is not None and again.remote.remote_id == first.remote_id
    assert wordpress.get_post(first.remote_id)["title"]["raw"].endswith("ferries cancelled")
    assert len(_posts_marked(wordpress, article.id)) == 1
    assert _media_count(wordpress) == media_before  # both images were reused, not uploaded again


def _media_count(wordpress: WordPressServer) -> int:
    with wordpress.rest() as client:
        response = client.get("/wp/v2/media", params={"per_page": 1})
        return int(response.headers["X-WP-Total"])


def _conflicted(
    store: ArticleStore, wordpress: WordPressServer, accounts: SiteAccounts, folder: Path
) -> tuple[str, int]:
    """A published article, edited on the site and then locally, published again: a conflict."""
    article = full_article(folder, tag=_tag())
    store.save(article)
    _publish(store, accounts, article.id)
    post_id = store.get(article.id).remote.remote_id
    _edit_on_site(wordpress, post_id, title="Corrected on the site", content="<p>The desk's correction.</p>")
    store.save(store.get(article.id).copy(body=article.body + "\n\nLocal update at 14:00."))
    assert _publish(store, accounts, article.id) == Result.CONFLICT
    return article.id, post_id


def test_an_edit_on_the_site_stops_the_update_and_nothing_is_overwritten(
    store: ArticleStore, wordpress: WordPressServer, accounts: SiteAccounts, tmp_path: Path
) -> None:
    article_id, post_id = _conflicted(store, wordpress, accounts, tmp_path)
    post = wordpress.get_post(post_id)
    assert post["title"]["raw"] == "Corrected on the site"
    assert post["content"]["raw"] == "<p>The desk's correction.</p>"
    assert store.get(article_id).status == Status.CONFLICT
    assert store.get(article_id).body.endswith("Local update at 14:00.")
    op = latest_operation(store, article_id)
    assert op is not None and op.state == OpState.CONFLICT and "edited on the site" in describe(op.last_error)


def test_keep_mine_overwrites_the_site(
    store: ArticleStore, wordpress: WordPressServer, accounts: SiteAccounts, tmp_path: Path
) -> None:
    article_id, post_id = _conflicted(store, wordpress, accounts, tmp_path)
    resolve_conflict(store, accounts, article_id, Choice.KEEP_MINE)
    assert store.get(article_id).status == Status.QUEUED
    report = drain(store, accounts)
    assert [o.result for o in report.outcomes] == [Result.UPDATED]
    post = wordpress.get_post(post_id)
    assert "Local update at 14:00." in post["content"]["raw"]
    assert post["title"]["raw"].startswith("Storm closes the harbour")
    assert store.get(article_id).status == Status.PUBLISHED


def test_take_theirs_makes_the_site_version_a_new_local_revision(
    store: ArticleStore, wordpress: WordPressServer, accounts: SiteAccounts, tmp_path: Path
) -> None:
    article_id, post_id = _conflicted(store, wordpress, accounts, tmp_path)
    revisions_before = len(store.revisions(article_id))
    resolve_conflict(store, accounts, article_id, Choice.TAKE_THEIRS)
    local = store.get(article_id)
    assert local.headline == "Corrected on the site"
    assert "The desk's correction." in local.body
    assert local.status == Status.PUBLISHED
    assert local.remote is not None and local.remote.version == wordpress.get_post(post_id)["modified_gmt"]
    assert store.revisions(article_id)[0].reason == "took the version from the site"
    assert len(store.revisions(article_id)) > revisions_before
    # The local text is not lost: it is in the history.
    older = [store.revision(article_id, r.id) for r in store.revisions(article_id)[1:]]
    assert any(a.body.endswith("Local update at 14:00.") for a in older)
    # And the next publish goes through without a conflict.
    store.save(local.copy(standfirst="Updated standfirst."))
    assert _publish(store, accounts, article_id) == Result.UPDATED


def test_publish_while_the_site_is_down_is_sent_when_it_is_back(
    store: ArticleStore, wordpress: WordPressServer, accounts: SiteAccounts, tmp_path: Path
) -> None:
    article = full_article(tmp_path, tag=_tag())
    store.save(article)
    wordpress.stop_php()
    try:
        assert _publish(store, accounts, article.id) == Result.RETRYING
        assert store.get(article.id).status == Status.QUEUED
        op = latest_operation(store, article.id)
        assert op is not None and op.state == OpState.PENDING and op.attempts == 1
        assert op.next_attempt_at > utcnow()
        assert drain(store, accounts).outcomes == []  # not due yet: nothing is hammered
    finally:
        wordpress.start_php()
    later = utcnow() + timedelta(minutes=10)
    report = drain(store, accounts, clock=lambda: later)
    assert [o.result for o in report.outcomes] == [Result.PUBLISHED]
    assert len(_posts_marked(wordpress, article.id)) == 1
    assert store.get(article.id).status == Status.PUBLISHED


def test_unpublish_turns_the_post_into_a_draft(
    store: ArticleStore, wordpress: WordPressServer, accounts: SiteAccounts, tmp_path: Path
) -> None:
    article = full_article(tmp_path, tag=_tag())
    store.save(article)
    _publish(store, accounts, article.id)
    post_id = store.get(article.id).remote.remote_id
    queue_unpublish(store, article.id)
    assert [o.result for o in drain(store, accounts).outcomes] == [Result.UNPUBLISHED]
    assert wordpress.get_post(post_id)["status"] == "draft"
    assert store.get(article.id).status == Status.DRAFT
    assert _publish(store, accounts, article.id) == Result.UPDATED  # publishing again reuses the post
    assert wordpress.get_post(post_id)["status"] == "publish"


def test_an_edit_made_while_queued_or_sending_is_kept_and_shown_as_changed(
    store: ArticleStore, wordpress: WordPressServer, accounts: SiteAccounts, tmp_path: Path
) -> None:
    article = full_article(tmp_path, tag=_tag())
    store.save(article)
    queue_publish(store, article.id, ACCOUNT)
    store.save(store.get(article.id).copy(standfirst="Written after pressing Publish."))
    assert [o.result for o in drain(store, accounts).outcomes] == [Result.PUBLISHED]
    local = store.get(article.id)
    assert local.status == Status.CHANGED  # the site has the queued text, the library the newer one
    assert local.standfirst == "Written after pressing Publish."
    assert wordpress.get_post(local.remote.remote_id)["excerpt"]["raw"] == article.standfirst


def test_a_site_edit_in_the_same_second_as_our_publish_is_a_conflict(
    store: ArticleStore, wordpress: WordPressServer, accounts: SiteAccounts, tmp_path: Path
) -> None:
    article = full_article(tmp_path, tag=_tag())
    store.save(article)
    assert _publish(store, accounts, article.id) == Result.PUBLISHED
    binding = store.get(article.id).remote
    with wordpress.rest() as client:  # no sleep: a colleague's correction right after our publish
        client.post(
            f"/wp/v2/posts/{binding.remote_id}", json={"title": "Corrected at once"}
        ).raise_for_status()
    # The edit landed within the same second (here made certain: the stamp is what we saw).
    wordpress.run_php(
        "global $wpdb; $wpdb->update($wpdb->posts, ['post_modified_gmt' => "
        f"'{binding.version.replace('T', ' ')}'], ['ID' => {binding.remote_id}]); clean_post_cache("
        f"{binding.remote_id}); echo 'ok';"
    )
    assert wordpress.get_post(binding.remote_id)["modified_gmt"] == binding.version
    store.save(store.get(article.id).copy(body=article.body + "\n\nLocal update."))

    assert _publish(store, accounts, article.id) == Result.CONFLICT
    assert wordpress.get_post(binding.remote_id)["title"]["raw"] == "Corrected at once"
    assert store.get(article.id).status == Status.CONFLICT
