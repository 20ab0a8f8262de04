"""What an operation changed, and the registry that announces it (calibre's ``db/listeners.py``).

Views subscribe and redraw what a :class:`Changes` names instead of being refreshed by hand at every call
site. Announcements may come from any thread (the change worker, the outbox drain); a Qt view receives
them through one bridge that re-emits them on the GUI thread (``editor.ui.bridge``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Changes:
    """Which articles changed (their text, status or binding), and whether the list of articles (one
    added, removed, moved to the trash), the outbox or the accounts changed.

    ``elsewhere``: another process wrote to the library, so any article may have changed."""

    articles: frozenset[str] = frozenset()
    listing: bool = False
    outbox: bool = False
    accounts: bool = False
    elsewhere: bool = False

    @classmethod
    def of(cls, article_ids: Iterable[str] = (), **flags: bool) -> Changes:
        return cls(articles=frozenset(article_ids), **flags)

    def touches(self, article_id: str | None) -> bool:
        """Whether the article ``article_id`` may have changed."""
        return article_id is not None and (self.elsewhere or article_id in self.articles)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.articles | other.articles,
            self.listing or other.listing,
            self.outbox or other.outbox,
            self.accounts or other.accounts,
            self.elsewhere or other.elsewhere,
        )

    def __bool__(self) -> bool:
        return bool(self.articles) or self.listing or self.outbox or self.accounts or self.elsewhere


NOTHING = Changes()

Listener = Callable[[Changes], None]


class ChangeListeners:
    """Thread-safe registry: ``subscribe(fn)`` returns the function that unsubscribes; ``announce`` calls
    every listener with a non-empty :class:`Changes`. A failing listener is logged and skipped, so one
    broken view never stops an operation that already committed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def announce(self, changes: Changes) -> Changes:
        """Tell every listener (in the caller's thread); returns ``changes`` for chaining."""
        if not changes:
            return changes
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:
                log.exception("a change listener failed")
        return changes
