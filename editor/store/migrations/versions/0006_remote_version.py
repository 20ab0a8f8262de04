"""The remote version becomes an opaque token: ``outbox.base_modified_gmt`` → ``base_version`` and the
binding's ``modified_gmt`` → ``version`` (in ``articles.remote`` and in the article copied into each
queued operation's ``payload``).

Revision ID: 0006_remote_version
Revises: 0005_article_extra

WordPress's ``modified_gmt`` and Ghost's ``updated_at`` are both only compared for equality and handed
back to the client that gave them, so the schema no longer names one CMS's field. The values are kept
as they are.
"""

from __future__ import annotations

from alembic import op

revision = "0006_remote_version"
down_revision = "0005_article_extra"
branch_labels = None
depends_on = None


def _rename_key(table: str, column: str, path: str, old: str, new: str) -> None:
    """In the JSON object at ``path`` of ``column``, rename key ``old`` to ``new`` (rows that have it)."""
    op.execute(
        f"UPDATE {table} SET {column} = json_remove(json_set({column}, '{path}.{new}', "
        f"json_extract({column}, '{path}.{old}')), '{path}.{old}') "
        f"WHERE json_type({column}, '{path}.{old}') IS NOT NULL"
    )


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column("base_modified_gmt", new_column_name="base_version")
    _rename_key("articles", "remote", "$", "modified_gmt", "version")
    _rename_key("outbox", "payload", "$.remote", "modified_gmt", "version")


def downgrade() -> None:
    _rename_key("outbox", "payload", "$.remote", "version", "modified_gmt")
    _rename_key("articles", "remote", "$", "version", "modified_gmt")
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column("base_version", new_column_name="base_modified_gmt")
