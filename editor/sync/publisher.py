"""Sending one outbox operation to the CMS: the part of the outbox that talks HTTP.

Order of a publish: (1) find out which post this is and whether someone else changed it, before spending
anything on uploads; (2) upload the featured image and the body's local images (each remembered at once,
never uploaded twice), make sure the section and tags exist; (3) one create or update. The client starts
from the account's stored site cache (API root, term ids) and what it learnt is stored afterwards, so a
first-ever create of an article whose section and tags were used before is a single request.

No duplicates: an article bound to a post always updates that post. An article without a binding whose
earlier attempt may have reached the server (``op.uncertain``) is first looked up by its marker, and a post
found that way is adopted rather than created again.

No silent overwrites: before an update the post is fetched and its ``modified_gmt`` compared with the
newest stamp we know (the binding's, or the one the user accepted with "keep mine"), and its raw fields
with the hash the binding keeps of what the site last answered: ``modified_gmt`` has one-second
resolution, so an edit in the same second as ours shows only in the fields. WordPress has no conditional
update, so the window between that GET and the write is the one left open (about the time of one request).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from editor.article import Article, RemoteBinding
from editor.cms.client import CmsClient, RemotePost, remote_fields_hash
from editor.cms.errors import NotFound
from editor.store.rows import content_hash
from editor.sync.gone import gone_message
from editor.sync.outbox import Action, Operation, OutboxError
from editor.sync.preparation import Progress, prepare_fields
from editor.sync.site_cache import keep_learnt, prime


class ConflictDetected(Exception):
    """The post was changed on the site since we last saw it: nothing was sent."""

    def __init__(self, remote: RemotePost, expected: str) -> None:
        super().__init__(
            f"The post was edited on the site (changed {remote.modified_gmt} UTC; Copydesk last saw "
            f"{expected or 'no version'}). Nothing was sent: choose keep mine, take theirs or cancel."
        )
        self.remote = remote
        self.expected = expected


class PostDeleted(NotFound):
    """The bound post is gone from the site: only a new post or unbinding moves the article on."""


class SendFailed(Exception):
    """Sending failed with ``cause``; ``write_in_flight`` when the create/update itself was under way."""

    def __init__(self, cause: BaseException, write_in_flight: bool) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.write_in_flight = write_in_flight


@dataclass(frozen=True, slots=True)
class Sent:
    remote_id: int
    url: str
    modified_gmt: str
    content_hash: str  # of the article content sent (editor.store's hash), to tell later local edits
    updated: bool  # a post already bound was updated (False: created, or adopted after a lost answer)
    remote_status: str
    remote_fields_hash: str = ""  # of the post as the site answered (editor.cms.client.remote_fields_hash)


@dataclass
class _Stage:
    write_in_flight: bool = False


def expected_stamp(op: Operation, binding: RemoteBinding) -> str:
    """The newest remote version we know of: the binding's, or a newer one the user accepted."""
    return max(op.base_modified_gmt, binding.modified_gmt)


def send_operation(
    store: Any,
    client: CmsClient,
    op: Operation,
    *,
    progress: Progress | None = None,
) -> Sent:
    """Perform ``op`` against ``client``. Raises ConflictDetected, or SendFailed wrapping the cause."""
    stage = _Stage()
    try:
        current = store.get(op.article_id)
        binding = current.remote if current.remote and current.remote.account == op.account else None
        published = op.article if op.action == Action.PUBLISH else None
        known = prime(store, client, op.account, published)
        try:
            if op.action == Action.UNPUBLISH:
                return _unpublish(client, op, binding, stage)
            return _publish(store, client, op, binding, stage, progress)
        finally:
            keep_learnt(store, client, op.account, known, published)
    except ConflictDetected:
        raise
    except Exception as exc:
        raise SendFailed(exc, stage.write_in_flight) from exc


def _publish(
    store: Any,
    client: CmsClient,
    op: Operation,
    binding: RemoteBinding | None,
    stage: _Stage,
    progress: Progress | None,
) -> Sent:
    article: Article = op.article
    target: RemotePost | None = None
    unexplained_change = False
    if binding is not None:
        target = _bound_post(client, binding)
        expected = expected_stamp(op, binding)
        if target.modified_gmt != expected or _edited_in_the_same_second(target, binding):
            if not op.uncertain:
                raise ConflictDetected(target, expected)
            unexplained_change = True  # maybe our own lost update: decided once the fields are known
    elif op.uncertain:
        target = client.find_by_marker(article.id)  # the post a lost create made, adopted
    fields = prepare_fields(store, client, op.account, article, progress)
    if unexplained_change and binding is not None and target is not None and not _is_ours(target, fields):
        raise ConflictDetected(target, expected_stamp(op, binding))
    stage.write_in_flight = True
    post = client.update(target.id, fields) if target is not None else client.create(fields)
    sent_hash = content_hash(op.payload)
    return Sent(
        post.id,
        post.link,
        post.modified_gmt,
        sent_hash,
        binding is not None,
        post.status,
        remote_fields_hash(post),
    )


def _edited_in_the_same_second(remote: RemotePost, binding: RemoteBinding) -> bool:
    """The post differs from what we last sent or pulled although its stamp did not move."""
    return bool(binding.remote_fields_hash) and remote_fields_hash(remote) != binding.remote_fields_hash


def _bound_post(client: CmsClient, binding: RemoteBinding) -> RemotePost:
    """The post the article is bound to; a deleted or trashed one is said so, with the way forward (an
    update would bring a trashed post back to the site, or fail with WordPress's 404)."""
    try:
        post = client.get(binding.remote_id)
    except NotFound as gone:
        raise PostDeleted(gone_message(binding.remote_id), status=gone.status, code=gone.code) from gone
    if post.status == "trash":
        raise PostDeleted(gone_message(binding.remote_id))
    return post


def _is_ours(remote: RemotePost, fields: dict[str, Any]) -> bool:
    """After an update whose answer was lost the post carries our own text: not a conflict."""
    return remote.title == fields.get("title") and remote.content == fields.get("content")


def _unpublish(client: CmsClient, op: Operation, binding: RemoteBinding | None, stage: _Stage) -> Sent:
    if binding is None:
        raise OutboxError("This article is not bound to a post on that account: nothing to unpublish.")
    before = _bound_post(client, binding)
    seen_everything = before.modified_gmt == expected_stamp(op, binding) and not _edited_in_the_same_second(
        before, binding
    )
    stage.write_in_flight = True
    post = client.unpublish(binding.remote_id)
    # Taking a post down loses nobody's work, so it goes ahead even after an edit on the site; but the
    # stamp we keep is then the old one, so the next publish still stops at that unseen edit.
    stamp = post.modified_gmt if seen_everything else binding.modified_gmt
    fields_hash = remote_fields_hash(post) if seen_everything else binding.remote_fields_hash
    return Sent(post.id, post.link, stamp, binding.content_hash, True, post.status, fields_hash)
