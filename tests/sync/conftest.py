"""Fixtures for the outbox tests: the real test WordPress, real clients for it, a fully filled article.

The WordPress fixtures come from the tests/wordpress/fixtures.py plugin (one site per test run), which
the test modules load with ``pytest_plugins``. ``SiteAccounts``
stands where the account store stands in the app (``client(name)``), building real ``WordPressClient``s
for a given address: the site itself, or the fault proxy in front of it, with short timeouts so the
stall tests do not wait 30 s.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
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
    Status,
)
from editor.cms.wordpress import WordPressClient
from tests.faultproxy import FaultProxy
from tests.wordpress.server import WordPressServer

ACCOUNT = "site"


@dataclass
class SiteAccounts:
    """Real clients for one site (``accounts.client(name)`` as the app's account store gives them)."""

    url: str
    username: str
    password: str
    read_timeout: float = 30.0

    def client(self, name: str) -> WordPressClient:
        timeout = httpx.Timeout(self.read_timeout, connect=10.0)
        return WordPressClient(self.url, self.username, self.password, account_name=name, timeout=timeout)


@pytest.fixture
def accounts(wordpress: WordPressServer) -> SiteAccounts:
    return SiteAccounts(wordpress.base_url, wordpress.username, wordpress.app_password)


@pytest.fixture
def proxy(wordpress: WordPressServer) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", wordpress.port, stall_seconds=10) as running:
        yield running


@pytest.fixture
def proxied_accounts(wordpress: WordPressServer, proxy: FaultProxy) -> SiteAccounts:
    return SiteAccounts(proxy.base_url, wordpress.username, wordpress.app_password, read_timeout=1.5)


def png_bytes(width: int = 4, height: int = 3, rgb: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A valid PNG of one colour (WordPress runs uploads through GD, so it must be a real image)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def full_article(folder: Path, *, tag: str = "", body_image: bool = True) -> Article:
    """An article with every field a journalist fills in, and images on the local disk.

    ``body_image=False`` leaves the local image out of the body: the pre-publish checklist (editor.render)
    currently refuses local image paths as "not a full web address", so the CLI tests go without it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    featured = folder / "harbour.png"
    featured.write_bytes(png_bytes(rgb=(10, 120, 200)))
    inline = folder / "map.png"
    inline.write_bytes(png_bytes(rgb=(30, 200, 60)))
    suffix = f" {tag}" if tag else ""
    return Article(
        headline=f"Storm closes the harbour{suffix}",
        standfirst="Ferries stay in port as winds reach 120 km/h.",
        body=(
            "Winds of up to 120 km/h closed the harbour on Tuesday.\n\n"
            '"We have never seen waves like this," said harbour master Ana Silva.\n\n'
            + (f"![Map of the closed quays]({inline})\n\n" if body_image else "")
            + "## What happens next\n\nThe port authority will review the closure at noon."
        ),
        bylines=[Byline("Maria Keller"), Byline("Jon Ruiz", BylineRole.PHOTOGRAPHER)],
        credit_line="with AFP",
        dateline="LISBON",
        sources=[
            Source("Agence France-Presse", SourceKind.NEWS_AGENCY, "https://www.afp.com/"),
            Source("Ana Silva", SourceKind.INTERVIEW, note="harbour master"),
        ],
        related=[RelatedLink("Last winter's storms", "https://example.org/storms-2025")],
        section="Weather",
        tags=["storm", "Lisbon", "ports"],
        slug=f"storm-closes-harbour{('-' + tag) if tag else ''}",
        featured_image=FeaturedImage(
            str(featured), "The empty harbour", "Jon Ruiz", "Empty quay in the rain"
        ),
        editors_note="CHECK-WITH-DESK: do not publish the skipper's name",
        status=Status.READY,
        origin=Origin(placed=[str(featured), str(inline)]),  # both put in through the window
        created=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
    )


@contextmanager
def account_in_keyring(data_dir: Path, name: str, url: str, wordpress: WordPressServer) -> Iterator[str]:
    """An account ``name`` for ``url`` in the data folder's AccountStore, its password in the real keyring."""
    import keyring

    from editor.cms.accounts import AccountStore, KeyringUnavailable

    backend = type(keyring.get_keyring()).__module__
    if "SecretService" not in type(keyring.get_keyring()).__name__ and "secretservice" not in backend.lower():
        message = f"no Secret Service keyring ({backend}); run under dbus-run-session (tests/run.sh)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    accounts = AccountStore(data_dir)
    try:
        accounts.add(name, url, wordpress.username, wordpress.app_password)
    except KeyringUnavailable as exc:
        pytest.fail(str(exc))
    try:
        yield name
    finally:
        if name in {account.name for account in accounts.list()}:  # the test may have removed it
            accounts.remove(name)


@pytest.fixture
def keyring_account(data_dir: Path, wordpress: WordPressServer) -> Iterator[str]:
    """An account ``site`` in the data folder's AccountStore, its password in the real keyring."""
    with account_in_keyring(data_dir, ACCOUNT, wordpress.base_url, wordpress) as name:
        yield name


def assert_post_has_every_field(wordpress: WordPressServer, article: Article, post: dict) -> None:
    """The post read back through REST carries every published field of the article, and nothing local."""
    assert post["status"] == "publish"
    assert post["title"]["raw"] == article.headline
    assert post["excerpt"]["raw"] == article.standfirst
    assert post["slug"] == article.slug
    content = post["content"]["raw"]
    expected_parts = [article.dateline, article.credit_line, "What happens next", "Sources", "Related"]
    expected_parts += [b.name for b in article.bylines] + [s.name for s in article.sources]
    expected_parts += [r.title for r in article.related] + ["Winds of up to 120 km/h"]
    for expected in expected_parts:
        assert expected.replace("'", "&#8217;") in content or expected in content, expected
    assert article.editors_note not in content  # the editor's note is never sent
    assert "file:" not in content and str(Path(article.featured_image.path).parent) not in content
    if "![" in article.body:
        assert "/wp-content/uploads/" in content  # the body image points at the site's copy
    with wordpress.rest() as client:
        names = {
            taxonomy: {client.get(f"/wp/v2/{taxonomy}/{i}").json()["name"] for i in post[taxonomy]}
            for taxonomy in ("categories", "tags")
        }
        assert post["featured_media"]
        media = client.get(f"/wp/v2/media/{post['featured_media']}", params={"context": "edit"}).json()
    assert names == {"categories": {article.section}, "tags": set(article.tags)}
    assert media["alt_text"] == article.featured_image.alt


def posts_marked(wordpress: WordPressServer, article_id: str) -> list[dict]:
    """Every post on the site (any status but trash) carrying this article's marker."""
    return [p for p in wordpress.list_posts(search=article_id) if article_id in p["content"]["raw"]]
