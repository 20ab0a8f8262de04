"""An article whose post was deleted on the site: publish it as a new post, or let go of the binding.

Without this every publish, retry, unpublish and resolve ends in "404 Invalid post ID": the binding points
at a post that is no more, and an update can never succeed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from editor.article import utcnow
from editor.cms.errors import NotFound
from editor.messages import Message
from editor.sync.outbox import Operation, OpState, OutboxError, queue_publish, resting_status
from editor.sync.tables import outbox

POST_GONE = Message("post_gone")  # why the operations of an unbound article were withdrawn
POST_DELETED = "post_deleted"  # the code of editor.sync.publisher.PostDeleted (the operation's last error)


class PostGone(OutboxError):
    """The bound post is no more (deleted, or in the site's trash): publish a new post or unbind."""


def gone(post_id: int | str) -> PostGone:
    """The error for a bound post that is no more (worded as ``post_deleted``)."""
    return PostGone(POST_DELETED, post_id=post_id)


def says_post_is_gone(message: Message) -> bool:
    """Whether an operation stopped because its post is no more: only a new post or unbinding helps (the
    CLI and the window then offer those two, never a retry that cannot succeed)."""
    return message.code == POST_DELETED


def post_is_gone(client: Any, post_id: int) -> bool:
    """Deleted (404) or in the site's trash."""
    try:
        return client.get(post_id).status == "trash"
    except NotFound:
        return True


def unbind(store: Any, article_id: str) -> None:
    """Forget the article's post: its unsent operations are withdrawn; the article is ready to publish."""
    with store.transaction() as connection:
        article = store.get(article_id)
        if article.remote is None:
            raise OutboxError("not_bound")
        mine = outbox.c.article_id == article_id
        if connection.execute(
            select(outbox.c.id).where(mine, outbox.c.state == OpState.SENDING.value)
        ).first():
            raise OutboxError("being_sent")
        waiting = [OpState.PENDING.value, OpState.FAILED.value, OpState.CONFLICT.value]
        connection.execute(
            update(outbox)
            .where(mine, outbox.c.state.in_(waiting))
            .values(state=OpState.CANCELLED.value, last_error=POST_GONE.to_json(), updated=utcnow())
        )
        store.set_remote(article_id, None)
        store.set_status(article_id, resting_status(store, article.copy(remote=None)))


def publish_new(store: Any, accounts: Any, article_id: str) -> Operation:
    """Publish the article as a new post, once its old post is really gone from the site."""
    article = store.get(article_id)
    if article.remote is None:
        raise OutboxError("not_bound_publish")
    account = article.remote.account
    client = accounts.client(account)
    try:
        if not post_is_gone(client, article.remote.remote_id):
            raise OutboxError("post_still_there")
    finally:
        close = getattr(client, "close", None)
        if close is not None:
            close()
    with store.transaction():
        unbind(store, article_id)
        return queue_publish(store, article_id, account)
