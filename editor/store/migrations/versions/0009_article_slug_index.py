"""An index on the articles' slugs: the checklist asks, after every pause in typing, whether another
published story went out under the draft's slug (``ArticleStore.published_with_slug``); without the index
that is a walk of the whole table (about 140 ms for 20,000 articles, growing with the library).

Revision ID: 0009_article_slug_index
Revises: 0008_article_language
"""

from __future__ import annotations

from alembic import op

revision = "0009_article_slug_index"
down_revision = "0008_article_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_slug", "articles", ["slug"])


def downgrade() -> None:
    op.drop_index("ix_articles_slug", table_name="articles")
