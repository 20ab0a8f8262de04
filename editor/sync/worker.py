"""Draining the outbox: take due operations one at a time, send them, record what happened.

No Qt here: the GUI runs :func:`drain` on a background thread through ``editor.ui.tasks``, and
``copydesk sync`` / ``copydesk publish`` run it in the foreground. Time, sleeping and randomness are passed
in, so tests can drive the schedule without waiting.

Failure policy (Zotero / WordPress-Android habits): an error whose ``transient`` attribute is true
(connection refused, timeout, 5xx, 429) sends the operation back to ``pending`` after an exponential
backoff with jitter, or after the server's ``Retry-After``; anything else (bad credentials, 4xx, a post
that no longer exists, a missing account) parks it in ``failed`` with the message until the user retries.
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select, update

from editor.article import RemoteBinding, Status, utcnow
from editor.cms.client import ConflictDetected
from editor.cms.redact import redact
from editor.messages import NO_MESSAGE, Message
from editor.store.rows import content_hash
from editor.store.tables import articles
from editor.sync.clients import ClientPool
from editor.sync.outbox import (
    Action,
    Operation,
    OpState,
    claim_next_due,
    next_due_time,
    reading,
)
from editor.sync.preparation import Progress
from editor.sync.publisher import SendFailed, Sent, send_operation
from editor.sync.tables import outbox

BACKOFF_BASE_SECONDS = 2.0
BACKOFF_CAP_SECONDS = 300.0
RETRY_AFTER_CAP_SECONDS = 3600.0
BLOCKED_POLL_SECONDS = 0.25
# WordPress application passwords: six groups of four letters/digits. Scrubbed from any stored message.
_APP_PASSWORD_RE = re.compile(r"\b(?:[A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}\b")


class Result(StrEnum):
    PUBLISHED = "published"
    UPDATED = "updated"
    UNPUBLISHED = "unpublished"
    RETRYING = "retrying"
    FAILED = "failed"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class OpOutcome:
    """What one attempt at one operation came to (a line of ``copydesk sync``)."""

    op_id: str
    article_id: str
    headline: str
    action: Action
    result: Result
    message: Message = NO_MESSAGE
    url: str = ""
    attempts: int = 0
    next_attempt_at: datetime | None = None


@dataclass
class DrainReport:
    outcomes: list[OpOutcome] = field(default_factory=list)

    def of(self, result: Result) -> list[OpOutcome]:
        return [o for o in self.outcomes if o.result == result]

    @property
    def ok(self) -> bool:
        return all(o.result in (Result.PUBLISHED, Result.UPDATED, Result.UNPUBLISHED) for o in self.outcomes)


def backoff_seconds(attempts: int, *, rng: Callable[[], float] = random.random) -> float:
    """Delay before attempt ``attempts + 1``: 2, 4, 8... s capped at 5 min, with "equal jitter"
    (half fixed, half random) so many clients coming back online do not retry in lockstep."""
    ceiling = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2 ** max(attempts - 1, 0))
    return ceiling / 2 + rng() * ceiling / 2


def scrub(message: str) -> str:
    """A message safe to store and show: no password or Authorization value, one line, bounded length."""
    one_line = " ".join(_APP_PASSWORD_RE.sub("[redacted]", redact(message)).split())
    return one_line[:500]


def drain(
    store: Any,
    accounts: Any,
    *,
    clock: Callable[[], datetime] = utcnow,
    sleep: Callable[[float], None] = time.sleep,
    stop_event: threading.Event | None = None,
    max_wait: float = 0.0,
    only: Iterable[str] | None = None,
    rng: Callable[[], float] = random.random,
    progress: Progress | None = None,
    on_outcome: Callable[[OpOutcome], None] | None = None,
    close_clients: bool = True,
) -> DrainReport:
    """Send every due operation (or only the ones whose ids are in ``only``) and report each attempt.

    ``max_wait`` > 0 keeps draining while the next retry falls within that many seconds (sleeping until
    it is due), so ``copydesk publish`` can ride out a short outage or a ``Retry-After: 1``; 0 makes one
    pass over what is due now. ``stop_event`` ends the loop between operations (GUI shutdown).
    ``accounts`` needs ``client(name)`` returning a CMS client; one client per account serves the whole
    drain and is closed at its end, unless ``close_clients`` is False (the caller keeps its clients warm
    across drains: API discovered, term ids cached).
    """
    wanted = set(only) if only is not None else None
    report = DrainReport()
    deadline = time.monotonic() + max_wait
    clients = ClientPool(accounts)
    try:
        _drain_loop(
            store, clients, report, clock, sleep, stop_event, deadline, wanted, rng, progress, on_outcome
        )
    finally:
        if close_clients:
            clients.close()
    return report


def _drain_loop(
    store: Any,
    clients: ClientPool,
    report: DrainReport,
    clock: Callable[[], datetime],
    sleep: Callable[[float], None],
    stop_event: threading.Event | None,
    deadline: float,
    wanted: set[str] | None,
    rng: Callable[[], float],
    progress: Progress | None,
    on_outcome: Callable[[OpOutcome], None] | None,
) -> None:
    while not (stop_event and stop_event.is_set()):
        op = claim_next_due(store, clock(), only=wanted)
        if op is None:
            wait = _seconds_until_next(store, clock(), wanted)
            if wait is not None:
                # Due but not claimable: another process is sending this article's previous operation.
                wait = max(wait, BLOCKED_POLL_SECONDS)
            if wait is None or time.monotonic() + wait > deadline:
                break
            if stop_event is not None:
                if stop_event.wait(wait):
                    break
            else:
                sleep(wait)
            continue
        outcome = process_operation(store, clients, op, clock=clock, rng=rng, progress=progress)
        report.outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
        if wanted is not None and outcome.result != Result.RETRYING:
            wanted = wanted - {op.id}  # settled: nothing more to look for (copydesk publish sends one)
            if not wanted:
                break


def _seconds_until_next(store: Any, now: datetime, wanted: set[str] | None) -> float | None:
    if wanted is None:
        due = next_due_time(store)
    else:
        with reading(store) as connection:
            due = connection.execute(
                select(outbox.c.next_attempt_at)
                .where(outbox.c.state == OpState.PENDING.value, outbox.c.id.in_(wanted))
                .order_by(outbox.c.next_attempt_at)
                .limit(1)
            ).scalar()
    if due is None:
        return None
    return max((due - now).total_seconds(), 0.0)


def process_operation(
    store: Any,
    accounts: Any,
    op: Operation,
    *,
    clock: Callable[[], datetime] = utcnow,
    rng: Callable[[], float] = random.random,
    progress: Progress | None = None,
) -> OpOutcome:
    """One attempt at an operation already claimed (state ``sending``); records the result durably."""
    try:
        client = accounts.client(op.account)
        sent = send_operation(store, client, op, progress=progress)
    except ConflictDetected as conflict:
        return _record_conflict(store, op, conflict, clock())
    except SendFailed as failure:
        return _record_failure(store, op, failure.cause, failure.write_in_flight, clock(), rng)
    except Exception as exc:  # a missing account, a bug: park the op, never kill the worker
        return _record_failure(store, op, exc, False, clock(), rng)
    return _record_success(store, op, sent, clock())


def _record_success(store: Any, op: Operation, sent: Sent, now: datetime) -> OpOutcome:
    binding = RemoteBinding(
        account=op.account,
        remote_id=sent.remote_id,
        url=sent.url,
        version=sent.version,
        content_hash=sent.content_hash,
        last_sync=now,
        remote_status=sent.remote_status,
        remote_fields_hash=sent.remote_fields_hash,
    )
    with store.transaction() as connection:
        stored_hash = connection.execute(
            select(articles.c.content_hash).where(articles.c.id == op.article_id)
        ).scalar()
        edited_meanwhile = stored_hash is not None and stored_hash != content_hash(op.payload)
        if op.action == Action.UNPUBLISH:
            status = Status.DRAFT
        else:
            status = Status.CHANGED if edited_meanwhile else Status.PUBLISHED
        store.set_remote(op.article_id, binding)
        store.set_status(op.article_id, status)
        _finish(connection, op, OpState.DONE, now, error=NO_MESSAGE)
    result = {
        Action.UNPUBLISH: Result.UNPUBLISHED,
        Action.PUBLISH: Result.UPDATED if sent.updated else Result.PUBLISHED,
    }[op.action]
    message = Message("edited_while_sending") if edited_meanwhile else NO_MESSAGE
    return _outcome(op, result, message, url=sent.url, attempts=op.attempts + 1)


def _record_conflict(store: Any, op: Operation, conflict: ConflictDetected, now: datetime) -> OpOutcome:
    message = Message(conflict.code, conflict.params)
    with store.transaction() as connection:
        _finish(connection, op, OpState.CONFLICT, now, error=message)
        store.set_status(op.article_id, Status.CONFLICT)
    return _outcome(op, Result.CONFLICT, message, attempts=op.attempts + 1)


def _record_failure(
    store: Any,
    op: Operation,
    error: BaseException,
    write_in_flight: bool,
    now: datetime,
    rng: Callable[[], float],
) -> OpOutcome:
    message = describe_error(error)
    attempts = op.attempts + 1
    # A lost answer (timeout, cut connection) or a 5xx during the create/update may hide a post that was
    # made anyway; a refused connection or a 4xx never does.
    uncertain = op.uncertain or (
        write_in_flight
        and (bool(getattr(error, "maybe_applied", False)) or (getattr(error, "status", None) or 0) >= 500)
    )
    if getattr(error, "transient", False):
        retry_after = getattr(error, "retry_after", None)
        delay = (
            min(float(retry_after), RETRY_AFTER_CAP_SECONDS)
            if retry_after is not None
            else backoff_seconds(attempts, rng=rng)
        )
        next_at = now + timedelta(seconds=delay)
        with store.transaction() as connection:
            connection.execute(
                update(outbox)
                .where(outbox.c.id == op.id)
                .values(
                    state=OpState.PENDING.value,
                    attempts=attempts,
                    next_attempt_at=next_at,
                    last_error=message.to_json(),
                    uncertain=uncertain,
                    updated=now,
                )
            )
            store.set_status(op.article_id, Status.QUEUED)
        return _outcome(op, Result.RETRYING, message, attempts=attempts, next_attempt_at=next_at)
    with store.transaction() as connection:
        _finish(connection, op, OpState.FAILED, now, error=message, uncertain=uncertain)
        store.set_status(op.article_id, Status.FAILED)
    return _outcome(op, Result.FAILED, message, attempts=attempts)


def describe_error(error: BaseException) -> Message:
    """What to store and show of a failure: its code and parameters, scrubbed of any secret.

    CMS and outbox errors carry their own code; anything else is an internal error, named by its type.
    """
    key = getattr(error, "key", None)
    if isinstance(key, str) and key:
        params = dict(getattr(error, "params", None) or {})
    elif type(error).__module__.startswith("editor."):
        key, params = "error_text", {"text": str(error) or type(error).__name__}
    else:
        key, params = "internal_error", {"type": type(error).__name__, "text": str(error)}
    return Message(key, {name: scrub(v) if isinstance(v, str) else v for name, v in params.items()})


def _finish(
    connection: Any,
    op: Operation,
    state: OpState,
    now: datetime,
    *,
    error: Message,
    uncertain: bool | None = None,
) -> None:
    values: dict[str, Any] = {
        "state": state.value,
        "attempts": op.attempts + 1,
        "last_error": error.to_json(),
        "updated": now,
    }
    if state == OpState.DONE:
        values["uncertain"] = False
    elif uncertain is not None:
        values["uncertain"] = uncertain
    connection.execute(update(outbox).where(outbox.c.id == op.id).values(**values))


def _outcome(op: Operation, result: Result, message: Message = NO_MESSAGE, **extra: Any) -> OpOutcome:
    return OpOutcome(op.id, op.article_id, op.headline, op.action, result, message, **extra)
