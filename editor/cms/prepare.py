"""Everything a post needs before it can be sent: images uploaded, HTML rendered, a :class:`PostDraft`.

Order matters for a reader of the site: the featured image and body images go up first, so the post is
never visible with a missing picture; the client then maps the draft (and makes sure its section and
tags exist) as it creates or updates the post. The renderer is passed in
(``render=editor.render.render_article``) because cms does not import render.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from editor.article import Article, is_valid_url
from editor.cms.client import CmsClient
from editor.cms.draft import DraftImage, PostDraft, draft_from_article
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
from editor.image_origin import check_image


@dataclass
class PreparedPost:
    draft: PostDraft
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
    """Upload media and make the draft of ``article`` (nothing is created yet).

    ``progress(path)`` is called before each file that really has to be uploaded (not for known ones),
    ``uploaded(digest, ref)`` as soon as it is on the site (record it: a later failure then does not
    upload it again). Local files are uploaded only if the journalist placed them (``article.origin``,
    see ``editor.image_origin``): any other raises NotPlaced before the first upload.
    """
    known = dict(known_media or {})
    featured: DraftImage | None = None
    keep_featured = False
    image = article.featured_image
    has_image = image is not None and bool(image.path.strip())
    placed = placed_file(image.path, article.origin) if image is not None and has_image else None
    refuse_unplaced(article.body, article.origin)  # nothing goes up while anything is refused
    if image is not None and has_image:
        path = placed
        caption = featured_caption(image.caption, image.credit)
        if path is not None:
            if progress is not None and path.is_file() and file_digest(path) not in known:
                progress(path)
            ref = upload_file(
                client, path, known=known, alt_text=image.alt, caption=caption, uploaded=uploaded
            )
            featured = DraftImage(ref.url, ref.id, image.alt, caption)
        else:
            url = image.path.strip()
            ref = next((ref for ref in known.values() if ref.url == url), None) if is_valid_url(url) else None
            if ref is not None:
                featured = DraftImage(url, ref.id, image.alt, caption)
            else:  # a site URL we did not upload: leave the post's image as it is
                keep_featured = True
    body, known = upload_local_images(
        client, article.body, known=known, origin=article.origin, progress=progress, uploaded=uploaded
    )
    publishable = article.copy(body=body)
    draft = draft_from_article(
        publishable, render(publishable), featured=featured, keep_featured=keep_featured
    )
    return PreparedPost(draft, known)
