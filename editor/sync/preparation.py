"""Turning a queued article into the fields of one create/update (media first, terms, rendered HTML).

The work itself is ``editor.cms.prepare.prepare_post``; this module gives it the renderer and the
account's map of uploaded files, and saves the new uploads before the post is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from editor.article import Article
from editor.cms.client import CmsClient
from editor.cms.prepare import prepare_post
from editor.render import render_article
from editor.sync.media import load_known_media, save_known_media

Progress = Callable[[str, int, int], None]  # (what, done, total), e.g. ("Uploading images", 0, 1)


def prepare_fields(
    store: Any, client: CmsClient, account: str, article: Article, progress: Progress | None = None
) -> dict[str, Any]:
    """The post fields for ``article``: its images uploaded (unless already uploaded), terms ensured."""
    known = load_known_media(store, account)
    if progress is not None:
        progress("Uploading images and preparing the post", 0, 2)
    prepared = prepare_post(client, article, render=render_article, known_media=known)
    save_known_media(store, account, known, prepared.known_media)
    if progress is not None:
        progress("Sending the post", 1, 2)
    return prepared.fields
