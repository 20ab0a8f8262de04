"""The incoming copy a draft came from, kept read-only beside the article (``wire_copies``).

Revision ID: 0006_wire_copy
Revises: 0006_remote_version

A table of its own keyed by the article's row id (``articles.body`` must stay the last column of
``articles``, and an agency page of several megabytes must not be read with every article). ``raw``
is the last column for the same reason ``body`` is. ``text`` (the story read from the copy) is
indexed by an external-content FTS5 table kept in step by triggers, so search finds a draft by its
original's words.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_wire_copy"
down_revision = "0006_remote_version"
branch_labels = None
depends_on = None

FTS_TRIGGERS = (
    """CREATE TRIGGER wire_copies_fts_after_insert AFTER INSERT ON wire_copies BEGIN
        INSERT INTO wire_copies_fts(rowid, text) VALUES (new.article_pk, new.text);
    END""",
    """CREATE TRIGGER wire_copies_fts_after_delete AFTER DELETE ON wire_copies BEGIN
        INSERT INTO wire_copies_fts(wire_copies_fts, rowid, text) VALUES ('delete', old.article_pk, old.text);
    END""",
    """CREATE TRIGGER wire_copies_fts_after_update AFTER UPDATE OF text ON wire_copies BEGIN
        INSERT INTO wire_copies_fts(wire_copies_fts, rowid, text) VALUES ('delete', old.article_pk, old.text);
        INSERT INTO wire_copies_fts(rowid, text) VALUES (new.article_pk, new.text);
    END""",
)


def upgrade() -> None:
    op.create_table(
        "wire_copies",
        sa.Column("article_pk", sa.Integer, nullable=False),
        sa.Column("format", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False, server_default=""),
        sa.Column("agency", sa.Text, nullable=False, server_default=""),
        sa.Column("origin", sa.Text, nullable=False, server_default=""),
        sa.Column("received", sa.DateTime, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("raw", sa.Text, nullable=False),  # keep last: see the module docstring
        sa.PrimaryKeyConstraint("article_pk", name="pk_wire_copies"),
        sa.ForeignKeyConstraint(
            ["article_pk"], ["articles.pk"], name="fk_wire_copies_article_pk_articles", ondelete="CASCADE"
        ),
    )
    op.execute(
        "CREATE VIRTUAL TABLE wire_copies_fts USING fts5("
        "text, content='wire_copies', content_rowid='article_pk', tokenize='unicode61 remove_diacritics 2')"
    )
    for trigger in FTS_TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for trigger in ("after_insert", "after_delete", "after_update"):
        op.execute(f"DROP TRIGGER IF EXISTS wire_copies_fts_{trigger}")
    op.execute("DROP TABLE IF EXISTS wire_copies_fts")
    op.drop_table("wire_copies")
