"""Network faults between Copydesk and the real Ghost (tests/faultproxy.py in front of it).

For each fault: the right retry behaviour, exactly one post in Ghost carrying the article's marker tag,
and the local article intact.
"""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from editor.article import Article, Status, utcnow
from editor.cli.messages import describe
from editor.store import ArticleStore
from editor.sync.outbox import OpState, latest_operation, queue_publish, retry
from editor.sync.worker import Result, drain
from tests.faultproxy import Fault, FaultProxy, FaultRule
from tests.ghost.conftest import ACCOUNT, GhostAccounts
from tests.ghost.server import GhostServer
from tests.sync.conftest import full_article

CREATE = {"method": "POST", "path_contains": "/ghost/api/admin/posts/"}


def _later(minutes: int = 10):
    moment = utcnow() + timedelta(minutes=minutes)
    return lambda: moment


def _queued(store: ArticleStore, folder: Path) -> Article:
    article = full_article(folder, tag=uuid.uuid4().hex[:8])
    store.save(article)
    queue_publish(store, article.id, ACCOUNT)
    return article


def _assert_published_once(store: ArticleStore, ghost: GhostServer, article: Article) -> None:
    posts = ghost.posts_marked(article.id)
    assert len(posts) == 1, [p["id"] for p in posts]
    stored = store.get(article.id)
    assert stored.status == Status.PUBLISHED
    assert stored.remote is not None and stored.remote.remote_id == posts[0]["id"]
    assert stored.content_equals(article)  # the local article is intact
    assert posts[0]["title"] == article.headline


@pytest.mark.parametrize(
    "fault",
    [
        Fault.RESET_BEFORE_FORWARD,
        Fault.STALL,
        Fault.STALL_AFTER_FORWARD,
        Fault.CUT_AFTER_FORWARD,
        Fault.RESPOND_500,
        Fault.RESPOND_502,
    ],
)
def test_a_failed_create_is_retried_later_and_makes_one_post(
    store: ArticleStore,
    ghost: GhostServer,
    ghost_proxy: FaultProxy,
    proxied_ghost_accounts: GhostAccounts,
    tmp_path: Path,
    fault: Fault,
) -> None:
    article = _queued(store, tmp_path)
    ghost_proxy.add_rule(FaultRule(fault, **CREATE))

    first = drain(store, proxied_ghost_accounts)
    assert [o.result for o in first.outcomes] == [Result.RETRYING]
    op = latest_operation(store, article.id)
    assert op is not None and op.state == OpState.PENDING and op.attempts == 1 and op.uncertain
    assert store.get(article.id).status == Status.QUEUED
    ghost_proxy.clear()

    second = drain(store, proxied_ghost_accounts, clock=_later())
    assert [o.result for o in second.outcomes] == [Result.PUBLISHED]
    _assert_published_once(store, ghost, article)
    if fault in (Fault.STALL_AFTER_FORWARD, Fault.CUT_AFTER_FORWARD):
        writes = [
            r for r in ghost_proxy.requests(path_contains="/ghost/api/admin/posts/") if r.method != "GET"
        ]
        assert [r.method for r in writes] == ["POST", "PUT"]  # the lost post was found and adopted


def test_refused_connections_back_off_then_send(
    store: ArticleStore,
    ghost: GhostServer,
    ghost_proxy: FaultProxy,
    proxied_ghost_accounts: GhostAccounts,
    tmp_path: Path,
) -> None:
    article = _queued(store, tmp_path)
    ghost_proxy.refuse_connections(True)
    now = utcnow()
    for attempt in range(1, 4):
        moment = now + timedelta(hours=attempt)
        report = drain(store, proxied_ghost_accounts, clock=lambda moment=moment: moment)
        assert [o.result for o in report.outcomes] == [Result.RETRYING]
        op = latest_operation(store, article.id)
        assert op is not None and op.attempts == attempt and not op.uncertain
        assert "127.0.0.1" in describe(op.last_error)
    ghost_proxy.refuse_connections(False)
    assert [o.result for o in drain(store, proxied_ghost_accounts, clock=_later(600)).outcomes] == [
        Result.PUBLISHED
    ]
    _assert_published_once(store, ghost, article)


def test_429_honours_retry_after(
    store: ArticleStore,
    ghost: GhostServer,
    ghost_proxy: FaultProxy,
    proxied_ghost_accounts: GhostAccounts,
    tmp_path: Path,
) -> None:
    article = _queued(store, tmp_path)
    ghost_proxy.add_rule(FaultRule(Fault.RESPOND_429, retry_after=1, **CREATE))
    report = drain(store, proxied_ghost_accounts, max_wait=5)
    assert [o.result for o in report.outcomes] == [Result.RETRYING, Result.PUBLISHED]
    _assert_published_once(store, ghost, article)


def test_a_lost_answer_to_an_update_is_not_taken_for_a_conflict(
    store: ArticleStore,
    ghost: GhostServer,
    ghost_proxy: FaultProxy,
    proxied_ghost_accounts: GhostAccounts,
    tmp_path: Path,
) -> None:
    article = _queued(store, tmp_path)
    drain(store, proxied_ghost_accounts)
    edited = store.get(article.id).copy(headline=article.headline + " (update)")
    store.save(edited)
    queue_publish(store, article.id, ACCOUNT)
    ghost_proxy.add_rule(FaultRule(Fault.CUT_AFTER_FORWARD, method="PUT", path_contains="/posts/"))
    time.sleep(1.1)  # so the lost update changes updated_at
    assert [o.result for o in drain(store, proxied_ghost_accounts).outcomes] == [Result.RETRYING]
    report = drain(store, proxied_ghost_accounts, clock=_later())
    assert [o.result for o in report.outcomes] == [Result.UPDATED]
    _assert_published_once(store, ghost, edited)


def test_a_bad_key_fails_permanently_without_showing_it_and_retry_works(
    store: ArticleStore, ghost: GhostServer, proxied_ghost_accounts: GhostAccounts, tmp_path: Path
) -> None:
    article = _queued(store, tmp_path)
    key_id = ghost.admin_key.split(":")[0]
    wrong_secret = "ab" * 32
    wrong = GhostAccounts(proxied_ghost_accounts.url, f"{key_id}:{wrong_secret}")
    assert [o.result for o in drain(store, wrong).outcomes] == [Result.FAILED]
    op = latest_operation(store, article.id)
    assert op is not None and op.state == OpState.FAILED
    assert "Admin API key" in describe(op.last_error)
    assert wrong_secret not in op.last_error.to_json()
    assert drain(store, proxied_ghost_accounts, clock=_later()).outcomes == []  # failed stays failed

    retry(store, op.id)
    assert [o.result for o in drain(store, proxied_ghost_accounts).outcomes] == [Result.PUBLISHED]
    _assert_published_once(store, ghost, article)
