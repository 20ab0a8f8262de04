"""IPTC ninjs 3.x JSON, out and in (schema: iptc/newsinjson, specification/ninjs-schema_3.0.json).

Mapping (ARTICLE_MODEL.md), using only properties the 3.x schema defines, so an export validates:

==================  ======================================================================
id                  ``uri`` = ``urn:copydesk:article:<id>``
headline            ``headlines[{role: "main"}]``
standfirst          ``descriptions[{role: "summary"}]``
credit line         ``descriptions[{role: "creditline"}]``
body                ``bodies[{role: "main", contentType: "text/html"}]`` (the publishable HTML of
                    ``render_article``) **and** ``bodies[{role: "source", contentType:
                    "text/markdown"}]`` (the Markdown itself, so nothing is lost coming back)
bylines             ``by`` (names joined) and ``people[{name, rel: <role>}]`` (rel = reporter,
                    photographer…)
dateline            ``located``
sources             ``infoSources[{name, role: <kind>, uri}]``
related             ``associations[{name: <title>, rel: "related", type: "text", uri}]``
featured image      ``associations[{name: "featuremedia", rel: "featuremedia", type: "picture", uri,
                    renditions, descriptions[{role: caption|creditline|alt}]}]``
section, tags       ``subjects[{name, rel: "section"}]``, ``subjects[{name, rel: "tag"}]``
embargo             ``embargoedUntil``;   editor's note: ``edNote``
status              ``pubStatus`` (usable when published, else withheld)
created, updated    ``firstCreated``, ``versionCreated``
==================  ======================================================================

What ninjs has no property for goes into ``altIds`` entries whose role starts with ``copydesk:``
(``altIds`` is the schema's one open list of role/value pairs): ``copydesk:status`` (the exact
status), ``copydesk:slug`` (ninjs ``slugline`` is the newsroom slug, not a URL slug),
``copydesk:source-note:<n>`` (note of the n-th source, 0-based), and on associations
``copydesk:path`` (the image's local path), ``copydesk:url``, ``copydesk:local-id``,
``copydesk:remote-id``. ``to_ninjs`` → ``from_ninjs`` returns an equal Article, except the remote
binding: it names a local account, and another machine must not believe it owns that post.

Reading foreign ninjs is lenient: an unknown source role becomes "other", a body only in HTML is
converted to Markdown, a ``uri`` not ours gives a stable id derived from it (importing the same item
twice updates one article), and bylines come from ``people`` with an author-like ``rel`` or from ``by``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from markdownify import markdownify

from editor.article import Article, BylineRole, SourceKind, Status, is_valid_url, word_count
from editor.importers.errors import ImportFailed
from editor.importers.fields import article_from_fields
from editor.render import render_article

URI_PREFIX = "urn:copydesk:article:"
IMAGE_URI_PREFIX = "urn:copydesk:image:"
EXT = "copydesk:"
STANDARD = {
    "name": "ninjs",
    "version": "3.0",
    "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json#",
}
FEATURE = "featuremedia"
_PUBLISHED = frozenset({Status.PUBLISHED, Status.CHANGED})
_AUTHOR_RELS = {"author", "creator", "byline", "writer"}
_SOURCE_NOTE = re.compile(rf"^{EXT}source-note:(\d+)$")
# No field of a news item is a number this long; Python refuses to convert over 4,300 digits anyway.
MAX_NUMBER_DIGITS = 100


def _iso(stamp: datetime) -> str:
    return stamp.isoformat()


def _alt_ids(pairs: Mapping[str, str]) -> list[dict[str, str]]:
    return [{"role": EXT + role, "value": value} for role, value in pairs.items()]


def _related(article: Article, index: int) -> dict[str, Any]:
    link = article.related[index]
    item: dict[str, Any] = {"name": link.title, "rel": "related", "type": "text"}
    extra: dict[str, str] = {}
    if link.url and not link.url.startswith("urn:copydesk:"):
        item["uri"] = link.url
    else:
        own = f"{URI_PREFIX}{article.id}#related-{index + 1}"
        item["uri"] = f"{URI_PREFIX}{link.local_id}" if link.local_id else own
        if link.url:
            extra["url"] = link.url
    if link.local_id:
        extra["local-id"] = link.local_id
    if link.remote_id is not None:
        extra["remote-id"] = str(link.remote_id)
    if extra:
        item["altIds"] = _alt_ids(extra)
    return item


def _featured(article: Article) -> dict[str, Any]:
    image = article.featured_image
    assert image is not None
    web = is_valid_url(image.path)
    item: dict[str, Any] = {
        "name": FEATURE,
        "rel": FEATURE,
        "type": "picture",
        "uri": image.path if web else f"{IMAGE_URI_PREFIX}{article.id}",
        "altIds": _alt_ids({"path": image.path}),
    }
    if web:
        item["renditions"] = [{"name": "original", "href": image.path}]
    descriptions = [
        {"role": role, "value": value}
        for role, value in (("caption", image.caption), ("creditline", image.credit), ("alt", image.alt))
        if value
    ]
    if descriptions:
        item["descriptions"] = descriptions
    return item


def to_ninjs(article: Article) -> dict[str, Any]:
    """The article as a ninjs 3.x news item (a JSON-ready dict)."""
    data: dict[str, Any] = {
        "uri": URI_PREFIX + article.id,
        "standard": dict(STANDARD),
        "type": "text",
        "firstCreated": _iso(article.created),
        "versionCreated": _iso(article.updated),
        "pubStatus": "usable" if article.status in _PUBLISHED else "withheld",
        "headlines": [{"role": "main", "value": article.headline}],
    }
    descriptions = [
        {"role": role, "value": value}
        for role, value in (("summary", article.standfirst), ("creditline", article.credit_line))
        if value
    ]
    if descriptions:
        data["descriptions"] = descriptions
    data["bodies"] = [
        {
            "role": "main",
            "contentType": "text/html",
            "wordCount": word_count(article.body),
            "value": render_article(article),
        },
        {"role": "source", "contentType": "text/markdown", "value": article.body},
    ]
    if article.bylines:
        data["by"] = ", ".join(b.name for b in article.bylines)
        data["people"] = [{"name": b.name, "rel": b.role.value} for b in article.bylines]
    if article.dateline:
        data["located"] = article.dateline
    if article.sources:
        data["infoSources"] = [
            {"name": s.name, "role": s.kind.value, **({"uri": s.url} if s.url else {})}
            for s in article.sources
        ]
    associations = [_related(article, i) for i in range(len(article.related))]
    if article.featured_image is not None:
        associations.append(_featured(article))
    if associations:
        data["associations"] = associations
    subjects = [{"name": article.section, "rel": "section"}] if article.section else []
    subjects += [{"name": tag, "rel": "tag"} for tag in article.tags]
    if subjects:
        data["subjects"] = subjects
    if article.embargo is not None:
        data["embargoedUntil"] = _iso(article.embargo)
    if article.editors_note:
        data["edNote"] = article.editors_note
    extra = {"status": article.status.value}
    if article.slug:
        extra["slug"] = article.slug
    extra |= {f"source-note:{i}": s.note for i, s in enumerate(article.sources) if s.note}
    data["altIds"] = _alt_ids(extra)
    return data


def dumps(article: Article) -> str:
    """The ninjs item as pretty-printed UTF-8 JSON text."""
    return json.dumps(to_ninjs(article), ensure_ascii=False, indent=2) + "\n"


# --- reading ---------------------------------------------------------------------------------


def _objects(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise ImportFailed(f"ninjs {key} must be a list of objects")
    return value


def _text(item: Mapping[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str | int | float):
        raise ImportFailed(f"ninjs {where}.{key} must be text")
    return str(value)


def _extensions(item: Mapping[str, Any]) -> dict[str, str]:
    return {
        _text(a, "role", "altIds").removeprefix(EXT): _text(a, "value", "altIds")
        for a in _objects(item, "altIds")
        if _text(a, "role", "altIds").startswith(EXT)
    }


def _by_role(items: list[Mapping[str, Any]], role: str, where: str, *, fallback: bool = False) -> str | None:
    for item in items:
        if item.get("role") == role:
            return _text(item, "value", where)
    if fallback:
        for item in items:
            if not item.get("role"):
                return _text(item, "value", where)
    return None


def _body(data: Mapping[str, Any]) -> str:
    bodies = _objects(data, "bodies")
    by_type = {str(b.get("contentType") or "").split(";")[0].strip().lower(): b for b in reversed(bodies)}
    if "text/markdown" in by_type:
        return _text(by_type["text/markdown"], "value", "bodies")
    if "text/html" in by_type:
        html = _text(by_type["text/html"], "value", "bodies")
        return markdownify(html, heading_style="ATX", strip=["script", "style"]).strip()
    return _text(bodies[0], "value", "bodies") if bodies else ""


def _bylines(data: Mapping[str, Any]) -> list[dict[str, str]]:
    roles = {*_AUTHOR_RELS, *(r.value for r in BylineRole)}
    bylines = []
    for person in _objects(data, "people"):
        rel = _text(person, "rel", "people").strip().lower()
        if rel in roles:
            bylines.append(
                {"name": _text(person, "name", "people"), "role": "" if rel in _AUTHOR_RELS else rel}
            )
    if bylines or not data.get("by"):
        return bylines
    by = re.sub(r"^\s*by\s+", "", _text(data, "by", "item"), flags=re.IGNORECASE)
    return [{"name": n.strip()} for n in re.split(r",|\band\b", by) if n.strip()]


def _sources(data: Mapping[str, Any], extra: Mapping[str, str]) -> list[dict[str, str]]:
    kinds = {k.value for k in SourceKind}
    sources = []
    for i, item in enumerate(_objects(data, "infoSources")):
        role = _text(item, "role", "infoSources")
        sources.append(
            {
                "name": _text(item, "name", "infoSources"),
                "kind": role if role in kinds else SourceKind.OTHER.value,
                "url": _text(item, "uri", "infoSources"),
                "note": extra.get(f"source-note:{i}", ""),
            }
        )
    return sources


def _related_link(item: Mapping[str, Any]) -> dict[str, Any]:
    extra = _extensions(item)
    uri = _text(item, "uri", "associations")
    url = extra.get("url", "" if uri.startswith("urn:copydesk:") else uri)
    return {
        "title": _text(item, "name", "associations"),
        "url": url,
        "local_id": extra.get("local-id", ""),
        "remote_id": extra.get("remote-id"),
    }


def _featured_image(item: Mapping[str, Any]) -> dict[str, str]:
    extra = _extensions(item)
    renditions = _objects(item, "renditions")
    path = extra.get("path") or (renditions and _text(renditions[0], "href", "renditions")) or ""
    if not path and not _text(item, "uri", "associations").startswith("urn:copydesk:"):
        path = _text(item, "uri", "associations")
    descriptions = _objects(item, "descriptions")
    return {
        "path": path,
        "caption": _by_role(descriptions, "caption", "descriptions", fallback=True) or "",
        "credit": _by_role(descriptions, "creditline", "descriptions") or _text(item, "by", "associations"),
        "alt": _by_role(descriptions, "alt", "descriptions") or "",
    }


def _is_featured_image(item: Mapping[str, Any]) -> bool:
    rel = item.get("rel")
    return rel == FEATURE or (not rel and item.get("name") == FEATURE)


def _id(uri: str) -> str | None:
    if not uri:
        return None
    if uri.startswith(URI_PREFIX):
        return uri[len(URI_PREFIX) :]
    return str(uuid.uuid5(uuid.NAMESPACE_URL, uri))  # stable: importing it again updates one article


_NINJS_NAMES = {"embargo": "embargoedUntil", "created": "firstCreated", "updated": "versionCreated",
                "status": "altIds copydesk:status", "editors_note": "edNote", "dateline": "located",
                "sources": "infoSources", "bylines": "people", "related": "associations"}  # fmt: skip


def from_ninjs(data: Mapping[str, Any]) -> Article:
    """An Article from a ninjs item (ours or another system's); raises ImportFailed (one line)."""
    if not isinstance(data, Mapping):
        raise ImportFailed("a ninjs item must be a JSON object")
    extra = _extensions(data)
    descriptions = _objects(data, "descriptions")
    associations = _objects(data, "associations")
    subjects = _objects(data, "subjects")
    fields: dict[str, Any] = {
        "id": _id(_text(data, "uri", "item")),
        "headline": _by_role(_objects(data, "headlines"), "main", "headlines", fallback=True),
        "standfirst": _by_role(descriptions, "summary", "descriptions", fallback=True),
        "credit_line": _by_role(descriptions, "creditline", "descriptions"),
        "body": _body(data),
        "bylines": _bylines(data),
        "dateline": _text(data, "located", "item"),
        "sources": _sources(data, extra),
        "related": [_related_link(a) for a in associations if a.get("rel") == "related"],
        "section": next((_text(s, "name", "subjects") for s in subjects if s.get("rel") == "section"), None),
        "tags": [_text(s, "name", "subjects") for s in subjects if s.get("rel") != "section"],
        "slug": extra.get("slug"),
        "embargo": data.get("embargoedUntil", data.get("embargoed")),
        "editors_note": _text(data, "edNote", "item"),
        "status": extra.get("status"),
        "created": data.get("firstCreated", data.get("firstcreated")),
        "updated": data.get("versionCreated", data.get("versioncreated")),
    }
    image = next((a for a in associations if _is_featured_image(a)), None)
    if image is not None:
        fields["featured_image"] = _featured_image(image)
    return article_from_fields(fields, lambda name: f"ninjs {_NINJS_NAMES.get(name, name)}")


class _NumberTooLong(ValueError):
    pass


def _whole_number(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _NumberTooLong(
            f"a number of {len(digits):,} digits is too long to be part of a news item"
            f" (the limit is {MAX_NUMBER_DIGITS})"
        )
    return int(digits)


def loads(text: str) -> Article:
    """An Article from ninjs JSON text; raises ImportFailed (one line) for anything unreadable."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ImportFailed("the file is empty")
    try:
        data = json.loads(text, parse_int=_whole_number)
    except _NumberTooLong as exc:
        raise ImportFailed(str(exc)) from None
    except json.JSONDecodeError as exc:
        raise ImportFailed(f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise ImportFailed("the JSON is nested too deeply to be a news item") from None
    return from_ninjs(data)
