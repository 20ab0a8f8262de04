"""Converting between Articles and table rows, and packing revision snapshots."""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import asdict
from typing import Any

from sqlalchemy import Row

from editor.article import Article, RemoteBinding, Status, from_dict, scheduled_for, word_count
from editor.store.models import ArticleSummary
from editor.store.tables import articles

# Columns of a listing row: all stored before ``body`` (see editor.store.tables).
SUMMARY_COLUMNS = (
    articles.c.pk,
    articles.c.id,
    articles.c.headline,
    articles.c.standfirst,
    articles.c.status,
    articles.c.section,
    articles.c.tags,
    articles.c.updated,
    articles.c.word_count,
    articles.c.deleted,
    articles.c.embargo,
    articles.c.remote,
)

_TEXT_FIELDS = (
    "headline",
    "standfirst",
    "body",
    "section",
    "slug",
    "credit_line",
    "dateline",
    "editors_note",
    "language",
)
_LIST_FIELDS = ("tags", "bylines", "sources", "related")


_BOOKKEEPING_KEYS = ("id", "created", "updated", "status", "remote", "origin")


def content_hash(data: dict[str, Any]) -> str:
    """A fingerprint of the content fields of ``to_dict`` data (bookkeeping fields excluded)."""
    content = {k: v for k, v in data.items() if k not in _BOOKKEEPING_KEYS}
    if not content.get("language"):
        content.pop("language", None)  # as before the field existed: old fingerprints stay valid
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def content_values(article: Article, data: dict[str, Any]) -> dict[str, Any]:
    """Column values for the content of ``article`` (``data`` is its ``to_dict``)."""
    values: dict[str, Any] = {name: getattr(article, name) for name in _TEXT_FIELDS}
    values.update({name: data[name] for name in _LIST_FIELDS})
    values["featured_image"] = data["featured_image"]
    values["extra"] = data["extra"]
    values["embargo"] = article.embargo
    values["bylines_text"] = ", ".join(b.name for b in article.bylines)
    values["tags_text"] = ", ".join(article.tags)
    values["word_count"] = word_count(article.body)
    values["content_hash"] = content_hash(data)
    return values


def remote_value(binding: RemoteBinding | None) -> dict[str, Any] | None:
    """A remote binding as stored JSON (the same shape ``to_dict`` gives)."""
    if binding is None:
        return None
    value = asdict(binding)
    value["last_sync"] = binding.last_sync.isoformat() if binding.last_sync else None
    return value


def article_from_row(row: Row[Any]) -> Article:
    data = {name: getattr(row, name) for name in (*_TEXT_FIELDS, *_LIST_FIELDS)}
    data.update(
        id=row.id,
        featured_image=row.featured_image,
        extra=row.extra,
        embargo=row.embargo,
        status=row.status,
        remote=row.remote,
        created=row.created,
        updated=row.updated,
    )
    return from_dict(data)


def summary_from_row(row: Row[Any]) -> ArticleSummary:
    return ArticleSummary(
        id=row.id,
        headline=row.headline,
        standfirst=row.standfirst,
        status=Status(row.status),
        section=row.section,
        tags=list(row.tags),
        updated=row.updated,
        word_count=row.word_count,
        deleted=row.deleted,
        scheduled_for=scheduled_for(Status(row.status), _binding(row.remote), row.embargo),
    )


def _binding(value: dict[str, Any] | None) -> RemoteBinding | None:
    """Just what a listing needs of the stored binding."""
    if not value:
        return None
    status = str(value.get("remote_status") or "")
    return RemoteBinding(str(value.get("account") or ""), 0, remote_status=status)


def pack_snapshot(data: dict[str, Any]) -> bytes:
    """A revision's content: ``to_dict`` JSON, zlib-compressed (about a third of the size)."""
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)


def unpack_snapshot(blob: bytes) -> Article:
    return from_dict(json.loads(zlib.decompress(blob).decode("utf-8")))
