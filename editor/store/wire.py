"""Reading and writing an article's incoming copy (``wire_copies``) and searching its text.

The copy is written once, with the draft it produced, and never edited; importing the same item again
(a ninjs item whose id is already here) replaces it with the newer copy.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, delete, insert, select, text

from editor.store.tables import FTS_TABLE, WIRE_FTS_TABLE, wire_copies
from editor.wirecopy import WireCopy, WireFormat, WireText

_MATCHES = text(
    f"SELECT rowid, snippet({WIRE_FTS_TABLE}, 0, '[', ']', '…', 24) AS snippet FROM {WIRE_FTS_TABLE}"
    f" WHERE {WIRE_FTS_TABLE} MATCH :fts_query AND rowid NOT IN :exclude AND rowid NOT IN"
    f" (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query)"
    f" ORDER BY bm25({WIRE_FTS_TABLE}) LIMIT :limit"
).bindparams(bindparam("exclude", expanding=True))


def put(connection: Connection, article_pk: int, copy: WireCopy) -> None:
    connection.execute(delete(wire_copies).where(wire_copies.c.article_pk == article_pk))
    connection.execute(
        insert(wire_copies).values(
            article_pk=article_pk,
            format=str(copy.format),
            name=copy.name,
            agency=copy.agency,
            origin=copy.origin,
            received=copy.received,
            text=copy.text,
            raw=copy.raw,
        )
    )


def get(connection: Connection, article_pk: int) -> WireCopy | None:
    row = connection.execute(select(wire_copies).where(wire_copies.c.article_pk == article_pk)).one_or_none()
    if row is None:
        return None
    return WireCopy(WireFormat(row.format), row.raw, row.text, row.name, row.agency, row.origin, row.received)


def stored_text(connection: Connection, article_pk: int) -> WireText | None:
    """Only the story text and agency (what the reuse meter needs), not the raw original."""
    row = connection.execute(
        select(wire_copies.c.text, wire_copies.c.agency).where(wire_copies.c.article_pk == article_pk)
    ).one_or_none()
    return None if row is None else WireText(row.text, row.agency)


def matches(connection: Connection, fts_query: str, exclude: list[int], limit: int) -> list[tuple[int, str]]:
    """Row ids of articles whose copy matches and whose own text does not, best first, with a snippet."""
    if limit <= 0:
        return []
    found = connection.execute(_MATCHES, {"fts_query": fts_query, "exclude": exclude or [-1], "limit": limit})
    return [(pk, snippet) for pk, snippet in found]
