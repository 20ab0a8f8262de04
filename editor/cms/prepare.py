"""Everything a post needs before it can be sent: images uploaded, terms resolved, HTML rendered.

Order matters for a reader of the site: the featured image and body images go up first, so the post is
never visible with a missing picture; then categories/tags exist; then the fields are mapped. The
renderer is passed in (``render=editor.render.render_article``) because cms does not import render.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.article import Article, is_valid_url
from editor.cms.client import CmsClient
from editor.cms.media import (
    MediaRef,
    Uploaded,
    file_digest,
    local_images,
    placed_file,
    refuse_unplaced,
    upload_file,
    upload_local_images,
)
from editor.cms.wordpress_mapping import post_fields
from editor.image_origin import check_image


@dataclass
class PreparedPost:
    fields: dict[str, Any]
    known_media: dict[str, MediaRef] = field(default_factory=dict)  # persist it for the next publish


def featured_caption(caption: str, credit: str) -> str:
    """The caption shown under the featured image, with the credit after it."""
    caption, credit = caption.strip(), credit.strip()
    if caption and credit:
        return f"{caption} ({credit})"
    return caption or credit


def pending_uploads(article: Article, known_media: dict[str, MediaRef]) -> list[Path]:
    """The files :func:`prepare_post` will upload for ``article``, in order, each once: local images on
    this computer (featured first, then the body's) whose bytes are not in ``known_media``. For a
    progress bar's length; a missing or refused file is not counted (prepare_post stops at it)."""
    image = article.featured_image
    featured = check_image(image.path, article.origin) if image is not None and image.path.strip() else None
    candidates = [featured.path] if featured is not None and not featured.refusal else []
    candidates += local_images(article.body, article.origin)
    pending: dict[str, Path] = {}
    for path in candidates:
        if path.is_file():
            pending.setdefault(file_digest(path), path)
    return [path for digest, path in pending.items() if digest not in known_media]


def prepare_post(
    client: CmsClient,
    article: Article,
    *,
    render: Callable[[Article], str],
    known_media: dict[str, MediaRef] | None = None,
    progress: Callable[[Path], None] | None = None,
    uploaded: Uploaded | None = None,
) -> PreparedPost:
    """Upload media, ensure terms and map ``article`` to post fields (nothing is created yet).

    ``progress(path)`` is called before each file that really has to be uploaded (not for known ones),
    ``uploaded(digest, ref)`` as soon as it is on the site (record it: a later failure then does not
    upload it again). Local files are uploaded only if the journalist placed them (``article.origin``,
    see ``editor.image_origin``): any other raises NotPlaced before the first upload.
    """
    known = dict(known_media or {})
    featured_id: int | None = None
    image = article.featured_image
    has_image = image is not None and bool(image.path.strip())
    featured = placed_file(image.path, article.origin, featured=True) if has_image else None
    refuse_unplaced(article.body, article.origin)  # nothing goes up while anything is refused
    if image is not None and has_image:
        if (path := featured) is not None:
            if progress is not None and path.is_file() and file_digest(path) not in known:
                progress(path)
            ref = upload_file(
                client,
                path,
                known=known,
                alt_text=image.alt,
                caption=featured_caption(image.caption, image.credit),
                uploaded=uploaded,
            )
            featured_id = ref.id
        elif is_valid_url(image.path):
            featured_id = next((ref.id for ref in known.values() if ref.url == image.path.strip()), None)
    body, known = upload_local_images(
        client, article.body, known=known, origin=article.origin, progress=progress, uploaded=uploaded
    )
    category_ids = client.ensure_terms("categories", [article.section]) if article.section.strip() else []
    tag_ids = client.ensure_terms("tags", article.tags)
    publishable = article.copy(body=body)
    fields = post_fields(
        publishable,
        render(publishable),
        category_ids=category_ids,
        tag_ids=tag_ids,
        featured_media_id=featured_id,
    )
    if image is not None and image.path.strip() and featured_id is None:
        del fields["featured_media"]  # a site URL we did not upload: leave the post's image as it is
    return PreparedPost(fields, known)
