"""Turning a queued article into the :class:`PostDraft` of one create/update (media first, rendered HTML).

The work itself is ``editor.cms.prepare.prepare_post``; this module gives it the renderer and the
account's map of uploaded files, records each upload the moment it lands (a publish that fails at the
third image does not upload the first two again), and reports progress file by file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from editor.article import Article
from editor.cms.client import CmsClient
from editor.cms.draft import PostDraft
from editor.cms.media import MediaRef
from editor.cms.prepare import pending_uploads, prepare_post
from editor.messages import Message
from editor.render import render_article
from editor.sync.media import load_known_media, remember_upload

Progress = Callable[[Message, int, int], None]
"""(what, done, total): ``Message("uploading", {"name": "map.png", "number": 1, "of": 2})``, 0, 3 — worded
where it is shown (editor.cli.messages, editor.ui.messages)."""


def prepare_draft(
    store: Any, client: CmsClient, account: str, article: Article, progress: Progress | None = None
) -> PostDraft:
    """The draft of ``article``, its images uploaded (unless already uploaded).

    ``progress`` hears of each upload before it starts, then of the post being sent: ``total`` is the
    number of files to upload plus one.
    """
    known = load_known_media(store, account)

    def uploaded(digest: str, ref: MediaRef) -> None:
        remember_upload(store, account, digest, ref)

    announce = None
    total = 1
    if progress is not None:
        uploads = len(pending_uploads(article, known))
        total = uploads + 1
        started: list[Path] = []

        def announce(path: Path) -> None:
            what = Message("uploading", {"name": path.name, "number": len(started) + 1, "of": uploads})
            progress(what, len(started), total)
            started.append(path)

    prepared = prepare_post(
        client, article, render=render_article, known_media=known, progress=announce, uploaded=uploaded
    )
    if progress is not None:
        progress(Message("sending_post"), total - 1, total)
    return prepared.draft
