"""The one protocol every CMS client speaks, and the plain data it returns.

Pure HTTP and mapping: no queueing, no retries, no database (that is the outbox's job, editor.sync).
Failures are :mod:`editor.cms.errors` exceptions, and :class:`ConflictDetected` when the post changed on
the site since the version an update is based on. The data types are frozen dataclasses so they can cross
thread boundaries.

The contract is CMS-neutral: a client is handed a :class:`~editor.cms.draft.PostDraft` and maps it itself;
post ids are whatever the CMS uses (WordPress: an int, Ghost: a hex string); a post's ``version`` is an
opaque token (WordPress: ``modified_gmt``, Ghost: ``updated_at``) that is only ever compared for equality
and handed back to the client. ``update(..., version=)`` refuses to overwrite a post whose version moved:
Ghost by its own conditional update (409), WordPress, which has none, by the caller comparing first.
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
from editor.cms.draft import PostDraft
from editor.cms.site_cache import SiteCache

PostId = int | str  # WordPress: an int; Ghost: a 24-digit hex string


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """What ``test()`` learnt: the site's name and address, where its API is, who we are logged in as."""

    name: str
    url: str
    rest_base: str  # e.g. "https://example.org/wp-json/" or "https://example.org/?rest_route=/"
    user_name: str  # the display name of the account's user
    user_id: int | str = 0
    description: str = ""
    cms: str = "WordPress"  # which CMS answered, and its version when it said ("Ghost 5.130")
    cms_version: str = ""


@dataclass(frozen=True, slots=True)
class RemotePost:
    """A post as the CMS has it. ``version`` is the CMS's opaque version token (both CMSs stamp to the
    second, so an edit in the same second shows only in :func:`remote_fields_hash`)."""

    id: PostId
    link: str
    status: str  # publish, future, draft, pending, private (Ghost's "published"/"scheduled" mapped)
    version: str
    slug: str
    title: str  # raw (as typed), falling back to rendered
    date_gmt: str = ""
    excerpt: str = ""
    content: str = ""  # raw HTML when the API gave it (edit context), else rendered
    featured_media: int | str = 0  # WordPress: a media id; Ghost: the image URL
    categories: tuple[int | str, ...] = ()
    tags: tuple[int | str, ...] = ()
    marker: str = ""  # the Copydesk article id found in the post, "" if none
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def excerpt_text(self) -> str:
        """The excerpt as plain text (search results carry it rendered, as HTML)."""
        return html.unescape(re.sub(r"<[^>]+>", "", self.excerpt)).strip()


@dataclass(frozen=True, slots=True)
class MediaItem:
    id: int  # 0 where the CMS has no media ids (Ghost)
    source_url: str
    alt_text: str = ""
    caption: str = ""


class CmsClient(Protocol):
    """Everything Copydesk does with a CMS. Each call is one or a few HTTP requests, synchronous."""

    site_url: str  # the site's address as normalised by the client (what its cache belongs to)

    def test(self) -> SiteInfo:
        """Find the API, log in, and say who we are; raises AuthFailed, NotWordPress..."""
        ...

    def create(self, draft: PostDraft) -> RemotePost:
        """Create a post from the draft (the client maps it, making missing tags/categories)."""
        ...

    def update(self, post_id: PostId, draft: PostDraft, *, version: str = "") -> RemotePost:
        """Overwrite the post with the draft. ``version``: the one the caller checked the post at; a CMS
        with a conditional update refuses a stale one with :class:`ConflictDetected`."""
        ...

    def carries(self, remote: RemotePost, draft: PostDraft) -> bool:
        """Whether ``remote`` already holds this draft's text (an update whose answer was lost)."""
        ...

    def get(self, post_id: PostId) -> RemotePost:
        """The post in any status; raises NotFound."""
        ...

    def find_by_marker(self, article_id: str) -> RemotePost | None:
        """The post this article was published as, whatever its status (draft, future...), or None."""
        ...

    def unpublish(self, post_id: PostId, *, version: str = "") -> RemotePost:
        """Take the post off the site (it becomes a draft; nothing is deleted)."""
        ...

    def upload_media(
        self, path: Path, *, alt_text: str = "", caption: str = "", title: str = "", marker: str = ""
    ) -> MediaItem: ...

    def find_media(self, marker: str) -> MediaItem | None:
        """The earlier upload carrying ``marker``, or None (an upload whose answer was lost)."""
        ...

    def search_posts(self, query: str, *, limit: int = 10) -> list[RemotePost]:
        """Published posts matching the words (for related-article links); with none, the newest."""
        ...

    def pull(self, post_id: PostId) -> Article:
        """The post as a local Article bound to it (remote binding set)."""
        ...

    def remember(self, cache: SiteCache) -> None:
        """Start from what an earlier run learnt about the site (API root, term ids); see site_cache."""
        ...

    def site_cache(self) -> SiteCache:
        """What the client knows about the site now, for the next run's :meth:`remember`."""
        ...

    def close(self) -> None: ...


class ConflictDetected(Exception):
    """The post was changed on the site since the version we last saw: nothing was sent.

    ``changed_fields`` names what changed when the CMS said (Ghost's ``changedFields``). No text for
    people here: :mod:`editor.cli.messages` and the window word it.
    """

    code = "conflict"

    def __init__(
        self, remote: RemotePost | None, expected: str, changed_fields: tuple[str, ...] = ()
    ) -> None:
        super().__init__(self.code)
        self.remote = remote
        self.expected = expected
        self.changed_fields = tuple(changed_fields)

    @property
    def params(self) -> dict[str, Any]:
        return {
            "remote_version": self.remote.version if self.remote is not None else "",
            "expected": self.expected,
            "changed_fields": list(self.changed_fields),
        }


def remote_fields_hash(post: RemotePost) -> str:
    """A fingerprint of what a reader and an editor see of a post (raw title, content, excerpt, status,
    terms, featured image), to tell an edit on the site that a one-second version stamp cannot."""
    fields = [post.title, post.content, post.excerpt, post.status, sorted(post.categories), sorted(post.tags)]
    fields.append(post.featured_media)
    canonical = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
