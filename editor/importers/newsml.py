"""IPTC NewsML-G2 news items: headline, by, creditline, dateline, located, slugline, description,
subjects and keywords, and the XHTML body of ``contentSet/inlineXML``.

Agency XML is untrusted: it is parsed with defusedxml, which refuses entity declarations (the
"billion laughs" expansion) and external entities or DTDs outright, and never fetches anything. A
``newsMessage`` holding several items gives its first text item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element, ParseError, tostring

import nh3
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from markdownify import markdownify

from editor.importers import newsroom
from editor.importers.errors import ImportFailed

NAR = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
_ROOTS = ("newsItem", "newsMessage", "packageItem")


@dataclass(slots=True)
class Item:
    headline: str = ""
    standfirst: str = ""
    body: str = ""  # Markdown
    attribution: newsroom.Attribution = field(default_factory=newsroom.Attribution)
    slugline: str = ""
    subjects: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    created: str = ""
    language: str = ""


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if _local(child.tag) == name]


def _first(element: Element | None, name: str) -> Element | None:
    if element is None:
        return None
    found = _children(element, name)
    return found[0] if found else None


def _text(element: Element | None) -> str:
    return "" if element is None else " ".join("".join(element.itertext()).split())


def _name_of(element: Element) -> str:
    """A concept's name: its ``name`` child, else its ``literal`` attribute, else its text."""
    name = _first(element, "name")
    return _text(name) or (element.get("literal") or "").strip() or _text(element)


def is_newsml(text: str) -> bool:
    head = text[:4096]
    return any(re.search(rf"<(?:\w+:)?{root}\b", head) for root in _ROOTS)


def parse(text: str, name: str) -> Item:
    try:
        root = fromstring(text.encode("utf-8"), forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ImportFailed(
            f"{name}: the XML declares a DTD, entities or external references, which are never read (refused)"
        ) from None
    except (ParseError, ValueError) as exc:
        raise ImportFailed(f"{name}: not well-formed XML ({exc})") from None
    except RecursionError:
        raise ImportFailed(f"{name}: the XML is nested too deeply to read") from None
    item = _news_item(root)
    if item is None:
        raise ImportFailed(f"{name}: not an IPTC NewsML-G2 news item (no newsItem element)")
    return _read_item(item, name)


def _news_item(root: Element) -> Element | None:
    if _local(root.tag) == "newsItem":
        return root
    for element in root.iter():
        if _local(element.tag) == "newsItem":
            return element
    return None


def _read_item(element: Element, name: str) -> Item:
    item = Item()
    meta = _first(element, "contentMeta")
    item_meta = _first(element, "itemMeta")
    if meta is not None:
        _read_meta(meta, item)
    if item_meta is not None and not item.created:
        item.created = _text(_first(item_meta, "firstCreated")) or _text(_first(item_meta, "versionCreated"))
    item.body = _body(element, item)
    if not (item.headline or item.body):
        raise ImportFailed(f"{name}: the news item has no headline and no text")
    return item


def _read_meta(meta: Element, item: Item) -> None:
    attribution = item.attribution
    headlines = _children(meta, "headline")
    main = [h for h in headlines if (h.get("role") or "").endswith(("main", "")) or not h.get("role")]
    item.headline = _text((main or headlines or [None])[0])
    item.slugline = _text(_first(meta, "slugline"))
    for description in _children(meta, "description"):
        role = description.get("role") or ""
        if not item.standfirst and (not role or "summary" in role or "abstract" in role):
            item.standfirst = _text(description)
    for by in _children(meta, "by"):
        if not newsroom.take_line(_text(by), attribution):
            newsroom.take_line(f"By {_text(by)}", attribution) or attribution.add_byline(_text(by))
    for creator in _children(meta, "creator") + _children(meta, "contributor"):
        who = _name_of(creator)
        if who and newsroom.agency_name(who):
            attribution.add_source(who)
        elif who and "person" in (creator.get("type") or "") + (creator.get("qcode") or ""):
            attribution.add_byline(who)
    for source in _children(meta, "infoSource"):
        if who := _name_of(source):
            attribution.add_source(who)
    credit = _text(_first(meta, "creditline"))
    if credit:
        attribution.credit_line = credit
        for part in re.split(r"\s*[,/;]\s*|\s+(?:with|avec|and|et)\s+", credit):
            if newsroom.agency_name(part):
                attribution.add_source(part)
    located = _first(meta, "located")
    dateline = _text(_first(meta, "dateline"))
    attribution.dateline = (_name_of(located) if located is not None else "") or dateline.split(",")[
        0
    ].strip()
    for subject in _children(meta, "subject"):
        if (subject_name := _name_of(subject)) and subject_name not in item.subjects:
            item.subjects.append(subject_name)
    item.keywords = [k for k in (_text(k) for k in _children(meta, "keyword")) if k]
    language = _first(meta, "language")
    item.language = (language.get("tag") or "") if language is not None else ""
    item.created = _text(_first(meta, "contentCreated"))


def _body(element: Element, item: Item) -> str:
    content = _first(element, "contentSet")
    if content is None:
        return ""
    inline = _first(content, "inlineXML")
    if inline is None:
        plain = _first(content, "inlineData")
        return _text_blocks(plain, item) if plain is not None else ""
    html_body = next((e for e in inline.iter() if _local(e.tag) == "body"), inline)
    markup = "".join(tostring(child, encoding="unicode") for child in html_body)
    markup = re.sub(r"<(/?)(?:\w+:)?(\w+)[^>]*?xmlns(?::\w+)?=\"[^\"]*\"", r"<\1\2", markup)
    markup = re.sub(r"<(/?)\w+:(\w+)", r"<\1\2", markup)
    clean = nh3.clean(markup, tags={"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
                                   "a", "em", "strong", "i", "b", "br", "pre", "code"})  # fmt: skip
    markdown = markdownify(clean, heading_style="ATX", bullets="-").strip()
    return _clean_blocks([b.strip() for b in re.split(r"\n\s*\n", markdown) if b.strip()], item)


def _text_blocks(element: Element, item: Item) -> str:
    text = "".join(element.itertext())
    return _clean_blocks([" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()], item)


def _clean_blocks(blocks: list[str], item: Item) -> str:
    kept: list[str] = []
    for block in blocks:
        if block.startswith("# ") and block[2:].strip() == item.headline:
            continue  # the headline once, in its field
        if "\n" not in block and newsroom.take_line(block, item.attribution):
            continue
        if not kept:
            block = newsroom.take_dateline(block, item.attribution)
        kept.append(block)
    return "\n\n".join(kept)
