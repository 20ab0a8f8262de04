"""Fixtures for the Ghost tests: the real Ghost (tests/ghost/fixtures.py), real clients for it, and the
fault proxy in front of it. ``GhostAccounts`` stands where the account store stands in the app
(``client(name)``), building real ``GhostClient``s for the site itself or for the proxy."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from editor.cms.ghost import GhostClient
from tests.faultproxy import FaultProxy
from tests.ghost.server import GhostServer

ACCOUNT = "ghost"


@dataclass
class GhostAccounts:
    url: str
    admin_key: str
    read_timeout: float = 30.0

    def client(self, name: str) -> GhostClient:
        timeout = httpx.Timeout(self.read_timeout, connect=10.0)
        return GhostClient(self.url, self.admin_key, account_name=name, timeout=timeout)


@pytest.fixture
def ghost_accounts(ghost: GhostServer) -> GhostAccounts:
    return GhostAccounts(ghost.base_url, ghost.admin_key)


@pytest.fixture
def ghost_client(ghost_accounts: GhostAccounts) -> Iterator[GhostClient]:
    with ghost_accounts.client(ACCOUNT) as client:
        yield client


@pytest.fixture
def ghost_proxy(ghost: GhostServer) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", ghost.port, stall_seconds=10) as running:
        yield running


@pytest.fixture
def proxied_ghost_accounts(ghost: GhostServer, ghost_proxy: FaultProxy) -> GhostAccounts:
    return GhostAccounts(ghost_proxy.base_url, ghost.admin_key, read_timeout=3.0)
