"""Adding a column to ``articles`` before ``body``, for migrations.

``body`` must stay the table's last column (``editor.store.tables``), so a new column means rebuilding
the table. The rebuild drops the table's triggers (the search index's) and alembic's reflection loses an
index's collation (the NOCASE headline index), so every index and trigger that did not come back exactly
as it was is created again from the SQL saved before the rebuild.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

_SCHEMA_OF_ARTICLES = (
    "SELECT type, name, sql FROM sqlite_master"
    " WHERE tbl_name = 'articles' AND type IN ('index', 'trigger') AND sql IS NOT NULL"
)


def add_article_column(column: sa.Column) -> None:
    """Rebuild ``articles`` with ``column`` just before ``body``, its indexes and triggers intact."""
    connection = op.get_bind()
    saved = connection.exec_driver_sql(_SCHEMA_OF_ARTICLES).all()
    with op.batch_alter_table("articles", recreate="always") as batch:
        batch.add_column(column, insert_before="body")
    present = {row.name: row.sql for row in connection.exec_driver_sql(_SCHEMA_OF_ARTICLES)}
    for row in saved:
        if present.get(row.name) == row.sql:
            continue
        if row.name in present:
            op.execute(f'DROP {row.type.upper()} "{row.name}"')
        op.execute(row.sql)
