"""The one import service for incoming copy: a file, bytes or the clipboard in; a draft and its original out.

Every way in — ``copydesk import [--wire]``, File → Import Wire Copy…, a file dropped on the window,
Edit → Paste as New Story — calls :func:`read_incoming_file`, :func:`read_incoming` or
:func:`read_pasted`, then :func:`save_incoming`. The format is told by the file's extension, else by
its first bytes: a saved web page (:mod:`webpage`), text copied from a browser or an e-mail
(:mod:`pasted`), an e-mail (:mod:`mail`), IPTC NewsML-G2 (:mod:`newsml`) or ninjs (:mod:`ninjs`).
The result is an :class:`Incoming`: the new draft, the copy it came from
(:class:`~editor.wirecopy.WireCopy`, stored beside the article) and warnings to show (an encoding
that had to be guessed, no headline found).

Bad input is one :class:`ImportFailed` line: too large, binary, not decodable, hostile XML, a page with
no text. Nothing here touches the network.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.article import Article, FeaturedImage, Status, slugify
from editor.importers import decoding, mail, newsml, newsroom, ninjs, pasted, webpage
from editor.importers.errors import ImportFailed
from editor.importers.files import read_capped
from editor.languages import normalize_tag
from editor.wirecopy import WireCopy, WireFormat, markdown_to_text

MAX_WIRE_BYTES = 20 * 1024 * 1024
# Extensions plain ``copydesk import`` reads as incoming copy (``--wire`` takes any file).
WIRE_SUFFIXES = (".html", ".htm", ".xhtml", ".eml", ".xml")
_BY_SUFFIX = {
    ".html": WireFormat.HTML, ".htm": WireFormat.HTML, ".xhtml": WireFormat.HTML, ".eml": WireFormat.EMAIL,
    ".xml": WireFormat.NEWSML, ".json": WireFormat.NINJS, ".txt": WireFormat.TEXT, ".text": WireFormat.TEXT,
    ".md": WireFormat.TEXT, ".markdown": WireFormat.TEXT,
}  # fmt: skip
# Control characters other than tab and line breaks never belong in a story (they can rewrite a terminal).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(slots=True)
class Incoming:
    article: Article
    copy: WireCopy
    warnings: list[str] = field(default_factory=list)


def save_incoming(store: Any, incoming: Incoming) -> Article:
    """Write the draft and its original in one transaction (``store``: an ArticleStore).

    A draft with the id of an article already here (a ninjs item imported again) replaces its text,
    which stays in the history, and the newer copy replaces the older."""
    article, name = incoming.article, incoming.copy.name
    with store.transaction():
        if article.status not in (Status.DRAFT, Status.READY) and not store.exists(article.id):
            article.status = Status.DRAFT  # an agency's "usable" names no post of this library
        saved = store.replace(article, reason=f"imported from {name}", kept_reason=f"before importing {name}")
        store.attach_wire_copy(article.id, incoming.copy)
    return saved


def _sniff(text: str) -> WireFormat:
    head = text[:4096].lstrip()
    if mail.looks_like_mail(head):
        return WireFormat.EMAIL
    if newsml.is_newsml(head):
        return WireFormat.NEWSML
    if re.match(
        r"(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|article|p)\b", head, re.I | re.S
    ):
        return WireFormat.HTML
    if head.startswith("{"):
        return WireFormat.NINJS
    return WireFormat.TEXT


def read_incoming_file(path: Path) -> Incoming:
    """Read one file of incoming copy (any format above); raises ImportFailed with one line."""
    path = Path(path)
    raw = read_capped(path, path.name, MAX_WIRE_BYTES)
    return read_incoming(raw, path.name, _BY_SUFFIX.get(path.suffix.lower()))


def read_incoming(raw: bytes, name: str, kind: WireFormat | None = None) -> Incoming:
    """Incoming copy from bytes; ``kind`` None means: tell by the content."""
    if len(raw) > MAX_WIRE_BYTES:
        raise ImportFailed(f"{name} is too large to be a story ({len(raw) / 1024 / 1024:.0f} MB; the limit is"
                           f" {MAX_WIRE_BYTES // 1024 // 1024} MB)")  # fmt: skip
    if not raw.strip():
        raise ImportFailed(f"{name} is empty")
    if kind is WireFormat.EMAIL or (kind is None and mail.looks_like_mail(raw[:2048].decode("latin-1"))):
        decoding.refuse_binary(raw, name)
        return _guarded(name, lambda: _from_mail(raw, name))
    decoded = decoding.decode(raw, name)
    text = _CONTROL.sub("", decoded.text)
    kind = kind or _sniff(text)
    if kind is WireFormat.NEWSML and not newsml.is_newsml(text):
        raise ImportFailed(f"{name}: not an IPTC NewsML-G2 news item (no newsItem element)")
    incoming = _guarded(name, lambda: _read(text, name, kind))
    if decoded.guessed:
        incoming.warnings.insert(0, f"{name} did not say its character encoding: read as {decoded.encoding}")
    return incoming


def read_pasted(html: str | None, text: str | None) -> Incoming:
    """The clipboard's HTML (preferred) or plain text as a new story."""
    if html and html.strip():
        return _guarded("clipboard", lambda: _read(_CONTROL.sub("", html), "clipboard", WireFormat.HTML))
    if text and text.strip():
        return _guarded("clipboard", lambda: _read(_CONTROL.sub("", text), "clipboard", WireFormat.TEXT))
    raise ImportFailed("the clipboard holds no text")


def _guarded(name: str, read: object) -> Incoming:
    """Run a reader; a parser's own failure on odd input becomes one line, never a traceback."""
    try:
        return read()  # type: ignore[operator]
    except ImportFailed:
        raise
    except RecursionError:
        raise ImportFailed(f"{name}: the copy is nested too deeply to read") from None
    except MemoryError:
        raise ImportFailed(f"{name}: the copy is too large to read") from None
    except Exception as exc:  # third-party parsers (lxml, trafilatura, email) on hostile input
        raise ImportFailed(f"{name}: the copy could not be read ({type(exc).__name__})") from None


def _read(text: str, name: str, kind: WireFormat) -> Incoming:
    if kind is WireFormat.HTML:
        return _from_page(webpage.read(text, name), text, name, WireFormat.HTML)
    if kind is WireFormat.NEWSML:
        return _from_newsml(newsml.parse(text, name), text, name)
    if kind is WireFormat.NINJS:
        return _from_ninjs(text, name)
    return _from_text(pasted.parse(text), text, name)


def _finish(article: Article, raw: str, name: str, kind: WireFormat, origin: str = "") -> Incoming:
    agencies = [s.name for s in article.sources if newsroom.agency_name(s.name)]
    lines = [article.headline, article.standfirst, *markdown_to_text(article.body).split("\n")]
    story = "\n\n".join(line for line in lines if line)  # a paragraph a line, blank lines between
    copy = WireCopy(kind, raw, story, name, agencies[0] if agencies else "", origin)
    warnings = []
    if not article.headline:
        warnings.append(f"{name}: no headline was found; the draft has none")
    if not article.body.strip():
        warnings.append(f"{name}: no story text was found; the draft's body is empty")
    if not article.slug and article.headline:
        article.slug = slugify(article.headline, language=article.language)
    return Incoming(article, copy, warnings)


def _language(declared: str) -> str:
    """The language the copy declares (``<html lang>``, NewsML ``language``), "" when none or malformed."""
    try:
        return normalize_tag(declared)
    except ValueError:
        return ""


def _article(headline: str, standfirst: str, body: str, attribution: newsroom.Attribution) -> Article:
    article = Article(
        headline=headline, standfirst=standfirst, body=body, bylines=list(attribution.bylines),
        credit_line=attribution.credit_line, dateline=attribution.dateline, sources=list(attribution.sources),
    )  # fmt: skip
    if attribution.photo_credit:
        article.editors_note = f"Photo: {attribution.photo_credit}"
    return article


def _from_page(page: webpage.Page, raw: str, name: str, kind: WireFormat) -> Incoming:
    article = _article(page.headline, page.standfirst, page.body, page.attribution)
    article.section = page.section
    article.tags = page.tags
    article.language = _language(page.language)
    if page.image:
        article.featured_image = FeaturedImage(page.image, credit=page.attribution.photo_credit)
        article.editors_note = ""
    origin = " ".join(p for p in (page.site, page.url) if p)
    notes = [f"From {origin}" if origin else "", f"published {page.published}" if page.published else ""]
    note = ", ".join(n for n in notes if n)
    article.editors_note = "\n".join(n for n in (article.editors_note, note) if n)
    return _finish(article, raw, name, kind, origin)


def _from_text(parsed: pasted.Parsed, raw: str, name: str) -> Incoming:
    article = _article(parsed.headline, parsed.standfirst, parsed.body, parsed.attribution)
    return _finish(article, raw, name, WireFormat.TEXT)


def _from_mail(raw: bytes, name: str) -> Incoming:
    message = mail.parse(raw, name)
    whole = _CONTROL.sub("", raw.decode("utf-8", errors="replace"))
    if message.html.strip():
        page = webpage.read(_CONTROL.sub("", message.html), name)
        incoming = _from_page(page, whole, name, WireFormat.EMAIL)
    else:
        parsed = pasted.parse(_CONTROL.sub("", message.text))
        incoming = _from_text(parsed, whole, name)
        incoming = _finish(incoming.article, whole, name, WireFormat.EMAIL)
    if message.subject and not incoming.article.headline:
        incoming.article.headline = _CONTROL.sub("", message.subject)
        incoming.article.slug = slugify(message.subject)
        incoming.warnings = [w for w in incoming.warnings if "no headline" not in w]
    return incoming


def _from_newsml(item: newsml.Item, raw: str, name: str) -> Incoming:
    article = _article(item.headline, item.standfirst, item.body, item.attribution)
    article.section = item.subjects[0] if item.subjects else ""
    article.tags = list(dict.fromkeys([*item.subjects[1:], *item.keywords]))
    article.language = _language(item.language)
    if item.slugline:
        article.extra = {"slugline": item.slugline}
    return _finish(article, raw, name, WireFormat.NEWSML)


def _from_ninjs(text: str, name: str) -> Incoming:
    try:
        article = ninjs.loads(text)
    except ImportFailed as exc:
        raise ImportFailed(f"{name}: {exc}") from None
    if article.body and not article.dateline:
        attribution = newsroom.Attribution(sources=list(article.sources), credit_line=article.credit_line)
        first, _, rest = article.body.partition("\n\n")
        stripped = newsroom.take_dateline(first, attribution)
        if stripped != first:
            article.body = f"{stripped}\n\n{rest}".strip()
            article.dateline, article.sources = attribution.dateline, attribution.sources
            article.credit_line = attribution.credit_line
    try:
        raw = json.dumps(json.loads(text), ensure_ascii=False, indent=2)
    except (ValueError, RecursionError):
        raw = text
    return _finish(article, raw, name, WireFormat.NINJS)
