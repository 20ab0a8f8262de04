"""A WordPress post → a local Article ("Open from CMS").

Posts Copydesk published carry the template's ``cd-*`` classes (editor.render.template): byline, credit,
dateline, Sources and Related are read back into their structured fields and the rest becomes the
Markdown body (through editor.importers.html, the converter paste uses). Any other post simply becomes
headline, standfirst and body. The article id is the post's marker when it has one (so it re-binds to
the article it came from), else a new one.
"""

from __future__ import annotations

import contextlib
import html
import re
from typing import TYPE_CHECKING

from editor.article import (
    Article,
    Byline,
    BylineRole,
    FeaturedImage,
    RelatedLink,
    RemoteBinding,
    Source,
    SourceKind,
    new_id,
    utcnow,
)
from editor.cms.client import RemotePost, remote_fields_hash
from editor.cms.errors import CmsError
from editor.importers.html import html_to_markdown
from editor.languages import normalize_tag

if TYPE_CHECKING:
    from editor.cms.wordpress import WordPressClient

_FLAGS = re.IGNORECASE | re.DOTALL
_BYLINE = re.compile(r'<p class="cd-byline">(.*?)</p>\s*', _FLAGS)
_AUTHOR = re.compile(r'<span class="cd-author">(.*?)</span>(?:\s*\(([^)]*)\))?', _FLAGS)
_CREDIT = re.compile(r'<span class="cd-credit">(.*?)</span>', _FLAGS)
_DATELINE = re.compile(
    r'<p class="cd-dateline">(.*?)</p>\s*|<span class="cd-dateline">(.*?)</span>\s?', _FLAGS
)
_SECTION = re.compile(r'<section class="cd-(sources|related)">(.*?)</section>\s*', _FLAGS)
_ITEM = re.compile(r"<li[^>]*>(.*?)</li>", _FLAGS)
_CLASS_SPAN = r'<span class="cd-{}">(.*?)</span>'
_HREF = re.compile(r'<a [^>]*href="([^"]*)"', _FLAGS)
_WRAPPER = re.compile(
    r"^\s*<(?:article|div)\b[^>]*(?:cd-article|data-copydesk-id)[^>]*>|</article>\s*$", _FLAGS
)
# The article's language on the wrapper (template.language_attributes); Ghost's wrapper is a div in a card.
_LANGUAGE = re.compile(r'^\s*<(article|div)\b[^>]*\bcd-article\b[^>]*\blang="([^"]*)"[^>]*>', _FLAGS)
_TAGS = re.compile(r"<[^>]+>")


def _text(fragment: str) -> str:
    return html.unescape(_TAGS.sub("", fragment or "")).strip()


def _span(kind: str, fragment: str) -> str:
    match = re.search(_CLASS_SPAN.format(kind), fragment, _FLAGS)
    return _text(match.group(1)) if match else ""


def _bylines(fragment: str) -> list[Byline]:
    bylines = []
    for name, role in _AUTHOR.findall(fragment):
        try:
            kind = BylineRole(role.strip().lower()) if role else BylineRole.REPORTER
        except ValueError:
            kind = BylineRole.REPORTER
        bylines.append(Byline(_text(name), kind))
    return bylines


def _sources(fragment: str) -> list[Source]:
    sources = []
    for item in _ITEM.findall(fragment):
        try:
            kind = SourceKind(_span("source-kind", item).lower())
        except ValueError:
            kind = SourceKind.OTHER
        link = _HREF.search(item)
        url = html.unescape(link.group(1)) if link else ""
        name = _span("source-name", item) or _text(item)
        sources.append(Source(name, kind, url, _span("source-note", item)))
    return sources


def _related(fragment: str) -> list[RelatedLink]:
    links = []
    for item in _ITEM.findall(fragment):
        link = _HREF.search(item)
        links.append(RelatedLink(_text(item), html.unescape(link.group(1)) if link else ""))
    return links


def split_content(content: str) -> dict:
    """The structured parts of a Copydesk-rendered content, and the remaining body HTML."""
    parts: dict = {"bylines": [], "credit_line": "", "dateline": "", "sources": [], "related": []}
    byline = _BYLINE.search(content)
    if byline:
        parts["bylines"] = _bylines(byline.group(1))
        parts["credit_line"] = _span("credit", byline.group(1))
        content = content[: byline.start()] + content[byline.end() :]
    dateline = _DATELINE.search(content)
    if dateline:
        parts["dateline"] = _text(dateline.group(1) or dateline.group(2)).rstrip("—–- ").strip()
        content = content[: dateline.start()] + content[dateline.end() :]
    for kind, fragment in _SECTION.findall(content):
        parts[kind] = _sources(fragment) if kind == "sources" else _related(fragment)
    content = _SECTION.sub("", content)
    language = _LANGUAGE.match(content)
    if language:
        with contextlib.suppress(ValueError):  # not a tag: the article's language stays unstated
            parts["language"] = normalize_tag(html.unescape(language.group(2)))
        if language.group(1).lower() == "div":
            content = re.sub(r"</div>\s*$", "", content)
    parts["body_html"] = _WRAPPER.sub("", content)
    return parts


def article_from_post(client: WordPressClient, post: RemotePost) -> Article:
    parts = split_content(post.content)
    body = html_to_markdown(parts.pop("body_html"))
    section = client.term_names("categories", post.categories[:1])
    featured = None
    if post.featured_media:
        try:
            media = client.get_media(post.featured_media)
        except CmsError:
            media = None  # the image was deleted on the site: the article simply has none
        if media is not None:
            featured = FeaturedImage(media.source_url, _text(media.caption), "", media.alt_text)
    return Article(
        id=post.marker or new_id(),
        headline=post.title,
        standfirst=_text(post.excerpt),
        body=body + "\n" if body else "",
        section=section[0] if section else "",
        tags=client.term_names("tags", post.tags),
        slug=post.slug,
        featured_image=featured,
        remote=RemoteBinding(
            account=client.account_name,
            remote_id=post.id,
            url=post.link,
            version=post.version,
            last_sync=utcnow(),
            remote_fields_hash=remote_fields_hash(post),
        ),
        **parts,
    )
