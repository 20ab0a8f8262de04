"""The incoming copy a draft was made from (agency copy, a saved page, an e-mail), kept read-only.

It travels with the article (its own table, ``wire_copies``), is shown beside the editor, is searched,
is exported in ninjs as the source's content and is never published. ``text`` is the story as read
from the copy (headline, deck and body as plain text): what the reuse meter compares the body with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from editor.article import utcnow


class WireFormat(StrEnum):
    HTML = "html"
    TEXT = "text"
    EMAIL = "email"
    NEWSML = "newsml"
    NINJS = "ninjs"


MEDIA_TYPES = {
    WireFormat.HTML: "text/html",
    WireFormat.TEXT: "text/plain",
    WireFormat.EMAIL: "message/rfc822",
    WireFormat.NEWSML: "application/vnd.iptc.g2.newsitem+xml",
    WireFormat.NINJS: "application/ninjs+json",
}


@dataclass(frozen=True, slots=True)
class WireCopy:
    format: WireFormat
    raw: str  # the copy as it came (decoded to text)
    text: str  # the story read from it, as plain text
    name: str = ""  # file name, or "clipboard"
    agency: str = ""  # the first news agency named in the copy ("AFP"), if any
    origin: str = ""  # site name and/or address the copy came from
    received: datetime = field(default_factory=utcnow)

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[WireFormat(self.format)]


@dataclass(frozen=True, slots=True)
class WireText:
    """What the reuse meter needs of a stored copy: its story text and agency, not the raw original."""

    text: str
    agency: str = ""


_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr")


def markdown_to_text(markdown: str) -> str:
    """Markdown rendered, then its text: one line per paragraph, subhead, list item or quote."""
    from lxml import etree  # imported here: the store uses this module and must start light
    from lxml import html as lxml_html

    from editor.render import render_body

    if not markdown.strip():
        return ""
    try:
        root = lxml_html.fragment_fromstring(render_body(markdown), create_parent="div")
    except (etree.LxmlError, ValueError):
        return markdown
    lines = []
    for element in root.iter(*_BLOCKS):
        if element.tag in ("li", "blockquote") and any(child.tag in _BLOCKS for child in element):
            # the text is in its own paragraphs: only the text outside them
            own = " ".join(
                [element.text or ""]
                + [c.tail or "" for c in element]
                + [c.text_content() for c in element if c.tag not in _BLOCKS]
            ).split()
            if own:
                lines.append(" ".join(own))
            continue
        text = " ".join(element.text_content().split())
        if text:
            lines.append(text)
    return "\n".join(lines)
