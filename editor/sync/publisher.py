"""Sending one outbox operation to the CMS: the part of the outbox that talks HTTP.

Order of a publish: (1) find out which post this is and whether someone else changed it, before spending
anything on uploads; (2) upload the featured image and the body's local images (each remembered at once,
never uploaded twice), make sure the section and tags exist; (3) one create or update. The client starts
from the account's stored site cache (API root, term ids) and what it learnt is stored afterwards, so a
first-ever create of an article whose section and tags were used before is a single request.

No duplicates: an article bound to a post always updates that post. An article without a binding whose
earlier attempt may have reached the server (``op.uncertain``) is first looked up by its marker, and a post
found that way is adopted rather than created again.

No silent overwrites, whatever the CMS: before an update the post is fetched and its version compared
with the newest one we know (the binding's, or the one the user accepted with "keep mine"), and its
fields with the hash the binding keeps of what the site last answered: both CMSs stamp versions to the
second, so an edit in the same second as ours shows only in the fields. The update then carries the
version it was checked at: a CMS with a conditional update (Ghost: ``updated_at``, 409) refuses it if the
post moved in between, and the client raises the same :class:`ConflictDetected`; WordPress has none, so
there the window between that GET and the write is the one left open (about the time of one request).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from editor.article import Article, RemoteBinding
from editor.cms.client import CmsClient, ConflictDetected, RemotePost, remote_fields_hash
from editor.cms.errors import NotFound
from editor.store.rows import content_hash
from editor.sync.gone import POST_DELETED
from editor.sync.outbox import Action, Operation, OutboxError
from editor.sync.preparation import Progress, prepare_draft
from editor.sync.site_cache import keep_learnt, prime


class PostDeleted(NotFound):
    """The bound post is gone from the site: only a new post or unbinding moves the article on."""

    key = POST_DELETED

    def __init__(self, post_id: int | str, *, status: int | None = None, code: str = "") -> None:
        super().__init__(self.key, status=status, code=code)
        self.post_id = post_id

    @property
    def params(self) -> dict[str, Any]:
        return {"post_id": self.post_id}


class SendFailed(Exception):
    """Sending failed with ``cause``; ``write_in_flight`` when the create/update itself was under way."""

    def __init__(self, cause: BaseException, write_in_flight: bool) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.write_in_flight = write_in_flight


@dataclass(frozen=True, slots=True)
class Sent:
    remote_id: int | str
    url: str
    version: str
    content_hash: str  # of the article content sent (editor.store's hash), to tell later local edits
    updated: bool  # a post already bound was updated (False: created, or adopted after a lost answer)
    remote_status: str
    remote_fields_hash: str = ""  # of the post as the site answered (editor.cms.client.remote_fields_hash)


@dataclass
class _Stage:
    write_in_flight: bool = False


def expected_stamp(op: Operation, binding: RemoteBinding) -> str:
    """The newest remote version we know of: the one the operation was queued on (the binding's then, or
    one the user accepted with "keep mine"), unless a send that finished after it was queued moved the
    binding on. Versions are opaque: which is newer is told by when they were recorded, not by value."""
    if binding.last_sync is not None and binding.last_sync > op.created:
        return binding.version
    return op.base_version or binding.version


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
        if target.version != expected or _edited_in_the_same_second(target, binding):
            if not op.uncertain:
                raise ConflictDetected(target, expected)
            unexplained_change = True  # maybe our own lost update: decided once the fields are known
    elif op.uncertain:
        target = client.find_by_marker(article.id)  # the post a lost create made, adopted
    draft = prepare_draft(store, client, op.account, article, progress)
    if (
        unexplained_change
        and binding is not None
        and target is not None
        and not client.carries(target, draft)
    ):
        raise ConflictDetected(target, expected_stamp(op, binding))
    stage.write_in_flight = True
    if target is not None:
        post = client.update(target.id, draft, version=target.version)
    else:
        post = client.create(draft)
    sent_hash = content_hash(op.payload)
    return Sent(
        post.id,
        post.link,
        post.version,
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
        raise PostDeleted(binding.remote_id, status=gone.status, code=gone.code) from gone
    if post.status == "trash":
        raise PostDeleted(binding.remote_id)
    return post


def _unpublish(client: CmsClient, op: Operation, binding: RemoteBinding | None, stage: _Stage) -> Sent:
    if binding is None:
        raise OutboxError("not_bound_here")
    before = _bound_post(client, binding)
    seen_everything = before.version == expected_stamp(op, binding) and not _edited_in_the_same_second(
        before, binding
    )
    stage.write_in_flight = True
    post = client.unpublish(binding.remote_id, version=before.version)
    # Taking a post down loses nobody's work, so it goes ahead even after an edit on the site; but the
    # stamp we keep is then the old one, so the next publish still stops at that unseen edit.
    stamp = post.version if seen_everything else binding.version
    fields_hash = remote_fields_hash(post) if seen_everything else binding.remote_fields_hash
    return Sent(post.id, post.link, stamp, binding.content_hash, True, post.status, fields_hash)
