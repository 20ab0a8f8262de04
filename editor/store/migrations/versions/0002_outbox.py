"""The publishing outbox and the map of uploaded media (owned by editor.sync).

Revision ID: 0002_outbox
Revises: 0001_initial

Written out column by column rather than from ``editor.sync.tables``: a migration is a snapshot of the
schema at its time and must not change when the table definitions evolve.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_outbox"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("article_id", sa.Text, nullable=False),
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("base_modified_gmt", sa.Text, nullable=False, server_default=""),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.DateTime, nullable=False),
        sa.Column("last_error", sa.Text, nullable=False, server_default=""),
        sa.Column("uncertain", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("updated", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_outbox_article_id_articles", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_outbox_state_next_attempt_at", "outbox", ["state", "next_attempt_at"])
    op.create_index("ix_outbox_article_id_state", "outbox", ["article_id", "state"])
    op.create_table(
        "sync_media",
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("file_hash", sa.Text, nullable=False),
        sa.Column("remote_id", sa.Integer, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("source_name", sa.Text, nullable=False, server_default=""),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("account", "file_hash", name="pk_sync_media"),
    )


def downgrade() -> None:
    op.drop_table("sync_media")
    op.drop_index("ix_outbox_article_id_state", table_name="outbox")
    op.drop_index("ix_outbox_state_next_attempt_at", table_name="outbox")
    op.drop_table("outbox")
