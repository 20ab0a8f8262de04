"""The map of files already uploaded to an account, so an image is never uploaded twice.

Keyed by the SHA-256 of the file's bytes (not its path): the same photo saved under two names is one
upload, and a file edited in place is a new one. Each upload is remembered in its own small transaction
right after the server answered, so a publish that fails later (or a retry) reuses it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from editor.article import utcnow
from editor.sync.outbox import reading
from editor.sync.tables import sync_media


@dataclass(frozen=True, slots=True)
class UploadedFile:
    remote_id: int
    url: str


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class MediaMap:
    """Uploaded files of one account in the store's database."""

    def __init__(self, store: Any, account: str) -> None:
        self.store = store
        self.account = account

    def lookup(self, path: Path) -> UploadedFile | None:
        """The earlier upload of this file's bytes, or None (also None when the file is unreadable)."""
        try:
            key = file_hash(path)
        except OSError:
            return None
        with reading(self.store) as session:
            row = session.execute(
                select(sync_media.c.remote_id, sync_media.c.url).where(
                    sync_media.c.account == self.account, sync_media.c.file_hash == key
                )
            ).first()
        return UploadedFile(row.remote_id, row.url) if row else None

    def remember(self, path: Path, remote_id: int, url: str) -> None:
        key = file_hash(path)
        with self.store.transaction() as session:
            session.execute(
                insert(sync_media)
                .values(
                    account=self.account,
                    file_hash=key,
                    remote_id=remote_id,
                    url=url,
                    source_name=path.name,
                    created=utcnow(),
                )
                .prefix_with("OR REPLACE")
            )

    def count(self) -> int:
        with reading(self.store) as session:
            return len(
                session.execute(
                    select(sync_media.c.file_hash).where(sync_media.c.account == self.account)
                ).all()
            )
