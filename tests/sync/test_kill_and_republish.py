"""A publish killed while its create was at the server, then published again: still one post.

The fault proxy holds back the create's answer after WordPress has made the post; the ``copydesk publish``
process is killed with SIGKILL (as a crash or a closed laptop would); the journalist runs
``copydesk publish ID`` again, and later ``copydesk sync`` once the interrupted operation is stale.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from editor.article import Status, utcnow
from editor.store import ArticleStore
from editor.sync.outbox import recover_interrupted
from editor.sync.worker import drain
from tests.faultproxy import Fault, FaultProxy, FaultRule
from tests.sync.conftest import SiteAccounts, account_in_keyring, full_article, posts_marked
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress

REPO = Path(__file__).resolve().parents[2]


def _wait_for(condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def test_a_publish_killed_after_the_server_acted_then_published_again_makes_one_post(
    store: ArticleStore, data_dir: Path, wordpress: WordPressServer, tmp_path: Path
) -> None:
    article = full_article(tmp_path, body_image=False)
    store.save(article)
    env = {**os.environ, "COPYDESK_DATA_DIR": str(data_dir)}
    command = [sys.executable, "-m", "editor", "publish", article.id, "--account", "proxied"]
    with (
        FaultProxy("127.0.0.1", wordpress.port, stall_seconds=120) as proxy,
        account_in_keyring(data_dir, "proxied", proxy.base_url, wordpress),
    ):
        proxy.add_rule(FaultRule(Fault.STALL_AFTER_FORWARD, method="POST", path_contains="/wp/v2/posts"))
        first = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            _wait_for(lambda: len(posts_marked(wordpress, article.id)) == 1)  # the server made the post
        finally:
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=30)
        again = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
        assert again.returncode in (0, 1), again.stderr
        # Later, once the killed operation is stale, the sync sends what is queued.
        later = utcnow() + timedelta(minutes=11)
        recover_interrupted(store, now=later)
        accounts = SiteAccounts(proxy.base_url, wordpress.username, wordpress.app_password)
        drain(store, _Named(accounts), clock=lambda: later)
        drain(store, _Named(accounts), clock=lambda: later + timedelta(hours=1))

    posts = posts_marked(wordpress, article.id)
    assert len(posts) == 1, [p["id"] for p in posts]
    stored = store.get(article.id)
    assert stored.remote is not None and stored.remote.remote_id == posts[0]["id"]
    assert stored.status == Status.PUBLISHED


class _Named:
    """The keyring account "proxied" as the test's real client (same site, same proxy)."""

    def __init__(self, accounts: SiteAccounts) -> None:
        self.accounts = accounts

    def client(self, name: str):
        return self.accounts.client(name)
