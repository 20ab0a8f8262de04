"""Front matter keys Copydesk has no field for are kept with the article (``articles.extra``).

Revision ID: 0005_article_extra
Revises: 0004_article_version

A Markdown file's ``layout: post`` or ``weight: 3`` used to vanish on import; they are now kept as a
JSON object so that an export gives them back. The column goes before ``body``, which must stay last
(``editor.store.tables``), so the table is rebuilt the way 0004 does it: every index and trigger that
does not come back exactly as it was is created again from its saved SQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editor.store.rebuild import add_article_column

revision = "0005_article_extra"
down_revision = "0004_article_version"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_article_column(sa.Column("extra", sa.JSON, nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("extra")
