"""Leaving a conflict (keep mine / take theirs / cancel) and pulling a remote post into a local article.

A conflict means the post was edited on the site after Copydesk last saw it, and nothing was sent.
* keep mine: queue the article again, based on the site's current version: the update then overwrites
  the site's edit (and stops again if the site changes once more before it is sent);
* take theirs: the site's version becomes the article's text, recorded as a new revision (the local text
  stays in the history), and the binding moves to the site's current version;
* cancel: withdraw the operation; the article keeps its text (changed since publish) and the next publish
  meets the site's edit again and asks again.
"""

from __future__ import annotations

import dataclasses
from enum import StrEnum
from typing import Any

from editor.article import Article, RemoteBinding, Status, new_id, to_dict, utcnow
from editor.cms.client import CmsClient, remote_fields_hash
from editor.store.rows import content_hash
from editor.sync.gone import gone, post_is_gone
from editor.sync.outbox import (
    Operation,
    OpState,
    OutboxError,
    cancel,
    operations,
    queue_publish,
)

TOOK_THEIRS_REASON = "took the version from the site"
KEPT_LOCAL_REASON = "local version before taking the site's"


class Choice(StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    CANCEL = "cancel"


def open_conflict(store: Any, article_id: str) -> Operation | None:
    found = operations(store, article_id=article_id, states=(OpState.CONFLICT,), limit=1)
    return found[0] if found else None


def resolve_conflict(store: Any, accounts: Any, article_id: str, choice: Choice | str) -> Operation | None:
    """Apply the user's choice; returns the new operation for keep mine, else None."""
    choice = Choice(choice)
    conflict = open_conflict(store, article_id)
    if conflict is None:
        raise OutboxError("no_conflict")
    if choice == Choice.CANCEL:
        cancel(store, conflict.id)  # the next publish meets the site's edit again and asks again
        return None
    article = store.get(article_id)
    if article.remote is None:
        raise OutboxError("not_bound_any_more")
    client = accounts.client(conflict.account)
    try:
        if post_is_gone(client, article.remote.remote_id):
            raise gone(article.remote.remote_id)
        if choice == Choice.KEEP_MINE:
            remote = client.get(article.remote.remote_id)
            # The user has seen this version and chose to replace it: it is the one the update is based on.
            accepted = dataclasses.replace(article.remote, remote_fields_hash=remote_fields_hash(remote))
            store.set_remote(article_id, accepted)
            return queue_publish(store, article_id, conflict.account, base_version=remote.version)
        take_theirs(store, client, article, conflict)
        return None
    finally:
        client.close()


def take_theirs(store: Any, client: CmsClient, local: Article, conflict: Operation) -> Article:
    """The site's post becomes the article's current text (a new revision); the binding follows it."""
    assert local.remote is not None
    live = _is_live(client, local.remote.remote_id)
    pulled = client.pull(local.remote.remote_id)
    theirs = pulled.copy(id=local.id, editors_note=local.editors_note, created=local.created.isoformat())
    binding = _binding(conflict.account, pulled, theirs)
    with store.transaction():
        store.replace(theirs, reason=TOOK_THEIRS_REASON, kept_reason=KEPT_LOCAL_REASON)
        store.set_remote(local.id, binding)
        cancel(store, conflict.id)
        store.set_status(local.id, Status.PUBLISHED if live else Status.DRAFT)
    return store.get(local.id)


def pull_post(store: Any, client: CmsClient, account: str, post_id: int | str) -> Article:
    """A new local article made from the remote post ``post_id`` and bound to it.

    The post's marker names the article it was published from; when that article is in this library the
    pull gets a fresh id, so it never overwrites the local article.
    """
    live = _is_live(client, post_id)
    pulled = client.pull(post_id)
    status = Status.PUBLISHED if live else Status.DRAFT
    article = pulled.copy(status=status.value, id=new_id() if store.exists(pulled.id) else pulled.id)
    article.remote = _binding(account, pulled, article)
    return store.replace(article, reason=f"pulled from {account}", kept_reason=KEPT_LOCAL_REASON)


def _binding(account: str, pulled: Article, content: Article) -> RemoteBinding:
    remote = pulled.remote
    if remote is None:
        raise OutboxError("no_post_id")
    return RemoteBinding(
        account=account,
        remote_id=remote.remote_id,
        url=remote.url,
        version=remote.version,
        content_hash=content_hash(to_dict(content)),
        last_sync=utcnow(),
        remote_fields_hash=remote.remote_fields_hash,
    )


def _is_live(client: CmsClient, post_id: int) -> bool:
    """Published (or scheduled) on the site: the local copy is then "published", else a draft."""
    return client.get(post_id).status in ("publish", "future", "private")
