"""Publishing through the WordPress client to a real WordPress, read back through its REST API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from editor.article import Article
from editor.cms.draft import draft_from_article
from editor.cms.prepare import prepare_post
from editor.cms.wordpress import WordPressClient
from editor.cms.wordpress_mapping import post_fields
from tests.wordpress.server import WordPressServer

try:
    from editor.render import render_article
except ImportError:  # the renderer is built in parallel; a plain paragraph keeps these tests meaningful
    from html import escape

    def render_article(article: Article) -> str:
        return f"<p>{escape(article.body)}</p>"


pytestmark = pytest.mark.wordpress


def test_connect_reports_site_and_user(client: WordPressClient, wordpress: WordPressServer) -> None:
    info = client.test()
    assert info.name == "Copydesk Test Site"
    assert info.user_name == "Ada Admin"
    assert info.rest_base == f"{wordpress.base_url}/wp-json/"


def test_fully_filled_article_becomes_one_complete_post(
    client: WordPressClient, wordpress: WordPressServer, full_article: Article
) -> None:
    prepared = prepare_post(client, full_article, render=render_article)
    post = client.create(prepared.draft)

    stored = wordpress.get_post(post.id)
    assert stored["status"] == "publish"
    assert stored["title"]["raw"] == "Storm floods the harbour & old town"
    assert stored["excerpt"]["raw"] == full_article.standfirst
    assert stored["slug"] == full_article.slug
    content = stored["content"]["raw"]
    for expected in (
        "GDANSK",
        "Jane Roe",
        "Max Mustermann",
        "with AFP",
        "two metres",
        "Port Authority",
        "https://port.example.org/report",
        "Sea wall was due for repair",
    ):
        assert expected in content, expected
    assert "SECRET-NOTE" not in str(stored)
    assert str(full_article.featured_image.path) not in str(stored)
    with wordpress.rest() as rest:
        categories = rest.get(
            "/wp/v2/categories", params={"include": ",".join(map(str, stored["categories"]))}
        ).json()
        tags = rest.get("/wp/v2/tags", params={"include": ",".join(map(str, stored["tags"]))}).json()
        media = rest.get(f"/wp/v2/media/{stored['featured_media']}", params={"context": "edit"}).json()
    assert [c["name"] for c in categories] == ["World"]
    assert sorted(t["name"] for t in tags) == ["Poland", "Storms"]
    assert media["alt_text"] == "A quay under water"
    assert "Photo: Max Mustermann" in media["caption"]["raw"]
    assert post.link.endswith(f"/{full_article.slug}/")


def test_update_changes_the_same_post(client: WordPressClient, wordpress: WordPressServer) -> None:
    article = Article(headline="First take", body="Early version.")
    first = client.create(draft_from_article(article, render_article(article)))
    edited = article.copy(headline="Second take", body="Corrected version.")
    second = client.update(
        first.id,
        draft_from_article(edited, render_article(edited)),
    )
    assert second.id == first.id
    stored = wordpress.get_post(first.id)
    assert stored["title"]["raw"] == "Second take"
    assert "Corrected version." in stored["content"]["raw"]
    assert "Early version." not in stored["content"]["raw"]
    assert len(wordpress.list_posts(search=article.id)) == 1


def test_future_embargo_schedules_the_post(client: WordPressClient, wordpress: WordPressServer) -> None:
    embargo = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0)
    article = Article(headline="Embargoed results", body="Not before Friday.", embargo=embargo)
    post = client.create(draft_from_article(article, render_article(article)))
    stored = wordpress.get_post(post.id)
    assert stored["status"] == "future"
    assert stored["date_gmt"] == embargo.replace(tzinfo=None).isoformat()


def test_unpublish_takes_the_post_off_the_site(client: WordPressClient, wordpress: WordPressServer) -> None:
    article = Article(headline="Retracted", body="Wrong story.")
    post = client.create(draft_from_article(article, render_article(article)))
    assert client.unpublish(post.id).status == "draft"
    assert wordpress.get_post(post.id)["status"] == "draft"


@pytest.mark.parametrize("meta_registered", [True, False], ids=["with-meta-plugin", "plain-site"])
def test_find_by_marker_finds_a_draft(
    client: WordPressClient, wordpress: WordPressServer, meta_registered: bool
) -> None:
    wordpress.set_meta_registered(meta_registered)
    try:
        article = Article(headline="Lost answer", body="Created, but the answer never came back.")
        fields = post_fields(
            draft_from_article(article, render_article(article)), category_ids=[], tag_ids=[]
        )
        with wordpress.rest() as rest:  # created behind the client's back, as after a lost answer
            created = rest.post("/wp/v2/posts", json={**fields, "status": "draft"}).json()
        other = Article(headline="Unrelated", body=f"Mentions {article.id[:8]} in passing.")
        client.create(draft_from_article(other, render_article(other)))

        found = client.find_by_marker(article.id)
        assert found is not None
        assert found.id == created["id"]
        assert found.status == "draft"
        assert client.find_by_marker(Article().id) is None
    finally:
        wordpress.set_meta_registered(True)


def test_find_by_marker_finds_a_scheduled_post(client: WordPressClient) -> None:
    article = Article(headline="Scheduled", embargo=datetime.now(UTC) + timedelta(hours=5))
    post = client.create(draft_from_article(article, render_article(article)))
    found = client.find_by_marker(article.id)
    assert found is not None and found.id == post.id and found.status == "future"


def test_get_of_a_missing_post_is_not_found(client: WordPressClient) -> None:
    from editor.cms.errors import NotFound

    with pytest.raises(NotFound):
        client.get(999_999)


def test_search_posts_finds_published_posts_by_words(client: WordPressClient) -> None:
    article = Article(
        headline="Quokka census completed on Rottnest", standfirst="Rangers & volunteers", body="Counted."
    )
    post = client.create(draft_from_article(article, render_article(article)))
    results = client.search_posts("quokka census")
    assert [r.id for r in results] == [post.id]
    assert results[0].title == "Quokka census completed on Rottnest"
    assert results[0].link == post.link
    assert results[0].excerpt_text == "Rangers & volunteers"


def test_lifting_an_embargo_publishes_the_scheduled_post_now(
    client: WordPressClient, wordpress: WordPressServer
) -> None:
    article = Article(
        headline="Early release", body="Out now.", embargo=datetime.now(UTC) + timedelta(days=2)
    )
    scheduled = client.create(draft_from_article(article, render_article(article)))
    lifted = article.copy(embargo=None)
    fields = draft_from_article(lifted, render_article(lifted))
    assert client.update(scheduled.id, fields).status == "future"  # WordPress keeps the future date...
    fields = post_fields(
        draft_from_article(lifted, render_article(lifted)), category_ids=[], tag_ids=[], publish_now=True
    )
    assert client.update_fields(scheduled.id, fields).status == "publish"  # ...unless the date moves to now
    assert wordpress.get_post(scheduled.id)["status"] == "publish"


def test_find_by_marker_works_when_site_search_skips_the_content(
    client: WordPressClient, wordpress: WordPressServer
) -> None:
    article = Article(headline="Answer lost again", body="Created behind our back.")
    fields = post_fields(draft_from_article(article, render_article(article)), category_ids=[], tag_ids=[])
    with wordpress.rest() as rest:
        created = rest.post("/wp/v2/posts", json={**fields, "status": "pending"}).json()
    wordpress.set_search_titles_only(True)
    try:
        with wordpress.rest() as rest:  # the site's search really is blind to the content now
            assert rest.get("/wp/v2/posts", params={"search": article.id, "status": "any"}).json() == []
        found = client.find_by_marker(article.id)
    finally:
        wordpress.set_search_titles_only(False)
    assert found is not None
    assert (found.id, found.status) == (created["id"], "pending")
