"""pytest plugin: one real Ghost per test run, for the tests that ask for it (``ghost`` fixture).

Loaded by the Ghost test modules with ``pytest_plugins = ["tests.ghost.fixtures"]`` (so a run without
Ghost tests never installs or boots it). ``ghost_server`` (session scope) installs Ghost on first use
(cached per machine), boots it once and stops it at the end of the run; ``ghost`` is the same server,
booted again first in case an earlier test took it down (``stop_node``) and failed before restoring it.

Without node/npm the tests are skipped with the reason, unless ``COPYDESK_REQUIRE_GHOST=1`` or ``CI`` is
set: then a missing Ghost is a failure, never a skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.ghost.server import GhostError, GhostServer, missing_tools


def _required() -> bool:
    return os.environ.get("COPYDESK_REQUIRE_GHOST") == "1" or bool(os.environ.get("CI"))


@pytest.fixture(scope="session")
def ghost_server() -> Iterator[GhostServer]:
    missing = missing_tools()
    if missing:
        if _required():
            pytest.fail(f"the test Ghost is required but cannot run: {missing}", pytrace=False)
        pytest.skip(f"no test Ghost: {missing}")
    server = GhostServer()
    try:
        server.start()
    except GhostError as exc:
        server.stop()
        pytest.fail(f"fixture ghost_server: {exc}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def ghost(ghost_server: GhostServer) -> GhostServer:
    try:
        ghost_server.start_node()
    except GhostError as exc:
        pytest.fail(f"fixture ghost: Ghost did not come back: {exc}", pytrace=False)
    return ghost_server
