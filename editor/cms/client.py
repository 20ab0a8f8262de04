"""The one protocol every CMS client speaks, and the plain data it returns.

Pure HTTP and mapping: no queueing, no retries, no database (that is the outbox's job, editor.sync).
Failures are :mod:`editor.cms.errors` exceptions. The data types are frozen dataclasses so they can cross
thread boundaries.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from editor.article import Article
from editor.cms.site_cache import SiteCache


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """What ``test()`` learnt: the site's name and address, where its API is, who we are logged in as."""

    name: str
    url: str
    rest_base: str  # e.g. "https://example.org/wp-json/" or "https://example.org/?rest_route=/"
    user_name: str  # the display name of the account's user
    user_id: int = 0
    description: str = ""


@dataclass(frozen=True, slots=True)
class RemotePost:
    """A post as the CMS has it. ``modified_gmt`` is WordPress's stamp (ISO, no zone, 1 s resolution)."""

    id: int
    link: str
    status: str  # publish, future, draft, pending, private
    modified_gmt: str
    slug: str
    title: str  # raw (as typed), falling back to rendered
    date_gmt: str = ""
    excerpt: str = ""
    content: str = ""  # raw HTML when the API gave it (edit context), else rendered
    featured_media: int = 0
    categories: tuple[int, ...] = ()
    tags: tuple[int, ...] = ()
    marker: str = ""  # the Copydesk article id found in the post, "" if none
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def excerpt_text(self) -> str:
        """The excerpt as plain text (search results carry it rendered, as HTML)."""
        return html.unescape(re.sub(r"<[^>]+>", "", self.excerpt)).strip()


@dataclass(frozen=True, slots=True)
class MediaItem:
    id: int
    source_url: str
    alt_text: str = ""
    caption: str = ""


class CmsClient(Protocol):
    """Everything Copydesk does with a CMS. Each call is one or a few HTTP requests, synchronous."""

    site_url: str  # the site's address as normalised by the client (what its cache belongs to)

    def test(self) -> SiteInfo:
        """Find the API, log in, and say who we are; raises AuthFailed, NotWordPress..."""
        ...

    def create(self, fields: dict[str, Any]) -> RemotePost:
        """Create a post from mapped fields (see wordpress_mapping.post_fields)."""
        ...

    def update(self, post_id: int, fields: dict[str, Any]) -> RemotePost: ...

    def get(self, post_id: int) -> RemotePost:
        """The post in any status; raises NotFound."""
        ...

    def find_by_marker(self, article_id: str) -> RemotePost | None:
        """The post this article was published as, whatever its status (draft, future...), or None."""
        ...

    def unpublish(self, post_id: int) -> RemotePost:
        """Take the post off the site (it becomes a draft; nothing is deleted)."""
        ...

    def upload_media(
        self, path: Path, *, alt_text: str = "", caption: str = "", title: str = "", marker: str = ""
    ) -> MediaItem: ...

    def find_media(self, marker: str) -> MediaItem | None:
        """The earlier upload carrying ``marker``, or None (an upload whose answer was lost)."""
        ...

    def ensure_terms(self, taxonomy: str, names: list[str]) -> list[int]:
        """Ids of the named categories/tags, creating the missing ones."""
        ...

    def search_posts(self, query: str, *, limit: int = 10) -> list[RemotePost]:
        """Published posts matching the words (for related-article links)."""
        ...

    def pull(self, post_id: int) -> Article:
        """The post as a local Article bound to it (remote binding set)."""
        ...

    def remember(self, cache: SiteCache) -> None:
        """Start from what an earlier run learnt about the site (API root, term ids); see site_cache."""
        ...

    def site_cache(self) -> SiteCache:
        """What the client knows about the site now, for the next run's :meth:`remember`."""
        ...

    def close(self) -> None: ...


def remote_fields_hash(post: RemotePost) -> str:
    """A fingerprint of what a reader and an editor see of a post (raw title, content, excerpt, status,
    terms, featured image), to tell an edit on the site that ``modified_gmt``'s one second cannot."""
    fields = [post.title, post.content, post.excerpt, post.status, sorted(post.categories), sorted(post.tags)]
    fields.append(post.featured_media)
    canonical = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
