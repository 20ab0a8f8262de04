"""The first schema: articles, their tags, revisions and the full-text index.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-25

Written out in full (not imported from ``editor.store.tables``) so this revision keeps describing the
first schema whatever the tables become later.

Note for later migrations: the FTS5 index is kept in step by triggers ON ``articles``. A migration that
rebuilds ``articles`` (alembic batch mode copies the table, drops the old one and renames) drops those
triggers with it and must create them again; ``FTS_TRIGGERS`` below is the SQL to copy.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FTS_COLUMNS = "headline, standfirst, body, bylines_text, tags_text"
_NEW_VALUES = "new.pk, new.headline, new.standfirst, new.body, new.bylines_text, new.tags_text"
_OLD_VALUES = "old.pk, old.headline, old.standfirst, old.body, old.bylines_text, old.tags_text"

FTS_TABLE_SQL = f"""
CREATE VIRTUAL TABLE articles_fts USING fts5(
    {_FTS_COLUMNS},
    content='articles', content_rowid='pk',
    tokenize='unicode61 remove_diacritics 2'
)"""

# bm25 column weights: headline, standfirst, body, bylines, tags. Stored in the index's own config, so
# ``ORDER BY rank`` uses them.
FTS_RANK_SQL = (
    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 3.0, 5.0)')"
)

FTS_TRIGGERS = (
    f"""CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, {_FTS_COLUMNS}) VALUES ({_NEW_VALUES});
    END""",
    f"""CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, {_FTS_COLUMNS}) VALUES ('delete', {_OLD_VALUES});
    END""",
    f"""CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF {_FTS_COLUMNS} ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, {_FTS_COLUMNS}) VALUES ('delete', {_OLD_VALUES});
        INSERT INTO articles_fts(rowid, {_FTS_COLUMNS}) VALUES ({_NEW_VALUES});
    END""",
)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("section", sa.Text, nullable=False, server_default=""),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.DateTime(), nullable=True),
        sa.Column("word_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("headline", sa.Text, nullable=False),
        sa.Column("standfirst", sa.Text, nullable=False),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("slug", sa.Text, nullable=False, server_default=""),
        sa.Column("credit_line", sa.Text, nullable=False, server_default=""),
        sa.Column("dateline", sa.Text, nullable=False, server_default=""),
        sa.Column("editors_note", sa.Text, nullable=False, server_default=""),
        sa.Column("embargo", sa.DateTime(), nullable=True),
        sa.Column("bylines", sa.JSON, nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("related", sa.JSON, nullable=False),
        sa.Column("featured_image", sa.JSON, nullable=True),
        sa.Column("remote", sa.JSON, nullable=True),
        sa.Column("bylines_text", sa.Text, nullable=False, server_default=""),
        sa.Column("tags_text", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_articles"),
        sa.UniqueConstraint("id", name="uq_articles_id"),
    )
    op.create_index("ix_articles_live_updated", "articles", ["deleted", "updated"])
    op.create_index("ix_articles_live_created", "articles", ["deleted", "created"])
    op.create_index("ix_articles_live_headline", "articles", ["deleted", sa.text("headline COLLATE NOCASE")])
    op.create_index("ix_articles_status_updated", "articles", ["status", "updated"])
    op.create_index("ix_articles_section_updated", "articles", ["section", "updated"])

    op.create_table(
        "article_tags",
        sa.Column("article_pk", sa.Integer, nullable=False),
        sa.Column("tag", sa.Text(collation="NOCASE"), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_pk"], ["articles.pk"], name="fk_article_tags_article_pk_articles", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("article_pk", "tag", name="pk_article_tags"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_article_tags_tag", "article_tags", ["tag", "article_pk"])

    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_pk", sa.Integer, nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("word_count", sa.Integer, nullable=False),
        sa.Column("headline", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
        sa.Column("snapshot", sa.LargeBinary, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_pk"], ["articles.pk"], name="fk_revisions_article_pk_articles", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_revisions"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_revisions_article", "revisions", ["article_pk", "id"])

    op.execute(FTS_TABLE_SQL)
    op.execute(FTS_RANK_SQL)
    for trigger in FTS_TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for trigger in ("articles_fts_after_insert", "articles_fts_after_delete", "articles_fts_after_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS articles_fts")
    op.drop_table("revisions")
    op.drop_table("article_tags")
    op.drop_table("articles")
