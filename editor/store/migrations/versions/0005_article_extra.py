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

revision = "0005_article_extra"
down_revision = "0004_article_version"
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
            sa.Column("extra", sa.JSON, nullable=False, server_default="{}"), insert_before="body"
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
        batch.drop_column("extra")
