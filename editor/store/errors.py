"""The store's exceptions, and the one place where database failures get a code people can act on.

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
    """The database could not do what was asked. ``code`` says what went wrong and ``params`` the
    values the words need (a path, an id); the sentence is made where it is shown
    (``editor.cli.store_errors``, ``editor.ui.errors``). ``str()`` is for logs."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        details = ", ".join(f"{key}={value}" for key, value in self.params.items())
        return f"{self.code} ({details})" if details else self.code


class ArticleNotFound(StoreError, LookupError):
    def __init__(self, article_id: str) -> None:
        super().__init__("article_not_found", article_id=article_id)
        self.article_id = article_id


class RevisionNotFound(StoreError, LookupError):
    def __init__(self, article_id: str, revision_id: int) -> None:
        super().__init__("revision_not_found", article_id=article_id, revision_id=revision_id)
        self.article_id = article_id
        self.revision_id = revision_id


def describe(error: BaseException, path: Path) -> StoreError:
    """Turn a driver or SQLAlchemy error into a StoreError that says what a journalist can act on."""
    original = error.orig if isinstance(error, DBAPIError) else error
    text = str(original)
    lowered = text.lower()
    if "database or disk is full" in lowered:
        return StoreError("disk_full")
    if "not a database" in lowered or "malformed" in lowered:
        return StoreError("damaged", path=path)
    if "database is locked" in lowered or "database is busy" in lowered:
        return StoreError("busy")
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError("read_only", path=path)
    if "unable to open database file" in lowered:
        return StoreError("cannot_open", path=path)
    if "disk i/o error" in lowered:
        return StoreError("disk_io", path=path)
    return StoreError("database_error", detail=text)


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Re-raise database failures inside the block as :class:`StoreError`."""
    try:
        yield
    except StoreError:
        raise
    except (SQLAlchemyError, sqlite3.Error) as error:
        raise describe(error, path) from error
