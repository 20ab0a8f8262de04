"""A version number on every article row: a save names the version it was based on.

Revision ID: 0004_article_version
Revises: 0003_site_cache

``articles.version`` starts at 1 and grows by one each time the content changes. A save based on an
older version than the row's (another window, the command line) never overwrites the newer text; see
``editor.store.saving``. The column goes before ``body``, which must stay last (``editor.store.tables``),
so the table is rebuilt; the rebuild drops the table's triggers (the search index's) and alembic's
reflection loses an index's collation (the NOCASE headline index), so every index and trigger that
did not come back exactly as it was is created again from its saved SQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editor.store.rebuild import add_article_column

revision = "0004_article_version"
down_revision = "0003_site_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_article_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("version")
