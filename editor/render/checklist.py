"""The pre-publish checklist: what a desk editor checks before a story goes out.

Errors block publishing; warnings are shown and do not. It includes every finding of
:func:`editor.article.validate` (malformed slugs and links, sources or bylines without a name, an
embargo in the past...), so a caller needs only this one list. Each finding is a code with parameters;
the words are made where they are shown (``editor.ui.findings``, ``editor.cli.findings``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from datetime import datetime
from urllib.parse import urlsplit

import nh3
from markdown_it.token import Token

from editor.article import (
    HEADLINE_GUIDANCE_CHARS,
    Article,
    Problem,
    Severity,
    is_sample,
    is_valid_url,
    validate,
)
from editor.render.markdown import MAX_RENDER_CHARS, is_too_long, parse_body
from editor.render.quotes import quote_problems
from editor.reuse import DEFAULT_THRESHOLD, measure, reuse_problems
from editor.wirecopy import WireText

# WordPress stores the title in a TEXT column (65,535 bytes, after it escapes entities): a 100,000-character
# headline fails there with "Could not insert post". No headline comes near this sane limit.
HEADLINE_MAX_CHARS = 1_000

# A quotation: straight "…", curly “…” and British ‘…’, guillemets « … » (and » … «), German „…“.
# At least two characters inside, so inch marks (12" screen) and lone quote characters do not count;
# straight single quotes are left out (they are apostrophes far more often than quotations).
_QUOTATION = re.compile(r'"[^"\n]{2,}"|“[^”]{2,}”|‘[^’]{2,}’|«[^»]{2,}»|»[^«]{2,}«|„[^“”]{2,}[“”]')
_BODY_LINK_SCHEMES = ("http", "https", "mailto", "tel")


def _required_fields(article: Article) -> Iterator[Problem]:
    if not article.headline.strip():
        yield Problem("headline", "headline_empty")
    if not article.body.strip():
        yield Problem("body", "body_empty")
    elif is_too_long(article.body):
        yield Problem("body", "body_too_long", {"length": len(article.body), "limit": MAX_RENDER_CHARS})
    if not any(b.name.strip() for b in article.bylines):
        yield Problem("bylines", "byline_missing")
    if not article.section.strip():
        yield Problem("section", "section_missing", severity=Severity.WARNING)
    length = len(article.headline.strip())
    if length > HEADLINE_MAX_CHARS:
        yield Problem("headline", "headline_too_long", {"length": length, "limit": HEADLINE_MAX_CHARS})
    elif length > HEADLINE_GUIDANCE_CHARS:
        params = {"length": length, "limit": HEADLINE_GUIDANCE_CHARS}
        yield Problem("headline", "headline_long", params, severity=Severity.WARNING)


def _term_names(article: Article) -> Iterator[Problem]:
    """WordPress strips HTML from a term name and refuses one left empty ("A name is required")."""
    for field, names in (
        ("section", [article.section] if article.section.strip() else []),
        ("tags", article.tags),
    ):
        for name in names:
            if not html.unescape(nh3.clean(name, tags=set())).strip():
                yield Problem(field, "term_only_markup", {"name": name})


def _inline_text(inline: Token) -> str:
    """The words a reader sees in one inline token (code spans left out: quotes there are code)."""
    parts = []
    for child in inline.children or []:
        if child.type == "text":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def _body_link_ok(url: str) -> bool:
    if url.startswith("#"):
        return True  # footnote or in-page anchor
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("http", "https"):
        return is_valid_url(url)
    return scheme in _BODY_LINK_SCHEMES and len(url) > len(scheme) + 1


def _is_local_image(url: str) -> bool:
    """A file on this computer (path or file: URL): checked by :func:`_local_images`, not as a link."""
    scheme = urlsplit(url).scheme.lower()
    return bool(url) and (scheme == "file" or scheme == "")


def _local_images(article: Article) -> Iterator[Problem]:
    """Local pictures that would not be uploaded: not placed by the journalist (``editor.image_origin``:
    the finding's code says how), missing, or not an image by their bytes."""
    from editor.cms.media import image_references, is_image_file
    from editor.image_origin import check_image

    image = article.featured_image
    found = [("featured_image", None, image.path)] if image is not None and image.path.strip() else []
    found += [("body", line, reference) for line, reference in image_references(article.body)]
    for field, line, reference in found:
        local = check_image(reference, article.origin)
        if local is None:
            continue
        where = {"url": local.reference, "line": line, "folder": article.origin.folder}
        if local.refusal:
            yield Problem(field, local.refusal, where)
        elif not local.path.is_file():
            yield Problem(field, "image_file_missing", where)
        elif not is_image_file(local.path):
            yield Problem(field, "image_file_not_image", where)


def _body_findings(tokens: list[Token]) -> tuple[bool, list[Problem]]:
    """Whether the body quotes anyone, and its malformed links."""
    quotes = False
    problems: list[Problem] = []
    for token in tokens:
        if token.type == "blockquote_open":
            quotes = True
        if token.type != "inline":
            continue
        if not quotes and _QUOTATION.search(_inline_text(token)):
            quotes = True
        line = token.map[0] + 1 if token.map else None
        for child in token.children or []:
            attribute = "href" if child.type == "link_open" else "src" if child.type == "image" else None
            if attribute is None:
                continue
            url = str(child.attrGet(attribute) or "")
            where = {"url": url, "line": line}
            if attribute == "src" and _is_local_image(url):
                continue  # see _local_images
            if not _body_link_ok(url):
                problems.append(Problem("body", "link_invalid", where))
    return quotes, problems


def run_checklist(
    article: Article,
    *,
    now: datetime | None = None,
    wire: WireText | None = None,
    reuse_threshold: float = DEFAULT_THRESHOLD,
    slug_taken_by: Sequence[str] = (),
) -> list[Problem]:
    """Everything to fix (errors) or consider (warnings) before publishing; errors come first.

    ``wire``, the incoming copy the article came from, adds the reuse meter's rules (editor.reuse);
    ``slug_taken_by``, the headlines of other published stories with the article's slug
    (``ArticleStore.published_with_slug``), one error each.
    """
    problems = [Problem("headline", "sample_article")] if is_sample(article) else []
    problems += _required_fields(article)
    problems += [Problem("slug", "slug_taken", {"slug": article.slug, "headline": h}) for h in slug_taken_by]
    if wire is not None:
        problems += reuse_problems(article, measure(article.body, wire.text), wire.agency, reuse_threshold)
    problems += _term_names(article)
    problems += validate(article, now=now)
    tokens = parse_body(article.body)
    quotes, link_problems = _body_findings(tokens)
    problems += link_problems
    inline = [(t.map[0] + 1 if t.map else None, _inline_text(t)) for t in tokens if t.type == "inline"]
    problems += quote_problems(article, inline)
    problems += _local_images(article)
    if quotes and not any(s.name.strip() for s in article.sources):
        problems.append(Problem("sources", "quote_unattributed"))
    return sorted(problems, key=lambda p: p.severity != Severity.ERROR)
