"""Keeping ``Article.origin`` (where its local pictures may come from) in ``article_origins``.

A save only adds to what is recorded: the folder changes when a file is imported over the article, and
paths placed through the window accumulate. Restoring an old revision, or a save from a window that
loaded the article before a picture was placed elsewhere, so never takes back a picture the journalist
placed; nothing a file says can add one (importers never fill ``placed``).
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, insert, select

from editor.article import Origin
from editor.store.tables import article_origins

_find = select(article_origins.c.folder, article_origins.c.placed).where(
    article_origins.c.article_pk == bindparam("row_pk")
)
_upsert = insert(article_origins).prefix_with("OR REPLACE")


def load_origin(connection: Connection, row_pk: int) -> Origin:
    row = connection.execute(_find, {"row_pk": row_pk}).one_or_none()
    if row is None:
        return Origin()
    return Origin(str(row.folder or ""), [str(path) for path in row.placed or []])


def merge_origin(connection: Connection, row_pk: int, origin: Origin) -> None:
    """Record ``origin`` for the row: a new folder replaces the old one, placed paths are added."""
    if not origin.folder and not origin.placed:
        return
    stored = load_origin(connection, row_pk)
    folder = origin.folder or stored.folder
    placed = list(dict.fromkeys([*stored.placed, *origin.placed]))
    if (folder, placed) != (stored.folder, stored.placed):
        connection.execute(_upsert, {"article_pk": row_pk, "folder": folder, "placed": placed})
