"""The outbox state machine on a real SQLite file (the ArticleStore of tests/conftest.py)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from editor.article import Article, RemoteBinding, Status, utcnow
from editor.cli.messages import describe_error
from editor.store import ArticleStore
from editor.sync.outbox import (
    Action,
    OpState,
    OutboxError,
    cancel,
    claim_next_due,
    latest_operation,
    operations,
    purge_finished,
    queue_publish,
    queue_unpublish,
    recover_interrupted,
    retry,
)
from editor.sync.worker import backoff_seconds, drain, scrub

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _article(store: ArticleStore, headline: str = "Storm hits the coast") -> Article:
    article = Article(headline=headline, body="The storm arrived at dawn.", status=Status.READY)
    store.save(article)
    return article


def test_queueing_records_the_operation_and_the_status_together(store: ArticleStore, data_dir: Path) -> None:
    article = _article(store)
    op = queue_publish(store, article.id, "site", now=NOW)
    store.close()
    reopened = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:
        assert reopened.get(article.id).status == Status.QUEUED
        stored = latest_operation(reopened, article.id)
        assert stored is not None and stored.id == op.id
        assert (stored.state, stored.action, stored.account) == (OpState.PENDING, Action.PUBLISH, "site")
        assert stored.article.content_equals(article)
        assert stored.next_attempt_at == NOW and stored.attempts == 0
    finally:
        reopened.close()


def test_a_newer_publish_replaces_a_pending_one(store: ArticleStore) -> None:
    article = _article(store)
    first = queue_publish(store, article.id, "site", now=NOW)
    store.save(article.copy(headline="Storm hits the coast, three hurt"))
    second = queue_publish(store, article.id, "site", now=NOW)
    ops = {op.id: op for op in operations(store, article_id=article.id)}
    assert ops[first.id].state == OpState.CANCELLED
    assert ops[second.id].state == OpState.PENDING
    assert ops[second.id].headline == "Storm hits the coast, three hurt"
    assert [op.id for op in operations(store, states=(OpState.PENDING,))] == [second.id]


def test_a_publish_queued_while_sending_waits_behind_it(store: ArticleStore) -> None:
    article = _article(store)
    first = queue_publish(store, article.id, "site", now=NOW)
    claimed = claim_next_due(store, NOW)
    assert claimed is not None and claimed.id == first.id and claimed.state == OpState.SENDING
    assert store.get(article.id).status == Status.SENDING
    second = queue_publish(store, article.id, "site", now=NOW)
    states = {op.id: op.state for op in operations(store, article_id=article.id)}
    assert states == {first.id: OpState.SENDING, second.id: OpState.PENDING}
    assert claim_next_due(store, NOW) is None  # never two operations of one article at once


def test_only_due_operations_are_claimed(store: ArticleStore) -> None:
    article = _article(store)
    queue_publish(store, article.id, "site", now=NOW)
    assert claim_next_due(store, NOW - timedelta(seconds=1)) is None
    assert claim_next_due(store, NOW) is not None


def test_an_interrupted_send_is_retried_as_uncertain(store: ArticleStore) -> None:
    article = _article(store)
    op = queue_publish(store, article.id, "site", now=NOW)
    claim_next_due(store, NOW)
    assert recover_interrupted(store, now=NOW + timedelta(minutes=1)) == 0  # maybe another process
    assert recover_interrupted(store, now=NOW + timedelta(minutes=11)) == 1
    recovered = latest_operation(store, article.id)
    assert recovered is not None and recovered.id == op.id
    assert recovered.state == OpState.PENDING and recovered.uncertain
    assert store.get(article.id).status == Status.QUEUED


def test_the_successor_of_an_uncertain_operation_is_uncertain_too(store: ArticleStore) -> None:
    article = _article(store)
    queue_publish(store, article.id, "site", now=NOW)
    claim_next_due(store, NOW)
    recover_interrupted(store, now=NOW + timedelta(hours=1))
    successor = queue_publish(store, article.id, "site", now=NOW)
    assert successor.uncertain


def test_retry_and_cancel(store: ArticleStore) -> None:
    article = _article(store)
    op = queue_publish(store, article.id, "site", now=NOW + timedelta(hours=1))
    assert retry(store, op.id, now=NOW).next_attempt_at == NOW
    cancelled = cancel(store, op.id, now=NOW)
    assert cancelled.state == OpState.CANCELLED
    assert store.get(article.id).status == Status.READY
    with pytest.raises(OutboxError):
        retry(store, op.id)


def test_unpublish_needs_a_published_article(store: ArticleStore) -> None:
    article = _article(store)
    with pytest.raises(OutboxError) as raised:
        queue_unpublish(store, article.id)
    assert "nothing to unpublish" in describe_error(raised.value)
    store.set_remote(article.id, RemoteBinding("site", 42, "http://127.0.0.1/x/", "2026-11-25T11:00:00"))
    op = queue_unpublish(store, article.id, now=NOW)
    assert (op.action, op.account, op.base_version) == (Action.UNPUBLISH, "site", "2026-11-25T11:00:00")


def test_an_article_bound_to_one_account_is_not_published_to_another(store: ArticleStore) -> None:
    article = _article(store)
    store.set_remote(article.id, RemoteBinding("site", 42))
    with pytest.raises(OutboxError) as raised:
        queue_publish(store, article.id, "other")
    assert "already published on account 'site'" in describe_error(raised.value)
    assert store.get(article.id).status == Status.READY
    assert operations(store, article_id=article.id) == []


def test_trashed_and_destroyed_articles_take_their_operations_with_them(store: ArticleStore) -> None:
    article = _article(store)
    queue_publish(store, article.id, "site", now=NOW)
    store.delete(article.id)
    store.empty_trash()
    assert operations(store) == []


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    assert [backoff_seconds(n, rng=lambda: 1.0) for n in (1, 2, 3, 4)] == [2.0, 4.0, 8.0, 16.0]
    assert backoff_seconds(3, rng=lambda: 0.0) == 4.0  # half of the ceiling is fixed
    assert backoff_seconds(50, rng=lambda: 1.0) == 300.0


def test_scrub_removes_application_passwords() -> None:
    message = scrub("auth failed for abcd EFGH 1234 ijkl MNOP 5678\nat line 2")
    assert "abcd" not in message and "[redacted]" in message and "\n" not in message


def test_finished_operations_are_forgotten_after_a_while(store: ArticleStore) -> None:
    article = _article(store)
    op = queue_publish(store, article.id, "site", now=NOW)
    cancel(store, op.id, now=NOW)
    assert purge_finished(store, NOW - timedelta(days=1)) == 0
    assert purge_finished(store, NOW + timedelta(days=1)) == 1
    assert operations(store) == []


def test_drain_waits_politely_behind_an_operation_another_process_is_sending(store: ArticleStore) -> None:
    article = _article(store)
    queue_publish(store, article.id, "site")
    claim_next_due(store, utcnow())  # as if a GUI worker were sending it right now
    waiting = queue_publish(store, article.id, "site")
    naps: list[float] = []

    def nap(seconds: float) -> None:
        naps.append(seconds)
        time.sleep(seconds)

    report = drain(store, accounts=None, only={waiting.id}, max_wait=0.6, sleep=nap)
    assert report.outcomes == []
    assert 1 <= len(naps) <= 3 and all(seconds >= 0.25 for seconds in naps)  # no busy loop
    assert latest_operation(store, article.id).state == OpState.PENDING


def test_the_outbox_stores_a_code_and_parameters_not_a_sentence(store: ArticleStore) -> None:
    """Why an operation stopped is stored as a code (worded where it is shown), never as English."""
    import json

    from sqlalchemy import text

    from editor.cli.messages import describe

    article = _article(store)
    first = queue_publish(store, article.id, "site", now=NOW)
    queue_publish(store, article.id, "site", now=NOW + timedelta(seconds=1))  # replaces the first
    with store.transaction() as session:
        stored = session.execute(
            text("SELECT last_error FROM outbox WHERE id = :id"), {"id": first.id}
        ).scalar()
    assert json.loads(stored) == {"code": "replaced", "params": {}}
    replaced = next(op for op in operations(store) if op.id == first.id)
    assert describe(replaced.last_error) == "replaced by a newer request"
