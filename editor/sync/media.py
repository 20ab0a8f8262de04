"""The per-account map of files already uploaded, so an image is never uploaded twice.

``editor.cms.media`` keys uploads by the SHA-256 of the file's bytes (the same photo under two names is one
upload); this module keeps that map in the store's database (``sync_media``), each upload saved as soon as
it lands, before the next file or the post itself is sent, so a retry or a later update reuses them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select

from editor.article import utcnow
from editor.cms.media import MediaRef
from editor.sync.outbox import reading
from editor.sync.tables import sync_media


def load_known_media(store: Any, account: str) -> dict[str, MediaRef]:
    with reading(store) as connection:
        rows = connection.execute(
            select(sync_media.c.file_hash, sync_media.c.remote_id, sync_media.c.url).where(
                sync_media.c.account == account
            )
        )
        return {row.file_hash: MediaRef(row.remote_id, row.url) for row in rows}


def remember_upload(store: Any, account: str, digest: str, ref: MediaRef) -> None:
    """Record one upload, in its own transaction, the moment it is on the site."""
    with store.transaction() as connection:
        connection.execute(
            insert(sync_media)
            .prefix_with("OR REPLACE")
            .values(account=account, file_hash=digest, remote_id=ref.id, url=ref.url, created=utcnow())
        )
