"""The durable outbox: queued publish / unpublish operations and their state machine.

An operation moves ``pending → sending → done``; a transient failure sends it back to ``pending`` with a
later ``next_attempt_at``; a permanent one parks it in ``failed`` until :func:`retry`; a remote edit we have
not seen parks it in ``conflict`` until :func:`editor.sync.conflicts.resolve_conflict`. ``cancelled`` is
an operation the user withdrew or a newer publish replaced.

Every change of an operation's state happens in the same transaction as the article's status change, so
the library never shows "queued" for an article with nothing queued, nor the reverse.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, and_, delete, exists, insert, select, update

from editor.article import Article, Status, from_dict, to_dict, utcnow
from editor.messages import NO_MESSAGE, Message
from editor.store.rows import content_hash
from editor.sync.tables import outbox


class Action(StrEnum):
    PUBLISH = "publish"
    UNPUBLISH = "unpublish"  # the post goes back to WordPress "draft": reversible, nothing is deleted


class OpState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    DONE = "done"
    FAILED = "failed"
    CONFLICT = "conflict"
    CANCELLED = "cancelled"


OPEN_STATES = (OpState.PENDING, OpState.SENDING, OpState.FAILED, OpState.CONFLICT)
REPLACED = Message("replaced")  # a newer request of the same article took its place
INTERRUPTED_AND_REPLACED = Message("interrupted_replaced")


class OutboxError(Exception):
    """An outbox request that makes no sense for the article: ``key`` is the message code the CLI and the
    window word (editor.cli.messages, editor.ui.messages), ``params`` what the words need; ``str()`` is
    for logs."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key, params)
        self.key = key
        self.params = params

    def __str__(self) -> str:
        return f"{self.key} {self.params}" if self.params else self.key


@dataclass(frozen=True, slots=True)
class Operation:
    id: str
    article_id: str
    account: str
    action: Action
    payload: dict[str, Any]
    base_version: str
    state: OpState
    attempts: int
    next_attempt_at: datetime
    last_error: Message  # editor.messages: a code and parameters, worded by the CLI and the window
    uncertain: bool
    created: datetime
    updated: datetime

    @property
    def article(self) -> Article:
        """The article exactly as it was when queued."""
        return from_dict(self.payload)

    @property
    def headline(self) -> str:
        return str(self.payload.get("headline", ""))


def _operation(row: Any) -> Operation:
    return Operation(
        id=row.id,
        article_id=row.article_id,
        account=row.account,
        action=Action(row.action),
        payload=row.payload,
        base_version=row.base_version,
        state=OpState(row.state),
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        last_error=Message.from_stored(row.last_error),
        uncertain=bool(row.uncertain),
        created=row.created,
        updated=row.updated,
    )


@contextmanager
def reading(store: Any) -> Iterator[Connection]:
    """A read-only transaction on its own connection: never waits behind the store's writer lock."""
    with store.engine.connect() as connection, connection.begin():
        yield connection


def _open_ops(connection: Connection, article_id: str) -> list[Operation]:
    rows = connection.execute(
        select(outbox)
        .where(outbox.c.article_id == article_id, outbox.c.state.in_([s.value for s in OPEN_STATES]))
        .order_by(outbox.c.created)
    )
    return [_operation(row) for row in rows]


def _enqueue(
    store: Any,
    connection: Connection,
    article: Article,
    account: str,
    action: Action,
    now: datetime,
    base_version: str | None = None,
) -> Operation:
    """Insert an operation, replacing the article's unsent ones; the article's status becomes QUEUED."""
    earlier = _open_ops(connection, article.id)
    if any(op.state == OpState.SENDING and op.action != action for op in earlier):
        raise OutboxError("being_sent")
    replaced = [op for op in earlier if op.state != OpState.SENDING]
    binding = article.remote if article.remote and article.remote.account == account else None
    uncertain = _may_be_on_the_site(connection, article.id, account, earlier, bound=binding is not None)
    if replaced:
        connection.execute(
            update(outbox)
            .where(outbox.c.id.in_([op.id for op in replaced]))
            .values(state=OpState.CANCELLED.value, last_error=REPLACED.to_json(), updated=now)
        )
    values = {
        "id": str(uuid.uuid4()),
        "article_id": article.id,
        "account": account,
        "action": action.value,
        "payload": to_dict(article),
        "base_version": base_version if base_version is not None else (binding.version if binding else ""),
        "state": OpState.PENDING.value,
        "attempts": 0,
        "next_attempt_at": now,
        "last_error": "",
        "uncertain": uncertain,
        "created": now,
        "updated": now,
    }
    connection.execute(insert(outbox).values(**values))
    store.set_status(article.id, Status.QUEUED)
    return Operation(**{**values, "action": action, "state": OpState.PENDING, "last_error": NO_MESSAGE})


def _may_be_on_the_site(
    connection: Connection, article_id: str, account: str, earlier: list[Operation], *, bound: bool
) -> bool:
    """Whether a new operation must look the post up by its marker before creating one.

    Yes when an earlier operation may have reached the server unheard: one being sent right now (its
    process may die after the server acted), one flagged uncertain, or, for an article not yet bound to a
    post, any earlier operation of it on this account that was ever flagged (cancelled or failed included:
    the post it may have made is still on the site).
    """
    if any(op.uncertain or op.state == OpState.SENDING for op in earlier):
        return True
    if bound:
        return False
    flagged = connection.execute(
        select(outbox.c.id)
        .where(outbox.c.article_id == article_id, outbox.c.account == account, outbox.c.uncertain)
        .limit(1)
    ).first()
    return flagged is not None


def queue_publish(
    store: Any,
    article_id: str,
    account: str,
    *,
    now: datetime | None = None,
    base_version: str | None = None,
) -> Operation:
    """Queue the article as it is now for publishing (create or update) to ``account``.

    The operation and the status change to QUEUED are one transaction. A pending, failed or conflicting
    operation of the same article is replaced (its successor inherits the "may have reached the server"
    flag); one that is being sent right now is left alone and the new one waits behind it.
    ``base_version`` overrides the remote version the update is based on ("keep mine").
    """
    with store.transaction() as connection:
        article = store.get(article_id)
        if article.remote and article.remote.account != account:
            raise OutboxError("published_elsewhere", account=article.remote.account)
        return _enqueue(store, connection, article, account, Action.PUBLISH, now or utcnow(), base_version)


def queue_unpublish(store: Any, article_id: str, *, now: datetime | None = None) -> Operation:
    """Queue taking the article's post off the site (it becomes a WordPress draft, nothing is deleted)."""
    with store.transaction() as connection:
        article = store.get(article_id)
        if article.remote is None:
            raise OutboxError("never_published")
        return _enqueue(store, connection, article, article.remote.account, Action.UNPUBLISH, now or utcnow())


def get_operation(store: Any, op_id: str) -> Operation:
    with reading(store) as connection:
        row = connection.execute(select(outbox).where(outbox.c.id == op_id)).first()
    if row is None:
        raise OutboxError("no_operation", op_id=op_id)
    return _operation(row)


def operations(
    store: Any, *, article_id: str | None = None, states: tuple[OpState, ...] | None = None, limit: int = 200
) -> list[Operation]:
    """Operations newest first, optionally of one article and/or in some states."""
    query = select(outbox).order_by(outbox.c.created.desc(), outbox.c.id).limit(limit)
    if article_id is not None:
        query = query.where(outbox.c.article_id == article_id)
    if states is not None:
        query = query.where(outbox.c.state.in_([s.value for s in states]))
    with reading(store) as connection:
        return [_operation(row) for row in connection.execute(query)]


def latest_operation(store: Any, article_id: str) -> Operation | None:
    found = operations(store, article_id=article_id, limit=1)
    return found[0] if found else None


def next_due_time(store: Any) -> datetime | None:
    """When the earliest pending operation becomes due (None: nothing pending)."""
    with reading(store) as connection:
        return connection.execute(
            select(outbox.c.next_attempt_at)
            .where(outbox.c.state == OpState.PENDING.value)
            .order_by(outbox.c.next_attempt_at)
            .limit(1)
        ).scalar()


_SIBLING = outbox.alias("sibling")
# Another operation of the same article is being sent (built once: an alias copies every column).
_IN_FLIGHT = exists().where(
    and_(_SIBLING.c.article_id == outbox.c.article_id, _SIBLING.c.state == OpState.SENDING.value)
)


def claim_next_due(store: Any, now: datetime, *, only: set[str] | None = None) -> Operation | None:
    """Atomically take the oldest due operation into ``sending`` (article status SENDING).

    An operation whose article already has one in flight is skipped, so the operations of one article go
    out in order and never two at once, even with a GUI worker and ``copydesk sync`` side by side.
    """
    query = (
        select(outbox)
        .where(outbox.c.state == OpState.PENDING.value, outbox.c.next_attempt_at <= now, ~_IN_FLIGHT)
        .order_by(outbox.c.next_attempt_at, outbox.c.created)
        .limit(1)
    )
    if only is not None:
        query = query.where(outbox.c.id.in_(only))
    with store.transaction() as connection:
        row = connection.execute(query).first()
        if row is None:
            return None
        claimed = connection.execute(
            update(outbox)
            .where(outbox.c.id == row.id, outbox.c.state == OpState.PENDING.value)
            .values(state=OpState.SENDING.value, updated=now)
        ).rowcount
        if not claimed:
            return None
        store.set_status(row.article_id, Status.SENDING)
    return dataclasses.replace(_operation(row), state=OpState.SENDING, updated=now)


STALE_SENDING = timedelta(minutes=10)  # longer than any request may take (uploads time out at 5 min)


def recover_interrupted(
    store: Any, *, now: datetime | None = None, stale_after: timedelta = STALE_SENDING
) -> int:
    """Operations left ``sending`` by a process that died: back to pending, flagged uncertain.

    Only those in ``sending`` for longer than ``stale_after``: another process (the GUI beside a
    ``copydesk sync``) may be sending the others right now. One a newer request was queued behind is
    cancelled instead, and the newer one inherits the flag (it must look the post up by its marker before
    creating). Returns how many were recovered.
    """
    now = now or utcnow()
    with store.transaction() as connection:
        rows = connection.execute(
            select(outbox).where(
                outbox.c.state == OpState.SENDING.value, outbox.c.updated <= now - stale_after
            )
        ).all()
        for row in rows:
            newer = [op.id for op in _open_ops(connection, row.article_id) if op.id != row.id]
            if newer:
                # Superseded while it hung: the newer request replaces it and inherits its uncertainty.
                connection.execute(
                    update(outbox)
                    .where(outbox.c.id == row.id)
                    .values(
                        state=OpState.CANCELLED.value,
                        uncertain=True,
                        last_error=INTERRUPTED_AND_REPLACED.to_json(),
                        updated=now,
                    )
                )
                connection.execute(update(outbox).where(outbox.c.id.in_(newer)).values(uncertain=True))
                continue  # the article's status is already the newer request's
            connection.execute(
                update(outbox)
                .where(outbox.c.id == row.id)
                .values(state=OpState.PENDING.value, uncertain=True, next_attempt_at=now, updated=now)
            )
            store.set_status(row.article_id, Status.QUEUED)
    return len(rows)


def retry(store: Any, op_id: str, *, now: datetime | None = None) -> Operation:
    """Send a failed (or waiting) operation again now, with a fresh attempt count."""
    now = now or utcnow()
    op = get_operation(store, op_id)
    if op.state not in (OpState.FAILED, OpState.PENDING):
        raise OutboxError("not_retryable", state=str(op.state))
    with store.transaction() as connection:
        connection.execute(
            update(outbox)
            .where(outbox.c.id == op_id)
            .values(state=OpState.PENDING.value, attempts=0, next_attempt_at=now, last_error="", updated=now)
        )
        store.set_status(op.article_id, Status.QUEUED)
    return get_operation(store, op_id)


def cancel(store: Any, op_id: str, *, now: datetime | None = None) -> Operation:
    """Withdraw an operation that is not being sent; the article goes back to its resting status."""
    now = now or utcnow()
    op = get_operation(store, op_id)
    if op.state == OpState.SENDING:
        raise OutboxError("cannot_cancel_sending")
    if op.state in (OpState.DONE, OpState.CANCELLED):
        return op
    article = store.get(op.article_id)
    with store.transaction() as connection:
        connection.execute(
            update(outbox).where(outbox.c.id == op_id).values(state=OpState.CANCELLED.value, updated=now)
        )
        store.set_status(op.article_id, resting_status(store, article))
    return get_operation(store, op_id)


def resting_status(store: Any, article: Article) -> Status:
    """The status an article has with nothing in the outbox: ready, published, or changed since then."""
    if article.remote is None:
        return Status.READY
    same = article.remote.content_hash == content_hash(to_dict(article))
    return Status.PUBLISHED if same else Status.CHANGED


def purge_finished(store: Any, older_than: datetime) -> int:
    """Forget done and cancelled operations older than a date (the outbox view stays short)."""
    with store.transaction() as connection:
        return connection.execute(
            delete(outbox).where(
                outbox.c.state.in_([OpState.DONE.value, OpState.CANCELLED.value]),
                outbox.c.updated < older_than,
            )
        ).rowcount
