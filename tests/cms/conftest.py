"""Fixtures for the CMS tests: a client logged in to the real test WordPress, a fully filled article."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from editor.article import (
    Article,
    Byline,
    BylineRole,
    FeaturedImage,
    Origin,
    RelatedLink,
    Source,
    SourceKind,
)
from editor.cms.wordpress import WordPressClient
from tests.wordpress.server import WordPressServer


@pytest.fixture
def client(wordpress: WordPressServer) -> Iterator[WordPressClient]:
    with WordPressClient(wordpress.base_url, wordpress.username, wordpress.app_password) as opened:
        yield opened


def write_png(path: Path, colour: tuple[int, int, int] = (200, 30, 30), size: int = 8) -> Path:
    """A small real PNG (WordPress checks the bytes, not only the name)."""
    import struct
    import zlib

    raw = b"".join(b"\x00" + bytes(colour) * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture
def full_article(tmp_path: Path) -> Article:
    """Every field a journalist fills in, with a featured image on disk."""
    image = write_png(tmp_path / "harbour.png", (20, 90, 160))
    return Article(
        headline="Storm floods the harbour & old town",
        standfirst="Hundreds evacuated as the sea wall gives way overnight.",
        body='Water rose **two metres** in an hour.\n\n## Evacuation\n\n"We lost everything," said a baker.',
        bylines=[Byline("Jane Roe"), Byline("Max Mustermann", BylineRole.PHOTOGRAPHER)],
        credit_line="with AFP",
        dateline="GDANSK",
        sources=[
            Source("Port Authority", SourceKind.DOCUMENT, "https://port.example.org/report", "bulletin 4")
        ],
        related=[RelatedLink("Sea wall was due for repair", "https://news.example.org/sea-wall")],
        section="World",
        tags=["Storms", "Poland"],
        slug=f"storm-floods-harbour-{uuid.uuid4().hex[:6]}",  # the site is shared by the whole run
        featured_image=FeaturedImage(
            str(image), "The flooded quay at dawn.", "Photo: Max Mustermann", "A quay under water"
        ),
        embargo=None,
        editors_note="SECRET-NOTE: check the mayor's quote before 6pm",
        origin=Origin(placed=[str(image)]),  # chosen with the featured image's picker
        created=datetime(2026, 11, 25, tzinfo=UTC),
    )
