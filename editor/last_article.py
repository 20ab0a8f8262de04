"""The article left open, read back before the store is ready: plain ``sqlite3``, no SQLAlchemy.

A journalist starts Copydesk to go on writing the story they left. Importing SQLAlchemy and checking the
schema with alembic takes longer than building the window, so the window asks this module for that one
article first and shows it while the store opens behind it (tests/benchmarks/bench_ui.py measures it).

The read is only trusted on a database at the newest schema revision (found from the migrations' file
names, as ``editor.store.database.newest_revision`` does, without importing the store package): a library
that still needs a migration, a damaged file, or anything unexpected gives None, and the window takes the
ordinary path through the store. It never writes, and never creates a missing file.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from editor.article import Article, Origin, from_dict

MIGRATIONS = Path(__file__).parent / "store" / "migrations" / "versions"

_TEXT = ("id", "status", "headline", "standfirst", "body", "section", "slug", "credit_line", "dateline")
_JSON = ("tags", "bylines", "sources", "related", "featured_image", "remote", "extra")
_TIMES = ("created", "updated", "embargo")
_COLUMNS = (*_TEXT, "editors_note", *_JSON, *_TIMES, "version")
_TIMEOUT_S = 0.5  # a writer holding the database: take the ordinary path rather than wait


def read_open_article(database: Path, article_id: str) -> tuple[Article, int] | None:
    """The article ``article_id`` and its row version, as ``ArticleStore.get_versioned`` gives them, or
    None whenever that cannot be known for sure (see the module docstring)."""
    if not article_id or not database.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=rw", uri=True, timeout=_TIMEOUT_S)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if revision != [(max(path.stem for path in MIGRATIONS.glob("[0-9]*.py")),)]:
            return None
        row = connection.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        article, version = _article(dict(zip(_COLUMNS, row, strict=True)))
        article.origin = _origin(connection, article_id)
        return article, version
    except (sqlite3.Error, ValueError, TypeError, KeyError, AttributeError):
        return None
    finally:
        connection.close()


def _origin(connection: sqlite3.Connection, article_id: str) -> Origin:
    """Where its pictures may come from (``editor.store.origins``): without it the checklist would refuse
    pictures the journalist placed."""
    row = connection.execute(
        "SELECT o.folder, o.placed FROM article_origins AS o JOIN articles AS a ON a.pk = o.article_pk"
        " WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return Origin()
    placed = json.loads(row[1])
    if not isinstance(placed, list):
        raise TypeError("placed images")
    return Origin(str(row[0]), [str(path) for path in placed])


def _article(values: dict[str, Any]) -> tuple[Article, int]:
    data: dict[str, Any] = {name: values[name] for name in (*_TEXT, "editors_note")}
    for name in _JSON:
        raw = values[name]
        data[name] = None if raw is None else json.loads(raw)
    for name in _TIMES:
        raw = values[name]
        data[name] = None if raw is None else datetime.fromisoformat(raw).replace(tzinfo=UTC)
    version = values["version"]
    if not isinstance(version, int):
        raise TypeError("row version")
    return from_dict(data), version
