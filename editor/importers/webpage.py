"""A saved web page to headline, Markdown body and fields, with trafilatura for the main content.

trafilatura finds the story in the page (its XML tree: ``head``, ``p``, ``list``, ``quote``, ``hi``,
``ref``…), which is turned into Markdown here so that quotes stay quotes and newsroom lines can be
taken out paragraph by paragraph. Before trafilatura prunes the page, the byline elements (class or
itemprop ``author``/``byline``/``credit``) are read, since their "with AFP" is dropped with the page
chrome. The page's metadata fills the fields: title, author, date, site name, categories, tags, lead
image. Scripts never get through: only the text of trafilatura's tree is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from editor.importers import boilerplate, newsroom, pasted
from editor.importers.errors import ImportFailed

_BYLINE_XPATH = (
    "//*[@rel='author' or contains(@itemprop,'author') or contains(@class,'byline') or "
    "contains(@class,'author') or contains(@class,'signature') or contains(@class,'credit') or "
    "contains(@class,'dateline') or contains(@class,'source')]"
)
_DECK_CLASS = re.compile(
    r"subtitle|subhead|deck|standfirst|chapo|chapeau|summary|lead|intro|announce|excerpt", re.IGNORECASE
)
_MAX_BYLINE_CHARS = 200
# Boxes inside a story that are not the story: other stories, newsletter sign-ups, share bars, ads.
_PRUNE_WORDS = ("related", "read-next", "readnext", "read-more", "readmore", "lire-aussi", "catcher",
                "newsletter", "outbrain", "taboola", "relacionad", "correlat", "relacionados", "share",
                "social", "comment", "coment", "advert", "ad-slot", "teaser-list", "more-from")  # fmt: skip
PRUNE_XPATH = [
    f"//*[contains(@class,'{word}') or contains(@id,'{word}')][not(self::body or self::html or self::main)]"
    for word in _PRUNE_WORDS
]
_IN_PRUNED_BOX = (
    "ancestor::*["
    + " or ".join(f"contains(@class,'{word}') or contains(@id,'{word}')" for word in _PRUNE_WORDS)
    + "][not(self::body or self::html or self::main)]"
)


@dataclass(slots=True)
class Page:
    headline: str = ""
    standfirst: str = ""
    blocks: list[str] = field(default_factory=list)
    attribution: newsroom.Attribution = field(default_factory=newsroom.Attribution)
    site: str = ""
    url: str = ""
    published: str = ""
    section: str = ""
    tags: list[str] = field(default_factory=list)
    image: str = ""
    language: str = ""

    @property
    def body(self) -> str:
        return "\n\n".join(self.blocks)


def _plain(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)


def _is_web_link(url: str) -> bool:
    try:
        return urlsplit(url).scheme in ("http", "https")
    except ValueError:
        return False


def _inline(element: Any) -> str:
    """Markdown of one block's inline content: emphasis and web links kept, everything else text."""
    parts = [_md_escape(element.text or "")]
    for child in element:
        inner = _inline(child)
        tag, rend = child.tag, child.get("rend", "")
        if tag == "hi" and inner.strip() and rend in ("#b", "#strong"):
            inner = f"**{inner.strip()}**"
        elif tag == "hi" and inner.strip() and rend in ("#i", "#em"):
            inner = f"*{inner.strip()}*"
        elif tag == "ref" and inner.strip() and _is_web_link(child.get("target", "")):
            target = child.get("target", "").replace(" ", "%20").replace(")", "%29")
            inner = f"[{inner.strip()}]({target})"
        elif tag == "lb":
            inner = " "
        parts.append(inner)
        parts.append(_md_escape(child.tail or ""))
    return " ".join("".join(parts).split())


def _blocks(body: Any) -> list[tuple[str, str, Any]]:
    """(kind, plain text, element) for each block of trafilatura's tree, in order."""
    found: list[tuple[str, str, Any]] = []
    for element in body:
        tag = element.tag
        if tag in ("p", "head", "list", "quote", "table", "code"):
            text = _plain(element)
            if text:
                found.append((tag, text, element))
        elif tag == "div" or tag == "section":
            found.extend(_blocks(element))
        elif tag not in ("graphic", "lb") and _plain(element):
            found.append(("p", _plain(element), element))
    return found


def _markdown(kind: str, element: Any) -> str:
    if kind == "head":
        level = element.get("rend", "h2")
        return ("### " if level in ("h3", "h4", "h5", "h6") else "## ") + _inline(element)
    if kind == "list":
        ordered = element.get("rend", "") == "ol"
        items = [item for item in element if item.tag == "item" and _plain(item)]
        return "\n".join(
            f"{n}. {_inline(item)}" if ordered else f"- {_inline(item)}" for n, item in enumerate(items, 1)
        )
    if kind == "quote":
        paragraphs = [_inline(p) for p in element if _plain(p)] or [_inline(element)]
        return "\n>\n".join(f"> {p}" for p in paragraphs)
    if kind == "table":
        rows = [" | ".join(_plain(cell) for cell in row) for row in element.iter("row")]
        return "\n\n".join(r for r in rows if r.strip(" |"))
    if kind == "code":
        return "```\n" + "".join(element.itertext()).strip("\n") + "\n```"
    return _inline(element)


def _read_bylines(tree: Any, attribution: newsroom.Attribution) -> None:
    """Byline and credit elements of the page, read before trafilatura prunes them."""
    seen: set[str] = set()
    for element in tree.xpath(_BYLINE_XPATH)[:20]:
        if element.tag in ("meta", "link", "script", "style", "body", "html", "article", "main"):
            continue
        text = " ".join(element.text_content().split())
        if not text or len(text) > _MAX_BYLINE_CHARS or text in seen:
            continue
        seen.add(text)
        for piece in re.split(r"\s+[|·•]\s+|\n", text):
            if not newsroom.take_line(piece, attribution) and "author" in (element.get("class") or "") + (
                element.get("itemprop") or ""
            ):
                newsroom.take_line(f"By {piece}", attribution)


def _same(a: str, b: str) -> bool:
    return bool(a) and _normal(a) == _normal(b)


def read(page_html: str, name: str) -> Page:
    """The story of a saved page; raises ImportFailed when the page holds no readable text."""
    page = Page()
    try:
        tree = trafilatura.load_html(page_html)
    except (ValueError, etree.LxmlError, RecursionError):
        tree = None
    if tree is None:
        raise ImportFailed(f"{name}: the page could not be read as HTML")
    _read_bylines(tree, page.attribution)
    # The page's own <html lang> (trafilatura reports a language only when asked to detect one).
    page.language = str(tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "")
    headings = _headings(tree)
    try:
        document = trafilatura.bare_extraction(
            tree, include_links=True, include_formatting=True, include_comments=False,
            include_tables=True, with_metadata=True, deduplicate=False, prune_xpath=PRUNE_XPATH,
        )  # fmt: skip
    except (ValueError, TypeError, etree.LxmlError, RecursionError):
        document = None
    if document is None or document.body is None:
        text = _fallback_text(page_html)
        if not text:
            raise ImportFailed(f"{name}: the page has no story text")
        parsed = pasted.parse(text, attribution=page.attribution)
        page.headline, page.standfirst, page.blocks = parsed.headline, parsed.standfirst, parsed.blocks
        return page
    _metadata(document, page)
    _body(document, page)
    _restore_headings(page, headings)
    return page


def _headings(tree: Any) -> list[tuple[str, str, str]]:
    """(level, text, text of the paragraph after it) for the page's subheads.

    trafilatura sometimes drops the ``h2``/``h3`` between paragraphs of a story; they are put back
    before the paragraph that follows them in the page (:func:`_restore_headings`).
    """
    found = []
    for element in tree.xpath("//h2|//h3|//h4")[:200]:
        text = " ".join(element.text_content().split())
        if not text or len(text.split()) > pasted.MAX_SUBHEAD_WORDS or boilerplate.opens_chrome_block(text):
            continue
        if element.xpath(_IN_PRUNED_BOX):  # the title of a related box, a comment section…
            continue
        following = element.xpath("following::p[1]")
        if following:
            after = " ".join(following[0].text_content().split())
            found.append(("### " if element.tag in ("h3", "h4") else "## ", text, after))
    return found


def _restore_headings(page: Page, headings: list[tuple[str, str, str]]) -> None:
    present = {_normal(b.lstrip("#> ")) for b in page.blocks}
    for level, text, after in headings:
        if _normal(text) in present or not after:
            continue
        target = _normal(after)
        for i, block in enumerate(page.blocks):
            if _normal(block) == target and i > 0:
                page.blocks.insert(i, level + _md_escape(text))
                present.add(_normal(text))
                break


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", re.sub(r"\\(.)", r"\1", text)).strip().lower()


def _fallback_text(page_html: str) -> str:
    """Visible text of a page trafilatura found no story in (scripts and styles removed)."""
    try:
        tree = lxml_html.document_fromstring(page_html)
    except (ValueError, etree.LxmlError):
        return ""
    for element in tree.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    lines = []
    for element in tree.iter("h1", "h2", "h3", "p", "li", "blockquote", "div", "td"):
        if element.tag == "div" and len(element):
            continue
        text = " ".join(element.text_content().split())
        if text:
            lines.append(text)
    return "\n".join(lines)


def _metadata(document: Any, page: Page) -> None:
    page.headline = " ".join((document.title or "").split())
    page.site = document.sitename or ""
    page.url = document.url if document.url and _is_web_link(document.url) else ""
    page.published = document.date or ""
    page.section = (document.categories or [""])[0]
    page.tags = [t for t in (document.tags or []) if t and len(t) <= 60][:20]
    page.image = document.image if document.image and _is_web_link(document.image) else ""
    page.language = page.language or document.language or ""
    if document.author and not page.attribution.bylines:
        for author in re.split(r"\s*;\s*", document.author):
            if not newsroom.take_line(f"By {author}", page.attribution) and author:
                page.attribution.add_byline(author)


def _body(document: Any, page: Page) -> None:
    description = " ".join((document.description or "").split())
    in_link_list = False
    first_text = True
    for kind, text, element in _blocks(document.body):
        if kind == "head" and (boilerplate.ends_story(text)):
            break
        if kind == "head" and boilerplate.opens_link_list(text):
            in_link_list = True
            continue
        if in_link_list:
            if kind in ("list", "head") or not pasted.is_prose(text) or len(text.split()) < 20:
                continue
            in_link_list = False
        if kind == "head" and element.get("rend") == "h1" and (_same(text, page.headline) or not page.blocks):
            page.headline = page.headline or text
            continue
        if _same(text, page.headline):
            continue
        if kind == "p" and (newsroom.take_line(text, page.attribution) or boilerplate.is_chrome(text)):
            continue
        if kind == "p" and pasted.is_date(text):
            continue
        if kind == "p" and first_text:
            first_text = False
            deck_class = bool(_DECK_CLASS.search(element.get("class") or ""))
            starts_story = newsroom.take_dateline(text, newsroom.Attribution()) != text  # "KAMPEN (ANP) -"
            if (
                not page.blocks
                and (deck_class or _same(text, description))
                and not page.standfirst
                and not (starts_story)
            ):
                page.standfirst = text
                first_text = True
                continue
            stripped = newsroom.take_dateline(text, page.attribution)
            if stripped != text:
                page.blocks.append(_md_escape(stripped))
                continue
        page.blocks.append(_markdown(kind, element))
