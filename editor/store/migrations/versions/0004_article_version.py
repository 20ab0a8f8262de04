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

revision = "0004_article_version"
down_revision = "0003_site_cache"
branch_labels = None
depends_on = None

_SCHEMA_OF_ARTICLES = (
    "SELECT type, name, sql FROM sqlite_master"
    " WHERE tbl_name = 'articles' AND type IN ('index', 'trigger') AND sql IS NOT NULL"
)


def upgrade() -> None:
    connection = op.get_bind()
    saved = connection.exec_driver_sql(_SCHEMA_OF_ARTICLES).all()
    with op.batch_alter_table("articles", recreate="always") as batch:
        batch.add_column(
            sa.Column("version", sa.Integer, nullable=False, server_default="1"), insert_before="body"
        )
    present = {row.name: row.sql for row in connection.exec_driver_sql(_SCHEMA_OF_ARTICLES)}
    for row in saved:
        if present.get(row.name) == row.sql:
            continue
        if row.name in present:
            op.execute(f'DROP {row.type.upper()} "{row.name}"')
        op.execute(row.sql)


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("version")
