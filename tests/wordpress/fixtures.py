"""pytest plugin: one real WordPress per test run, shared by every test module that asks for it.

Loaded from the root conftest with ``pytest_plugins = ["tests.wordpress.fixtures"]``.

- ``wordpress_server`` (session scope) starts the site on first use and stops it at the end of the run.
- ``wordpress`` (function scope) is the same server, with the web server brought back up first in case an
  earlier test took it down (``stop_php``) and failed before restoring it.

When ``provision.sh`` has not been run the tests are skipped with the reason, except when
``COPYDESK_REQUIRE_WORDPRESS=1`` or ``CI`` is set: then a missing WordPress is a failure, never a skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.wordpress.server import WordPressError, WordPressServer, is_provisioned


def _required() -> bool:
    return os.environ.get("COPYDESK_REQUIRE_WORDPRESS") == "1" or bool(os.environ.get("CI"))


@pytest.fixture(scope="session")
def wordpress_server() -> Iterator[WordPressServer]:
    missing = is_provisioned()
    if missing:
        if _required():
            pytest.fail(f"the test WordPress is required but not provisioned: {missing}", pytrace=False)
        pytest.skip(f"no test WordPress: {missing}")
    server = WordPressServer()
    try:
        server.start()
    except WordPressError as exc:
        # One clear line in the run's summary: which fixture, which step, what the process said last.
        pytest.fail(f"fixture wordpress_server: {exc}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def wordpress(wordpress_server: WordPressServer) -> WordPressServer:
    try:
        wordpress_server.start_php()
    except WordPressError as exc:
        pytest.fail(f"fixture wordpress: the web server did not come back: {exc}", pytrace=False)
    return wordpress_server
