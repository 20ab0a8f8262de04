"""The store's tables, as SQLAlchemy Core on one shared ``metadata``.

Other packages (the outbox in ``editor.sync``) add their tables to this same ``metadata`` so that foreign
keys to ``articles`` resolve; their schema changes arrive as alembic revisions in
``editor/store/migrations/versions/``.

Layout choices that matter for speed at 100,000 articles:

* ``articles.body`` is the LAST column. SQLite stores a row's columns in declaration order and a long
  body spills into overflow pages; reading the columns of a list row (everything before ``body``) then
  never walks those pages, so listing does not pay for bodies.
* Listing is served by indexes that start with ``deleted`` (``IS NULL`` is an equality for SQLite) and
  end with the sort key; the rowid ``pk`` is implicitly the last index column, the tie breaker.
* Tags live twice: the article's own ordered list in ``articles.tags`` (JSON, what the journalist typed)
  and, de-duplicated case-insensitively, in ``article_tags`` for an indexed tag filter.
* Full-text search is an external-content FTS5 table over ``articles`` created by the migration (not
  part of ``metadata``); triggers keep it in step inside the saving transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; stored as naive UTC text (sorts correctly)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("id", Text, nullable=False, unique=True),
    Column("status", Text, nullable=False),
    Column("section", Text, nullable=False, server_default=""),
    Column("created", UtcDateTime, nullable=False),
    Column("updated", UtcDateTime, nullable=False),
    Column("deleted", UtcDateTime, nullable=True),
    Column("word_count", Integer, nullable=False, server_default="0"),
    Column("content_hash", Text, nullable=False),
    Column("headline", Text, nullable=False),
    Column("standfirst", Text, nullable=False),
    Column("tags", JSON, nullable=False),
    Column("slug", Text, nullable=False, server_default=""),
    Column("credit_line", Text, nullable=False, server_default=""),
    Column("dateline", Text, nullable=False, server_default=""),
    Column("editors_note", Text, nullable=False, server_default=""),
    Column("embargo", UtcDateTime, nullable=True),
    Column("bylines", JSON, nullable=False),
    Column("sources", JSON, nullable=False),
    Column("related", JSON, nullable=False),
    Column("featured_image", JSON, nullable=True),
    Column("remote", JSON, nullable=True),
    # Search text for FTS5 (external content reads these columns by name).
    Column("bylines_text", Text, nullable=False, server_default=""),
    Column("tags_text", Text, nullable=False, server_default=""),
    # Grows by one with each change of the content: a save names the version it was based on.
    Column("version", Integer, nullable=False, server_default="1"),
    # Front matter keys Copydesk has no field for, kept for export (Article.extra).
    Column("extra", JSON, nullable=False, server_default="{}"),
    # The story's BCP 47 language tag (Article.language), "" when not stated (migration 0008).
    Column("language", Text, nullable=False, server_default=""),
    Column("body", Text, nullable=False),  # keep last: see the module docstring
)

Index("ix_articles_live_updated", articles.c.deleted, articles.c.updated)
Index("ix_articles_live_created", articles.c.deleted, articles.c.created)
Index("ix_articles_live_headline", articles.c.deleted, articles.c.headline.collate("NOCASE"))
Index("ix_articles_status_updated", articles.c.status, articles.c.updated)
Index("ix_articles_section_updated", articles.c.section, articles.c.updated)
Index("ix_articles_slug", articles.c.slug)  # is the slug taken? (the checklist)

article_tags = Table(
    "article_tags",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("tag", Text(collation="NOCASE"), nullable=False),
    PrimaryKeyConstraint("article_pk", "tag"),
    sqlite_with_rowid=False,
)

Index("ix_article_tags_tag", article_tags.c.tag, article_tags.c.article_pk)

revisions = Table(
    "revisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("created", UtcDateTime, nullable=False),
    Column("word_count", Integer, nullable=False),
    Column("headline", Text, nullable=False),
    Column("reason", Text, nullable=False, server_default=""),
    Column("snapshot", LargeBinary, nullable=False),  # zlib-compressed JSON of article.to_dict
    sqlite_autoincrement=True,  # revision numbers are never reused, even after the trash is emptied
)

Index("ix_revisions_article", revisions.c.article_pk, revisions.c.id)

FTS_TABLE = "articles_fts"

# The incoming copy an article was made from (editor.wirecopy.WireCopy): one per article, read-only.
# A table of its own so that neither listing nor opening an article reads a large original
# (migration 0006_wire_copy); ``raw`` last for the reason ``articles.body`` is.
wire_copies = Table(
    "wire_copies",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    Column("format", Text, nullable=False),
    Column("name", Text, nullable=False, server_default=""),
    Column("agency", Text, nullable=False, server_default=""),
    Column("origin", Text, nullable=False, server_default=""),
    Column("received", UtcDateTime, nullable=False),
    Column("text", Text, nullable=False),
    Column("raw", Text, nullable=False),  # keep last
)

WIRE_FTS_TABLE = "wire_copies_fts"

# Where an article's local pictures may come from (Article.origin): beside the file it was imported from
# (``folder``), or placed through the window (``placed``, a JSON list of paths). A table of its own, so
# that ``articles`` (whose ``body`` must stay last) is not rebuilt for it.
article_origins = Table(
    "article_origins",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("folder", Text, nullable=False, server_default=""),
    Column("placed", JSON, nullable=False, server_default="[]"),
    PrimaryKeyConstraint("article_pk"),
)
