"""Only pictures leave this computer: a story naming a text file as an image (a secret, a config file) never
gets it onto the real WordPress, whatever the file is called; the checklist names it first."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from editor.article import Article, FeaturedImage, Origin
from editor.cli.findings import describe
from editor.cli.messages import describe_error
from editor.cms.errors import NotAnImage
from editor.cms.media import upload_local_images
from editor.cms.prepare import prepare_post
from editor.cms.wordpress import WordPressClient
from editor.render.checklist import run_checklist
from tests.cms.conftest import write_png
from tests.cms.test_wordpress_posts import render_article
from tests.wordpress.server import WordPressServer

pytestmark = pytest.mark.wordpress


def media_named(wordpress: WordPressServer, stem: str) -> list[dict]:
    with wordpress.rest() as rest:
        found = rest.get("/wp/v2/media", params={"search": stem, "context": "edit", "per_page": 100})
    found.raise_for_status()
    return [item for item in found.json() if stem in str(item.get("source_url", ""))]


@pytest.mark.parametrize("name", ["secret.txt", "disguised.png"])
def test_a_text_file_in_the_body_is_never_uploaded(
    client: WordPressClient, wordpress: WordPressServer, tmp_path: Path, name: str
) -> None:
    stem = f"leak-{uuid.uuid4().hex[:8]}"
    secret = tmp_path / "notes" / f"{stem}-{name}"
    secret.parent.mkdir()
    secret.write_text("password: hunter2\n")
    photo = write_png(tmp_path / "notes" / f"{stem}-photo.png")
    body = f"![b]({secret})\n\n![p]({photo})\n"
    placed = Origin(placed=[str(secret), str(photo)])  # even put in through the window, by mistake
    checked = run_checklist(Article(headline="Leak", body=body, origin=placed))
    assert any("not an image" in describe(p) for p in checked)
    with pytest.raises(NotAnImage) as raised:
        upload_local_images(client, body, known={}, origin=placed)
    assert secret.name in describe_error(raised.value)
    assert media_named(wordpress, f"{stem}-{name.split('.')[0]}") == []


def test_a_text_file_as_featured_image_is_never_uploaded(
    client: WordPressClient, wordpress: WordPressServer, tmp_path: Path
) -> None:
    stem = f"leak-{uuid.uuid4().hex[:8]}"
    secret = tmp_path / f"{stem}.jpg"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    article = Article(
        headline="Leak",
        body="Text.",
        featured_image=FeaturedImage(f"file://{secret}", "alt"),
        origin=Origin(placed=[str(secret)]),  # chosen with the picker, by mistake
    )
    with pytest.raises(NotAnImage):
        prepare_post(client, article, render=render_article, known_media={})
    assert media_named(wordpress, stem) == []
