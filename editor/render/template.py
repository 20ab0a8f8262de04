"""The article template: one Article → theme-neutral, publishable HTML.

Layout of :func:`render_article` (no headline: WordPress shows the post title itself)::

    <article class="cd-article" lang="fr" dir="ltr">
      <p class="cd-byline">By <span class="cd-author">Name</span> (photographer), ... ·
         <span class="cd-credit">with AFP</span></p>
      <p><span class="cd-dateline">MOSCOW —</span> First paragraph of the body...</p>
      ...body...
      <section class="cd-sources"><h2>Sources</h2><ul><li class="cd-source">...</li></ul></section>
      <section class="cd-related"><h2>Related</h2><ul><li class="cd-related-link">...</li></ul></section>
    </article>

The dateline is folded into the start of the body's first paragraph, as printed newspapers do; when
the body does not start with a paragraph (a heading, a list, nothing) it stands as its own
``<p class="cd-dateline">``. The editor's note is internal and never rendered. Every field is
escaped, and the whole fragment passes the sanitizer again.

The wrapper carries the article's language (``lang``, its BCP 47 tag) and direction (``dir="rtl"`` for
Arabic, Hebrew...), so a browser picks the right fonts, hyphenation and quotation marks and lays out
right-to-left text from the right; an article whose language is not stated gets ``dir="auto"`` (each
reader's browser then finds the direction from the text) and no ``lang``.
"""

from __future__ import annotations

import os
import re
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from editor.article import Article, Byline, BylineRole, RelatedLink, Source, is_valid_url
from editor.languages import direction
from editor.render.markdown import render_body
from editor.render.sanitize import sanitize_html, sanitize_page_part

_DASHES = ("—", "–", "-")
_FIRST_PARAGRAPH = re.compile(r"^<p(?: data-source-line=\"\d+\")?>")


def _link(url: str, text: str) -> str:
    """``text`` (already escaped) linked to ``url`` when it is a well-formed web address."""
    if url and is_valid_url(url):
        return f'<a href="{escape(url.strip())}">{text}</a>'
    return text


def _dateline_text(dateline: str) -> str:
    place = dateline.strip()
    return escape(place if place.endswith(_DASHES) else f"{place} —")


def _byline_name(byline: Byline) -> str:
    name = f'<span class="cd-author">{escape(byline.name.strip())}</span>'
    if byline.role != BylineRole.REPORTER:
        name += f" ({escape(byline.role.value)})"
    return name


def render_byline(article: Article) -> str:
    """``<p class="cd-byline">By A, B (photographer) · <span class="cd-credit">…</span></p>`` or ""."""
    names = [_byline_name(b) for b in article.bylines if b.name.strip()]
    parts = []
    if names:
        parts.append("By " + ", ".join(names))
    if article.credit_line.strip():
        parts.append(f'<span class="cd-credit">{escape(article.credit_line.strip())}</span>')
    return f'<p class="cd-byline">{" · ".join(parts)}</p>\n' if parts else ""


def _source_item(source: Source) -> str:
    kind = f'<span class="cd-source-kind">{escape(source.kind.value.capitalize())}</span>: '
    item = kind + _link(source.url, f'<span class="cd-source-name">{escape(source.name.strip())}</span>')
    if source.note.strip():
        item += f' — <span class="cd-source-note">{escape(source.note.strip())}</span>'
    return f'<li class="cd-source">{item}</li>\n'


def _related_item(link: RelatedLink) -> str:
    return f'<li class="cd-related-link">{_link(link.url, escape(link.title.strip()))}</li>\n'


def _section(css_class: str, title: str, items: list[str]) -> str:
    if not items:
        return ""
    return f'<section class="{css_class}">\n<h2>{title}</h2>\n<ul>\n{"".join(items)}</ul>\n</section>\n'


def _body_with_dateline(article: Article, source_lines: bool) -> str:
    body = render_body(article.body, source_lines=source_lines)
    if not article.dateline.strip():
        return body
    dateline = f'<span class="cd-dateline">{_dateline_text(article.dateline)}</span>'
    first = _FIRST_PARAGRAPH.match(body)
    if first:
        return f"{first.group(0)}{dateline} {body[first.end() :]}"
    return f'<p class="cd-dateline">{_dateline_text(article.dateline)}</p>\n{body}'


def language_attributes(language: str) -> str:
    """`` lang="ar" dir="rtl"`` for an element holding text in ``language`` (`` dir="auto"`` for none)."""
    lang = f' lang="{escape(language)}"' if language else ""
    return f'{lang} dir="{direction(language)}"'


def render_article(article: Article, *, source_lines: bool = False) -> str:
    """The publishable HTML fragment: byline + credit, dateline, body, Sources, Related."""
    sources = [_source_item(s) for s in article.sources if s.name.strip()]
    related = [_related_item(r) for r in article.related if r.title.strip()]
    html = (
        f'<article class="cd-article"{language_attributes(article.language)}>\n'
        + render_byline(article)
        + _body_with_dateline(article, source_lines)
        + _section("cd-sources", "Sources", sources)
        + _section("cd-related", "Related", related)
        + "</article>\n"
    )
    return sanitize_html(html)


_DOCUMENT_CSS = """
body { margin: 0; padding: 2rem 1rem; font: 1.05rem/1.6 Georgia, "DejaVu Serif", serif; color: #1a1a1a; }
.cd-page { max-width: 42rem; margin: 0 auto; }
h1.cd-headline { font-size: 2.1rem; line-height: 1.2; margin: 0 0 .5rem; }
.cd-standfirst { font-size: 1.2rem; color: #444; margin: 0 0 1rem; }
.cd-byline { font: .9rem/1.4 system-ui, sans-serif; color: #555; }
.cd-dateline { font-weight: bold; }
figure.cd-featured-image { margin: 1rem 0; }
figure.cd-featured-image img { max-width: 100%; height: auto; }
figcaption { font: .85rem/1.4 system-ui, sans-serif; color: #555; }
.cd-sources, .cd-related { border-top: 1px solid #ddd; margin-top: 2rem; font-size: .95rem; }
.cd-sources h2, .cd-related h2 { font: bold 1rem system-ui, sans-serif; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid #ccc; color: #333; }
table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: .25rem .5rem; }
"""


def _image_src(path: str) -> str:
    """A usable ``src`` for the featured image: web URLs as they are, local files as file: URIs."""
    path = path.strip()
    if is_valid_url(path):
        return path
    if os.path.isabs(path):
        return Path(path).as_uri()
    if path and not urlsplit(path).scheme:
        return path  # relative to the exported page
    return ""  # javascript:, data: and friends


def _featured_image(article: Article) -> str:
    image = article.featured_image
    if image is None or not (src := _image_src(image.path)):
        return ""
    caption = escape(image.caption.strip())
    if image.credit.strip():
        caption += f' <span class="cd-image-credit">{escape(image.credit.strip())}</span>'
    figcaption = f"<figcaption>{caption.strip()}</figcaption>" if caption else ""
    return (
        f'<figure class="cd-featured-image"><img src="{escape(src)}" alt="{escape(image.alt.strip())}">'
        f"{figcaption}</figure>\n"
    )


def render_document(article: Article) -> str:
    """A complete standalone HTML page: headline, standfirst, featured image and the article fragment."""
    headline = escape(article.headline.strip())
    standfirst = article.standfirst.strip()
    header = f'<h1 class="cd-headline">{headline}</h1>\n'
    if standfirst:
        header += f'<p class="cd-standfirst">{escape(standfirst)}</p>\n'
    header = sanitize_page_part(header + _featured_image(article))
    return (
        f"<!DOCTYPE html>\n<html{language_attributes(article.language)}>\n<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Copydesk">\n'
        f"<title>{headline}</title>\n<style>{_DOCUMENT_CSS}</style>\n</head>\n<body>\n"
        f'<div class="cd-page">\n<header class="cd-header">\n{header}</header>\n'
        f"{render_article(article)}</div>\n</body>\n</html>\n"
    )
