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

revision = "0008_article_language"
down_revision = "0007_article_origin"
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
            sa.Column("language", sa.Text, nullable=False, server_default=""), insert_before="body"
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
        batch.drop_column("language")
