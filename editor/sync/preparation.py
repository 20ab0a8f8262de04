"""Turning a queued article into the fields of one create/update: media first, terms, rendered content.

Uploads are remembered in :class:`editor.sync.media.MediaMap` as soon as the server answers each one, so
a publish that fails afterwards (or is retried, or updated later) never uploads the same image again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from editor.article import Article, is_valid_url
from editor.cms import wordpress_mapping
from editor.cms.client import CmsClient
from editor.cms.errors import MissingMedia
from editor.render import render_article
from editor.sync.media import MediaMap

Progress = Callable[[str, int, int], None]  # (what, done, total), e.g. ("Uploading images", 1, 3)


def prepare_fields(
    store: Any, client: CmsClient, account: str, article: Article, progress: Progress | None = None
) -> dict[str, Any]:
    """The post fields for ``article``: uploads its images (unless already uploaded), ensures terms."""
    media = MediaMap(store, account)
    featured_id = _featured_media(client, media, article, progress)
    content = _content_with_uploaded_images(client, media, article, progress)
    categories = (
        client.ensure_terms("categories", [article.section.strip()]) if article.section.strip() else []
    )
    tags = client.ensure_terms("tags", [t.strip() for t in article.tags if t.strip()]) if article.tags else []
    return wordpress_mapping.post_fields(
        article, content, category_ids=categories, tag_ids=tags, featured_media_id=featured_id
    )


def _featured_media(
    client: CmsClient, media: MediaMap, article: Article, progress: Progress | None
) -> int | None:
    image = article.featured_image
    if image is None or not image.path.strip() or is_valid_url(image.path.strip()):
        return None
    path = Path(image.path).expanduser()
    if not path.is_file():
        raise MissingMedia(f"The featured image {path} is not on this computer any more.")
    known = media.lookup(path)
    if known is not None:
        return known.remote_id
    if progress:
        progress("Uploading the featured image", 0, 1)
    uploaded = client.upload_media(path, alt_text=image.alt, caption=image.caption, title=article.headline)
    media.remember(path, uploaded.id, uploaded.source_url)
    if progress:
        progress("Uploading the featured image", 1, 1)
    return uploaded.id


def _content_with_uploaded_images(
    client: CmsClient, media: MediaMap, article: Article, progress: Progress | None
) -> str:
    """The rendered article with every local image replaced by its URL on the site."""
    html = render_article(article)
    upload_local_images = getattr(wordpress_mapping, "upload_local_images", None)
    if upload_local_images is None:
        return html
    return upload_local_images(client, html, media=media, progress=progress)
