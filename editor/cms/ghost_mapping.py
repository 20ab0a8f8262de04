"""A :class:`~editor.cms.draft.PostDraft` → a Ghost post, and a Ghost post → :class:`RemotePost`.

What Ghost keeps of the HTML (GHOST.md): its HTML → Lexical conversion drops ``class``, ``id`` and
``data-*`` attributes and unwraps ``article``/``section``/``div``, but keeps everything between
``<!--kg-card-begin: html-->`` and ``<!--kg-card-end: html-->`` verbatim. So the article template is
sent as the body's own HTML (paragraphs, headings, lists, links, images stay editable in Ghost's
editor), with the template's ``cd-*`` blocks that carry structure — the byline + credit paragraph, the
Sources and the Related sections — each in an HTML card, where their classes survive and "Open from
CMS" reads them back. The dateline span loses its class (its text stays at the start of the first
paragraph). The HTML was sanitized by the renderer before it is put in a card.

The marker
----------
A ``data-copydesk-id`` attribute does not survive the conversion, and Ghost ignores a client-chosen
``uuid``. An internal tag ``#copydesk-<article id>`` (slug ``hash-copydesk-<article id>``) does: it is
never shown to readers, it is searchable with ``filter=tag:hash-copydesk-…`` in any status (draft,
scheduled, published), and it is sent again with every edit (Ghost replaces the whole tag list on edit).

Tags: the section is the first tag (Ghost's primary tag), then the article's tags, then the marker.
Statuses are told in the vocabulary the rest of Copydesk uses (WordPress's): ``published`` → ``publish``,
``scheduled`` → ``future``, ``draft`` → ``draft``.
"""

from __future__ import annotations

import html
import re
from datetime import UTC
from typing import Any

from editor.cms.client import RemotePost
from editor.cms.draft import SCHEDULED, PostDraft

MARKER_TAG_PREFIX = "#copydesk-"
MARKER_SLUG_PREFIX = "hash-copydesk-"
CARD_BEGIN = "<!--kg-card-begin: html-->"
CARD_END = "<!--kg-card-end: html-->"
STATUSES = {"published": "publish", "scheduled": "future", "draft": "draft", "sent": "publish"}
_FLAGS = re.IGNORECASE | re.DOTALL
_WRAPPER = re.compile(r"^\s*<article\b[^>]*>\s*|\s*</article>\s*$", _FLAGS)
_CARDED = re.compile(
    r'<p class="cd-byline">.*?</p>|<section class="cd-(?:sources|related)">.*?</section>', _FLAGS
)
_LANGUAGE_ATTRIBUTE = re.compile(r'\b(?:lang|dir)="[^"]*"')
_CARD_MARKS = re.compile(r"\s*<!--kg-card-(?:begin|end): html-->\s*", _FLAGS)
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def marker_tag(article_id: str) -> str:
    return f"{MARKER_TAG_PREFIX}{article_id}"


def marker_slug(article_id: str) -> str:
    """The slug Ghost gives the marker tag ('#' becomes 'hash-'), what ``filter=tag:`` matches."""
    return f"{MARKER_SLUG_PREFIX}{article_id.lower()}"


def ghost_html(rendered: str) -> str:
    """The rendered article as Ghost keeps it: no wrapper, the structured blocks in HTML cards.

    Ghost drops ``dir`` and ``lang`` with the wrapper, and right-to-left text shown left-to-right is
    not readable: a right-to-left article goes whole into one HTML card, in a ``div`` that keeps them
    (the post's text is then edited in Copydesk, not in Ghost's editor).
    """
    wrapper = _WRAPPER.match(rendered)
    if wrapper and 'dir="rtl"' in wrapper.group(0):
        inner = _WRAPPER.sub("", rendered).strip()
        attributes = " ".join(_LANGUAGE_ATTRIBUTE.findall(wrapper.group(0)))
        return f'{CARD_BEGIN}\n<div class="cd-article" {attributes}>\n{inner}\n</div>\n{CARD_END}\n'
    body = _WRAPPER.sub("", rendered)
    return _CARDED.sub(lambda match: f"\n{CARD_BEGIN}\n{match.group(0)}\n{CARD_END}\n", body).strip() + "\n"


def without_cards(content: str) -> str:
    """A post's HTML with the card comments taken out (their content stays), for reading it back."""
    return _CARD_MARKS.sub("\n", content or "")


def text_of(fragment: str) -> str:
    """The words of some HTML, whitespace collapsed: what survives Ghost's conversion unchanged."""
    return _SPACE.sub(" ", html.unescape(_TAGS.sub(" ", without_cards(fragment)))).strip()


def tag_names(draft: PostDraft) -> list[str]:
    """Section first (the primary tag), then the tags, then the marker; each name once (any case)."""
    names: list[str] = []
    seen: set[str] = set()
    for name in [draft.section, *draft.tags, marker_tag(draft.marker)]:
        name = name.strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def ghost_date(moment: Any) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def post_body(draft: PostDraft, *, version: str = "") -> dict[str, Any]:
    """The post object of a create (no ``version``) or an edit (``updated_at`` = ``version``).

    The publication date of a published post is never sent, so edits keep it.
    """
    post: dict[str, Any] = {
        "title": draft.title,
        "html": ghost_html(draft.html),
        "custom_excerpt": draft.excerpt or None,
        "tags": [{"name": name} for name in tag_names(draft)],
    }
    if draft.slug:
        post["slug"] = draft.slug
    if not draft.keep_featured:
        image = draft.featured
        post["feature_image"] = image.url if image else None
        post["feature_image_alt"] = (image.alt or None) if image else None
        post["feature_image_caption"] = html.escape(image.caption) if image and image.caption else None
    if draft.status == SCHEDULED and draft.publish_at is not None:
        post["status"] = "scheduled"
        post["published_at"] = ghost_date(draft.publish_at)
    else:
        post["status"] = "published"
    if version:
        post["updated_at"] = version
    return post


def remote_post(item: dict[str, Any]) -> RemotePost:
    """A post as the Admin API gave it (with ``formats=html`` and its tags)."""
    tags = [tag for tag in item.get("tags") or () if isinstance(tag, dict)]
    public = [str(tag.get("name", "")) for tag in tags if tag.get("visibility") != "internal"]
    marker = ""
    for tag in tags:
        slug = str(tag.get("slug", ""))
        if tag.get("visibility") == "internal" and slug.startswith(MARKER_SLUG_PREFIX):
            marker = str(tag.get("name", ""))[len(MARKER_TAG_PREFIX) :] or slug[len(MARKER_SLUG_PREFIX) :]
            break
    status = str(item.get("status", ""))
    return RemotePost(
        id=str(item["id"]),
        link=str(item.get("url") or ""),
        status=STATUSES.get(status, status),
        version=str(item.get("updated_at") or ""),
        slug=str(item.get("slug") or ""),
        title=str(item.get("title") or ""),
        date_gmt=str(item.get("published_at") or ""),
        excerpt=str(item.get("custom_excerpt") or ""),
        content=str(item.get("html") or ""),
        featured_media=str(item.get("feature_image") or ""),
        categories=tuple(public[:1]),
        tags=tuple(public[1:]),
        marker=marker,
        raw=item,
    )
