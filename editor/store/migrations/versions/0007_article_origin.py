"""Where an article's local pictures may come from: the folder of its imported file, the images placed
through the window (``Article.origin``; only those are ever uploaded to a site).

Revision ID: 0007_article_origin
Revises: 0006_wire_copy

A small table keyed by the article's pk, so ``articles`` (whose ``body`` must stay last) is not rebuilt.
Articles imported before this revision have no recorded folder: their relative image paths must be
placed again (the checklist says so), which is the safe side.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_article_origin"
down_revision = "0006_wire_copy"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_origins",
        sa.Column("article_pk", sa.Integer, nullable=False),
        sa.Column("folder", sa.Text, nullable=False, server_default=""),
        sa.Column("placed", sa.JSON, nullable=False, server_default="[]"),
        sa.ForeignKeyConstraint(
            ["article_pk"],
            ["articles.pk"],
            name="fk_article_origins_article_pk_articles",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_pk", name="pk_article_origins"),
    )


def downgrade() -> None:
    op.drop_table("article_origins")
