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
wire copy           ``associations[{name: "wirecopy", rel: "source", type: "text", bodies[{role:
                    "source", contentType: <its media type>, value: <the original>}, {role: "text",
                    contentType: "text/plain", value: <its story text>}], infoSources}]`` (the
                    incoming copy, when the article has one; never read back as a related link)
section, tags       ``subjects[{name, rel: "section"}]``, ``subjects[{name, rel: "tag"}]``
embargo             ``embargoedUntil``;   editor's note: ``edNote``
status              ``pubStatus`` (usable when published, else withheld)
created, updated    ``firstCreated``, ``versionCreated``
==================  ======================================================================

What ninjs has no property for goes into ``altIds`` entries whose role starts with ``copydesk:``
(``altIds`` is the schema's one open list of role/value pairs): ``copydesk:status`` (the exact
status), ``copydesk:slug`` (ninjs ``slugline`` is the newsroom slug, not a URL slug),
``copydesk:source-note:<n>`` (note of the n-th source, 0-based), ``copydesk:front-matter`` (the
front matter keys without a field, ``Article.extra``, as a JSON object), and on associations
``copydesk:path`` (the image's local path), ``copydesk:url``, ``copydesk:local-id``,
``copydesk:remote-id``. ``to_ninjs`` → ``from_ninjs`` returns an equal Article, except the remote
binding: it names a local account, and another machine must not believe it owns that post.

ninjs 1.x and 2.x (what agencies such as AP deliver) are read too: :func:`_as_3x` turns their
flat text properties (``headline``, ``body_html``/``body_xhtml``/``body_text``, ``description_text``/
``description_html``, ``byline``, ``subject``, ``keywords``, ``person``), their lower-case names
(``versioncreated``, ``contenttype``, ``ednote``, ``embargoed``, ``infosources``…) and their
associations and renditions keyed by name into the 3.x shape before the fields are read; where
an item has both, the 3.x property wins. A foreign item in which no headline, summary or body can
be found is refused: it is not a news item we understand, and importing it would make an empty story.

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

from editor.article import Article, BylineRole, SourceKind, Status, is_valid_url, word_count
from editor.importers.errors import ImportFailed
from editor.importers.fields import article_from_fields
from editor.importers.html import html_to_markdown
from editor.render import render_article
from editor.wirecopy import WireCopy

URI_PREFIX = "urn:copydesk:article:"
IMAGE_URI_PREFIX = "urn:copydesk:image:"
EXT = "copydesk:"
STANDARD = {
    "name": "ninjs",
    "version": "3.0",
    "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json#",
}
FEATURE = "featuremedia"
WIRE_COPY = "wirecopy"  # the association holding the incoming copy (rel "source")
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


def _wire_association(copy: WireCopy) -> dict[str, Any]:
    """The incoming copy as the source's content: an association of its own (never published)."""
    item: dict[str, Any] = {
        "name": WIRE_COPY,
        "rel": "source",
        "type": "text",
        "versionCreated": _iso(copy.received),
        "bodies": [{"role": "source", "contentType": copy.media_type, "value": copy.raw},
                   {"role": "text", "contentType": "text/plain", "value": copy.text}],
    }  # fmt: skip
    if copy.agency:
        item["infoSources"] = [{"name": copy.agency, "role": "news agency"}]
    if copy.name or copy.origin:
        item["altIds"] = _alt_ids({k: v for k, v in (("file", copy.name), ("origin", copy.origin)) if v})
    return item


def to_ninjs(article: Article, wire: WireCopy | None = None) -> dict[str, Any]:
    """The article as a ninjs 3.x news item (a JSON-ready dict), with its incoming copy when given."""
    data: dict[str, Any] = {
        "uri": URI_PREFIX + article.id,
        "standard": dict(STANDARD),
        "type": "text",
        "firstCreated": _iso(article.created),
        "versionCreated": _iso(article.updated),
        "pubStatus": "usable" if article.status in _PUBLISHED else "withheld",
        "headlines": [{"role": "main", "value": article.headline}],
    }
    if article.language:
        data["language"] = article.language
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
    if wire is not None:
        associations.append(_wire_association(wire))
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
    if article.extra:
        extra["front-matter"] = json.dumps(article.extra, ensure_ascii=False)
    data["altIds"] = _alt_ids(extra)
    return data


def dumps(article: Article, wire: WireCopy | None = None) -> str:
    """The ninjs item as pretty-printed UTF-8 JSON text."""
    return json.dumps(to_ninjs(article, wire), ensure_ascii=False, indent=2) + "\n"


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
        return html_to_markdown(html)
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


# ninjs 1.x/2.x property -> 3.x property (used only where the 3.x one is absent).
_RENAMED = {"versioncreated": "versionCreated", "firstcreated": "firstCreated", "embargoed": "embargoedUntil",
            "ednote": "edNote", "pubstatus": "pubStatus", "infosources": "infoSources", "person": "people",
            "subject": "subjects", "byline": "by"}  # fmt: skip
_LEGACY_PICTURE_NAMES = ("featuremedia", "featureimage", "featured_image", "main")


def _named_objects(value: Any, key: str) -> list[Mapping[str, Any]]:
    """1.x keeps associations and renditions as an object keyed by name; 2.x/3.x as a list."""
    if isinstance(value, Mapping):
        if not all(isinstance(v, Mapping) for v in value.values()):
            raise ImportFailed(f"ninjs {key} must be objects")
        return [{"name": name, **item} for name, item in value.items()]
    return _objects({key: value}, key)


def _lower_content_type(items: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [{"contentType": i["contenttype"], **i} if "contenttype" in i else i for i in items]


def _legacy_association(item: Mapping[str, Any], is_feature: bool) -> dict[str, Any]:
    item = dict(item)
    if "renditions" in item:
        item["renditions"] = _named_objects(item["renditions"], "renditions")
    if is_feature:
        item["rel"] = FEATURE
        if "descriptions" not in item and item.get("description_text") is not None:
            item["descriptions"] = [
                {"role": "caption", "value": _text(item, "description_text", "associations")}
            ]
        if "by" not in item and item.get("byline") is not None:
            item["by"] = item["byline"]
    return item


def _legacy_associations(value: Any) -> list[dict[str, Any]]:
    items = _named_objects(value, "associations")
    feature = next(
        (i for i in items if i.get("rel") == FEATURE or i.get("name") in _LEGACY_PICTURE_NAMES), None
    )
    if feature is None:
        feature = next((i for i in items if i.get("type") == "picture"), None)
    return [i if "rel" in i and i is not feature else _legacy_association(i, i is feature) for i in items]


def _as_3x(data: Mapping[str, Any]) -> dict[str, Any]:
    """A ninjs 1.x/2.x item in the 3.x shape (a 3.x item comes back unchanged)."""
    item = dict(data)
    for old, new in _RENAMED.items():
        if old in item and new not in item:
            item[new] = item.pop(old)
    if isinstance(item.get("altids"), Mapping) or isinstance(item.get("altIds"), Mapping):
        item.pop("altids", None)  # 1.x altids are the sender's own ids: nothing for us to read
        if isinstance(item.get("altIds"), Mapping):
            item.pop("altIds")
    elif "altids" in item and "altIds" not in item:
        item["altIds"] = item.pop("altids")
    for key in ("headlines", "descriptions", "bodies"):
        if key in item:
            item[key] = _lower_content_type(_objects(item, key))
    if "headlines" not in item and item.get("headline") is not None:
        item["headlines"] = [{"role": "main", "value": _text(item, "headline", "item")}]
    if "descriptions" not in item:
        for key, kind in (("description_text", "text/plain"), ("description_html", "text/html")):
            if item.get(key) is not None:
                item["descriptions"] = [
                    {"role": "summary", "contentType": kind, "value": _text(item, key, "item")}
                ]
                break
    if "bodies" not in item:
        bodies = [
            {"role": "main", "contentType": kind, "value": _text(item, key, "item")}
            for key, kind in (
                ("body_html", "text/html"),
                ("body_xhtml", "text/html"),
                ("body_text", "text/plain"),
            )
            if item.get(key) is not None
        ]
        if bodies:
            item["bodies"] = bodies
    keywords = item.pop("keywords", None)
    if keywords is not None:
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            raise ImportFailed("ninjs keywords must be a list of words")
        subjects = _objects(item, "subjects")
        names = {_text(s, "name", "subjects") for s in subjects}
        item["subjects"] = [*subjects, *({"name": k} for k in dict.fromkeys(keywords) if k not in names)]
    associations = item.get("associations")
    if associations is not None and not isinstance(associations, Mapping | list):
        raise ImportFailed("ninjs associations must be a list or an object of items")
    if isinstance(associations, Mapping) or any(
        isinstance(a, Mapping) and "rel" not in a for a in associations or []
    ):
        item["associations"] = _legacy_associations(item["associations"])
    return item


def _description(descriptions: list[Mapping[str, Any]]) -> str | None:
    """The summary (or else the first description without a role), as text even when given in HTML."""
    summaries = [d for d in descriptions if d.get("role") == "summary"]
    item = next(iter(summaries or [d for d in descriptions if not d.get("role")]), None)
    if item is None:
        return None
    value = _text(item, "value", "descriptions")
    kind = str(item.get("contentType") or "").lower()
    return html_to_markdown(value) if "html" in kind else value


def _front_matter(text: str | None) -> dict[str, Any]:
    """Front matter keys without a field (Article.extra), carried as JSON in ``copydesk:front-matter``."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        raise ImportFailed("ninjs altIds copydesk:front-matter is not valid JSON") from None
    if not isinstance(value, dict):
        raise ImportFailed("ninjs altIds copydesk:front-matter must be a JSON object")
    return value


_NINJS_NAMES = {"embargo": "embargoedUntil", "created": "firstCreated", "updated": "versionCreated",
                "status": "altIds copydesk:status", "editors_note": "edNote", "dateline": "located",
                "sources": "infoSources", "bylines": "people", "related": "associations"}  # fmt: skip


def from_ninjs(data: Mapping[str, Any]) -> Article:
    """An Article from a ninjs item (ours or another system's); raises ImportFailed (one line)."""
    if not isinstance(data, Mapping):
        raise ImportFailed("a ninjs item must be a JSON object")
    data = _as_3x(data)
    extra = _extensions(data)
    descriptions = _objects(data, "descriptions")
    associations = _objects(data, "associations")
    subjects = _objects(data, "subjects")
    fields: dict[str, Any] = {
        "id": _id(_text(data, "uri", "item")),
        "headline": _by_role(_objects(data, "headlines"), "main", "headlines", fallback=True),
        "standfirst": _description(descriptions),
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
        "language": _text(data, "language", "item"),
        "status": extra.get("status"),
        "created": data.get("firstCreated", data.get("firstcreated")),
        "updated": data.get("versionCreated", data.get("versioncreated")),
    }
    image = next((a for a in associations if _is_featured_image(a)), None)
    if image is not None:
        fields["featured_image"] = _featured_image(image)
    article = article_from_fields(fields, lambda name: f"ninjs {_NINJS_NAMES.get(name, name)}")
    article.extra = _front_matter(extra.get("front-matter"))
    ours = _text(data, "uri", "item").startswith(URI_PREFIX)  # our own export of an empty draft is fine
    if not ours and not (article.headline.strip() or article.standfirst.strip() or article.body.strip()):
        raise ImportFailed(
            "no headline, summary or body found: this JSON is not a ninjs news item Copydesk can read"
            " (ninjs 1.x, 2.x and 3.x are understood)"
        )
    return article


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
