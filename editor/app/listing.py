"""What the library view asks the store, as plain functions run on the query pool (no Qt here)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from editor.article import Status


@dataclass(frozen=True, slots=True)
class LibraryQuery:
    """The library's current question: search text, filters and order."""

    text: str = ""
    status: Status | None = None
    section: str | None = None
    trashed: bool = False
    sort: str = "updated"  # "updated" | "created" | "headline"
    descending: bool = True

    @property
    def is_search(self) -> bool:
        return bool(self.text.strip())


@dataclass(frozen=True, slots=True)
class LibraryRow:
    """One line of the library (built from an ArticleSummary, plus the search snippet if any)."""

    id: str
    headline: str
    status: Status
    section: str
    updated: datetime
    word_count: int
    snippet: str = ""
    scheduled_for: datetime | None = None  # WordPress holds it as a scheduled post, until then


def _list_filter(query: LibraryQuery) -> Any:
    from editor.store import ListFilter

    return ListFilter(
        status=query.status,
        section=query.section,
        trashed=query.trashed,
        sort=query.sort,
        descending=query.descending,
    )


def _row(summary: Any, snippet: str = "") -> LibraryRow:
    return LibraryRow(
        summary.id,
        summary.headline,
        summary.status,
        summary.section,
        summary.updated,
        summary.word_count,
        snippet,
        summary.scheduled_for,
    )


def fetch_rows(store: Any, query: LibraryQuery, offset: int, limit: int) -> list[LibraryRow]:
    """One batch of library rows: search hits ranked by relevance, else the filtered list in order."""
    if query.is_search:
        hits = store.search(query.text, limit=limit, offset=offset, filter=_list_filter(query))
        return [_row(hit.summary, hit.snippet) for hit in hits]
    return [_row(summary) for summary in store.list(_list_filter(query), limit=limit, offset=offset)]


def count_rows(store: Any, query: LibraryQuery) -> int | None:
    """How many articles the list holds (None for a search: FTS counts are not worth their cost)."""
    return None if query.is_search else store.count(_list_filter(query))


def changed_rows(store: Any, article_ids: Iterable[str]) -> list[LibraryRow]:
    """The current rows of articles that changed (a deleted one is left out: the list refreshes)."""
    from editor.store import ArticleNotFound

    rows = []
    for article_id in article_ids:
        try:
            article = store.get(article_id)
        except ArticleNotFound:
            continue
        rows.append(
            LibraryRow(
                article.id,
                article.headline,
                article.status,
                article.section,
                article.updated,
                0,
            )
        )
    return rows
