"""Body images by local path are uploaded once; a post pulled back becomes the same article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.article import Article, Origin
from editor.cli.messages import describe_error
from editor.cms.client import MediaItem
from editor.cms.errors import MissingMedia
from editor.cms.media import MediaRef, upload_local_images
from editor.cms.prepare import prepare_post
from editor.cms.wordpress import WordPressClient
from tests.cms.conftest import write_png
from tests.cms.test_wordpress_posts import render_article
from tests.wordpress.server import WordPressServer

pytestmark = pytest.mark.wordpress


class CountingUploads:
    """The real client, counting what it uploads."""

    def __init__(self, client: WordPressClient) -> None:
        self.client = client
        self.uploaded: list[str] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self.client, name)

    def upload_media(
        self, path: Path, *, alt_text: str = "", caption: str = "", title: str = "", marker: str = ""
    ) -> MediaItem:
        self.uploaded.append(path.name)
        return self.client.upload_media(path, alt_text=alt_text, caption=caption, title=title, marker=marker)


def test_local_images_are_uploaded_once_and_no_path_reaches_the_site(
    client: WordPressClient, wordpress: WordPressServer, tmp_path: Path
) -> None:
    chart = write_png(tmp_path / "chart.png", (10, 200, 10))
    map_dir = tmp_path / "maps dir"
    map_dir.mkdir()
    coast = write_png(map_dir / "coast.png", (10, 10, 200))
    body = (
        f"Intro.\n\n![Rainfall chart]({chart})\n\n"
        f'![Coast](<{coast}> "The coast")\n\n'
        f"![Same chart again](file://{chart})\n\n"
        "![Relative](maps%20dir/coast.png)\n\n"
        f"    ![in a code block]({chart})\n\n"
        "![Web](https://example.org/remote.png)\n"
    )
    # imported from a file in tmp_path (the coast beside it), the chart put in through the window
    origin = Origin(str(tmp_path), [str(chart)])
    counting = CountingUploads(client)
    announced: list[Path] = []
    new_body, known = upload_local_images(counting, body, known={}, origin=origin, progress=announced.append)
    assert sorted(p.name for p in announced) == ["chart.png", "coast.png"]

    assert sorted(counting.uploaded) == ["chart.png", "coast.png"]  # identical bytes: one upload each
    assert len(known) == 2
    urls = {ref.url for ref in known.values()}
    assert all(url.startswith(f"{wordpress.base_url}/wp-content/uploads/") for url in urls)
    assert '"The coast"' in new_body and "https://example.org/remote.png" in new_body
    assert f"    ![in a code block]({chart})" in new_body  # shown as code, not an image reference

    article = Article(headline="Rain in pictures", body=body, origin=origin)
    announced: list[Path] = []
    prepared = prepare_post(
        counting,
        article,
        render=render_article,
        known_media=known,
        progress=announced.append,
    )
    assert sorted(counting.uploaded) == ["chart.png", "coast.png"]  # second publish: nothing re-uploaded
    assert announced == []  # and no upload progress shown for files already on the site
    post = client.create(prepared.draft)
    content = wordpress.get_post(post.id)["content"]["raw"]
    for url in urls:
        assert url in content
    rendered_images = content.split("<img")[1:]
    assert rendered_images and all(str(tmp_path) not in img.split(">")[0] for img in rendered_images)
    assert "file://" not in content


def test_a_missing_local_image_stops_the_publish(client: WordPressClient, tmp_path: Path) -> None:
    with pytest.raises(MissingMedia) as raised:
        gone = tmp_path / "gone.png"
        upload_local_images(client, f"![x]({gone})", known={}, origin=Origin(placed=[str(gone)]))
    assert re.search(r"gone\.png", describe_error(raised.value))


def test_known_media_survives_a_json_round_trip() -> None:
    ref = MediaRef(12, "https://news.example.org/wp-content/uploads/a.png")
    assert MediaRef.from_dict(ref.to_dict()) == ref


def test_terms_are_created_once_and_reused(client: WordPressClient, wordpress: WordPressServer) -> None:
    first = client.ensure_terms("tags", ["Harbour", "harbour", "Floods"])
    assert len(first) == 2
    with WordPressClient(wordpress.base_url, wordpress.username, wordpress.app_password) as fresh:
        assert fresh.ensure_terms("tags", ["floods", "Harbour"]) == [first[1], first[0]]
    with wordpress.rest() as rest:
        names = [t["name"] for t in rest.get("/wp/v2/tags", params={"search": "harbour"}).json()]
    assert names == ["Harbour"]


def test_pull_gives_back_the_published_article(
    client: WordPressClient, wordpress: WordPressServer, full_article: Article
) -> None:
    post = client.create(prepare_post(client, full_article, render=render_article).draft)
    pulled = client.pull(post.id)

    assert pulled.id == full_article.id
    assert pulled.headline == full_article.headline
    assert pulled.standfirst == full_article.standfirst
    assert pulled.slug == full_article.slug
    assert pulled.section == "World"
    assert sorted(pulled.tags) == ["Poland", "Storms"]
    assert "**two metres**" in pulled.body and "## Evacuation" in pulled.body
    assert "Jane Roe" not in pulled.body and "Port Authority" not in pulled.body
    assert [(b.name, b.role) for b in pulled.bylines] == [(b.name, b.role) for b in full_article.bylines]
    assert pulled.credit_line == "with AFP"
    assert pulled.dateline == "GDANSK"
    assert [(s.name, s.kind, s.url, s.note) for s in pulled.sources] == [
        (s.name, s.kind, s.url, s.note) for s in full_article.sources
    ]
    assert [(r.title, r.url) for r in pulled.related] == [(r.title, r.url) for r in full_article.related]
    assert pulled.featured_image is not None
    assert pulled.featured_image.alt == "A quay under water"
    assert pulled.featured_image.path.startswith(wordpress.base_url)
    assert pulled.remote is not None
    assert (pulled.remote.remote_id, pulled.remote.url) == (post.id, post.link)
    assert pulled.remote.version == post.version
    assert pulled.editors_note == ""


def test_pull_of_a_post_written_in_the_block_editor(
    client: WordPressClient, wordpress: WordPressServer
) -> None:
    blocks = (
        "<!-- wp:paragraph -->\n<p>Written <strong>on the site</strong>.</p>\n<!-- /wp:paragraph -->\n\n"
        "<!-- wp:heading -->\n<h2>Later</h2>\n<!-- /wp:heading -->"
    )
    with wordpress.rest() as rest:
        created = rest.post(
            "/wp/v2/posts", json={"title": "Site &amp; web", "content": blocks, "excerpt": "<p>Deck</p>"}
        ).json()
    pulled = client.pull(created["id"])
    assert pulled.headline == "Site & web"
    assert pulled.standfirst == "Deck"
    assert pulled.body == "Written **on the site**.\n\n## Later\n"
    assert pulled.bylines == [] and pulled.sources == []
    assert pulled.remote is not None and pulled.remote.remote_id == created["id"]


def test_reference_style_images_are_uploaded_too(client: WordPressClient, tmp_path: Path) -> None:
    photo = write_png(tmp_path / "ref.png", (1, 2, 3))
    body = f'See ![the photo][pic].\n\n[pic]: {photo} "Caption"\n'
    new_body, known = upload_local_images(client, body, known={}, origin=Origin(placed=[str(photo)]))
    (ref,) = known.values()
    assert f'[pic]: {ref.url} "Caption"' in new_body
    assert str(photo) not in new_body
