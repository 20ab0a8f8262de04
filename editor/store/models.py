"""The plain values the store hands out: filters, list rows, search hits, revisions, save results.

Like :mod:`editor.article`, these are dataclasses without any database state, so they can cross thread
boundaries (the GUI gets them from background tasks).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

from editor.article import Status

SortKey = Literal["updated", "created", "headline"]
RevisionPolicy = Literal["auto", "always", "never"]


@dataclass(frozen=True, slots=True)
class ListFilter:
    """Which articles to list, count or search, and in what order.

    ``trashed=False`` (the default) means the live articles only; ``trashed=True`` the trash only.
    ``tag`` and ``section`` match exactly; ``tag`` ignores ASCII case.
    """

    status: Status | None = None
    section: str | None = None
    tag: str | None = None
    updated_since: datetime | None = None
    trashed: bool = False
    sort: SortKey = "updated"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.sort not in get_args(SortKey):
            raise ValueError(f"unknown sort {self.sort!r} (one of: {', '.join(get_args(SortKey))})")


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of a listing: enough to show it, without the body."""

    id: str
    headline: str
    standfirst: str
    status: Status
    section: str
    tags: list[str]
    updated: datetime
    word_count: int
    deleted: datetime | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A search result. ``snippet`` wraps matched words in ``[`` and ``]``; higher ``rank`` is better."""

    summary: ArticleSummary
    snippet: str
    rank: float


@dataclass(frozen=True, slots=True)
class RevisionInfo:
    id: int
    article_id: str
    created: datetime
    word_count: int
    headline: str
    reason: str


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a save did: the stored ``updated`` stamp, ``status`` and ``version``, and the revision it
    recorded. ``superseded``: the save was based on an older version than the row's, so the row kept its
    newer text and the saved content is (only) in the revision ``revision_id``."""

    article_id: str
    updated: datetime
    revision_id: int | None
    status: Status
    version: int = 1
    superseded: bool = False
