"""The one HTML sanitizer: everything that leaves Copydesk as HTML (preview, publish, export) passes here.

An allow-list (nh3, a binding of the Rust ``ammonia`` crate) rather than a block-list: tags and
attributes not named below disappear, ``<script>``/``<style>``/``<iframe>``... vanish with their
content, event-handler attributes (``on*``) and ``style`` are never allowed (except ``text-align``,
which markdown-it writes on table cells), and links may only use http(s)/mailto/tel or be relative
(``#fn1`` footnote anchors). ``javascript:``, ``vbscript:`` and ``data:`` URLs are dropped, data: images
included: a pasted inline image has no place in a published article. Links get
``rel="noopener noreferrer"``.

``lang`` and ``dir`` are kept on any element (the article's language and direction, or a quotation in
another language) when they hold a language tag and ltr/rtl/auto.

Classes are kept only when Copydesk itself writes them (``cd-*``, the footnote plugin's ``footnote*``,
``language-*`` on code), so pasted markup cannot borrow the site theme's classes.
"""

from __future__ import annotations

import re

import nh3

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "article", "b", "blockquote", "br", "code", "del", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "s", "section",
        "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip

_ATTRIBUTES = {
    "*": {"class", "data-source-line", "lang", "dir"},
    "a": {"href", "title", "id"},
    "img": {"src", "alt", "title"},
    "ol": {"start"},
    "li": {"id"},
    "sup": {"id"},
    "th": {"style"},
    "td": {"style"},
    "abbr": {"title"},
}
_CLASS_PREFIXES = ("cd-", "footnote", "language-")
_DIRECTIONS = frozenset({"ltr", "rtl", "auto"})  # the article's language and direction (template.py)
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def _filter_attribute(tag: str, name: str, value: str) -> str | None:
    """Keep only the attribute values Copydesk generates; ``None`` removes the attribute."""
    if name == "class":
        kept = [c for c in value.split() if c.startswith(_CLASS_PREFIXES)]
        return " ".join(kept) or None
    if name == "data-source-line":
        return value if value.isdigit() else None
    if name == "id":
        return value if value.startswith("fn") else None  # footnote anchors: fn1, fnref1
    if name == "dir":
        return value if value.lower() in _DIRECTIONS else None
    if name == "lang":
        return value if _LANGUAGE_TAG.fullmatch(value) else None
    return value


_SETTINGS = dict(
    tags=set(ALLOWED_TAGS),
    clean_content_tags={
        "script",
        "style",
        "iframe",
        "object",
        "embed",
        "noscript",
        "template",
        "svg",
        "math",
    },
    attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
    attribute_filter=_filter_attribute,
    filter_style_properties={"text-align"},
    link_rel="noopener noreferrer",
)
_cleaner = nh3.Cleaner(**_SETTINGS, url_schemes=set(URL_SCHEMES))
# A standalone exported page may show a featured image from the writer's disk (file: URI).
_page_cleaner = nh3.Cleaner(**_SETTINGS, url_schemes={*URL_SCHEMES, "file"})


def sanitize_html(html: str) -> str:
    """Return ``html`` with everything outside the allow-list removed (safe to show and publish)."""
    return _cleaner.clean(html)


def sanitize_page_part(html: str) -> str:
    """Like :func:`sanitize_html`, but also allowing ``file:`` URLs (for a page exported to disk)."""
    return _page_cleaner.clean(html)
