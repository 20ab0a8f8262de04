"""Network faults between Copydesk and the real WordPress (tests/faultproxy.py in front of it).

For each fault: the right retry behaviour, exactly one post on the site carrying the article's marker,
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
from tests.sync.conftest import ACCOUNT, SiteAccounts, full_article
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress

CREATE = {"method": "POST", "path_contains": "/wp/v2/posts"}


def _later(minutes: int = 10):
    moment = utcnow() + timedelta(minutes=minutes)
    return lambda: moment


def _posts_marked(wordpress: WordPressServer, article_id: str) -> list[dict]:
    return [p for p in wordpress.list_posts(search=article_id) if article_id in p["content"]["raw"]]


def _queued(store: ArticleStore, folder: Path) -> Article:
    article = full_article(folder, tag=uuid.uuid4().hex[:8])
    store.save(article)
    queue_publish(store, article.id, ACCOUNT)
    return article


def _assert_published_once(store: ArticleStore, wordpress: WordPressServer, article: Article) -> None:
    posts = _posts_marked(wordpress, article.id)
    assert len(posts) == 1, [p["id"] for p in posts]
    stored = store.get(article.id)
    assert stored.status == Status.PUBLISHED
    assert stored.remote is not None and stored.remote.remote_id == posts[0]["id"]
    assert stored.content_equals(article)  # the local article is intact


@pytest.mark.parametrize(
    "fault, uncertain",
    [
        (Fault.RESET_BEFORE_FORWARD, True),  # reset after the request left: it may have arrived
        (Fault.STALL, True),  # a timeout: the client cannot know the server never saw it
        (Fault.STALL_AFTER_FORWARD, True),
        (Fault.CUT_AFTER_FORWARD, True),
        (Fault.RESPOND_500, True),  # a 5xx after a create may hide a post made anyway
        (Fault.RESPOND_502, True),
    ],
)
def test_a_failed_create_is_retried_later_and_makes_one_post(
    store: ArticleStore,
    wordpress: WordPressServer,
    proxy: FaultProxy,
    proxied_accounts: SiteAccounts,
    tmp_path: Path,
    fault: Fault,
    uncertain: bool,
) -> None:
    article = _queued(store, tmp_path)
    proxy.add_rule(FaultRule(fault, **CREATE))

    first = drain(store, proxied_accounts)
    assert [o.result for o in first.outcomes] == [Result.RETRYING]
    op = latest_operation(store, article.id)
    assert op is not None and op.state == OpState.PENDING and op.attempts == 1
    assert op.uncertain == uncertain and op.last_error
    assert timedelta(seconds=1) <= op.next_attempt_at - op.updated <= timedelta(seconds=2)  # 2 s, jittered
    assert store.get(article.id).status == Status.QUEUED
    proxy.clear()

    second = drain(store, proxied_accounts, clock=_later())
    assert [o.result for o in second.outcomes] == [Result.PUBLISHED]
    _assert_published_once(store, wordpress, article)
    if fault in (Fault.STALL_AFTER_FORWARD, Fault.CUT_AFTER_FORWARD):
        creates = proxy.requests(method="POST", path_contains="/wp/v2/posts")
        assert len(creates) == 2 and "/wp/v2/posts/" in creates[1].path  # the lost post was adopted


def test_refused_connections_back_off_exponentially_then_send(
    store: ArticleStore,
    wordpress: WordPressServer,
    proxy: FaultProxy,
    proxied_accounts: SiteAccounts,
    tmp_path: Path,
) -> None:
    article = _queued(store, tmp_path)
    proxy.refuse_connections(True)
    now = utcnow()
    delays = []
    for attempt in range(1, 5):
        moment = now + timedelta(hours=attempt)
        report = drain(store, proxied_accounts, clock=lambda moment=moment: moment)
        assert [o.result for o in report.outcomes] == [Result.RETRYING]
        op = latest_operation(store, article.id)
        assert op is not None and op.attempts == attempt and not op.uncertain
        assert "127.0.0.1" in describe(op.last_error)
        delays.append((op.next_attempt_at - moment).total_seconds())
    # Equal jitter: each delay lies in [ceiling/2, ceiling] with ceilings 2, 4, 8, 16 s.
    for delay, ceiling in zip(delays, (2, 4, 8, 16), strict=True):
        assert ceiling / 2 <= delay <= ceiling
    proxy.refuse_connections(False)
    assert [o.result for o in drain(store, proxied_accounts, clock=_later(600)).outcomes] == [
        Result.PUBLISHED
    ]
    _assert_published_once(store, wordpress, article)


def test_429_honours_retry_after(
    store: ArticleStore,
    wordpress: WordPressServer,
    proxy: FaultProxy,
    proxied_accounts: SiteAccounts,
    tmp_path: Path,
) -> None:
    article = _queued(store, tmp_path)
    proxy.add_rule(FaultRule(Fault.RESPOND_429, retry_after=1, **CREATE))
    report = drain(store, proxied_accounts, max_wait=5)  # rides out the wait the server asked for
    assert [o.result for o in report.outcomes] == [Result.RETRYING, Result.PUBLISHED]
    assert report.outcomes[0].next_attempt_at is not None
    assert report.outcomes[0].next_attempt_at - utcnow() <= timedelta(seconds=1)
    _assert_published_once(store, wordpress, article)


def test_a_lost_answer_to_an_update_is_not_taken_for_a_conflict(
    store: ArticleStore,
    wordpress: WordPressServer,
    proxy: FaultProxy,
    proxied_accounts: SiteAccounts,
    tmp_path: Path,
) -> None:
    article = _queued(store, tmp_path)
    drain(store, proxied_accounts)
    edited = store.get(article.id).copy(headline=article.headline + " (update)")
    store.save(edited)
    queue_publish(store, article.id, ACCOUNT)
    proxy.add_rule(FaultRule(Fault.CUT_AFTER_FORWARD, method="POST", path_contains="/wp/v2/posts/"))
    time.sleep(1.1)  # so the lost update changes modified_gmt
    assert [o.result for o in drain(store, proxied_accounts).outcomes] == [Result.RETRYING]
    report = drain(store, proxied_accounts, clock=_later())
    assert [o.result for o in report.outcomes] == [Result.UPDATED]
    _assert_published_once(store, wordpress, edited)


def test_bad_credentials_fail_permanently_with_a_message_and_retry_works(
    store: ArticleStore, wordpress: WordPressServer, proxied_accounts: SiteAccounts, tmp_path: Path
) -> None:
    article = _queued(store, tmp_path)
    wrong = SiteAccounts(proxied_accounts.url, proxied_accounts.username, "abcd efgh ijkl mnop qrst uvwx")
    report = drain(store, wrong)
    assert [o.result for o in report.outcomes] == [Result.FAILED]
    op = latest_operation(store, article.id)
    assert op is not None and op.state == OpState.FAILED and op.last_error
    assert "abcd efgh" not in op.last_error.to_json()
    assert store.get(article.id).status == Status.FAILED
    assert drain(store, proxied_accounts, clock=_later()).outcomes == []  # failed stays failed

    retry(store, op.id)
    assert [o.result for o in drain(store, proxied_accounts).outcomes] == [Result.PUBLISHED]
    _assert_published_once(store, wordpress, article)


def test_a_500_carrying_wordpress_s_error_object_fails_at_once_and_is_not_retried(
    store: ArticleStore, tmp_path: Path, proxy: FaultProxy, proxied_accounts: SiteAccounts, wordpress
) -> None:
    article = _queued(store, tmp_path)
    proxy.add_rule(FaultRule(Fault.RESPOND_500_WP_ERROR, **CREATE))
    outcomes = drain(store, proxied_accounts).outcomes
    assert [o.result for o in outcomes] == [Result.FAILED]
    assert "Could not insert post" in describe(outcomes[0].message)
    assert "unreachable" not in describe(outcomes[0].message).lower()
    assert store.get(article.id).status == Status.FAILED


@pytest.mark.parametrize(
    "change",
    [
        {"headline": "Storm " * 20_000},  # 120,000 characters: "Could not insert post"
        {"tags": ["<b></b>"]},  # a tag that is only HTML: "A name is required"
    ],
)
def test_what_the_real_site_refuses_for_good_fails_at_once(
    store: ArticleStore, tmp_path: Path, accounts: SiteAccounts, wordpress, change: dict
) -> None:
    article = full_article(tmp_path, body_image=False).copy(**change)
    store.save(article)
    queue_publish(store, article.id, ACCOUNT)
    outcomes = drain(store, accounts).outcomes
    assert [o.result for o in outcomes] == [Result.FAILED], outcomes[0].message
    assert store.get(article.id).status == Status.FAILED
    assert _posts_marked(wordpress, article.id) == []
