"""Each article has a language (``articles.language``, a BCP 47 tag such as "en-GB", "fr" or "ar").

Revision ID: 0008_article_language
Revises: 0007_article_origin

Spelling, quotation-mark checks, the slug and the published ``lang`` follow it. Articles written
before this revision get "" (not stated): they keep being checked and published as before. The column
goes before ``body``, which must stay last (``editor.store.tables``), so the table is rebuilt the way
0005 does it: every index and trigger that does not come back exactly as it was is created again
from its saved SQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editor.store.rebuild import add_article_column

revision = "0008_article_language"
down_revision = "0007_article_origin"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_article_column(sa.Column("language", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("language")
