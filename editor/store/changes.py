"""Noticing what another process wrote to the library (the command line, another Copydesk).

SQLite's ``PRAGMA data_version`` on one connection changes whenever ANY other connection committed, the
store's own included. The watcher keeps one connection of its own for asking it (microseconds, no
read of the database file), and the store tells it around each of its own commits: a change seen while
the store holds the write lock (``BEGIN IMMEDIATE``: no one else can commit then) came from outside; the
change its own commit makes is absorbed right after. A commit by another process in the instant between
the store's commit and that absorption would go unnoticed until the next change; each article's version
(``ArticleStore.get_versioned``) still keeps saves from overwriting it.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from editor.store.errors import translated_errors


class ChangeWatcher:
    """``changed_elsewhere()`` says whether another process committed since it was last asked."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        with translated_errors(path):
            self._connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._seen = self._data_version()
        self._outside = False
        self._closed = False

    def _data_version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def changed_elsewhere(self) -> bool:
        """True once for each batch of commits made by other processes (safe from any thread)."""
        with self._lock, translated_errors(self._path):
            if self._closed:  # a poll that was already on its way when the library closed
                return False
            version = self._data_version()
            changed = self._outside or version != self._seen
            self._seen, self._outside = version, False
            return changed

    def before_own_commit(self) -> None:
        """Called by the store inside its write transaction: what changed until now came from outside."""
        with self._lock, translated_errors(self._path):
            version = self._data_version()
            if version != self._seen:
                self._outside = True
                self._seen = version

    def after_own_commit(self) -> None:
        """Called by the store right after its commit: that change is not news."""
        with self._lock, translated_errors(self._path):
            self._seen = self._data_version()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._connection.close()
