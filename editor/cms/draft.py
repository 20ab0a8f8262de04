"""What the sync layer hands any CMS client: a :class:`PostDraft`, not a CMS's own fields.

A draft says what the post is (title, rendered HTML, excerpt, slug, section and tag *names*, the
featured image already uploaded, whether it is published now or scheduled) and which article it comes
from (``marker``, the article id each client hides in the post in its own way so that a post whose
creation answer was lost can be found again). Each client maps a draft to its CMS itself:
WordPress to category/tag ids, ``date_gmt`` and a ``data-copydesk-id`` attribute
(:mod:`editor.cms.wordpress_mapping`), Ghost to tag names, ``published_at`` and an internal tag
(:mod:`editor.cms.ghost_mapping`). The editor's note is never part of a draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from editor.article import Article, utcnow

PUBLISH = "publish"
SCHEDULED = "scheduled"


@dataclass(frozen=True, slots=True)
class DraftImage:
    """The featured image, uploaded: the site's media id (0 where the CMS has none) and URL."""

    url: str
    media_id: int = 0
    alt: str = ""
    caption: str = ""


@dataclass(frozen=True, slots=True)
class PostDraft:
    marker: str  # the article's id
    title: str
    html: str  # rendered and sanitized; local images already replaced by their site URLs
    excerpt: str = ""
    slug: str = ""
    section: str = ""
    tags: tuple[str, ...] = ()
    featured: DraftImage | None = None
    keep_featured: bool = False  # a site URL Copydesk did not upload: leave the post's image as it is
    status: str = PUBLISH  # PUBLISH, or SCHEDULED at ``publish_at``
    publish_at: datetime | None = None


def draft_from_article(
    article: Article,
    html: str,
    *,
    featured: DraftImage | None = None,
    keep_featured: bool = False,
    now: datetime | None = None,
) -> PostDraft:
    """The draft of ``article`` rendered as ``html``; a future embargo makes it scheduled."""
    embargo = article.embargo
    scheduled = embargo is not None and embargo > (now or utcnow())
    return PostDraft(
        marker=article.id,
        title=article.headline.strip(),
        html=html,
        excerpt=article.standfirst.strip(),
        slug=article.slug.strip(),
        section=article.section.strip(),
        tags=tuple(dict.fromkeys(tag.strip() for tag in article.tags if tag.strip())),
        featured=featured,
        keep_featured=keep_featured,
        status=SCHEDULED if scheduled else PUBLISH,
        publish_at=embargo.astimezone(UTC) if scheduled and embargo is not None else None,
    )
