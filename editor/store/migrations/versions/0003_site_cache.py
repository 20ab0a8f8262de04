"""What publishing learnt about each account's site: its REST API root and term ids (owned by editor.sync).

Revision ID: 0003_site_cache
Revises: 0002_outbox

A cache only (``editor.cms.site_cache``): dropping these tables costs a few lookups on the next publish.
Written out column by column rather than from ``editor.sync.tables``, like 0002_outbox.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_site_cache"
down_revision = "0002_outbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_sites",
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("site_url", sa.Text, nullable=False),
        sa.Column("api_root", sa.Text, nullable=False, server_default=""),
        sa.Column("updated", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("account", name="pk_sync_sites"),
    )
    op.create_table(
        "sync_terms",
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("taxonomy", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("term_id", sa.Integer, nullable=False),
        sa.Column("updated", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("account", "taxonomy", "name_key", name="pk_sync_terms"),
    )


def downgrade() -> None:
    op.drop_table("sync_terms")
    op.drop_table("sync_sites")
