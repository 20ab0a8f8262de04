"""Test helpers for the store: a clock moved by hand, a fully filled article, an index check."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest

from editor.article import (
    Article,
    Byline,
    BylineRole,
    FeaturedImage,
    RelatedLink,
    RemoteBinding,
    Source,
    SourceKind,
    Status,
)
from editor.store import ArticleStore, StoreError


class ManualClock:
    """A clock that only moves when told to (no sleeping in tests)."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def full_article(**changes: object) -> Article:
    """An article with every field filled in, the way a finished story looks."""
    article = Article(
        headline="Storm floods the harbour district",
        standfirst="Hundreds of homes evacuated as the river breaks its banks",
        body="## What happened\n\nThe river rose **two metres** overnight, [officials said](https://example.org).\n",
        bylines=[Byline("Ann Smith"), Byline("Raúl Pérez", BylineRole.PHOTOGRAPHER)],
        credit_line="with AFP",
        dateline="HAMBURG",
        sources=[
            Source("AFP", SourceKind.NEWS_AGENCY, "https://afp.example/1", "wire copy"),
            Source("Harbour authority", SourceKind.DOCUMENT),
        ],
        related=[
            RelatedLink("Earlier floods", "https://news.example/floods"),
            RelatedLink("Local follow-up", local_id="b7c0", remote_id=42),
        ],
        section="World",
        tags=["floods", "Hamburg", "weather"],
        slug="storm-floods-harbour",
        featured_image=FeaturedImage(
            "/pictures/flood.jpg", "The flooded quay", "Photo: R. Pérez", "Water on a quay"
        ),
        embargo=datetime(2026, 3, 2, 6, 0, tzinfo=UTC),
        editors_note="Check the casualty figure with the police at 10:00",
        language="en-GB",
        status=Status.READY,
        remote=RemoteBinding(
            "newsroom",
            17,
            "https://site.example/?p=17",
            "2026-02-28T10:00:00",
            "abc123",
            last_sync=datetime(2026, 2, 28, 10, 0, 5, tzinfo=UTC),
        ),
        created=datetime(2026, 2, 28, 8, 30, tzinfo=UTC),
        updated=datetime(2026, 2, 28, 9, 45, tzinfo=UTC),
    )
    return article.copy(**changes) if changes else article


def assert_search_index_matches_articles(store: ArticleStore) -> None:
    """FTS5's own check that the external-content index holds exactly what the articles table holds."""
    with store.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"
        )


@contextmanager
def store_error_saying(pattern: str, kind: type[StoreError] = StoreError) -> Iterator[None]:
    """Expect a ``kind`` store error whose words on the command line match ``pattern`` (the store
    itself gives a code; the sentence is made where it is shown)."""
    from editor.cli.store_errors import describe

    with pytest.raises(kind) as caught:
        yield
    words = describe(caught.value)
    assert re.search(pattern, words), words
