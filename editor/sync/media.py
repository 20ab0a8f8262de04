"""The per-account map of files already uploaded, so an image is never uploaded twice.

``editor.cms.media`` keys uploads by the SHA-256 of the file's bytes (the same photo under two names is one
upload); this module keeps that map in the store's database (``sync_media``), saved right after the
uploads of a publish and before the post itself is sent, so a retry or a later update reuses them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select

from editor.article import utcnow
from editor.cms.media import MediaRef
from editor.sync.outbox import reading
from editor.sync.tables import sync_media


def load_known_media(store: Any, account: str) -> dict[str, MediaRef]:
    with reading(store) as session:
        rows = session.execute(
            select(sync_media.c.file_hash, sync_media.c.remote_id, sync_media.c.url).where(
                sync_media.c.account == account
            )
        )
        return {row.file_hash: MediaRef(row.remote_id, row.url) for row in rows}


def save_known_media(
    store: Any, account: str, before: dict[str, MediaRef], after: dict[str, MediaRef]
) -> int:
    """Record the uploads in ``after`` that ``before`` did not have; returns how many."""
    new = {digest: ref for digest, ref in after.items() if before.get(digest) != ref}
    if not new:
        return 0
    now = utcnow()
    with store.transaction() as session:
        for digest, ref in new.items():
            session.execute(
                insert(sync_media)
                .prefix_with("OR REPLACE")
                .values(account=account, file_hash=digest, remote_id=ref.id, url=ref.url, created=now)
            )
    return len(new)
