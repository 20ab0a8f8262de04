"""Alembic environment for the Copydesk store.

At run time :func:`editor.store.database.upgrade` passes its open connection (already inside a
transaction, foreign keys off) in ``config.attributes["connection"]``. For developers running the
``alembic`` command by hand, ``sqlalchemy.url`` in their own config is used instead.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, create_engine

from editor.store.tables import FTS_TABLE, metadata

config = context.config


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Leave the FTS5 table and its shadow tables to hand-written migrations (autogenerate can't)."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_object=include_object,
        render_as_batch=True,  # SQLite alters most things by rebuilding the table
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Copydesk migrations run online only (they need SQLite's answers).")

shared = config.attributes.get("connection")
if shared is not None:
    run_migrations(shared)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as own_connection:
        run_migrations(own_connection)
