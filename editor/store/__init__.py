"""The local library: articles, revisions, trash and full-text search in one SQLite file.

See ``ArticleStore`` for the API and ``editor.store.database`` for durability and transactions.
"""

from editor.store.errors import ArticleNotFound, RevisionNotFound, StoreError
from editor.store.models import ArticleSummary, ListFilter, RevisionInfo, SaveResult, SearchHit
from editor.store.saving import REVISION_INTERVAL
from editor.store.store import ArticleStore

__all__ = [
    "REVISION_INTERVAL",
    "ArticleNotFound",
    "ArticleStore",
    "ArticleSummary",
    "ListFilter",
    "RevisionInfo",
    "RevisionNotFound",
    "SaveResult",
    "SearchHit",
    "StoreError",
]
