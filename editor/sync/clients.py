"""One CMS client per account, made on first use and reused: the API is discovered once, term ids stay
cached and connections are kept alive.

A drain uses a pool for its own length; the window keeps one across drains (warm clients) and closes it
when the accounts change.
"""

from __future__ import annotations

import threading
from typing import Any


class ClientPool:
    """``client(name)`` like an account store, but each account's client is made once."""

    def __init__(self, accounts: Any) -> None:
        self.accounts = accounts
        self._clients: dict[str, Any] = {}
        self._lock = threading.Lock()

    def client(self, name: str) -> Any:
        with self._lock:
            if name not in self._clients:
                self._clients[name] = self.accounts.client(name)
            return self._clients[name]

    def close(self) -> None:
        """Close every client; the next ``client()`` logs in afresh."""
        with self._lock:
            clients, self._clients = self._clients, {}
        for client in clients.values():
            client.close()
