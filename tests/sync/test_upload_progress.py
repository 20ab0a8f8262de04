"""Media uploads of a publish: progress file by file, and each upload kept the moment it lands.

Uploads are counted by the fault proxy (tests/faultproxy.py) with no fault set: it only forwards.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from editor.article import Origin, Status, utcnow
from editor.cli.messages import describe
from editor.messages import Message
from editor.store import ArticleStore
from editor.sync.media import load_known_media
from editor.sync.outbox import queue_publish, retry
from editor.sync.worker import Result, drain
from tests.faultproxy import Fault, FaultProxy, FaultRule
from tests.sync.conftest import ACCOUNT, SiteAccounts, full_article, png_bytes, posts_marked
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress


def test_an_upload_is_kept_when_a_later_image_fails_and_progress_names_each_file(
    store: ArticleStore, wordpress: WordPressServer, proxy: FaultProxy, tmp_path: Path
) -> None:
    tag = uuid.uuid4().hex[:8]
    article = full_article(tmp_path, tag=tag)
    # Fresh bytes for this test, so no earlier test's upload of the same picture counts.
    Path(article.featured_image.path).write_bytes(png_bytes(rgb=(7, 77, int(tag[:2], 16))))
    body_image = tmp_path / "map.png"
    body_image.unlink()  # moved away after writing: the publish stops at it
    store.save(article)
    accounts = SiteAccounts(proxy.base_url, wordpress.username, wordpress.app_password, read_timeout=60)
    op = queue_publish(store, article.id, ACCOUNT)
    steps: list[tuple[str, int, int]] = []

    def heard(what: Message, done: int, total: int) -> None:
        steps.append((describe(what), done, total))

    report = drain(store, accounts, progress=heard)

    assert [o.result for o in report.outcomes] == [Result.FAILED]
    assert "map.png" in describe(report.outcomes[0].message)
    assert steps == [("Uploading harbour.png (1 of 1)", 0, 2)]
    assert len(proxy.requests("POST", "/wp/v2/media")) == 1
    assert len(load_known_media(store, ACCOUNT)) == 1  # the featured image is on the site, and we know it
    assert posts_marked(wordpress, article.id) == []

    body_image.write_bytes(png_bytes(rgb=(30, 200, int(tag[2:4], 16))))  # back where the body says
    retry(store, op.id)
    steps.clear()
    report = drain(store, accounts, progress=heard)

    assert [o.result for o in report.outcomes] == [Result.PUBLISHED]
    assert steps == [("Uploading map.png (1 of 1)", 0, 2), ("Sending the post", 1, 2)]
    assert len(proxy.requests("POST", "/wp/v2/media")) == 2  # the featured image was not sent again
    assert len(load_known_media(store, ACCOUNT)) == 2
    assert store.get(article.id).status == Status.PUBLISHED
    post = posts_marked(wordpress, article.id)
    assert len(post) == 1 and post[0]["featured_media"]


def test_a_lost_upload_answer_does_not_upload_the_image_twice(
    store: ArticleStore, wordpress: WordPressServer, proxy: FaultProxy, tmp_path: Path
) -> None:
    tag = uuid.uuid4().hex[:8]
    article = full_article(tmp_path, tag=tag, body_image=False)
    picture = tmp_path / f"quay-{tag}.png"  # a name no other test uploads
    picture.write_bytes(png_bytes(rgb=(int(tag[:2], 16), int(tag[2:4], 16), int(tag[4:6], 16))))
    article = article.copy(
        featured_image=dataclasses.replace(article.featured_image, path=str(picture)),
        origin=Origin(placed=[str(picture)]),  # chosen with the featured image's picker
    )
    store.save(article)
    accounts = SiteAccounts(proxy.base_url, wordpress.username, wordpress.app_password, read_timeout=60)
    queue_publish(store, article.id, ACCOUNT)
    proxy.add_rule(FaultRule(Fault.CUT_AFTER_FORWARD, method="POST", path_contains="/wp/v2/media"))

    first = drain(store, accounts)
    assert [o.result for o in first.outcomes] == [Result.RETRYING]  # the upload's answer was lost
    later = utcnow() + timedelta(hours=1)
    again = drain(store, accounts, clock=lambda: later)

    assert [o.result for o in again.outcomes] == [Result.PUBLISHED]
    with wordpress.rest() as rest:
        media = rest.get("/wp/v2/media", params={"per_page": 100, "context": "edit"}).json()
    ours = [m for m in media if tag in m["source_url"]]
    assert len(ours) == 1, [m["id"] for m in ours]
    post = posts_marked(wordpress, article.id)
    assert len(post) == 1 and post[0]["featured_media"] == ours[0]["id"]
