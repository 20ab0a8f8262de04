"""One article's save inside an open write transaction: the row, its tags, maybe a revision.

Statements are built once at import: a save runs five of them and building SQLAlchemy statements per
call cost more than SQLite's work for an 800-word story.
"""

from __future__ import annotations

import json
import zlib
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from editor.article import Article, Status, from_dict, to_dict, word_count
from editor.control_chars import clean_article
from editor.store import rows
from editor.store.models import SaveResult
from editor.store.origins import merge_origin
from editor.store.tables import article_tags, articles, revisions

# "auto" revisions: typing keeps saving; a new revision at most this often (or when a reason is given).
# The default of ``ArticleStore.revision_interval``; the editor passes the one chosen in Preferences.
REVISION_INTERVAL = timedelta(minutes=5)
POLICIES = ("auto", "always", "never")
# The reason of the revision that keeps a save based on an older version than the row's.
SUPERSEDED_REASON = "kept: written over an older version (the article had changed elsewhere)"

_find = select(
    articles.c.pk,
    articles.c.status,
    articles.c.content_hash,
    articles.c.created,
    articles.c.updated,
    articles.c.remote,
    articles.c.version,
).where(articles.c.id == bindparam("article_id"))
_insert = insert(articles).returning(articles.c.pk)
_update = update(articles).where(articles.c.pk == bindparam("row_pk"))
_drop_tags = delete(article_tags).where(article_tags.c.article_pk == bindparam("row_pk"))
_add_tags = insert(article_tags).prefix_with("OR IGNORE")
_newest_revision = (
    select(revisions.c.created)
    .where(revisions.c.article_pk == bindparam("row_pk"))
    .order_by(revisions.c.id.desc())
    .limit(1)
)
_newest_snapshot = (
    select(revisions.c.snapshot)
    .where(revisions.c.article_pk == bindparam("row_pk"))
    .order_by(revisions.c.id.desc())
    .limit(1)
)
_add_revision = insert(revisions).returning(revisions.c.id)


def save_article(
    connection: Connection,
    article: Article,
    *,
    policy: str,
    reason: str,
    now: datetime,
    force_revision: bool = False,
    base_version: int | None = None,
    revision_interval: timedelta = REVISION_INTERVAL,
) -> SaveResult:
    """Upsert the content of ``article`` (rules: ``ArticleStore.save``) and record a revision if due.

    ``revision_interval``: how long after the newest revision an "auto" save records the next one.

    ``base_version``: the row's version the content was based on. When the row has moved on since
    (another process saved), the row is left alone and the content becomes a revision of its own.
    """
    article = clean_article(article, single_line_only=True)  # never a control in a title or a slug
    data = to_dict(article)
    try:
        values = rows.content_values(article, data)
    except UnicodeEncodeError:  # lone surrogates from a broken paste: not storable as UTF-8
        article = repaired(data)
        data = to_dict(article)
        values = rows.content_values(article, data)
    stored = connection.execute(_find, {"article_id": article.id}).one_or_none()
    if stored is None:
        status, created, updated, remote = article.status, article.created, article.updated, data["remote"]
        version = 1
        values.update(
            id=article.id, status=status.value, created=created, updated=updated, remote=remote, version=1
        )
        pk = connection.execute(_insert, values).scalar_one()
        changed, newest = True, None
    else:
        pk, created, updated, remote = stored.pk, stored.created, stored.updated, stored.remote
        status, version = Status(stored.status), stored.version
        changed = stored.content_hash != values["content_hash"]
        if changed and base_version is not None and base_version != stored.version:
            return _keep_superseded(connection, pk, article, data, stored, now)
        if changed:
            updated = now
            version += 1
            if status is Status.PUBLISHED:
                status = Status.CHANGED
            connection.execute(
                _update,
                {"row_pk": pk, "status": status.value, "updated": updated, "version": version, **values},
            )
            connection.execute(_drop_tags, {"row_pk": pk})
        newest = None
        if policy != "never":
            newest = connection.execute(_newest_revision, {"row_pk": pk}).scalar_one_or_none()
    merge_origin(connection, pk, article.origin)
    if changed:
        tags = [{"article_pk": pk, "tag": tag.strip()} for tag in article.tags if tag.strip()]
        if tags:
            connection.execute(_add_tags, tags)
    due = force_revision or _revision_due(policy, changed, newest, reason, now, revision_interval)
    if not due and policy == "always" and not changed:
        due = not newest_revision_holds(connection, pk, article)
    revision_id = None
    if due:
        data.update(
            status=status.value, remote=remote, created=created.isoformat(), updated=updated.isoformat()
        )
        revision_id = _add_snapshot(connection, pk, article, data, values["word_count"], now, reason)
    return SaveResult(article.id, updated, revision_id, status, version)


def _keep_superseded(
    connection: Connection, pk: int, article: Article, data: dict[str, Any], stored: Any, now: datetime
) -> SaveResult:
    """Keep a save based on an older version as a revision; the row's newer text stays current."""
    revision_id = None
    if not newest_revision_holds(connection, pk, article):
        data.update(
            status=stored.status,
            remote=stored.remote,
            created=stored.created.isoformat(),
            updated=stored.updated.isoformat(),
        )
        words = word_count(article.body)
        revision_id = _add_snapshot(connection, pk, article, data, words, now, SUPERSEDED_REASON)
    return SaveResult(article.id, stored.updated, revision_id, Status(stored.status), stored.version, True)


def _add_snapshot(
    connection: Connection,
    pk: int,
    article: Article,
    data: dict[str, Any],
    words: int,
    now: datetime,
    reason: str,
) -> int:
    """Record ``data`` (``to_dict`` with the row's bookkeeping) as a revision; returns its id."""
    revision = {
        "article_pk": pk,
        "created": now,
        "word_count": words,
        "headline": article.headline,
        "reason": reason,
        "snapshot": rows.pack_snapshot(data),
    }
    return connection.execute(_add_revision, revision).scalar_one()


def newest_revision_holds(connection: Connection, row_pk: int, article: Article) -> bool:
    """True when the article's newest revision has exactly the content of ``article``.

    An explicit save or a replacement asks this: autosaves coalesce, so the stored text is often newer
    than the newest revision, and an unchanged row does not mean the history has the text.
    """
    blob = connection.execute(_newest_snapshot, {"row_pk": row_pk}).scalar_one_or_none()
    if blob is None:
        return False
    try:
        return rows.unpack_snapshot(blob).content_equals(article)
    except (ValueError, TypeError, AttributeError, zlib.error):  # a damaged revision holds nothing
        return False


def repaired(data: dict[str, Any]) -> Article:
    """The article with unpaired UTF-16 surrogates turned into U+FFFD (pairs become the character)."""
    text = json.dumps(data, ensure_ascii=False)
    return from_dict(json.loads(text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")))


def _revision_due(
    policy: str, changed: bool, newest: datetime | None, reason: str, now: datetime, interval: timedelta
) -> bool:
    """The coalescing rule: see ``ArticleStore.save`` (an unchanged "always" save is decided by
    :func:`newest_revision_holds`)."""
    if policy == "never":
        return False
    if policy == "always":
        return changed or newest is None
    return changed and (newest is None or bool(reason) or now - newest >= interval)
