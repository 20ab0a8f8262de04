"""The store's exceptions, and the one place where database failures become readable messages.

Callers (the GUI's background tasks, the CLI) only ever see :class:`StoreError` and its subclasses; the
original driver error stays attached as ``__cause__`` for logs. Messages never include SQL parameters:
those can hold a whole article.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError


class StoreError(Exception):
    """The database could not do what was asked; ``str(error)`` is a message fit for the user."""


class ArticleNotFound(StoreError, LookupError):
    def __init__(self, article_id: str) -> None:
        super().__init__(f"No article with id {article_id}.")
        self.article_id = article_id


class RevisionNotFound(StoreError, LookupError):
    def __init__(self, article_id: str, revision_id: int) -> None:
        super().__init__(f"Article {article_id} has no revision {revision_id}.")
        self.article_id = article_id
        self.revision_id = revision_id


def damaged_message(path: Path) -> str:
    return f"The database file is not a Copydesk database or is damaged: {path}"


def describe(error: BaseException, path: Path) -> StoreError:
    """Turn a driver or SQLAlchemy error into a StoreError with a message a journalist can act on."""
    original = error.orig if isinstance(error, DBAPIError) else error
    text = str(original)
    lowered = text.lower()
    if "database or disk is full" in lowered:
        return StoreError("Could not save: the disk is full")
    if "not a database" in lowered or "malformed" in lowered:
        return StoreError(damaged_message(path))
    if "database is locked" in lowered or "database is busy" in lowered:
        return StoreError(
            "The database is busy: another Copydesk process kept it locked for too long. Try again."
        )
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError(f"Could not save: the database file is read-only: {path}")
    if "unable to open database file" in lowered:
        return StoreError(f"Could not open the database file: {path}")
    if "disk i/o error" in lowered:
        return StoreError(f"Could not read or write the database file (disk I/O error): {path}")
    return StoreError(f"Database error: {text}")


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Re-raise database failures inside the block as :class:`StoreError`."""
    try:
        yield
    except StoreError:
        raise
    except (SQLAlchemyError, sqlite3.Error) as error:
        raise describe(error, path) from error
